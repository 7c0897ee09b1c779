/**
 * Pages of positioned text and rulings built by hand, as a PDF's text layer or OCR would give
 * them: text at its place (width from an average Times letter), lines where a table draws them.
 */
import type { PageGeometry, PlacedText, Ruling } from '../../../shared/import/geometry';

export const A4 = { width: 595, height: 842 } as const;

/** Width of a text in an average Times letter (half the size). */
export const textWidth = (text: string, size: number): number => Array.from(text).length * size * 0.5;

export function text(value: string, x: number, y: number, options: { size?: number; bold?: boolean; italic?: boolean } = {}): PlacedText {
  const size = options.size ?? 13;
  return {
    text: value,
    x,
    y,
    width: textWidth(value, size),
    height: size,
    fontSize: size,
    bold: options.bold ?? false,
    italic: options.italic ?? false,
    confidence: 1,
  };
}

export const hLine = (y: number, x1: number, x2: number): Ruling => ({ x1, y1: y, x2, y2: y, thickness: 0.75 });
export const vLine = (x: number, y1: number, y2: number): Ruling => ({ x1: x, y1, x2: x, y2, thickness: 0.75 });

/** The rulings of a full grid: every row and column line drawn. */
export function grid(xs: readonly number[], ys: readonly number[]): Ruling[] {
  const top = ys[0] ?? 0;
  const bottom = ys[ys.length - 1] ?? 0;
  const left = xs[0] ?? 0;
  const right = xs[xs.length - 1] ?? 0;
  return [...ys.map((y) => hLine(y, left, right)), ...xs.map((x) => vLine(x, top, bottom))];
}

export function page(
  number: number,
  texts: readonly PlacedText[],
  rules: readonly Ruling[] = [],
  size: { width: number; height: number } = A4,
): PageGeometry {
  return { page: number, ...size, rotation: 0, texts, rules };
}

/** Running text lines from the top: each entry is one printed line at the left margin (or indented). */
export interface LineSpec {
  readonly text: string;
  readonly indent?: number;
  readonly weight?: 'bold';
  readonly centre?: boolean;
  /** Justified to the right margin, as a wrapped line is. */
  readonly full?: boolean;
}

/** Lines of running text from `startY` down, one entry per printed line. */
export function lines(
  entries: readonly (string | LineSpec)[],
  startY: number,
  options: { left?: number; right?: number; pitch?: number; size?: number } = {},
): PlacedText[] {
  const left = options.left ?? 85;
  const right = options.right ?? 553;
  const pitch = options.pitch ?? 18;
  const size = options.size ?? 13;
  return entries.map((entry, i) => {
    const spec = typeof entry === 'string' ? { text: entry } : entry;
    const width = textWidth(spec.text, size);
    const x = spec.centre === true ? (left + right - width) / 2 : left + (spec.indent ?? 0);
    const placed = text(spec.text, x, startY + i * pitch, { size, bold: spec.weight === 'bold' });
    return spec.full === true ? { ...placed, width: right - x } : placed;
  });
}
