/**
 * Borderless two-column blocks: the header (organ and number on the left, the motto and the date
 * on the right) and the end (nơi nhận on the left, the signature on the right). A block starts at
 * a line with a wide gap in it, whose middle splits the columns. The lines below belong to it
 * while they follow closely, no piece crosses the split, and a line standing on one side only
 * lines up with that column (its left edge for the nơi nhận list, its axis for centred lines):
 * a title centred on the page under the header does not.
 */
import type { TextLine } from './text-lines';
import { makeLine, splitAtGaps } from './text-lines';

export interface ColumnBlock {
  readonly page: number;
  readonly top: number;
  readonly bottom: number;
  /** Left and right column: their pieces of lines, top to bottom. */
  readonly columns: readonly [TextLine[], TextLine[]];
  /** x between the columns. */
  readonly split: number;
  /** The whole lines the block took. */
  readonly lines: readonly TextLine[];
}

export interface ColumnOptions {
  /** Smallest gap (points) that separates the two columns on one line. */
  readonly minGap: (line: TextLine) => number;
}

interface Gutter {
  readonly from: number;
  readonly to: number;
}

/** The widest gap of a split line. */
function widestGap(parts: readonly TextLine[]): Gutter | null {
  let best: Gutter | null = null;
  for (let i = 0; i + 1 < parts.length; i++) {
    const a = parts[i];
    const b = parts[i + 1];
    if (a === undefined || b === undefined) continue;
    if (best === null || b.left - a.right > best.to - best.from) best = { from: a.right, to: b.left };
  }
  return best;
}

/** A piece on one side lines up with a piece already in that column: same left edge, axis or right edge. */
function linesUp(part: TextLine, column: readonly TextLine[]): boolean {
  const tolerance = Math.max(3, part.fontSize * 0.3);
  const axis = (l: TextLine): number => (l.left + l.right) / 2;
  return column.some(
    (c) =>
      Math.abs(c.left - part.left) <= tolerance ||
      Math.abs(axis(c) - axis(part)) <= tolerance ||
      Math.abs(c.right - part.right) <= tolerance,
  );
}

/**
 * Which column a piece belongs to, and the gutter once it is placed: a piece reaching into the
 * gutter from one side narrows it; one lying across it, or inside it, belongs to neither.
 */
function place(part: TextLine, gutter: Gutter): { side: 0 | 1; gutter: Gutter } | null {
  if (part.right <= gutter.from) return { side: 0, gutter };
  if (part.left >= gutter.to) return { side: 1, gutter };
  if (part.left <= gutter.from && part.right < gutter.to) return { side: 0, gutter: { from: part.right, to: gutter.to } };
  if (part.right >= gutter.to && part.left > gutter.from) return { side: 1, gutter: { from: gutter.from, to: part.left } };
  return null;
}

/** The line's pieces placed in the columns, or null when the line does not belong to the block. */
function placeLine(
  parts: readonly TextLine[],
  gutter: Gutter,
  columns: readonly [TextLine[], TextLine[]],
): { gutter: Gutter; sides: (0 | 1)[] } | null {
  let current = gutter;
  const sides: (0 | 1)[] = [];
  for (const part of parts) {
    const placed = place(part, current);
    if (placed === null) return null;
    // A line on one side only must line up with that column (a title centred on the page does not).
    if (parts.length === 1 && !linesUp(part, columns[placed.side])) return null;
    current = placed.gutter;
    sides.push(placed.side);
  }
  const size = parts[0]?.fontSize ?? 0;
  return current.to - current.from >= Math.max(6, size) ? { gutter: current, sides } : null;
}

function blockFrom(lines: readonly TextLine[], start: number, options: ColumnOptions): { block: ColumnBlock; end: number } | null {
  const first = lines[start];
  if (first === undefined) return null;
  const firstParts = splitAtGaps(first, options.minGap(first));
  let gutter = widestGap(firstParts);
  if (gutter === null) return null;
  const from = gutter.from;
  const left = firstParts.filter((p) => p.right <= from);
  const right = firstParts.filter((p) => p.right > from);
  const join = (pieces: TextLine[]): TextLine[] =>
    pieces.length <= 1
      ? pieces
      : [
          makeLine(
            first.page,
            pieces.flatMap((p) => p.items),
            first.number,
          ),
        ];
  const columns: [TextLine[], TextLine[]] = [join(left), join(right)];
  const taken = [first];
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end];
    const previous = taken[taken.length - 1];
    if (line === undefined || previous === undefined || line.top - previous.bottom > line.fontSize * 2.5) break;
    const parts = splitAtGaps(line, options.minGap(line));
    const placed = placeLine(parts, gutter, columns);
    if (placed === null) break;
    gutter = placed.gutter;
    for (const side of [0, 1] as const) {
      const mine = parts.filter((_, i) => placed.sides[i] === side);
      // Pieces of one column on one line are one line of it ("Số:" and "/KH-BQL" around a blank number).
      if (mine.length > 0)
        columns[side].push(
          mine.length === 1
            ? (mine[0] ?? line)
            : makeLine(
                line.page,
                mine.flatMap((p) => p.items),
                line.number,
              ),
        );
    }
    taken.push(line);
  }
  // One line with a gap is a line with a blank in it ("số      /KH-UBND"), not a block.
  if (taken.length < 2 || columns[0].length === 0 || columns[1].length === 0) return null;
  const last = taken[taken.length - 1] ?? first;
  return {
    block: { page: first.page, top: first.top, bottom: last.bottom, columns, split: (gutter.from + gutter.to) / 2, lines: taken },
    end,
  };
}

/** The two-column blocks among a page's lines (top to bottom), and the lines left for running text. */
export function columnBlocks(lines: readonly TextLine[], options: ColumnOptions): { blocks: ColumnBlock[]; rest: TextLine[] } {
  const blocks: ColumnBlock[] = [];
  const rest: TextLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line === undefined) break;
    const found = splitAtGaps(line, options.minGap(line)).length >= 2 ? blockFrom(lines, i, options) : null;
    if (found === null) {
      rest.push(line);
      i++;
      continue;
    }
    blocks.push(found.block);
    i = found.end;
  }
  return { blocks, rest };
}
