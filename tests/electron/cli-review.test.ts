/**
 * `kehoach review` and `kehoach feedback` (DESIGN.md §4) on a file returned by LibreOffice and on
 * our own export reviewed with Word-style edits: the changes and comments as JSON with their
 * places; -o with --accept-all applies them, with --reject-all writes the plan as it was sent;
 * the góp ý table as DOCX, one row per comment and change, grouped by unit.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { parsePlanText, serializePlan } from '../../shared/plan-file';
import { renderDocx } from '../../shared/render/docx';
import { partyPlan } from '../shared/edit/plans';
import { addComments, reviewDocx, trackReplace } from '../shared/review/word-edits';
import { CLI_NOW, runCli } from './run-cli';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-review-'));
});

async function sentAndReturned(): Promise<{ plan: string; returned: string }> {
  const plan = partyPlan();
  const planPath = join(dir, '58.kehoach');
  writeFileSync(planPath, serializePlan(plan));
  const who = { author: 'Sở Nội vụ', date: '2026-05-12T10:00:00Z' };
  const bytes = await reviewDocx(await renderDocx(plan, { now: CLI_NOW }), async (xml, zip) =>
    addComments(zip, trackReplace(xml, 'nghiêm túc, sâu sắc', 'nghiêm túc', who), [
      { id: 5, ...who, anchor: 'Quán triệt', text: 'Đề nghị nêu rõ đối tượng.' },
    ]),
  );
  const returned = join(dir, 'so-noi-vu.docx');
  writeFileSync(returned, bytes);
  return { plan: planPath, returned };
}

describe('review', () => {
  it('lists the changes and comments with their places as JSON', async () => {
    const { plan, returned } = await sentAndReturned();
    const run = await runCli(['review', plan, returned, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as {
      source: string;
      changes: { kind: string; place: string }[];
      comments: { place: string; text: string }[];
    };
    expect(result.source).toBe('model');
    expect(result.changes.map((c) => [c.kind, c.place])).toEqual([['replace', 'Mục I, 1.']]);
    expect(result.comments.map((c) => [c.place, c.text])).toEqual([['Mục I, 1.', 'Đề nghị nêu rõ đối tượng.']]);
  });

  it('writes the plan with every change accepted, or exactly as sent when all are rejected', async () => {
    const { plan, returned } = await sentAndReturned();
    const accepted = join(dir, 'a.kehoach');
    expect((await runCli(['review', plan, returned, '--accept-all', '-o', accepted])).code).toBe(0);
    expect(readFileSync(accepted, 'utf8')).toContain('Quán triệt nghiêm túc; triển khai');
    expect(parsePlanText(readFileSync(accepted, 'utf8')).comments).toEqual([
      expect.objectContaining({ text: 'Đề nghị nêu rõ đối tượng.', source: 'so-noi-vu.docx' }),
    ]);
    const rejected = join(dir, 'r.kehoach');
    expect((await runCli(['review', plan, returned, '--reject-all', '-o', rejected])).code).toBe(0);
    expect(readFileSync(rejected, 'utf8')).toBe(readFileSync(plan, 'utf8'));
    expect((await runCli(['review', plan, returned, '-o', rejected])).code).toBe(2);
  });

  it('refuses a file that is not a DOCX, in Vietnamese', async () => {
    const { plan } = await sentAndReturned();
    const bad = join(dir, 'hong.docx');
    writeFileSync(bad, 'không phải zip');
    const run = await runCli(['review', plan, bad]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^Lỗi: .*hong\.docx/u);
  });
});

describe('feedback', () => {
  it('writes the góp ý table, a row per comment and change, grouped by unit', async () => {
    const { plan, returned } = await sentAndReturned();
    const libreOffice = join(import.meta.dirname, '..', 'fixtures', 'review', 'gop-y-so-tu-phap.docx');
    const table = join(dir, 'bang.docx');
    const run = await runCli(['feedback', plan, returned, libreOffice, '--docx', table, '--json']);
    expect(run.code).toBe(0);
    const { items } = JSON.parse(run.out) as { items: { unit: string; content: string }[] };
    expect(items.filter((i) => i.unit === 'Sở Nội vụ')).toHaveLength(2);
    expect(items.filter((i) => i.unit === 'Sở Tư pháp').length).toBeGreaterThanOrEqual(2);
    const xml = (await (await JSZip.loadAsync(readFileSync(table))).file('word/document.xml')?.async('string')) ?? '';
    for (const label of ['BẢNG TỔNG HỢP', 'Đơn vị góp ý', 'Nội dung góp ý', 'Ý kiến tiếp thu, giải trình', 'Đề nghị nêu rõ đối tượng.'])
      expect(xml).toContain(label);
    expect(xml).toContain(partyPlan().signer.name);
  });
});
