/**
 * Is a PDF's text layer worth reading, or should its pages be read by OCR? A layer from fonts
 * without a Unicode map gives symbols or Latin letters in no language; one from a scanner's cheap
 * OCR (often an English model) drops Vietnamese marks and glues or splits words. Both show in
 * the share of words that are Vietnamese syllables, which real plans keep above nine in ten.
 */
import { isSyllable } from '../../spell';
import type { PageGeometry } from '../geometry';
import { groupLines, lineRuns, runsText } from '../geometry/text-lines';
import { decodeLegacyVietnamese } from '../normalize/legacy-encoding';

export type TextLayerVerdict = 'good' | 'empty' | 'garbage' | 'poor-ocr';

export interface TextLayerQuality {
  readonly verdict: TextLayerVerdict;
  /** Words looked at. */
  readonly words: number;
  /** Share of them that are Vietnamese syllables (or numbers, codes and abbreviations). */
  readonly syllableShare: number;
  /** Share of the characters that are neither letters, digits, punctuation nor spaces. */
  readonly symbolShare: number;
  /** Share of the syllables that carry a Vietnamese mark. */
  readonly markedShare: number;
}

/** Fewer words than this says nothing either way: a cover page, a signature page. */
const MIN_WORDS = 30;
const WORD = /[\p{L}\p{M}]+/gu;
const ASCII_WORD = /^[a-z]+$/;

function isOrdinary(char: string): boolean {
  return /[\p{L}\p{M}\p{N}\p{P}\s]/u.test(char) || '+=<>%$/§°'.includes(char);
}

export function judgeTextLayer(raw: string): TextLayerQuality {
  const text = decodeLegacyVietnamese(raw).normalize('NFC');
  let characters = 0;
  let symbols = 0;
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    characters++;
    if (!isOrdinary(char)) symbols++;
  }
  const words = text.match(WORD) ?? [];
  let syllables = 0;
  let marked = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    // Capitals run together ("UBND", "KH") are abbreviations, not broken words.
    if (isSyllable(lower) || (word.length <= 6 && word === word.toUpperCase() && ASCII_WORD.test(lower))) {
      syllables++;
      if (!ASCII_WORD.test(lower)) marked++;
    }
  }
  const quality = (verdict: TextLayerVerdict): TextLayerQuality => ({
    verdict,
    words: words.length,
    syllableShare: words.length === 0 ? 0 : syllables / words.length,
    symbolShare: characters === 0 ? 0 : symbols / characters,
    markedShare: syllables === 0 ? 0 : marked / syllables,
  });
  if (words.length === 0 && characters < MIN_WORDS) return quality('empty');
  const measured = quality('good');
  if (measured.symbolShare > 0.2) return quality('garbage');
  if (words.length < MIN_WORDS) return measured;
  if (measured.syllableShare < 0.5) return quality('garbage');
  // Vietnamese prose marks about two syllables in three; marks lost wholesale is an English model's reading.
  if (measured.syllableShare < 0.85 || measured.markedShare < 0.3) return quality('poor-ocr');
  return measured;
}

/** A text layer's lines as the geometry builder reads them (pieces of a word joined), to be judged. */
export function layerText(pages: readonly PageGeometry[]): string {
  return pages.flatMap((page) => groupLines(page.page, page.texts).map((line) => runsText(lineRuns(line)))).join('\n');
}
