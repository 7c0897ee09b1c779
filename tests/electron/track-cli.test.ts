/**
 * `kehoach track` (DESIGN.md §4): the matrix as JSON, the report and one reminder letter per unit
 * still missing something; nothing written when the call fails.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../shared/plan-file';
import { PARTY_PARENT, cloneFor, fixture } from '../shared/clone/helpers';
import { runCli } from './run-cli';

const parent = fixture(PARTY_PARENT);
let folder = '';
let out = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kehoach-track-'));
  out = await mkdtemp(join(tmpdir(), 'kehoach-track-out-'));
  await writeFile(join(folder, 'ke-hoach-58.kehoach'), serializePlan(parent));
  await writeFile(join(folder, 'tuyen-giao.kehoach'), serializePlan(cloneFor(parent, 'Ban Tuyên giáo và Dân vận Tỉnh ủy').child));
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

describe('kehoach track', () => {
  it('prints the matrix as JSON: unit, plan file, number, date, assigned, covered, late, missing refs', async () => {
    const run = await runCli(['track', folder, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as { parent: string; units: Record<string, unknown>[] };
    expect(json.parent).toBe('Kế hoạch số 58-KH/TU ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy tỉnh Ninh Bình');
    expect(json.units.find((u) => u.unit === 'Ban Tuyên giáo và Dân vận Tỉnh ủy')).toMatchObject({
      planFile: 'tuyen-giao.kehoach',
      number: '',
      date: '2026-05',
      assigned: 1,
      covered: 1,
      late: 0,
      missing: [],
    });
    expect(json.units.find((u) => u.unit === 'Đảng ủy Công an tỉnh')).toMatchObject({
      planFile: '',
      assigned: 1,
      covered: 0,
      missing: [expect.stringContaining('58-KH/TU')],
    });
  });

  it('takes the parent from --parent and writes the report and the letters', async () => {
    const report = join(out, 'bao-cao.docx');
    const letters = join(out, 'don-doc');
    const run = await runCli([
      'track',
      folder,
      '--parent',
      join(folder, 'ke-hoach-58.kehoach'),
      '--report',
      report,
      '--reminders',
      letters,
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Đã ghi ${report}.`);
    const written = await readdir(letters);
    expect(written).toContain('01-don-doc-dang-uy-uy-ban-nhan-dan-tinh.docx');
    expect(written.some((name) => name.includes('tuyen-giao'))).toBe(false);
    expect(written.length).toBeGreaterThan(10);
  });

  it('writes each công văn đôn đốc as DOCX and PDF with --format both, and refuses another format', async () => {
    const letters = join(out, 'don-doc-ca-hai');
    const run = await runCli(['track', folder, '--reminders', letters, '--format', 'both', '--json']);
    expect(run.code).toBe(0);
    const written = await readdir(letters);
    const docx = written.filter((name) => name.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(10);
    expect(written.filter((name) => name.endsWith('.pdf')).sort()).toEqual(docx.map((name) => name.replace(/\.docx$/u, '.pdf')).sort());
    const pdf = await readFile(join(letters, '01-don-doc-dang-uy-uy-ban-nhan-dan-tinh.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const refused = await runCli(['track', folder, '--reminders', join(out, 'khong-ghi-odt'), '--format', 'odt']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--format chỉ nhận docx, pdf hoặc both');
    // Sixteen letters printed by Chromium, one after another.
  }, 180_000);

  it('refuses a report that is neither DOCX nor PDF and writes nothing', async () => {
    const letters = join(out, 'khong-ghi');
    const run = await runCli(['track', folder, '--report', join(out, 'bao-cao.txt'), '--reminders', letters]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('phải có đuôi .docx hoặc .pdf');
    await expect(readdir(letters)).rejects.toThrow();
  });

  it('says in Vietnamese when the folder does not exist', async () => {
    const run = await runCli(['track', join(out, 'khong-co')]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Không mở được thư mục');
  });
});
