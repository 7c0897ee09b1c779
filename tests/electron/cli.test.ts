import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan-file';
import { runCli, type CliRun } from './run-cli';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const cli = (...argv: string[]): Promise<CliRun> => runCli(argv);

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-cli-'));
});

describe('templates', () => {
  it('lists the four templates across both systems as JSON', async () => {
    const run = await cli('templates', '--json');
    expect(run.code).toBe(0);
    const list = JSON.parse(run.out) as { id: string; system: string; name: string }[];
    expect(list.map((t) => t.id).sort()).toEqual([
      'dang-chuong-trinh-hanh-dong',
      'dang-ke-hoach-thuc-hien-nghi-quyet',
      'nha-nuoc-ke-hoach-hanh-dong-ubnd',
      'nha-nuoc-ke-hoach-thuc-hien-ke-hoach-cap-tren',
    ]);
    expect(new Set(list.map((t) => t.system))).toEqual(new Set(['dang', 'nha-nuoc']));
    expect(list.every((t) => t.name.length > 0)).toBe(true);
  });
});

describe('new', () => {
  it('creates a valid plan from a template with a blank number and the current month', async () => {
    const out = join(dir, 'moi.kehoach');
    const run = await cli('new', 'nha-nuoc-ke-hoach-hanh-dong-ubnd', '-o', out);
    expect(run.code).toBe(0);
    const plan = parsePlanText(readFileSync(out, 'utf8'));
    expect(plan.templateId).toBe('nha-nuoc-ke-hoach-hanh-dong-ubnd');
    expect(plan.meta.number).toBe('');
    expect(plan.meta.date).toEqual({ year: 2026, month: 5, day: null });
  });

  it('refuses an unknown template in Vietnamese and writes nothing', async () => {
    const out = join(dir, 'x.kehoach');
    const run = await cli('new', 'khong-co', '-o', out);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('Không có mẫu "khong-co"');
    expect(existsSync(out)).toBe(false);
  });
});

