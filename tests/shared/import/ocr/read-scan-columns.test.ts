/**
 * The nơi nhận and signature block of a scanned page, read by another OCR tool: the `tesseract`
 * command line (Debian's model) as the engine, on the last body page of a plan LibreOffice made
 * (tests/fixtures/blind), drawn by poppler at 200 dpi with the page before it. Read whole, the engine takes the first line
 * of the small recipients' list and the signing authority beside it for one line and garbles the
 * recipient; the scan reader reads each column of the block again on its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recognizeScan, toPgm, type GrayImage, type OcrEngine, type OcrLine } from '../../../../shared/import/ocr';
import { readScan } from '../../../../shared/import/ocr/read-scan';
import { hasTool } from '../../../render-check/page-tools';

const TOOLS = hasTool('tesseract') && hasTool('pdftoppm');
const PLAN = new URL('../../../fixtures/blind/xa-phong-chong-thien-tai.pdf', import.meta.url).pathname;
const DPI = 200;
const dir = mkdtempSync(join(tmpdir(), 'kehoach-columns-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A binary PGM (what `pdftoppm -gray` writes) as a grey image. */
function fromPgm(bytes: Uint8Array): GrayImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 40)));
  if (header === null) throw new Error('not a PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, data: bytes.slice(header[0].length, header[0].length + width * height) };
}

/** The tesseract command line's words (TSV), grouped in its lines, as the engine port gives them. */
function tesseractCli(): OcrEngine {
  let calls = 0;
  return {
    parallelism: 1,
    recognize(image, dpi) {
      const file = join(dir, `in-${String(calls++)}.pgm`);
      writeFileSync(file, toPgm(image));
      const tsv = execFileSync('tesseract', [file, '-', '-l', 'vie', '--dpi', String(Math.round(dpi)), 'tsv'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const lines = new Map<string, { rowHeight: number; words: OcrLine['words'][number][] }>();
      for (const row of tsv.split('\n').slice(1)) {
        const [level, , block, paragraph, line, , left, top, width, height, confidence, text = ''] = row.split('\t');
        const key = `${String(block)}/${String(paragraph)}/${String(line)}`;
        const [x, y, w, h] = [left, top, width, height].map(Number) as [number, number, number, number];
        if (level === '4') lines.set(key, { rowHeight: h, words: [] });
        if (level === '5' && text.trim() !== '')
          lines.get(key)?.words.push({ text, x0: x, y0: y, x1: x + w, y1: y + h, confidence: Number(confidence) / 100 });
      }
      return Promise.resolve([...lines.values()]);
    },
  };
}

describe.runIf(TOOLS)('a scanned nơi nhận and signature block', () => {
  it('reads the recipients beside the signature column by column', { timeout: 120_000 }, async () => {
    // Its first two pages: the header and sections I to III, then the block under the last one.
    execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-f', '1', '-l', '2', PLAN, join(dir, 'page')]);
    const page = (n: number): GrayImage => fromPgm(new Uint8Array(readFileSync(join(dir, `page-${String(n)}.pgm`))));
    const scan = await readScan({ pageCount: 2, renderPage: (n) => Promise.resolve({ image: page(n), dpi: DPI }) }, tesseractCli());
    const { plan } = recognizeScan(scan.pages.map((p) => p.geometry));
    expect(plan.recipients.map((r) => ('name' in r ? `${r.name} ${r.purpose ?? ''}`.trim() : r.names.join(', ')))).toEqual([
      'UBND tỉnh (để báo cáo)',
      'Sở Nông nghiệp và Môi trường',
      'TT Đảng ủy, TT HĐND xã',
      'Chủ tịch, các PCT UBND xã',
      'Các thành viên Ban Chỉ huy',
      'Trưởng các thôn',
    ]);
    expect(plan.archive).toBe('VT, KT');
    expect(plan.signer.authority.map((a) => `${a.kind} ${a.body}`)).toEqual(['TM ỦY BAN NHÂN DÂN', 'KT CHỦ TỊCH']);
    expect(plan.signer).toMatchObject({ position: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Thành' });
  });
});
