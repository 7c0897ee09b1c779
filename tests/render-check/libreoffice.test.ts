/**
 * Opens every template and fixture export in LibreOffice, as a văn thư would open it in an office
 * suite, and checks the printed pages: A4, portrait body, landscape appendices, page numbers from
 * page 2 on. Needs `soffice` and `pdfinfo` (installed by .ci/run); skipped elsewhere unless CI is set.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText, type PlanDocument } from '../../shared/model';
import { renderDocx } from '../../shared/render/docx';
import { TemplateSchema, instantiateTemplate } from '../../shared/template';

const ROOT = join(import.meta.dirname, '..', '..');
const hasTools = ['/usr/bin/soffice', '/usr/bin/pdfinfo', '/usr/bin/pdftotext'].every((p) => existsSync(p));
const required = process.env.CI === 'true';

function plans(): [string, PlanDocument][] {
  const fixtures = readdirSync(join(ROOT, 'tests', 'fixtures'))
    .filter((n) => n.endsWith('.kehoach'))
    .map((n): [string, PlanDocument] => [n.replace('.kehoach', ''), parsePlanText(readFileSync(join(ROOT, 'tests', 'fixtures', n), 'utf8'))]);
  let id = 0;
  const templates = readdirSync(join(ROOT, 'templates'))
    .filter((n) => n.endsWith('.json'))
    .map((n): [string, PlanDocument] => {
      const template = TemplateSchema.parse(JSON.parse(readFileSync(join(ROOT, 'templates', n), 'utf8')));
      return [template.id, instantiateTemplate(template, { newId: () => `id${++id}`, now: new Date('2026-05-04T00:00:00Z') })];
    });
  return [...fixtures, ...templates];
}

interface PageSize {
  width: number;
  height: number;
}

function pageSizes(pdf: string): PageSize[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
}

const A4 = { short: 595.3, long: 841.9 };
const near = (a: number, b: number): boolean => Math.abs(a - b) < 1.5;

describe.runIf(hasTools || required)('DOCX opened in LibreOffice', () => {
  it('prints every template and fixture on A4 with landscape appendices and numbered pages', { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-lo-'));
    const all = plans();
    const files: string[] = [];
    for (const [name, plan] of all) {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, await renderDocx(plan, { now: new Date('2026-05-04T00:00:00Z') }));
      files.push(path);
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'ignore',
      timeout: 540_000,
    });
    for (const [name, plan] of all) {
      const pdf = join(dir, `${name}.pdf`);
      // LibreOffice exits 0 even when a conversion fails: the PDF itself is the evidence.
      expect(existsSync(pdf), `${name}.pdf`).toBe(true);
      const sizes = pageSizes(pdf);
      const landscape = sizes.filter((s) => near(s.width, A4.long) && near(s.height, A4.short)).length;
      const portrait = sizes.filter((s) => near(s.width, A4.short) && near(s.height, A4.long)).length;
      expect(portrait + landscape, name).toBe(sizes.length);
      expect(near(sizes[0]?.width ?? 0, A4.short), `${name}: page 1 portrait`).toBe(true);
      const landscapeAppendices = plan.appendices.filter((a) => a.orientation === 'landscape').length;
      expect(landscape >= landscapeAppendices, `${name}: landscape pages`).toBe(true);
      if (landscapeAppendices === 0) expect(landscape, name).toBe(0);
      const first = pageText(pdf, 1).trimStart();
      expect(first.startsWith('1'), `${name}: no number on page 1`).toBe(false);
      expect(first).toContain(plan.meta.typeName);
      if (sizes.length > 1) expect(pageText(pdf, 2).trimStart().startsWith('2'), `${name}: number on page 2`).toBe(true);
    }
  });
});