describe('inspect', () => {
  it('summarises Kế hoạch 58-KH/TU as DESIGN.md §4 describes', async () => {
    const run = await cli('inspect', join(FIXTURES, 'ke-hoach-58-KH-TU.kehoach'), '--json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.out) as Record<string, unknown>;
    expect(summary).toMatchObject({
      system: 'dang',
      docType: 'KH',
      title: 'KẾ HOẠCH',
      issuer: 'TỈNH ỦY NINH BÌNH',
      number: '58',
      symbol: 'KH/TU',
      date: '2026-04-15',
      basis: ['Nghị quyết số 05-NQ/TU ngày 30/01/2026 của Ban Chấp hành Đảng bộ tỉnh'],
      signer: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Đinh Thị Lụa' },
      recipients: 12,
    });
    const sections = summary.sections as { number: string; title: string; children: { number: string; children: unknown[] }[] }[];
    expect(sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. MỤC TIÊU',
      'III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    const solutions = sections[2]?.children[1];
    expect(solutions?.number).toBe('2');
    expect((solutions?.children as { number: string }[]).map((c) => c.number)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7']);
    expect(summary.appendices).toEqual([
      expect.objectContaining({
        number: 'I',
        orientation: 'landscape',
        columns: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Ghi chú'],
        groups: 7,
        rows: 47,
      }),
      expect.objectContaining({ number: 'II', orientation: 'landscape', groups: 3, rows: 16 }),
    ]);
  });

  it('reports blank number and partial date of the Ban Quản lý plan as empty and reduced ISO', async () => {
    const run = await cli('inspect', join(FIXTURES, 'ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach'), '--json');
    const summary = JSON.parse(run.out) as Record<string, unknown>;
    expect(summary).toMatchObject({ system: 'nha-nuoc', number: '', symbol: 'KH-BQL', date: '2026-02', appendices: [] });
    expect(summary.signer).toEqual({ authority: 'KT. TRƯỞNG BAN', position: 'PHÓ TRƯỞNG BAN', name: 'Bùi Duy Quang' });
    expect(summary.recipients).toBe(4);
  });

  it('reads a DOCX it exported back through the embedded model', async () => {
    const docx = join(dir, 'ra.docx');
    expect((await cli('export', join(FIXTURES, 'ke-hoach-58-KH-TU.kehoach'), '--docx', docx)).code).toBe(0);
    const fromDocx = await cli('inspect', docx, '--json');
    const fromPlan = await cli('inspect', join(FIXTURES, 'ke-hoach-58-KH-TU.kehoach'), '--json');
    expect(fromDocx.code).toBe(0);
    expect(fromDocx.out).toBe(fromPlan.out);
  });
});

describe('export', () => {
  it('writes a DOCX that opens as a zip with the document part', async () => {
    const docx = join(dir, 'bql.docx');
    const run = await cli('export', join(FIXTURES, 'ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach'), '--docx', docx);
    expect(run.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    expect(zip.file('word/document.xml')).not.toBeNull();
    expect(readdirSync(dir)).toEqual(['bql.docx']);
  });

  it('--word-numbering: a DOCX whose sections and items Word numbers, read back whole; refused without --docx', async () => {
    const plan = join(FIXTURES, 'ke-hoach-58-KH-TU.kehoach');
    const docx = join(dir, 'sua-trong-word.docx');
    expect((await cli('export', plan, '--docx', docx, '--word-numbering')).code).toBe(0);
    const xml = (await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:numPr>');
    expect((await cli('inspect', docx, '--json')).out).toBe((await cli('inspect', plan, '--json')).out);
    const pdfOnly = await cli('export', plan, '--pdf', join(dir, 'ra.pdf'), '--word-numbering');
    expect(pdfOnly.code).toBe(2);
    expect(pdfOnly.err).toContain('--word-numbering chỉ dùng cùng --docx');
  });

  it('writes over neither the plan nor its other export, and says so', async () => {
    const plan = join(dir, 'ke-hoach.kehoach');
    const text = readFileSync(join(FIXTURES, 'ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach'), 'utf8');
    writeFileSync(plan, text);
    const onPlan = await cli('export', plan, '--docx', join(dir, '.', 'ke-hoach.kehoach'));
    expect(onPlan.code).not.toBe(0);
    expect(onPlan.err).toContain('--docx chỉ tới chính tệp kế hoạch');
    const onEachOther = await cli('export', plan, '--docx', join(dir, 'ra'), '--pdf', join(dir, 'ra'));
    expect(onEachOther.code).not.toBe(0);
    expect(onEachOther.err).toContain('--docx và --pdf chỉ tới cùng một tệp');
    expect(readFileSync(plan, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['ke-hoach.kehoach']);
  });
});

describe('bad input', () => {
  const cases: [string, string, RegExp][] = [
    ['a missing file', '', /Không tìm thấy tệp/],
    ['invalid JSON', '{ "schemaVersion": 1, ', /bị hỏng, không đọc được/],
    ['a newer schemaVersion', '{ "schemaVersion": 99 }', /phiên bản mới hơn/],
    ['a missing schemaVersion', '{ "id": "x" }', /không ghi phiên bản cấu trúc/],
  ];
  for (const [name, content, message] of cases) {
    for (const command of ['inspect', 'export'] as const) {
      it(`${command} rejects ${name} in Vietnamese, exits non-zero and writes nothing`, async () => {
        const input = join(dir, 'vao.kehoach');
        if (content !== '') writeFileSync(input, content);
        const output = join(dir, 'ra.docx');
        const args = command === 'export' ? [command, input, '--docx', output] : [command, input, '--json'];
        const run = await cli(...args);
        expect(run.code).toBe(1);
        expect(run.err).toMatch(message);
        expect(run.out).toBe('');
        expect(existsSync(output)).toBe(false);
      });
    }
  }

  it('names the field that fails the schema', async () => {
    const plan = JSON.parse(readFileSync(join(FIXTURES, 'ke-hoach-58-KH-TU.kehoach'), 'utf8')) as { meta: { date: { month: number } } };
    plan.meta.date.month = 13;
    const input = join(dir, 'sai.kehoach');
    writeFileSync(input, JSON.stringify(plan));
    const run = await cli('export', input, '--docx', join(dir, 'ra.docx'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('meta.date.month');
    expect(existsSync(join(dir, 'ra.docx'))).toBe(false);
  });

  it('new without -o explains the usage', async () => {
    const run = await cli('new', 'dang-chuong-trinh-hanh-dong');
    expect(run.code).toBe(2);
    expect(run.err).toContain('Thiếu tùy chọn -o');
  });

  it('names an unknown command and lists the real ones', async () => {
    const run = await cli('xoa', 'a.kehoach');
    expect(run.code).toBe(2);
    expect(run.err).toContain('Không có lệnh "xoa"');
    expect(run.err).toContain('templates [--json]');
  });
});

describe('the installed bin', () => {
  it('runs as `kehoach templates --json` through node', { timeout: 180_000 }, () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'kehoach.mjs'), 'templates', '--json'], { encoding: 'utf8' });
    expect((JSON.parse(out) as unknown[]).length).toBe(4);
  });
});
