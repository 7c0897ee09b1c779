/**
 * Tables drawn without rulings, found by the positions of their text: a run of lines that keep
 * the same gaps (gutters) between their pieces, at least two of them with three or more pieces.
 * A gutter is a column boundary once two lines have text on both sides of it; a piece lying
 * across one is a cell spanning columns (a group row's title). A new row starts where the first
 * column most rows fill has text (the STT); the lines between continue the cells of the row
 * above (wrapped text), and a wider gap between lines starts a row too. A table whose cells are
 * centred vertically prints the STT on the middle line of its row instead: each row then reaches
 * as far below its STT as above it.
 */
import type { TextLeaf } from '../../model';
import type { SourceCell, SourceOrigin } from '../source';
import type { GridRow, PageTable } from './ruled-tables';
import { splitAtGaps, type TextLine } from './text-lines';
import { paragraphText, wrapParagraphs } from './wrapped-text';

export interface PositionalTable extends PageTable {
  readonly lines: readonly TextLine[];
}

interface Gutter {
  from: number;
  to: number;
  /** Lines with text on both sides. */
  separates: number;
}

interface Split {
  readonly line: TextLine;
  readonly parts: readonly TextLine[];
}

function gapsOf(parts: readonly TextLine[]): Gutter[] {
  const out: Gutter[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const a = parts[i];
    const b = parts[i + 1];
    if (a !== undefined && b !== undefined) out.push({ from: a.right, to: b.left, separates: 1 });
  }
  return out;
}

/**
 * Where a piece stands against a gutter: on its left or right, across it (a spanning cell), or
 * reaching into it, which narrows it to the room the piece leaves. A piece starting inside a
 * gutter begins the column on its right: cell text is aligned left under a centred header, so it
 * starts before the header does, while the text of the column on the left starts at that
 * column's edge.
 */
function against(part: TextLine, g: Gutter): { side: 'left' | 'right'; from: number; to: number } | 'across' {
  if (part.right <= g.from + 0.5) return { side: 'left', from: g.from, to: g.to };
  if (part.left >= g.to - 0.5) return { side: 'right', from: g.from, to: g.to };
  if (part.left <= g.from && part.right >= g.to) return 'across';
  if (part.left > g.from) return { side: 'right', from: g.from, to: part.left };
  return part.right < g.to ? { side: 'left', from: part.right, to: g.to } : 'across';
}

/** A piece inside a gutter with room on both sides: a column the line above did not fill ("hợp" under "Đơn vị phối"). */
const inside = (part: TextLine, g: Gutter, minGap: number): boolean => part.left >= g.from + minGap && part.right <= g.to - minGap;

/**
 * The gutters narrowed by a line and counted when it has text on both sides; false when it crosses
 * every one (running text). A piece standing inside a gutter splits it in two, and a piece well to
 * the right of the last column's text opens a gutter before it: a column the first line left empty
 * (a "Ghi chú" filled in a few rows) is still a column.
 */
function admit(table: GutterSet, split: Split, minGap: number): boolean {
  const { gutters } = table;
  const outcomes = gutters.map((g) => {
    let { from, to } = g;
    const sides = new Set<string>();
    const within: TextLine[] = [];
    for (const part of split.parts) {
      if (inside(part, g, minGap)) {
        within.push(part);
        continue;
      }
      const at = against(part, { from, to, separates: 0 });
      if (at === 'across' || at.to - at.from < 0.5) return null;
      ({ from, to } = at);
      sides.add(at.side);
    }
    const both = sides.size === 2 || (within.length > 0 && sides.size > 0);
    const pieces = [...within].sort((a, b) => a.left - b.left);
    const edges = [from, ...pieces.flatMap((p) => [p.left, p.right]), to];
    const parts: Gutter[] = [];
    for (let k = 0; k + 1 < edges.length; k += 2) parts.push({ from: edges[k] ?? from, to: edges[k + 1] ?? to, separates: 0 });
    return { parts, both };
  });
  if (outcomes.every((o) => o === null)) return false;
  const next: Gutter[] = [];
  outcomes.forEach((o, i) => {
    const g = gutters[i];
    if (g === undefined) return;
    if (o === null) {
      next.push(g);
      return;
    }
    for (const part of o.parts) next.push({ ...part, separates: g.separates + (o.both ? 1 : 0) });
  });
  // The last column: a piece far right of all its text so far starts a column of its own.
  const lastEdge = next.reduce((edge, g) => Math.max(edge, g.to), -Infinity);
  const last = split.parts.filter((p) => p.left >= lastEdge - 0.5);
  const opener = last.find((p) => p.left > table.tail + minGap && split.parts.some((q) => q.right <= p.left - minGap && q !== p));
  if (opener !== undefined && Number.isFinite(table.tail)) next.push({ from: table.tail, to: opener.left, separates: 1 });
  for (const p of last) if (p !== opener) table.tail = Math.max(table.tail, p.right);
  if (opener !== undefined) table.tail = opener.right;
  gutters.splice(0, gutters.length, ...next.sort((a, b) => a.from - b.from));
  return true;
}

