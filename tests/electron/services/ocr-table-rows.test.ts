/**
 * A ruled table's rows read again on their own through the real engine (tesseract.js with the
 * Vietnamese model from node_modules): the appendix page of a commune plan LibreOffice made
 * (tests/fixtures/blind), scanned at 200 dpi and saved as JPEG 60. Read with the whole page, its
 * header row (one-line cells beside "Đơn vị phối / hợp" and "Ghi / chú") came out as "TI" and
 * words made of nothing between its lines ("Nội- dung R . công việc"); read alone, as printed.
 */
import { describe, expect, it } from 'vitest';
import { makeScan } from '../../../bench/lib/scan-maker';
import { importBytes } from '../../../electron/services/import-file';
import { hasTool } from '../../render-check/page-tools';

const TOOLS = hasTool('convert') && hasTool('pdftoppm');
const PLAN = new URL('../../fixtures/blind/xa-phong-chong-thien-tai.pdf', import.meta.url).pathname;

describe.runIf(TOOLS)('a scanned appendix table', () => {
  it('reads the header row as printed when the rows with unsure words are read again alone', { timeout: 300_000 }, async () => {
    const scan = await makeScan(PLAN, { dpi: 200, jpeg: 60, pages: { first: 3, last: 3 } });
    await scan.dispose();
    const { plan } = await importBytes(scan.bytes, '.pdf', 'phu-luc.pdf', { ocr: 'always', workers: 1 });
    expect(plan.appendices.map((a) => a.columns.map((c) => c.label))).toEqual([
      ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'Ghi chú'],
    ]);
  });
});
