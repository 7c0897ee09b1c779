/**
 * Hostile files other than DOCX (issue 10, part 3): a 50 MB text file, a text file just under the
 * cap, text that is not UTF-8, a `.kehoach` that is not UTF-8 or comes from a future version of
 * the app. Each is refused with a Vietnamese message or opened with one; the command line writes
 * nothing on failure and nothing but the requested file on success.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBytes } from '../../electron/services/import-file';
import { MAX_IMPORT_BYTES } from '../../electron/services/import-kinds';
import { UserError } from '../../electron/services/user-error';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model';
import { serializePlan } from '../../shared/plan-file';
import { renderDocx } from '../../shared/render/docx';
import { runCli } from '../electron/run-cli';
import { FuzzRunner } from './fuzz/runner';
import { createSandbox, type Sandbox } from './hostile/sandbox';
import { FIXED_NOW, PLAN_FIXTURES, fixturePlan, fixtureText, seedTexts } from './support/fixtures';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox();
});
afterEach(() => {
  sandbox.remove();
});

const input = (name: string, content: string | Uint8Array): string => {
  const path = join(sandbox.inputs, name);
  writeFileSync(path, content);
  return path;
};
const onlyInputs = (...names: string[]): unknown[] =>
  names.map((n): unknown => expect.stringMatching(new RegExp(`^inputs/${n.replace(/\./g, '\\.')} `)));

describe('text files', { timeout: 180_000 }, () => {
  it('refuses a 50 MB text file before reading it, and writes nothing', async () => {
    const seed = seedTexts()[0]?.text ?? '';
    const path = input('lon.txt', seed.repeat(Math.ceil((50 * 1024 * 1024) / seed.length)));
    for (const argv of [
      ['import', path, '-o', join(sandbox.chosen, 'ke-hoach.kehoach')],
      ['inspect', path, '--json'],
    ]) {
      const run = await runCli(argv);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/quá lớn \(\d+ MB\); chỉ nhận tệp loại này đến 10 MB/);
    }
    expect(sandbox.files()).toEqual(onlyInputs('lon.txt'));
  });

  it('reads a text just under the 10 MB cap in bounded time', async () => {
    const seed = new TextEncoder().encode(seedTexts()[0]?.text ?? '');
    const bytes = new Uint8Array(MAX_IMPORT_BYTES['.txt'] - 1024);
    for (let at = 0; at + seed.length <= bytes.length; at += seed.length) bytes.set(seed, at);
    const runner = new FuzzRunner('text', 120_000);
    try {
      expect(['accepted', 'rejected']).toContain((await runner.run(bytes)).kind);
    } finally {
      await runner.close();
    }
  });

  it('reads UTF-8 damaged in a few places, replacing the damage with "�" and saying so', async () => {
    const bytes = new TextEncoder().encode(seedTexts()[0]?.text ?? '');
    for (const at of [2000, 5000, 9000]) bytes[at] = 0xff;
    const { plan, report } = await importBytes(bytes, '.txt', 'hong.txt');
    expect(report.warnings[0]).toBe('Tệp có 3 chỗ không đúng mã UTF-8 (tệp có thể bị hỏng); các chỗ đó được thay bằng dấu "�".');
    expect(plan.sections.map((s) => s.title)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'MỤC TIÊU',
      'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    expect(plan.signer.name).toBe('Đinh Thị Lụa');
  });

  it('reads a legacy single-byte (TCVN3) text as such, and says so', async () => {
    const lines = [
      'KE HOACH',
      'TriÓn khai chuyÓn ®æi sè n¨m 2026',
      'I. MUC DICH, YEU CAU',
      '1. TriÓn khai thùc hiÖn NghÞ quyÕt.',
      'II. TO CHUC THUC HIEN',
      '1. C¸c së triÓn khai KÕ ho¹ch nµy.',
    ];
    const { plan, report } = await importBytes(new Uint8Array(Buffer.from(lines.join('\n'), 'latin1')), '.txt', 'cu.txt');
    expect(report.warnings[0]).toMatch(/^Tệp không dùng mã UTF-8; đã đọc theo bảng mã cũ/);
    expect(plan.meta.summary).toBe('Triển khai chuyển đổi số năm 2026');
    expect(plan.sections[0]?.blocks[0]?.children).toEqual([{ text: 'Triển khai thực hiện Nghị quyết.' }]);
  });

  it('reads a table of 200,000 rows (more than a call takes arguments)', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${String(i + 1)}\tViệc ${String(i + 1)}\tSở Tài chính\tNăm 2026`);
    const text = [
      'KẾ HOẠCH',
      'Triển khai',
      'I. MỤC ĐÍCH',
      '1. Triển khai.',
      'PHỤ LỤC',
      'DANH MỤC NHIỆM VỤ',
      'STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện',
      ...rows,
    ].join('\n');
    const { plan } = await importBytes(new TextEncoder().encode(text), '.txt', 'bang.txt');
    expect(plan.appendices[0]?.rows).toHaveLength(200_000);
  });

  it('refuses random bytes named .txt in Vietnamese, and writes nothing', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const run = await runCli(['import', input('rac.txt', bytes), '-o', join(sandbox.chosen, 'ke-hoach.kehoach')]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^Lỗi: .*rac\.txt: Không nhận ra văn bản là kế hoạch/);
    expect(sandbox.files()).toEqual(onlyInputs('rac.txt'));
  });
});

describe('.kehoach files', { timeout: 120_000 }, () => {
  const NEXT = CURRENT_SCHEMA_VERSION + 1;
  const fromTheFuture = (json: string): string =>
    json.replace(`"schemaVersion": ${String(CURRENT_SCHEMA_VERSION)},`, `"schemaVersion": ${String(NEXT)},`);
  const futurePlan = (): string => fromTheFuture(serializePlan(fixturePlan(PLAN_FIXTURES[0])));

  it('refuses a .kehoach that is not UTF-8 in every command that reads one, and writes nothing', async () => {
    const bytes = Buffer.from(fixtureText(PLAN_FIXTURES[0]), 'utf8');
    bytes[200] = 0xc3;
    bytes[201] = 0x28;
    const path = input('hong.kehoach', bytes);
    const run = await runCli(['export', path, '--docx', join(sandbox.chosen, 'ra.docx')]);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`Lỗi: ${path}: Tệp không phải văn bản UTF-8 (có thể bị hỏng, hoặc bị cắt giữa chừng khi chép).`);
    expect(sandbox.files()).toEqual(onlyInputs('hong.kehoach'));
  });

  it('refuses 50 MB that are not a plan at once, with the line and column', async () => {
    const path = input('rac.kehoach', `{"schemaVersion": 1,\n  x${' '.repeat(50 * 1024 * 1024)}}`);
    const run = await runCli(['inspect', path, '--json']);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      `Lỗi: ${path}: Tệp kế hoạch bị hỏng, không đọc được: sai cú pháp ở dòng 2, cột 3. Hãy mở bản sao trước đó của tệp hoặc xin lại tệp từ người gửi.`,
    );
  });

  it('refuses a plan from a future version of the app in every command, and writes nothing', async () => {
    const future = input('tuong-lai.kehoach', futurePlan());
    const current = input('hien-tai.kehoach', fixtureText(PLAN_FIXTURES[0]));
    const out = (name: string): string => join(sandbox.chosen, name);
    const commands = [
      ['inspect', future, '--json'],
      ['export', future, '--docx', out('ra.docx')],
      ['check', future],
      ['clone', future, '--unit', 'Đảng ủy UBND tỉnh', '-o', out('con.kehoach')],
      ['coverage', future, '--parent', current],
      ['coverage', current, '--parent', future],
    ];
    for (const argv of commands) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.err).toContain(
        `Tệp được tạo bởi phiên bản mới hơn của Kế hoạch Studio (cấu trúc tệp số ${String(NEXT)}, phiên bản này đọc đến số ${String(CURRENT_SCHEMA_VERSION)}). Hãy cập nhật ứng dụng.`,
      );
    }
    expect(sandbox.files()).toEqual(onlyInputs('hien-tai.kehoach', 'tuong-lai.kehoach'));
  });

  it('reads a DOCX whose embedded model comes from a future version from its content, and says why', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(fixturePlan(PLAN_FIXTURES[1]), { now: FIXED_NOW }));
    const item = (await zip.file('customXml/item1.xml')?.async('string')) ?? '';
    zip.file('customXml/item1.xml', fromTheFuture(item));
    const { report } = await importBytes(await zip.generateAsync({ type: 'uint8array' }), '.docx', 'tuong-lai.docx');
    expect(report.source).toBe('docx');
    expect(report.warnings).toContain(
      'Mô hình nhúng được tạo bởi phiên bản mới hơn của Kế hoạch Studio; đã nhận dạng lại từ nội dung (hãy cập nhật ứng dụng để đọc đầy đủ).',
    );
  });
});

describe('where the command line writes', { timeout: 120_000 }, () => {
  it('writes each command’s output where asked and nothing else, a .bak only when it replaces a file', async () => {
    const plan = input('ke-hoach.kehoach', fixtureText(PLAN_FIXTURES[0]));
    const out = (name: string): string => join(sandbox.chosen, name);
    const clone = ['clone', plan, '--unit', 'Đảng ủy UBND tỉnh', '-o', out('con.kehoach')];
    for (const argv of [
      ['new', 'dang-ke-hoach-thuc-hien-nghi-quyet', '-o', out('moi.kehoach')],
      ['export', plan, '--docx', out('ra.docx')],
      clone,
    ]) {
      const run = await runCli(argv);
      expect(run.err, argv.join(' ')).toBe('');
    }
    const first = readFileSync(out('con.kehoach'), 'utf8');
    expect((await runCli(clone)).err).toBe('');
    expect(sandbox.files().map((f) => f.replace(/ \(\d+\)$/, ''))).toEqual([
      'inputs/ke-hoach.kehoach',
      'out/chosen/con.kehoach',
      'out/chosen/con.kehoach.bak',
      'out/chosen/moi.kehoach',
      'out/chosen/ra.docx',
    ]);
    expect(readFileSync(out('con.kehoach.bak'), 'utf8')).toBe(first);
  });

  it('creates no folder that was not there, and writes nothing', async () => {
    const plan = input('ke-hoach.kehoach', fixtureText(PLAN_FIXTURES[0]));
    const run = await runCli(['export', plan, '--docx', join(sandbox.chosen, 'khong-co', 'ra.docx')]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^Lỗi: Không tìm thấy tệp ".*khong-co.*ra\.docx"\.$/);
    expect(sandbox.files()).toEqual(onlyInputs('ke-hoach.kehoach'));
  });

  it('refuses to write over a folder', async () => {
    const plan = input('ke-hoach.kehoach', fixtureText(PLAN_FIXTURES[0]));
    mkdirSync(join(sandbox.chosen, 'ra.docx'));
    const run = await runCli(['export', plan, '--docx', join(sandbox.chosen, 'ra.docx')]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/là một thư mục, không phải tệp/);
    expect(sandbox.files()).toEqual(onlyInputs('ke-hoach.kehoach'));
  });
});

describe('a UserError is what the services throw', () => {
  it('for an import that fails', async () => {
    await expect(importBytes(new Uint8Array([1, 2, 3]), '.docx', 'x.docx')).rejects.toBeInstanceOf(UserError);
  });
});
