/**
 * Names a document chooses (column ids, words of its text, values of its XML) are looked up as own
 * properties only. A plain object answers to "constructor", "toString", "valueOf"… without having
 * them, so `record[name]` would hand a function to code expecting a cell or a string.
 */
import type { CellValue, Row } from './appendix.schema';

/** `table[key]` when the table itself has that key, otherwise undefined. */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The row's cell in a column, or undefined when the row has none there. */
export function cellOf(row: Pick<Row, 'cells'>, columnId: string): CellValue | undefined {
  return ownEntry(row.cells, columnId);
}

/** A value somewhere in a plan, by one step of a path: an index into a list or an own key. */
export function childAt(node: unknown, key: string | number): unknown {
  if (Array.isArray(node)) return typeof key === 'number' ? (node as unknown[])[key] : undefined;
  return node !== null && typeof node === 'object' && typeof key === 'string' && Object.hasOwn(node, key)
    ? (node as Record<string, unknown>)[key]
    : undefined;
}