interface GutterSet {
  readonly gutters: Gutter[];
  /** Where the text of the last column ends so far. */
  tail: number;
}

/**
 * A cell's lines drawn up over the table lines between them that hold only other columns' text:
 * in layout text a neighbour's centred line is a line of its own, which would otherwise read as
 * a paragraph break inside the cell. A blank line (no table line between) is left as it is.
 */
function closedUp(lines: readonly TextLine[], table: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  let shift = 0;
  for (const [i, line] of lines.entries()) {
    const above = lines[i - 1];
    const between = above === undefined ? [] : table.filter((t) => t.top > above.top && t.top < line.top);
    const step = above === undefined ? 0 : (between[0]?.top ?? 0) - above.top;
    // Only a run of lines at the table's own spacing: a blank line between them is a real break.
    if (above !== undefined && between.length > 0 && Math.abs(line.top - above.top - (between.length + 1) * step) < step * 0.3) {
      shift += line.top - above.top - step;
    }
    out.push(shift === 0 ? line : { ...line, top: line.top - shift, bottom: line.bottom - shift });
  }
  return out;
}

function cellOf(page: number, lines: readonly TextLine[], left: number, right: number, table: readonly TextLine[] = []): SourceCell {
  const paragraphs = wrapParagraphs(closedUp(lines, table), { left, right, mode: 'cell' });
  const runs: TextLeaf[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0) runs.push({ text: '\n' });
    runs.push(...p.runs);
  });
  const top = Math.min(...lines.map((l) => l.top));
  const origin: SourceOrigin | undefined =
    lines.length === 0 ? undefined : { page, x: left, y: top, width: right - left, height: Math.max(...lines.map((l) => l.bottom)) - top };
  return { text: paragraphs.map(paragraphText).join('\n'), runs, span: 1, mergeUp: false, ...(origin === undefined ? {} : { origin }) };
}

/**
 * Where rows start when cells are aligned to the top: at each line with text in the anchor column
 * (the STT), or after a wider gap. The `lead` lines above the first full line belong to its row.
 */
function topAlignedStarts(splits: readonly Split[], anchored: readonly boolean[], pitch: number, lead: number): number[] {
  return splits.flatMap((s, index) => {
    const above = splits[index - 1]?.line;
    const starts =
      index === 0 || (index > lead && (anchored[index] === true || (above !== undefined && s.line.top - above.top > pitch * 1.3)));
    return starts ? [index] : [];
  });
}

/**
 * Where rows start when cells are centred vertically: the first row starts at the table's top
 * and ends as far below the middle of its STT line as its top is above it; the next starts on the
 * line after. Null when that does not fit the lines (a row whose text does not reach that far
 * down, an STT inside the row before it, or the last row not ending at the table's foot): the
 * cells are not centred.
 */
function centredStarts(splits: readonly Split[], anchored: readonly boolean[], pitch: number): number[] | null {
  const anchors = anchored.flatMap((a, i) => (a ? [i] : []));
  const first = splits[0]?.line;
  if (anchors.length < 2 || first === undefined) return null;
  const starts = [0];
  let top = first.top;
  for (const [k, a] of anchors.entries()) {
    const line = splits[a]?.line;
    if (line === undefined || line.top < top) return null;
    const bottom = line.top + line.bottom - top;
    let end = a;
    for (let next = splits[end + 1]; next !== undefined && next.line.bottom <= bottom + pitch / 2; next = splits[end + 1]) end++;
    if (Math.abs((splits[end]?.line.bottom ?? 0) - bottom) > pitch / 2) return null;
    const following = anchors[k + 1];
    if (following === undefined) return end === splits.length - 1 ? starts : null;
    if (following <= end) return null;
    starts.push(end + 1);
    top = splits[end + 1]?.line.top ?? top;
  }
  return starts;
}

