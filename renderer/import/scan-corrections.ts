/**
 * Words the clerk corrected on a scan, applied to what OCR read: a corrected word is certain
 * (confidence 1) and an emptied one is dropped, so recognising the pages again builds the plan
 * from the corrected reading.
 */
import type { ScanPageData } from '../../shared/ipc';
import { LOW_CONFIDENCE, type PageGeometry } from '../../shared/import/ocr';

/** "3:41": the 42nd word of page 3. */
export type WordKey = `${number}:${number}`;

export function wordKey(page: number, index: number): WordKey {
  return `${page}:${index}`;
}

export interface UnsureWord {
  readonly key: WordKey;
  readonly index: number;
  readonly text: string;
  readonly confidence: number;
}

/** The words of a page OCR was unsure of, in reading order. */
export function unsureWords(page: ScanPageData): UnsureWord[] {
  return page.geometry.texts.flatMap((t, index) =>
    t.confidence < LOW_CONFIDENCE ? [{ key: wordKey(page.geometry.page, index), index, text: t.text, confidence: t.confidence }] : [],
  );
}

export function correctedPages(pages: readonly ScanPageData[], corrections: ReadonlyMap<WordKey, string>): PageGeometry[] {
  return pages.map(({ geometry }) => ({
    ...geometry,
    texts: geometry.texts.flatMap((t, index) => {
      const corrected = corrections.get(wordKey(geometry.page, index));
      if (corrected === undefined) return [t];
      const text = corrected.normalize('NFC').trim();
      return text === '' ? [] : [{ ...t, text, confidence: 1 }];
    }),
  }));
}
