/**
 * A table that runs over a page break is one table: the last part of a page and the first part
 * of the next page join when their column lines match, or when the next part repeats the first
 * rows of the table (its header, allowing a typo: "Chí chú" for "Ghi chú", "Sst" for "Stt").
 * Repeated header rows are marked as header rows on both sides, as Word's tblHeader marks them,
 * and a row cut by the page break (the part on the next page continues its sentences) is joined
 * back.
 */
import type { TextLeaf } from '../../model';
import { matchKey, isSimilar, startsLowercase } from '../normalize/clean-text';
import type { SourceCell, SourceRow } from '../source';
import type { PagePart } from './geometry-blocks';
import type { PageTable } from './ruled-tables';

export interface TablePart {
  readonly table: PageTable;
  /** "trang 3, bảng 1". */
  readonly where: string;
}

export interface TableRun {
  readonly parts: TablePart[];
  /** Filled once the run is complete. */
  rows: SourceRow[];
}

/** Column lines within this distance are the same line. */
const SAME_COLUMN = 3;
/** A header has at most this many rows. */
const MAX_HEADER_ROWS = 3;

function rowKey(cells: readonly SourceCell[]): string {
  return cells.map((c) => matchKey(c.text)).join('|');
}

function sameRow(a: readonly SourceCell[], b: readonly SourceCell[]): boolean {
  const x = rowKey(a);
  const y = rowKey(b);
  return x.replace(/\|/g, '') !== '' && (x === y || (Math.max(x.length, y.length) <= 1000 && isSimilar(x, y, 0.8)));
}

function sameColumns(a: PageTable, b: PageTable): boolean {
  return a.columns.length === b.columns.length && a.columns.every((x, i) => Math.abs(x - (b.columns[i] ?? -Infinity)) <= SAME_COLUMN);
}

/** How many first rows of `next` repeat the first rows of `first`. */
function repeatedRows(first: PageTable, next: PageTable): number {
  let count = 0;
  while (count < MAX_HEADER_ROWS) {
    const a = first.rows[count];
    const b = next.rows[count];
    if (a === undefined || b === undefined || !sameRow(a.cells, b.cells)) break;
    count++;
  }
  // Every row of a short table repeated is a copy, not a header.
  return count < next.rows.length ? count : 0;
}

function joinCell(above: SourceCell, below: SourceCell): SourceCell {
  if (below.text === '') return above;
  if (above.text === '') return below;
  const separator = startsLowercase(below.text) ? ' ' : '\n';
  const runs: TextLeaf[] = [...above.runs, { text: separator }, ...below.runs];
  return { ...above, text: `${above.text}${separator}${below.text}`, runs };
}

/** The first row on the new page finishes the last row of the old one: its first cell is empty or every filled cell goes on in lower case. */
function cutRow(above: SourceRow, below: SourceRow): boolean {
  if (above.cells.length !== below.cells.length || below.cells.some((c, i) => c.span !== above.cells.at(i)?.span)) return false;
  const filled = below.cells.filter((c) => c.text !== '');
  if (filled.length === 0) return false;
  if (filled.every((c) => startsLowercase(c.text))) return true;
  const firstEmpty = below.cells[0]?.text === '' && above.cells[0]?.text !== '';
  return firstEmpty && filled.some((c) => startsLowercase(c.text));
}

function partRows(table: PageTable, where: string, header: number): SourceRow[] {
  return table.rows.map((row, r) => ({ cells: row.cells, header: r < header, where: `${where}, hàng ${r + 1}` }));
}

function finish(run: TableRun, headers: readonly number[]): void {
  const headerRows = Math.max(0, ...headers);
  const rows: SourceRow[] = [];
  run.parts.forEach(({ table, where }, i) => {
    const own = partRows(table, where, i === 0 ? headerRows : (headers[i - 1] ?? 0));
    const skip = i === 0 ? 0 : (headers[i - 1] ?? 0);
    const first = own[skip];
    const last = rows[rows.length - 1];
    if (i > 0 && first !== undefined && last !== undefined && !last.header && cutRow(last, first)) {
      rows[rows.length - 1] = { ...last, cells: last.cells.map((c, k) => joinCell(c, first.cells.at(k) ?? c)) };
      own.splice(skip, 1);
    }
    rows.push(...own);
  });
  run.rows = rows;
}

/** The parts of a document with each table that runs over pages joined into one. */
export function continuedTables(parts: readonly PagePart[]): PagePart[] {
  const out: PagePart[] = [];
  const headers = new Map<TableRun, number[]>();
  for (const part of parts) {
    if (part.kind !== 'table') {
      out.push(part);
      continue;
    }
    const previous = [...out].reverse().find((p) => !(p.kind === 'line' && p.footnote));
    const next = part.run.parts[0];
    if (previous?.kind === 'table' && next !== undefined) {
      // Only footnotes may stand between the two parts: the old page ends with the table and the new one starts with it.
      const last = previous.run.parts[previous.run.parts.length - 1]?.table;
      const first = previous.run.parts[0]?.table;
      const repeated = first === undefined ? 0 : repeatedRows(first, next.table);
      if (last !== undefined && last.page + 1 === next.table.page && (repeated > 0 || sameColumns(last, next.table))) {
        previous.run.parts.push(next);
        headers.get(previous.run)?.push(repeated);
        continue;
      }
    }
    headers.set(part.run, []);
    out.push(part);
  }
  for (const part of out) if (part.kind === 'table') finish(part.run, headers.get(part.run) ?? []);
  return out;
}