/** A row number as an STT cell holds it: "1", "12.", "II", "a)", "1.2". */
const ROW_NUMBER = /^(\d{1,3}(\.\d{1,2}){0,3}|[IVXLC]{1,6}|[a-zđA-H])[.)]?$/;

const pieceText = (p: TextLine): string =>
  p.items
    .map((t) => t.text)
    .join(' ')
    .trim();

/**
 * The column of row numbers: the leftmost one with two or more pieces, nearly all of them row
 * numbers. Rows start at its lines even where it is filled on one line of three (a row's cells
 * centred vertically, or wrapped over several lines).
 */
function numberColumn(splits: readonly Split[], columnOf: (x: number) => number): number | undefined {
  const pieces = new Map<number, string[]>();
  for (const s of splits) for (const p of s.parts) pieces.set(columnOf(p.left), [...(pieces.get(columnOf(p.left)) ?? []), pieceText(p)]);
  const leftmost = Math.min(...pieces.keys());
  const texts = pieces.get(leftmost) ?? [];
  const numbers = texts.filter((t) => ROW_NUMBER.test(t)).length;
  return numbers >= 2 && numbers >= texts.length * 0.6 ? leftmost : undefined;
}

/**
 * `lead` lines above the first full line belong to its row: a header cell wrapped and centred
 * in its height prints lines above and below the row's other cells ("Thời gian" over "STT").
 */
function build(splits: readonly Split[], gutters: readonly Gutter[], pitch: number, lead: number): PositionalTable {
  const bounds = gutters.map((g) => (g.from + g.to) / 2).sort((a, b) => a - b);
  const columnOf = (x: number): number => bounds.filter((b) => b < x).length;
  const first = splits[0]?.line;
  const left = Math.min(...splits.map((s) => s.line.left));
  const right = Math.max(...splits.map((s) => s.line.right));
  const edges = [left, ...bounds, right];
  const filled = new Map<number, number>();
  for (const s of splits) for (const p of s.parts) filled.set(columnOf(p.left), (filled.get(columnOf(p.left)) ?? 0) + 1);
  const multi = splits.filter((s) => s.parts.length > 1).length;
  const numbers = numberColumn(splits, columnOf);
  const anchor = numbers ?? [...filled.keys()].sort((a, b) => a - b).find((c) => (filled.get(c) ?? 0) * 2 >= multi) ?? 0;
  // In a column of row numbers, the rest of a wrapped header label ("ST" / "T") starts no row.
  // The header line (the first with a piece in that column, after the lead) anchors the header row.
  const anchored = splits.map((s, index) =>
    s.parts.some(
      (p) =>
        columnOf(p.left) === anchor && (numbers === undefined || index === lead || ROW_NUMBER.test(pieceText(p).split(/\s+/)[0] ?? '')),
    ),
  );
  const topAligned = topAlignedStarts(splits, anchored, pitch, lead);
  const centred = centredStarts(splits, anchored, pitch);
  // Rows of one line read the same either way; centred rows are taken only where they differ.
  const starts = new Set(centred !== null && centred.some((start, k) => !anchored[start] && k > 0) ? centred : topAligned);
  const rows: { cells: Map<number, { span: number; lines: TextLine[] }>; top: number; bottom: number }[] = [];
  splits.forEach((s, index) => {
    if (starts.has(index)) rows.push({ cells: new Map(), top: s.line.top, bottom: s.line.bottom });
    const row = rows[rows.length - 1];
    if (row === undefined) return;
    row.bottom = s.line.bottom;
    for (const p of s.parts) {
      const start = columnOf(p.left);
      const end = columnOf(p.right - 0.5);
      const cell = row.cells.get(start) ?? { span: end - start + 1, lines: [] };
      cell.span = Math.max(cell.span, end - start + 1);
      cell.lines.push(p);
      row.cells.set(start, cell);
    }
  });
  const page = first?.page ?? 0;
  const tableLines = splits.map((s) => s.line);
  const last = splits[splits.length - 1]?.line;
  // A column without rulings ends where its widest text ends: that is where its lines wrapped.
  const columnRight = edges.slice(1).map((_, c) => {
    const widest = rows.flatMap((row) =>
      [...row.cells].filter(([start, cell]) => start === c && cell.span === 1).flatMap(([, cell]) => cell.lines.map((l) => l.right)),
    );
    return widest.length === 0 ? (edges[c + 1] ?? 0) : Math.max(...widest);
  });
  return {
    page,
    top: first?.top ?? 0,
    bottom: last?.bottom ?? 0,
    left,
    right,
    columns: edges,
    lines: tableLines,
    rows: rows.map((row): GridRow => {
      const cells: SourceCell[] = [];
      for (let c = 0; c < edges.length - 1;) {
        const cell = row.cells.get(c);
        const span = cell?.span ?? 1;
        const made = cellOf(page, cell?.lines ?? [], edges[c] ?? 0, columnRight[c + span - 1] ?? 0, tableLines);
        cells.push({ ...made, span });
        c += span;
      }
      return { top: row.top, bottom: row.bottom, cells };
    }),
  };
}

