/** `kehoach check`: readable list or JSON, exit 1 on any lỗi, bad files reported without a crash. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessReader, type ReceivedFiles } from '../../electron/services/received-files';
import { parsePlanText } from '../../shared/plan-file';
import { renderDocx } from '../../shared/render/docx';
import { readReview } from '../../shared/review/read-review';
import { buildWordSeed } from '../shared/import/word-fixture';
import { CLI_NOW, runCli, type CliRun } from './run-cli';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const STATE = join(FIXTURES, 'ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach');

const cli = (...argv: string[]): Promise<CliRun> => runCli(argv);

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-check-'));
});

describe('check', () => {
  it('lists the findings of a plan readably and exits 0 when there is no lỗi', async () => {
    const run = await cli('check', STATE);
    expect(run.code).toBe(0);
    expect(run.out).toContain('CẢNH BÁO [viet-tat-trich-yeu] Trích yếu: Trích yếu có chữ viết tắt "UBND"');
    expect(run.out).toContain('[có thể tự sửa: Viết đầy đủ]');
    expect(run.out).toContain('Tổng cộng: 0 lỗi, 1 cảnh báo, 0 gợi ý.');
  });

  it('prints JSON for tools and exits 1 when a rule finds a lỗi', async () => {
    const plan = JSON.parse(readFileSync(STATE, 'utf8')) as { archive: string; meta: { symbol: string } };
    plan.archive = '';
    plan.meta.symbol = 'KH/BQL';
    const file = join(dir, 'loi.kehoach');
    writeFileSync(file, JSON.stringify(plan));
    const run = await cli('check', file, '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as {
      profile: string;
      counts: Record<string, number>;
      findings: { ruleId: string; severity: string; fix?: { value: unknown } }[];
    };
    expect(report.profile).toBe('nd30-2020');
    expect(report.counts).toEqual({ lỗi: 2, 'cảnh báo': 1, 'gợi ý': 0 });
    expect(report.findings.slice(0, 2).map((f) => [f.ruleId, f.severity])).toEqual([
      ['so-ky-hieu', 'lỗi'],
      ['dong-luu', 'lỗi'],
    ]);
    expect(report.findings[0]?.fix?.value).toBe('KH-BQL');
  });

  it('reports a file that is not a DOCX, and a DOCX that is not an administrative document', async () => {
    const corrupt = join(dir, 'hong.docx');
    writeFileSync(corrupt, 'không phải zip');
    const bad = await cli('check', corrupt);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^Lỗi: .*hong\.docx: /u);

    const zip = new JSZip();
    zip.file(
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Thực đơn</w:t></w:r></w:p></w:body></w:document>',
    );
    const other = join(dir, 'thuc-don.docx');
    writeFileSync(other, await zip.generateAsync({ type: 'uint8array' }));
    const run = await cli('check', other, '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as { profile: string; findings: { ruleId: string }[] };
    expect(report.profile).toBe('');
    expect(report.findings.map((f) => f.ruleId)).toEqual(['nhan-dang-the-thuc']);
  });

  it('writes the findings as Word comments in a copy of a received DOCX, never over the file itself', async () => {
    const received = join(dir, 'nhan-duoc.docx');
    const original = (await buildWordSeed()).bytes;
    writeFileSync(received, original);
    const out = join(dir, 'nhan-xet.docx');
    const run = await cli('check', received, '--json', '--annotate', out);
    const report = JSON.parse(run.out) as { findings: { message: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
    const review = await readReview(new Uint8Array(readFileSync(out)));
    expect(review.comments.map((c) => c.text.replace(/^[^:]*: /u, ''))).toEqual(
      report.findings.map((f) => expect.stringContaining(f.message) as unknown as string),
    );
    expect(new Uint8Array(readFileSync(received))).toEqual(original);

    const same = await cli('check', received, '--annotate', received);
    expect(same.code).toBe(2);
    expect(same.err).toContain('phải khác tệp được kiểm tra');
    expect(new Uint8Array(readFileSync(received))).toEqual(original);
  });

  it('checks the plan a DOCX embeds against the directory here, never sending the directory to the reader', async () => {
    // A plan of 2026 that names the Sở Kế hoạch và Đầu tư, merged away on 01/3/2025, exported by us.
    const plan = parsePlanText(readFileSync(STATE, 'utf8'));
    const former = { ...plan, recipients: [...plan.recipients, { name: 'Sở Kế hoạch và Đầu tư' }] };
    const file = join(dir, 'nhan-duoc.docx');
    writeFileSync(file, await renderDocx(former, { now: CLI_NOW }));
    const inputs: unknown[] = [];
    const received: ReceivedFiles = {
      ...inProcessReader,
      checkDocx: (name, bytes, input, control) => (inputs.push(input), inProcessReader.checkDocx(name, bytes, input, control)),
    };
    const run = await runCli(['check', file, '--json'], { received });
    expect(run.err).toBe('');
    const report = JSON.parse(run.out) as { findings: { ruleId: string; message: string }[] };
    expect(report.findings.filter((f) => f.ruleId === 'co-quan-khong-con').map((f) => f.message)).toEqual([
      expect.stringContaining('"Sở Kế hoạch và Đầu tư" không còn từ ngày 01/3/2025; nay là Sở Tài chính'),
    ]);
    expect(inputs).toEqual([{ today: CLI_NOW }]);
  });

  it('asks for the file when none is given', async () => {
    expect((await cli('check')).code).toBe(2);
  });
});
