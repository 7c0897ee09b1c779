/**
 * Text laid out with spaces, as `pdftotext -layout` or a PDF viewer's copy gives it: columns are
 * runs of spaces, pages are cut by form feeds, and page numbers sit inside the text. Each character
 * stands at its column, so the text is a page drawn in a fixed-width font: it is turned into the
 * page model and read by the same geometry builder as a PDF, which finds the table columns over a
 * run of lines, joins cells that continue on the next lines, and drops running lines.
 */
import type { GeometryOptions, PageGeometry, PlacedText } from '../geometry';
import { isPageNumber } from '../geometry/running-lines';

/** The size each character is drawn at; its width is half of it, as an average Times letter. */
const SIZE = 12;
const ADVANCE = SIZE / 2;
/** A line and the space above it; a blank line in the text is as much space again. */
const PITCH = SIZE * 1.4;
const MARGIN = 4 * ADVANCE;

/**
 * How the geometry builder reads such a page: words are one space apart (two in a justified
 * line), cells at least three; a centred line may be some characters off the middle.
 */
export const LAYOUT_GEOMETRY: GeometryOptions = { cellGap: (3 * ADVANCE) / SIZE - 0.3, centreSlack: 4 * ADVANCE };

/** A line of words apart by runs of spaces inside it, or pushed in by many of them. */
const ALIGNED = /\S {3,}\S|^ {4,}\S/;

/**
 * Spaces lay the text out when many of its lines are aligned by them; text typed or pasted from
 * Word uses tabs and single spaces, and keeps the reader it has.
 */
export function isLayoutText(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.some((l) => l.includes('\t'))) return false;
  const aligned = lines.filter((l) => ALIGNED.test(l)).length;
  return aligned >= 5 && aligned >= lines.length * 0.15;
}

/** The words of a line, each at its column. */
function lineWords(line: string, y: number): PlacedText[] {
  const words: PlacedText[] = [];
  const chars = Array.from(line);
  let start = -1;
  chars.forEach((c, i) => {
    const blank = c === ' ' || c === '\u00a0';
    if (!blank && start < 0) start = i;
    if ((blank || i === chars.length - 1) && start >= 0) {
      const end = blank ? i : i + 1;
      const text = chars.slice(start, end).join('');
      words.push({
        text,
        x: MARGIN + start * ADVANCE,
        y,
        width: (end - start) * ADVANCE,
        height: SIZE,
        fontSize: SIZE,
        bold: false,
        italic: false,
        confidence: 1,
      });
      start = -1;
    }
  });
  return words;
}

/**
 * A page's number, blanked: on a page cut by form feeds, its first or last line when that is a
 * number; in text without them, a number standing alone far from the margin (an STT is at it).
 */
function withoutPageNumbers(lines: readonly string[], paged: boolean): string[] {
  const filled = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  const edges = new Set([filled[0], filled[filled.length - 1]]);
  const width = widthOf(lines);
  return lines.map((l, i) => {
    if (!isPageNumber(l)) return l;
    const alone = paged ? edges.has(i) : l.search(/\S/) > width / 3;
    return alone ? '' : l;
  });
}

const widthOf = (lines: readonly string[]): number => lines.reduce((w, l) => Math.max(w, Array.from(l.trimEnd()).length), 0);

/**
 * The pages of a laid-out text, each as tall as its lines, so that a page number or running line
 * is at its top or foot. The first page of a plan is portrait (its header); a page much wider than
 * it is landscape (an appendix table), and is made wider than tall if its lines are many.
 */
export function layoutPages(text: string): PageGeometry[] {
  const cut = text.replace(/\r\n?/g, '\n').split('\f');
  const pages = cut
    .map((p) => withoutPageNumbers(p.replace(/\s+$/, '').split('\n'), cut.length > 1))
    .filter((lines) => lines.some((l) => l.trim() !== ''));
  const widths = pages.map(widthOf);
  const portrait = widths[0] ?? 0;
  return pages.map((lines, i) => {
    const chars = widths[i] ?? portrait;
    const height = lines.length * PITCH + 2 * MARGIN;
    const width = chars * ADVANCE + 2 * MARGIN;
    return {
      page: i + 1,
      width: chars > portrait * 1.2 ? Math.max(width, height + 1) : width,
      height,
      rotation: 0,
      texts: lines.flatMap((line, n) => lineWords(line, MARGIN + n * PITCH)),
      rules: [],
    };
  });
}
