/**
 * The compare redline as Word and LibreOffice read it: w:ins / w:del runs, deleted and inserted
 * paragraph marks and table rows in our XML; then LibreOffice opens it, prints the changes as
 * revisions, and writes them back as revisions when it saves the file as DOCX (its own XML, not
 * ours). Needs LibreOffice and poppler (installed by .ci/run); skipped elsewhere unless CI is set.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { comparePlans, redlineLayout } from '../../shared/compare';
import { cellText, type Block, type PlanDocument } from '../../shared/model';
import { renderLayoutDocx } from '../../shared/render/docx';
import { loadFixture, PARTY_FIXTURE } from '../shared/render/docx-xml';
import { hasLibreOffice, libreOfficeToPdf } from './page-tools';

const required = process.env.CI === 'true';
const hasPoppler = existsSync('/usr/bin/pdftotext');
const NOW = new Date('2026-05-04T08:00:00Z');

/** 58-KH/TU after a drafting round: a paragraph reworded, one removed, one added; rows moved, removed, a cell edited. */
function secondDraft(plan: PlanDocument): PlanDocument {
  const section = plan.sections[1];
  const appendix = plan.appendices[0];
  if (section === undefined || appendix === undefined) throw new Error('58-KH/TU has section II and Phụ lục I');
  const blocks: Block[] = section.blocks.map((b, i) =>
    i === 0 ? { ...b, children: [{ text: 'Tập trung lãnh đạo, chỉ đạo quyết liệt và đồng bộ.' }] } : b,
  );
  blocks.splice(2, 1);
  blocks.push({ type: 'paragraph', id: 'gop-y-1', children: [{ text: 'Đoạn mới thêm vào theo góp ý của Sở Tư pháp.' }] });
  const rows = [...appendix.rows];
  const [moved] = rows.splice(3, 1);
  if (moved !== undefined) rows.splice(6, 0, moved);
  rows.splice(8, 1);
  const edited = rows[1];
  if (edited !== undefined)
    rows[1] = {
      ...edited,
      cells: { ...edited.cells, [appendix.mainColumn]: `${cellText(edited.cells[appendix.mainColumn])} và báo cáo định kỳ` },
    };
  return {
    ...plan,
    sections: plan.sections.map((s, i) => (i === 1 ? { ...s, blocks } : s)),
    appendices: [{ ...appendix, rows }, ...plan.appendices.slice(1)],
  };
}

async function redline(): Promise<{ bytes: Uint8Array; xml: string }> {
  const plan = loadFixture(PARTY_FIXTURE);
  const next = secondDraft(plan);
  const bytes = await renderLayoutDocx(redlineLayout(plan, next, comparePlans(plan, next)), { now: NOW, changeAuthor: 'Sở Tư pháp' });
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  return { bytes, xml };
}

function count(xml: string, pattern: RegExp): number {
  return xml.match(pattern)?.length ?? 0;
}

describe('the compare redline', () => {
  it('marks inserted and deleted text, paragraphs and rows as Word revisions with author and date', async () => {
    const { xml } = await redline();
    expect(count(xml, /<w:ins w:id="\d+" w:author="Sở Tư pháp" w:date="2026-05-04T08:00:00Z">/gu)).toBeGreaterThan(3);
    expect(xml).toContain('<w:delText xml:space="preserve">');
    expect(xml).toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*Đoạn mới thêm vào theo góp ý/su);
    // The removed paragraph's mark and the removed row's properties carry a deletion.
    expect(count(xml, /<w:rPr><w:del w:id=/gu)).toBeGreaterThanOrEqual(1);
    expect(count(xml, /<w:trPr>(?:(?!<\/w:trPr>).)*<w:del w:id=/gsu)).toBeGreaterThanOrEqual(2);
    expect(count(xml, /<w:trPr>(?:(?!<\/w:trPr>).)*<w:ins w:id=/gsu)).toBeGreaterThanOrEqual(1);
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/gu)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.runIf((hasLibreOffice && hasPoppler) || required)('in LibreOffice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-redline-'));

    it('prints the changes and writes them back as tracked changes in its own DOCX', async () => {
      const { bytes } = await redline();
      const file = join(dir, 'redline.docx');
      writeFileSync(file, bytes);
      libreOfficeToPdf(dir, [file]);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'redline.pdf'), '-'], { encoding: 'utf8' });
      // LibreOffice prints deleted text too (struck through): both versions' words are on the page.
      expect(text).toContain('Đoạn mới thêm vào theo góp ý của Sở Tư pháp.');
      expect(text).toContain('Phân đầu tốc độ tăng trưởng tổng sản phẩm');
      expect(text).toContain('và báo cáo định kỳ');

      const out = join(dir, 'lo');
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, file],
        { stdio: 'ignore', timeout: 300_000 },
      );
      const written = await JSZip.loadAsync(readFileSync(join(out, 'redline.docx')));
      const xml = (await written.file('word/document.xml')?.async('string')) ?? '';
      expect(count(xml, /<w:ins [^>]*w:author="Sở Tư pháp"/gu)).toBeGreaterThan(3);
      expect(count(xml, /<w:del [^>]*w:author="Sở Tư pháp"/gu)).toBeGreaterThan(3);
      expect(xml).toMatch(/<w:delText[^>]*>[^<]*Phân đầu tốc độ/u);
      expect(xml).toContain('Đoạn mới thêm vào theo góp ý của Sở Tư pháp.');
    }, 600_000);
  });
});
