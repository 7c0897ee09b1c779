/**
 * Running headers, footers and page numbers: lines in the top or bottom band of a page that are
 * a page number ("3", "- 3 -", "Trang 3", "3/18"), or whose text (digits aside) comes back in the
 * same band on many pages. A heading that happens to open several pages ("Phụ lục 2") is kept.
 */
import { foldText } from '../normalize/clean-text';
import { APPENDIX_HEADING, startsWithMarker } from '../recognise/patterns';
import { lineRuns, runsText, type TextLine } from './text-lines';

/** Share of the page height, at the top and at the bottom, where running lines stand. */
const BAND = 0.075;

const PAGE_NUMBER = /^(?:(?:trang|page)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|trên)\s*\d{1,4})?$/iu;

export interface PageLines {
  readonly page: number;
  readonly height: number;
  readonly lines: readonly TextLine[];
}

type Band = 'top' | 'bottom';

function bandOf(line: TextLine, height: number): Band | null {
  if (line.bottom <= height * BAND) return 'top';
  if (line.top >= height * (1 - BAND)) return 'bottom';
  return null;
}

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** The running lines of a document, to be left out of its text. */
export function runningLines(pages: readonly PageLines[]): Set<TextLine> {
  const running = new Set<TextLine>();
  const seen = new Map<string, { pages: Set<number>; lines: TextLine[] }>();
  for (const { page, height, lines } of pages) {
    for (const line of lines) {
      const band = bandOf(line, height);
      if (band === null) continue;
      const text = runsText(lineRuns(line));
      if (isPageNumber(text)) {
        running.add(line);
        continue;
      }
      if (startsWithMarker(text) || APPENDIX_HEADING.test(text)) continue;
      const key = `${band}|${foldText(text).replace(/\d+/g, '#')}`;
      const entry = seen.get(key) ?? { pages: new Set<number>(), lines: [] };
      entry.pages.add(page);
      entry.lines.push(line);
      seen.set(key, entry);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  for (const entry of seen.values()) {
    if (entry.pages.size >= needed) for (const line of entry.lines) running.add(line);
  }
  return running;
}
