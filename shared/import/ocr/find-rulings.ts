/**
 * The table grid on a page image: long dark horizontal and vertical runs. A scanned rule is a few
 * pixels thick, a little broken and not quite straight, so runs bridge small gaps and a rule is the
 * band of neighbouring rows (or columns) whose runs overlap. Thick bands are filled areas (a seal,
 * a photograph), not rules; nor is a run with ink all along one side: in a black-and-white scan the
 * serifs of a bold capital title touch ("TIÊU") and make a long run over the letters' stems, which a
 * rule never has (a cell's text keeps its padding, and the rules crossing it are a few pixels wide).
 * The rules are also wiped from the copy given to OCR: a rule touching a letter is read as "|" or "_"
 * and merges the cells' words into one line.
 */
import type { GrayImage } from './gray-image';

/** A ruling in pixels of the image it was found on. */
export interface PixelRuling {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly thickness: number;
}

export interface GridScan {
  readonly rulings: readonly PixelRuling[];
  /** The image with the rulings painted white, for OCR. */
  readonly cleaned: GrayImage;
}

interface Run {
  readonly start: number;
  readonly end: number;
}

interface Band {
  first: number;
  last: number;
  start: number;
  end: number;
  /** Each line of the band's run, to wipe exactly what was found. */
  readonly runs: { line: number; start: number; end: number }[];
}

/** Dark runs along one line (a row or a column), bridging gaps up to `gap` pixels. */
function runsAlong(length: number, dark: (i: number) => boolean, gap: number, minLength: number): Run[] {
  const runs: Run[] = [];
  let start = -1;
  let lastDark = -1;
  for (let i = 0; i < length; i++) {
    if (!dark(i)) continue;
    if (start < 0 || i - lastDark > gap + 1) {
      if (start >= 0 && lastDark - start + 1 >= minLength) runs.push({ start, end: lastDark });
      start = i;
    }
    lastDark = i;
  }
  if (start >= 0 && lastDark - start + 1 >= minLength) runs.push({ start, end: lastDark });
  return runs;
}

/** Past this share of ink beside it, a run is the top or foot of a line of letters. */
const MAX_INK_BESIDE = 0.25;

/**
 * Whether the band has paper on both sides: the share of dark pixels in the strips of `depth`
 * lines beyond it, one line off its edge (a scanned rule's ragged edge is not its neighbour).
 */
function standsFree(band: Band, lines: number, dark: (line: number, along: number) => boolean, depth: number): boolean {
  const inkShare = (from: number, step: 1 | -1): number => {
    let ink = 0;
    let all = 0;
    for (let d = 0; d < depth; d++) {
      const line = from + step * d;
      if (line < 0 || line >= lines) continue;
      for (let i = band.start; i <= band.end; i++) {
        all++;
        if (dark(line, i)) ink++;
      }
    }
    return all === 0 ? 0 : ink / all;
  };
  return inkShare(band.first - 2, -1) <= MAX_INK_BESIDE && inkShare(band.last + 2, 1) <= MAX_INK_BESIDE;
}

/** Runs on consecutive lines that overlap along most of their length are one rule. */
function bands(
  lines: number,
  runsOf: (line: number) => Run[],
  maxThickness: number,
  dark: (line: number, along: number) => boolean,
  depth: number,
): Band[] {
  const done: Band[] = [];
  let open: Band[] = [];
  for (let line = 0; line < lines; line++) {
    const next: Band[] = [];
    for (const run of runsOf(line)) {
      const band = open.find(
        (b) => Math.min(b.end, run.end) - Math.max(b.start, run.start) > 0.5 * Math.min(b.end - b.start, run.end - run.start),
      );
      if (band !== undefined && !next.includes(band)) {
        band.last = line;
        band.start = Math.min(band.start, run.start);
        band.end = Math.max(band.end, run.end);
        band.runs.push({ line, ...run });
        next.push(band);
      } else {
        next.push({ first: line, last: line, start: run.start, end: run.end, runs: [{ line, ...run }] });
      }
    }
    for (const band of open) if (!next.includes(band)) done.push(band);
    open = next;
  }
  done.push(...open);
  return done.filter((b) => b.last - b.first + 1 <= maxThickness && standsFree(b, lines, dark, depth));
}

/**
 * The rulings of a (deskewed) page at `dpi`, and the page with them wiped. A rule must be at least
 * a fifth of an inch long: longer than any letter's stroke at text sizes, shorter than the
 * narrowest table row or STT column.
 */
export function findRulings(image: GrayImage, threshold: number, dpi: number): GridScan {
  const { width, height, data } = image;
  const minLength = Math.round(dpi * 0.2);
  const gap = Math.max(1, Math.round(dpi / 100));
  const maxThickness = Math.max(3, Math.round(dpi * 0.025));
  const isDark = (x: number, y: number): boolean => (data[y * width + x] ?? 255) <= threshold;
  // Deeper than a bold capital's bar or serif (0.02 in), shallower than a cell's padding.
  const depth = Math.max(2, Math.round(dpi / 50));
  const horizontal = bands(
    height,
    (y) => runsAlong(width, (x) => isDark(x, y), gap, Math.max(minLength, Math.round(dpi * 0.3))),
    maxThickness,
    (y, x) => isDark(x, y),
    depth,
  );
  const vertical = bands(
    width,
    (x) => runsAlong(height, (y) => isDark(x, y), gap, minLength),
    maxThickness,
    (x, y) => isDark(x, y),
    depth,
  );
  const cleaned = new Uint8Array(data);
  // A scanned rule's edges are grey; wiping a little beyond the dark run leaves no speck for OCR.
  const margin = Math.max(1, Math.round(dpi / 150));
  const wipe = (x: number, y: number): void => {
    if (x >= 0 && y >= 0 && x < width && y < height) cleaned[y * width + x] = 255;
  };
  const rulings: PixelRuling[] = [];
  for (const band of horizontal) {
    const y = (band.first + band.last) / 2;
    rulings.push({ x1: band.start, y1: y, x2: band.end, y2: y, thickness: band.last - band.first + 1 });
    for (const run of band.runs) for (let x = run.start; x <= run.end; x++) for (let d = -margin; d <= margin; d++) wipe(x, run.line + d);
  }
  for (const band of vertical) {
    const x = (band.first + band.last) / 2;
    rulings.push({ x1: x, y1: band.start, x2: x, y2: band.end, thickness: band.last - band.first + 1 });
    for (const run of band.runs) for (let y = run.start; y <= run.end; y++) for (let d = -margin; d <= margin; d++) wipe(run.line + d, y);
  }
  return { rulings, cleaned: { width, height, data: cleaned } };
}
