/**
 * `kehoach compare` (DESIGN.md §4): JSON with each change's kind, place and text before and
 * after; the redline DOCX; a plan compared with the seed's text (another source, other ids);
 * a file it cannot read refused in Vietnamese, with nothing written. And `import` of a reviewed
 * DOCX: stopped unless told to accept or reject its pending changes.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { parsePlanText, serializePlan } from '../../shared/model';
import { runCli } from './run-cli';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const PLAN = join(FIXTURES, 'ke-hoach-58-KH-TU.kehoach');

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-compare-'));
});

interface CompareJson {
  summary: Record<string, number>;
  changes: { kind: string; place: string; before: string; after: string; target: { part: string } }[];
}

function revised(): string {
  const plan = parsePlanText(readFileSync(PLAN, 'utf8'));
  const appendix = plan.appendices[0];
  if (appendix === undefined) throw new Error('58-KH/TU has appendices');
  const next = {
    ...plan,
    meta: { ...plan.meta, summary: `${plan.meta.summary} (dự thảo lần 2)` },
    appendices: [{ ...appendix, rows: appendix.rows.filter((_, i) => i !== 2) }, ...plan.appendices.slice(1)],
  };
  const path = join(dir, 'lan-2.kehoach');
  writeFileSync(path, serializePlan(next));
  return path;
}

describe('compare', () => {
  it('lists each change as JSON and writes the redline DOCX', async () => {
    const redline = join(dir, 'so-sanh.docx');
    const run = await runCli(['compare', PLAN, revised(), '--json', '--docx', redline]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as CompareJson;
    expect(result.summary).toEqual({ added: 0, removed: 1, moved: 0, changed: 1 });
    expect(result.changes.map((c) => [c.kind, c.target.part, c.place])).toEqual([
      ['changed', 'property', 'Trích yếu'],
      ['removed', 'row', 'Phụ lục I, dòng 2'],
    ]);
    expect(result.changes[1]?.before).toContain('Lập Chương trình phát triển đô thị');
    const xml = (await (await JSZip.loadAsync(readFileSync(redline))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:del /su);
  });

  it('compares a plan with the text of the same plan from another source, by wording', async () => {
    const run = await runCli(['compare', PLAN, join(FIXTURES, 'seeds', 'ke-hoach-dang-ninh-binh-58-KH-TU.txt'), '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as CompareJson;
    // The same plan: no section, paragraph or row added or removed, only a few wordings.
    expect(result.changes.filter((c) => c.target.part !== 'property' && c.kind !== 'changed')).toEqual([]);
    expect(result.changes.length).toBeLessThan(10);
  });

  it('says in words when the two are the same', async () => {
    const run = await runCli(['compare', PLAN, PLAN]);
    expect(run).toMatchObject({ code: 0, out: 'Hai bản giống nhau.' });
  });

  it('refuses a file it cannot read, writing nothing', async () => {
    const bad = join(dir, 'hong.kehoach');
    writeFileSync(bad, '{"schemaVersion": 1');
    const redline = join(dir, 'x.docx');
    const run = await runCli(['compare', PLAN, bad, '--docx', redline]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^Lỗi: /u);
    expect(existsSync(redline)).toBe(false);
  });
});

describe('import of a reviewed DOCX', () => {
  const REVIEWED = join(FIXTURES, 'review', 'gop-y-so-tu-phap.docx');

  it('stops without --accept-all or --reject-all, saying what is pending, and writes nothing', async () => {
    const out = join(dir, 'gop-y.kehoach');
    const run = await runCli(['import', REVIEWED, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('còn 2 chỗ chèn, 1 chỗ xoá, 1 ý kiến (comment) chưa được xử lý');
    expect(run.err).toContain('Dùng --accept-all hoặc --reject-all.');
    expect(existsSync(out)).toBe(false);
  });

  it('accepts or rejects all as asked, and the report says which', async () => {
    const accepted = join(dir, 'a.kehoach');
    const run = await runCli(['import', REVIEWED, '-o', accepted, '--accept-all']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('đã chấp nhận tất cả các thay đổi được theo dõi');
    expect(readFileSync(accepted, 'utf8')).toContain('quản lý, điều hành');
    const rejected = join(dir, 'r.kehoach');
    expect((await runCli(['import', REVIEWED, '-o', rejected, '--reject-all'])).code).toBe(0);
    expect(readFileSync(rejected, 'utf8')).not.toContain('quản lý, điều hành');
    expect((await runCli(['import', REVIEWED, '-o', rejected, '--reject-all', '--accept-all'])).code).toBe(2);
  });
});