/**
 * The lines just above a table that stand inside its columns, each piece within one, at the
 * spacing of its rows: the top of a header cell taller than its neighbours (at most two lines).
 */
function leadLines(rest: readonly TextLine[], taken: readonly Split[], gutters: readonly Gutter[], pitch: number, minGap: number): Split[] {
  const first = taken[0]?.line;
  if (first === undefined) return [];
  const bounds = gutters.map((g) => (g.from + g.to) / 2);
  const left = Math.min(...taken.map((s) => s.line.left));
  const right = Math.max(...taken.map((s) => s.line.right));
  const lead: Split[] = [];
  let below = first;
  for (let k = rest.length - 1; k >= 0 && lead.length < 2; k--) {
    const line = rest[k];
    if (line === undefined || line.page !== below.page || below.top - line.top > pitch * 1.3) break;
    const inside = line.left >= left - 0.5 && line.right <= right + 0.5;
    // Each piece within one column: words one space apart across a boundary are running text (a wrapped reference line).
    const crosses = splitAtGaps(line, minGap).some((part) => bounds.some((b) => part.left < b && part.right > b));
    if (!inside || crosses) break;
    lead.unshift({ line, parts: splitAtGaps(line, minGap) });
    below = line;
  }
  return lead;
}

export interface PositionalOptions {
  /** Smallest gap (points) between two cells on one line. */
  readonly minGap: (line: TextLine) => number;
  /** Usual distance between lines of one paragraph at a size. */
  readonly pitch: (size: number) => number;
}

/** The tables without rulings among a page's lines, and the lines left over. */
export function positionalTables(lines: readonly TextLine[], options: PositionalOptions): { tables: PositionalTable[]; rest: TextLine[] } {
  const splits = lines.map((line): Split => ({ line, parts: splitAtGaps(line, options.minGap(line)) }));
  const tables: PositionalTable[] = [];
  const rest: TextLine[] = [];
  let i = 0;
  while (i < splits.length) {
    const seed = splits[i];
    if (seed === undefined) break;
    if (seed.parts.length < 3) {
      rest.push(seed.line);
      i++;
      continue;
    }
    const gutters = gapsOf(seed.parts);
    const table: GutterSet = { gutters, tail: seed.parts[seed.parts.length - 1]?.right ?? -Infinity };
    const taken = [seed];
    let end = i + 1;
    for (; end < splits.length; end++) {
      const next = splits[end];
      const above = taken[taken.length - 1]?.line;
      if (next === undefined || above === undefined || next.line.top - above.bottom > next.line.fontSize * 2.5) break;
      if (!admit(table, next, options.minGap(next.line))) break;
      taken.push(next);
    }
    const confirmed = gutters.filter((g) => g.separates >= 2);
    if (taken.filter((s) => s.parts.length >= 3).length < 2 || confirmed.length < 2) {
      rest.push(seed.line);
      i++;
      continue;
    }
    const pitch = options.pitch(seed.line.fontSize) || seed.line.fontSize * 1.5;
    const lead = leadLines(rest, taken, confirmed, pitch, options.minGap(seed.line));
    rest.splice(rest.length - lead.length, lead.length);
    tables.push(build([...lead, ...taken], confirmed, pitch, lead.length));
    i = end;
  }
  return { tables, rest };
}
