/**
 * Tables from the rulings a page draws. The grid's columns are the distinct x of its vertical
 * lines, its rows the distinct y of its horizontal ones; two neighbouring boxes are one cell when
 * the line between them is missing (a merged cell, with its row and column span as the DOCX
 * reader gives them: the first box holds the text, a box under it is "mergeUp"). A cell's text is
 * every piece whose centre lies in it, in reading order, wrapped lines joined.
 */
import type { SourceCell, SourceOrigin } from '../source';
import type { PageGeometry, PlacedText } from './page-geometry';
import { covered, distinctPositions, rulingClusters, type RulingCluster } from './rulings';
import { groupLines, type Box } from './text-lines';
import { paragraphText, wrapParagraphs } from './wrapped-text';
import type { TextLeaf } from '../../model';

export interface GridRow {
  readonly top: number;
  readonly bottom: number;
  readonly cells: SourceCell[];
}

export interface PageTable extends Box {
  readonly page: number;
  /** x of each column boundary, left to right (one more than the columns). */
  readonly columns: readonly number[];
  readonly rows: readonly GridRow[];
}

interface Span {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Boxes of the grid joined where the line between them is missing (union-find over boxes). */
function mergedSpans(cluster: RulingCluster, xs: readonly number[], ys: readonly number[]): Span[] {
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  const join = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [top, bottom, left, right, nextX, nextY] = [
        ys[r] ?? 0,
        ys[r + 1] ?? 0,
        xs[c] ?? 0,
        xs[c + 1] ?? 0,
        xs[c + 1] ?? 0,
        ys[r + 1] ?? 0,
      ];
      if (c + 1 < cols && !covered(cluster.vertical, nextX, top, bottom)) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covered(cluster.horizontal, nextY, left, right)) join(r * cols + c, (r + 1) * cols + c);
    }
  }
  const spans = new Map<number, Span>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      const span = spans.get(root);
      if (span === undefined) spans.set(root, { row: r, col: c, rows: 1, cols: 1 });
      else {
        span.rows = Math.max(span.rows, r - span.row + 1);
        span.cols = Math.max(span.cols, c - span.col + 1);
        span.col = Math.min(span.col, c);
      }
    }
  }
  return [...spans.values()];
}

/** Index of the interval of `bounds` holding `v`, or -1. */
function slot(bounds: readonly number[], v: number): number {
  for (let i = 0; i + 1 < bounds.length; i++) if (v >= (bounds[i] ?? 0) && v < (bounds[i + 1] ?? 0)) return i;
  return -1;
}

/**
 * A piece that runs across a drawn column line (one text run across two cells, as some PDF
 * writers emit) is cut where the line is, at the nearest space.
 */
function cutAtColumns(item: PlacedText, xs: readonly number[]): PlacedText[] {
  const inner = xs.slice(1, -1).filter((x) => x > item.x + 2 && x < item.x + item.width - 2);
  const boundary = inner[0];
  if (boundary === undefined || item.text.length < 2) return [item];
  const chars = Array.from(item.text);
  const share = (boundary - item.x) / item.width;
  let cut = Math.round(chars.length * share);
  const spaceBefore = chars.lastIndexOf(' ', cut);
  const spaceAfter = chars.indexOf(' ', cut);
  if (spaceBefore > 0 || spaceAfter > 0) {
    cut = spaceAfter < 0 || (spaceBefore > 0 && cut - spaceBefore <= spaceAfter - cut) ? spaceBefore : spaceAfter;
  }
  if (cut <= 0 || cut >= chars.length) return [item];
  const leftWidth = (item.width * cut) / chars.length;
  const left: PlacedText = { ...item, text: chars.slice(0, cut).join(''), width: leftWidth };
  const right: PlacedText = { ...item, text: chars.slice(cut).join(''), x: item.x + leftWidth, width: item.width - leftWidth };
  return [left, ...cutAtColumns(right, xs)];
}

function cellContent(page: number, items: readonly PlacedText[], left: number, right: number): { text: string; runs: TextLeaf[] } {
  const paragraphs = wrapParagraphs(groupLines(page, items), { left, right, mode: 'cell' });
  const runs: TextLeaf[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0) runs.push({ text: '\n' });
    runs.push(...p.runs);
  });
  return { text: paragraphs.map(paragraphText).join('\n'), runs };
}

function buildTable(page: number, cluster: RulingCluster, texts: readonly PlacedText[], taken: Set<PlacedText>): PageTable | null {
  const xs = distinctPositions([
    ...cluster.vertical.map((v) => v.at),
    Math.min(...cluster.horizontal.map((h) => h.from)),
    Math.max(...cluster.horizontal.map((h) => h.to)),
  ]);
  const ys = distinctPositions([
    ...cluster.horizontal.map((h) => h.at),
    Math.min(...cluster.vertical.map((v) => v.from)),
    Math.max(...cluster.vertical.map((v) => v.to)),
  ]);
  const box = { left: xs[0] ?? 0, right: xs[xs.length - 1] ?? 0, top: ys[0] ?? 0, bottom: ys[ys.length - 1] ?? 0 };
  // A lone framed box (a marking such as "KHẨN", a text frame) is not a table: its text reads as lines.
  if (xs.length < 3 && ys.length < 3) return null;
  const inside = texts.filter((t) => {
    const cx = t.x + t.width / 2;
    const cy = t.y + t.height / 2;
    return !taken.has(t) && cx >= box.left && cx <= box.right && cy >= box.top && cy <= box.bottom;
  });
  const spans = mergedSpans(cluster, xs, ys);
  const owner = new Map<string, Span>();
  for (const span of spans) {
    for (let r = span.row; r < span.row + span.rows; r++)
      for (let c = span.col; c < span.col + span.cols; c++) owner.set(`${r}:${c}`, span);
  }
  const pieces = new Map<Span, PlacedText[]>();
  for (const item of inside) {
    taken.add(item);
    for (const piece of cutAtColumns(item, xs)) {
      const span = owner.get(`${slot(ys, piece.y + piece.height / 2)}:${slot(xs, piece.x + piece.width / 2)}`);
      if (span === undefined) continue;
      const list = pieces.get(span) ?? [];
      list.push(piece);
      pieces.set(span, list);
    }
  }
  const rows: GridRow[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    const cells: SourceCell[] = [];
    for (let c = 0; c + 1 < xs.length; c++) {
      const span = owner.get(`${r}:${c}`);
      if (span === undefined || span.col !== c) continue;
      const left = xs[c] ?? 0;
      const right = xs[c + span.cols] ?? 0;
      const top = ys[span.row] ?? 0;
      const origin: SourceOrigin = { page, x: left, y: top, width: right - left, height: (ys[span.row + span.rows] ?? 0) - top };
      if (span.row !== r) {
        cells.push({ text: '', runs: [], span: span.cols, mergeUp: true, origin });
        continue;
      }
      const content = cellContent(page, pieces.get(span) ?? [], left, right);
      cells.push({ ...content, span: span.cols, mergeUp: false, origin });
    }
    rows.push({ top: ys[r] ?? 0, bottom: ys[r + 1] ?? 0, cells });
  }
  return { page, ...box, columns: xs, rows };
}

/** The ruled tables of a page, top to bottom; the pieces they hold are added to `taken`. */
export function ruledTables(geometry: PageGeometry, taken: Set<PlacedText>): PageTable[] {
  const tables: PageTable[] = [];
  for (const cluster of rulingClusters(geometry.rules)) {
    const table = buildTable(geometry.page, cluster, geometry.texts, taken);
    if (table !== null) tables.push(table);
  }
  return tables.sort((a, b) => a.top - b.top);
}
