/** The table grid on a page image: rules found where they are drawn, letters never taken for rules. */
import { describe, expect, it } from 'vitest';
import { findRulings } from '../../../../shared/import/ocr/find-rulings';
import { grayImage, otsuThreshold } from '../../../../shared/import/ocr/gray-image';
import { drawGrid, fillRect, textPage } from './synthetic-page';

const DPI = 200;

describe('findRulings', () => {
  it('finds every rule of a grid at its place, and none in the text around it', () => {
    const page = textPage(1654, 2339);
    // Clear a band for the table, then draw it with words in its cells.
    fillRect(page, 0, 900, 1654, 700, 255);
    const rows = [920, 1000, 1180, 1400, 1580];
    const columns = [150, 260, 900, 1200, 1500];
    drawGrid(page, rows, columns);
    fillRect(page, 300, 1030, 200, 20);
    fillRect(page, 950, 1200, 150, 20);
    const { rulings } = findRulings(page, otsuThreshold(page), DPI);
    const horizontal = rulings.filter((r) => r.y1 === r.y2).sort((a, b) => a.y1 - b.y1);
    const vertical = rulings.filter((r) => r.x1 === r.x2).sort((a, b) => a.x1 - b.x1);
    expect(horizontal.map((r) => Math.round(r.y1))).toEqual(rows.map((y) => y + 1));
    expect(vertical.map((r) => Math.round(r.x1))).toEqual(columns.map((x) => x + 1));
    for (const r of horizontal) expect([r.x1, r.x2]).toEqual([150, 1501]);
  });

  it('bridges the small breaks of a scanned rule and keeps its thickness', () => {
    const page = grayImage(1000, 600);
    fillRect(page, 100, 300, 800, 3);
    fillRect(page, 400, 300, 2, 3, 255);
    fillRect(page, 650, 301, 1, 2, 255);
    const { rulings } = findRulings(page, otsuThreshold(page), DPI);
    expect(rulings).toEqual([{ x1: 100, y1: 301, x2: 899, y2: 301, thickness: 3 }]);
  });

  it('takes a filled area (a seal, a photograph) for no rule', () => {
    const page = grayImage(1000, 1000);
    fillRect(page, 200, 200, 500, 300);
    expect(findRulings(page, otsuThreshold(page), DPI).rulings).toEqual([]);
  });

  it('wipes the rules from the copy given to OCR, and nothing else', () => {
    const page = grayImage(800, 600);
    drawGrid(page, [100, 300], [100, 700]);
    fillRect(page, 200, 150, 120, 20);
    const { cleaned } = findRulings(page, otsuThreshold(page), DPI);
    const dark = (x: number, y: number): boolean => (cleaned.data[y * cleaned.width + x] ?? 255) < 128;
    expect(dark(400, 100)).toBe(false);
    expect(dark(100, 200)).toBe(false);
    expect(dark(250, 160)).toBe(true);
    expect(page.data[100 * 800 + 400]).toBe(0);
  });
});
