import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessReader } from '../../electron/services/received-files';
import { parsePlanText } from '../../shared/plan-file';
import { runCli, type CliRun } from './run-cli';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');

const cli = (...argv: string[]): Promise<CliRun> => runCli(argv);

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-import-'));
});

/** A plan laid out on a PDF page as Word prints it: lines at their heights, table cells at their columns (ASCII, as the standard fonts allow). */
async function planPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const page = pdf.addPage([842, 595]);
  let y = 560;
  const line = (cells: readonly (readonly [number, string])[]): void => {
    for (const [x, text] of cells) page.drawText(text, { x, y, size: 11, font });
    y -= 16;
  };
  line([
    [60, 'UBND TINH NINH BINH'],
    [420, 'CONG HOA XA HOI CHU NGHIA VIET NAM'],
  ]);
  line([
    [60, 'SO XAY DUNG'],
    [440, 'Doc lap - Tu do - Hanh phuc'],
  ]);
  line([
    [60, 'So: 12/KH-SXD'],
    [430, 'Ninh Binh, ngay 03 thang 3 nam 2026'],
  ]);
  line([[380, 'KE HOACH']]);
  line([[300, 'Thuc hien chuong trinh chuyen doi so nam 2026']]);
  line([[60, 'I. MUC DICH, YEU CAU']]);
  line([[60, '1. Trien khai dong bo cac nhiem vu.']]);
  line([[60, 'II. TO CHUC THUC HIEN']]);
  line([[60, '1. Cac phong trien khai Ke hoach nay.']]);
  line([
    [60, 'Noi nhan:'],
    [500, 'GIAM DOC'],
  ]);
  line([[60, '- UBND tinh;']]);
  line([
    [60, '- Luu: VT.'],
    [500, 'Tran Van Minh'],
  ]);
  line([[380, 'PHU LUC']]);
  line([[300, 'DANH MUC NHIEM VU']]);
  line([
    [60, 'STT'],
    [110, 'Noi dung nhiem vu'],
    [420, 'Co quan chu tri'],
    [620, 'Thoi gian thuc hien'],
  ]);
  line([
    [60, '1'],
    [110, 'Xay dung co so du lieu'],
    [420, 'Van phong So'],
    [620, 'Nam 2026'],
  ]);
  line([
    [60, '2'],
    [110, 'Cap nhat phan mem'],
    [420, 'Phong Quy hoach'],
    [620, 'Quy IV'],
  ]);
  return pdf.save();
}

describe('import', { timeout: 120_000 }, () => {
  it('imports the 58-KH/TU seed, writes a plan inspect can read, and reports what it found', async () => {
    const output = join(dir, 'ke-hoach.kehoach');
    const run = await cli('import', join(SEEDS, 'ke-hoach-dang-ninh-binh-58-KH-TU.txt'), '-o', output);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/4 mục/);
    expect(run.out).toMatch(/2 phụ lục \(10 dòng nhóm, 63 dòng dữ liệu\)/);
    const inspect = await cli('inspect', output, '--json');
    const summary = JSON.parse(inspect.out) as { system: string; appendices: { groups: number; rows: number }[]; recipients: number };
    expect(summary).toMatchObject({ system: 'dang', recipients: 12 });
    expect(summary.appendices.map((a) => [a.groups, a.rows])).toEqual([
      [7, 47],
      [3, 16],
    ]);
    expect(parsePlanText(readFileSync(output, 'utf8')).signer.name).toBe('Đinh Thị Lụa');
  });

  it('inspects a text file directly', async () => {
    const run = await cli('inspect', join(SEEDS, 'ke-hoach-nha-nuoc-bql-kkt-thuc-hien-30-KH-UBND.txt'), '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ system: 'nha-nuoc', symbol: 'KH-BQL', date: '2026-02', recipients: 4 });
  });

  it('reads a PDF text layer into lines and table columns', async () => {
    const input = join(dir, 'ke-hoach.pdf');
    writeFileSync(input, await planPdf());
    const { plan, report } = await inProcessReader.importFile(input, readFileSync(input));
    expect(plan.profile).toBe('nd30-2020');
    expect(plan.meta).toMatchObject({
      number: '12',
      symbol: 'KH-SXD',
      parentOrgan: 'UBND TINH NINH BINH',
      issuingOrgan: { header: 'SO XAY DUNG' },
    });
    expect(plan.sections.map((s) => s.title)).toEqual(['MUC DICH, YEU CAU', 'TO CHUC THUC HIEN']);
    expect(plan.appendices[0]?.columns.map((c) => c.type)).toEqual(['stt', 'text', 'agency', 'deadline']);
    expect(plan.appendices[0]?.rows).toHaveLength(2);
    expect(plan.signer).toMatchObject({ position: 'GIAM DOC', name: 'Tran Van Minh' });
    expect(report.source).toBe('pdf');
  });

  it('reads a PDF without a text layer as a scan, and says when there is no text on it either', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
    const input = join(dir, 'scan.pdf');
    writeFileSync(input, await pdf.save());
    const output = join(dir, 'ra.kehoach');
    const run = await cli('import', input, '-o', output);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Không nhận ra chữ trên ảnh quét/);
    expect(existsSync(output)).toBe(false);
  });

  it('refuses a text that is not a plan, an oversized file and an unknown extension', async () => {
    const prose = join(dir, 'thu.txt');
    writeFileSync(prose, 'Chúng tôi xin gửi lời cảm ơn.\nHẹn gặp lại.\n');
    expect((await cli('import', prose, '-o', join(dir, 'a.kehoach'))).err).toMatch(/Không nhận ra văn bản là kế hoạch/);
    const big = join(dir, 'lon.txt');
    writeFileSync(big, Buffer.alloc(11 * 1024 * 1024, 0x61));
    const started = Date.now();
    expect((await cli('import', big, '-o', join(dir, 'b.kehoach'))).err).toMatch(/quá lớn/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await cli('import', join(dir, 'x.odt'), '-o', join(dir, 'c.kehoach'))).err).toMatch(
      /chỉ nhận tệp \.docx, \.txt, \.pdf hoặc ảnh quét \.png, \.jpg, \.tif/,
    );
    expect(existsSync(join(dir, 'a.kehoach')) || existsSync(join(dir, 'b.kehoach'))).toBe(false);
  });

  it('explains a corrupt DOCX in Vietnamese', async () => {
    const input = join(dir, 'hong.docx');
    writeFileSync(input, 'PK\u0003\u0004 không phải zip');
    const run = await cli('import', input, '-o', join(dir, 'd.kehoach'));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/bị hỏng/);
  });
});
