/**
 * Placed text → visual lines: pieces whose boxes overlap vertically share a line, read left to
 * right. A gap wider than a space joins pieces with one; a piece drawn twice at the same place (a
 * PDF's fake bold) counts once, as bold; a small raised number (a footnote mark) is left out, as
 * the DOCX reader leaves out superscript note numbers.
 */
import type { TextLeaf } from '../../model';
import { cleanFragment } from '../normalize/clean-text';
import type { PlacedText } from './page-geometry';

export interface TextLine extends Box {
  readonly page: number;
  /** Sorted left to right. */
  readonly items: readonly PlacedText[];
  /** The size most of the line's characters have. */
  readonly fontSize: number;
  /** Every visible character is bold. */
  readonly bold: boolean;
  /** Reading order on its page, from 1, for "trang 3, dòng 14". */
  readonly number: number;
}

const center = (t: PlacedText): number => t.y + t.height / 2;

export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The box around pieces; a loop, since a hostile page may hold more pieces than a call has arguments. */
export function boxOf(items: readonly PlacedText[]): Box {
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (const t of items) {
    top = Math.min(top, t.y);
    bottom = Math.max(bottom, t.y + t.height);
    left = Math.min(left, t.x);
    right = Math.max(right, t.x + t.width);
  }
  return { top, bottom, left, right };
}

function overlap(aTop: number, aBottom: number, bTop: number, bBottom: number): number {
  return Math.min(aBottom, bBottom) - Math.max(aTop, bTop);
}

/** The same text drawn again within a point of itself. */
function isOverprint(a: PlacedText, b: PlacedText): boolean {
  return a.text === b.text && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1;
}

function dominantSize(items: readonly PlacedText[]): number {
  const weight = new Map<number, number>();
  for (const item of items) {
    const size = Math.round(item.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + item.text.length);
  }
  let best = items[0]?.fontSize ?? 0;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}

/** A footnote mark: digits or "*" at most two thirds of the line's size, its bottom above the line's baseline. */
function isRaisedMark(item: PlacedText, size: number, bottom: number): boolean {
  return item.fontSize <= size * 0.7 && /^[\d*]{1,3}$/.test(item.text.trim()) && item.y + item.height < bottom - size * 0.25;
}

export function makeLine(page: number, pieces: readonly PlacedText[], number: number): TextLine {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  const kept: PlacedText[] = [];
  for (const item of sorted) {
    const twin = kept.findIndex((k) => isOverprint(k, item));
    if (twin >= 0) {
      const first = kept[twin];
      if (first !== undefined) kept[twin] = { ...first, bold: true };
    } else kept.push(item);
  }
  const size = dominantSize(kept);
  const items = kept.filter((t) => !isRaisedMark(t, size, boxOf(kept).bottom));
  const visible = items.length > 0 ? items : kept;
  return {
    page,
    items: visible,
    ...boxOf(visible),
    fontSize: size,
    bold: visible.every((t) => t.bold || t.text.trim() === ''),
    number,
  };
}

/**
 * Two pieces one above the other: they share a good part of their width and hardly any of their
 * height. Two lines of one column (small nơi nhận lines both touched by the taller signature line
 * beside them) are never one line; a raised note mark over the end of its word is.
 */
function stacked(a: PlacedText, b: PlacedText): boolean {
  const shared = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const level = overlap(a.y, a.y + a.height, b.y, b.y + b.height);
  return shared > Math.max(1, 0.3 * Math.min(a.width, b.width)) && level < 0.5 * Math.min(a.height, b.height);
}

/** How many recent lines a piece is compared with: lines of two columns interleave by a few points. */
const OPEN_LINES = 4;

/** Visual lines of a set of pieces, top to bottom. */
export function groupLines(page: number, texts: readonly PlacedText[]): TextLine[] {
  const sorted = texts.filter((t) => t.text.trim() !== '').sort((a, b) => center(a) - center(b) || a.x - b.x);
  const groups: { top: number; bottom: number; height: number; items: PlacedText[] }[] = [];
  for (const item of sorted) {
    const bottom = item.y + item.height;
    let target: (typeof groups)[number] | undefined;
    for (let i = groups.length - 1; i >= Math.max(0, groups.length - OPEN_LINES); i--) {
      const group = groups[i];
      if (group === undefined) continue;
      if (
        overlap(group.top, group.bottom, item.y, bottom) >= 0.5 * Math.min(group.height, item.height) &&
        !group.items.some((other) => stacked(other, item))
      ) {
        target = group;
        break;
      }
    }
    if (target === undefined) groups.push({ top: item.y, bottom, height: item.height, items: [item] });
    else {
      target.items.push(item);
      // The line's band stays that of its tallest text, so a raised mark does not widen it.
      if (item.height > target.height) {
        target.top = item.y;
        target.bottom = bottom;
        target.height = item.height;
      }
    }
  }
  return groups.sort((a, b) => a.top - b.top).map((g, i) => makeLine(page, g.items, i + 1));
}

/** Width of a space in a piece of this size (Times: a quarter of the em). */
export const spaceWidth = (size: number): number => size * 0.25;

/** Splits a line where the gap between two pieces is at least `minGap` points. */
export function splitAtGaps(line: TextLine, minGap: number): TextLine[] {
  const parts: PlacedText[][] = [];
  let end = -Infinity;
  for (const item of line.items) {
    const current = parts[parts.length - 1];
    if (current === undefined || item.x - end >= minGap) parts.push([item]);
    else current.push(item);
    end = Math.max(end, item.x + item.width);
  }
  return parts.length <= 1 ? [line] : parts.map((items) => makeLine(line.page, items, line.number));
}

function sameFormat(a: TextLeaf, b: TextLeaf): boolean {
  return a.bold === b.bold && a.italic === b.italic;
}

export function pushRun(runs: TextLeaf[], text: string, format: Pick<TextLeaf, 'bold' | 'italic'>): void {
  if (text === '') return;
  const last = runs[runs.length - 1];
  const leaf: TextLeaf = { text };
  if (format.bold === true) leaf.bold = true;
  if (format.italic === true) leaf.italic = true;
  if (last !== undefined && sameFormat(last, leaf)) last.text += text;
  else runs.push(leaf);
}

/** The text of a line with its bold and italic runs; pieces further apart than a third of a space get one. */
export function lineRuns(line: TextLine): TextLeaf[] {
  const runs: TextLeaf[] = [];
  let end: number | null = null;
  let text = '';
  for (const item of line.items) {
    const piece = cleanFragment(item.text);
    if (piece.trim() === '') continue;
    const gap = end === null ? 0 : item.x - end;
    const needsSpace = end !== null && gap > spaceWidth(item.fontSize) / 3 && !text.endsWith(' ') && !piece.startsWith(' ');
    const spaced = needsSpace ? ` ${piece}` : piece;
    pushRun(runs, text === '' ? spaced.trimStart() : spaced, { bold: item.bold, italic: item.italic });
    text += spaced;
    end = item.x + item.width;
  }
  const last = runs[runs.length - 1];
  if (last !== undefined) last.text = last.text.trimEnd();
  return runs.filter((r) => r.text !== '');
}

export const runsText = (runs: readonly TextLeaf[]): string => runs.map((r) => r.text).join('');
