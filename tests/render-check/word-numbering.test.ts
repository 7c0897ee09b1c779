/**
 * The DOCX with Word's numbering as another program draws it: LibreOffice prints every page of it
 * with the same lines, numbers and indents as the DOCX whose numbers are text; and saved by
 * LibreOffice as DOCX (its own numbering XML), it still reads back to the plan's structure. Needs
 * LibreOffice and poppler (installed by .ci/run); skipped elsewhere unless CI is set.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../shared/import';
import { renderDocx } from '../../shared/render/docx';
import { loadFixture, PARTY_FIXTURE, STATE_FIXTURE } from '../shared/render/docx-xml';
import { hasLibreOffice, libreOfficeToPdf, pageSizes, pageText } from './page-tools';

const required = process.env.CI === 'true';
const hasPoppler = existsSync('/usr/bin/pdftotext');
const NOW = new Date('2026-05-04T00:00:00Z');

describe.runIf((hasLibreOffice && hasPoppler) || required)("Word's numbering in LibreOffice", { timeout: 600_000 }, () => {
  it.each([PARTY_FIXTURE, STATE_FIXTURE])('%s: printed line for line as the DOCX with numbers as text', async (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-word-numbering-'));
    const plan = loadFixture(name);
    const files = [join(dir, 'text.docx'), join(dir, 'word.docx')] as const;
    writeFileSync(files[0], await renderDocx(plan, { now: NOW }));
    writeFileSync(files[1], await renderDocx(plan, { now: NOW, wordNumbering: true }));
    libreOfficeToPdf(dir, files);
    const [text, word] = ['text.pdf', 'word.pdf'].map((f) => join(dir, f));
    if (text === undefined || word === undefined) throw new Error('two PDFs');
    const pages = pageSizes(text).length;
    expect(pageSizes(word)).toHaveLength(pages);
    for (let page = 1; page <= pages; page++) expect(pageText(word, page)).toBe(pageText(text, page));

    // LibreOffice's own DOCX of it (its numbering XML; it keeps our model, which is set aside here):
    // the content alone gives the same structure.
    const out = join(dir, 'lo');
    mkdirSync(out);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, files[1]],
      { stdio: 'ignore', timeout: 300_000 },
    );
    const { plan: back, report } = await importDocx(readFileSync(join(out, 'word.docx')), { ignoreModel: true });
    expect(report.source).toBe('docx');
    expect(back.sections.map((s) => [s.title, s.blocks.filter((b) => b.type === 'item').length])).toEqual(
      plan.sections.map((s) => [s.title, s.blocks.filter((b) => b.type === 'item' && b.hint !== true).length]),
    );
  });
});
