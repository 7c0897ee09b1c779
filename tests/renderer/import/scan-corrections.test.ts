/** Corrections of a scan's unsure words, applied before the plan is recognised again. */
import { describe, expect, it } from 'vitest';
import { recogniseScan } from '../../../shared/import/ocr';
import type { ScanPageData } from '../../../shared/ipc';
import { correctedPages, unsureWords, wordKey } from '../../../renderer/import/scan-corrections';

function word(text: string, y: number, x: number, confidence = 0.95): ScanPageData['geometry']['texts'][number] {
  return { text, x, y, width: text.length * 6, height: 14, fontSize: 13, bold: false, italic: false, confidence };
}

/** A page read by OCR: a section heading whose numeral and a word of its title were unsure. */
const PAGE: ScanPageData = {
  image: 'data:image/png;base64,',
  geometry: {
    page: 1,
    width: 595,
    height: 842,
    rotation: 0,
    rules: [],
    texts: [
      word('KẾ', 100, 250),
      word('HOẠCH', 100, 270),
      word('l1.', 150, 70, 0.3),
      word('MỤC', 150, 95),
      word('DICH', 150, 130, 0.4),
      word('Triển', 180, 70),
      word('khai.', 180, 110),
      word('~', 200, 300, 0.2),
    ],
  },
};

describe('scan corrections', () => {
  it('lists the words OCR was unsure of, with their place on the page', () => {
    expect(unsureWords(PAGE).map((w) => [w.key, w.text])).toEqual([
      ['1:2', 'l1.'],
      ['1:4', 'DICH'],
      ['1:7', '~'],
    ]);
  });

  it('makes corrected words certain, drops emptied ones, and the plan follows', () => {
    const before = recogniseScan([PAGE.geometry]);
    expect(before.plan.sections.map((s) => s.title)).toEqual([]);
    const corrections = new Map([
      [wordKey(1, 2), 'I.'],
      [wordKey(1, 4), 'ĐÍCH'],
      [wordKey(1, 7), ''],
    ]);
    const [page] = correctedPages([PAGE], corrections);
    expect(page?.texts.map((t) => t.text)).toEqual(['KẾ', 'HOẠCH', 'I.', 'MỤC', 'ĐÍCH', 'Triển', 'khai.']);
    expect(page?.texts[2]?.confidence).toBe(1);
    const after = recogniseScan(page === undefined ? [] : [page]);
    expect(after.plan.sections.map((s) => s.title)).toEqual(['MỤC ĐÍCH']);
  });
});
