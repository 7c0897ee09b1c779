/**
 * Which rows of an appendix the filter box shows: rows whose text contains the query (without
 * regard to case or diacritics) and that name the chosen agency, with the group rows above them
 * kept for context. Filtering only hides rows; the data is never changed.
 */
import type { Appendix, Row } from '../model/appendix.schema';
import { cellOf } from '../model/own-keys';
import { cellText } from '../model/text';
import { searchKey } from './search-key';

export interface RowFilter {
  readonly text: string;
  /** An agency name as listed by agenciesIn; '' for any. */
  readonly agency: string;
}

export function isFilterActive(filter: RowFilter): boolean {
  return filter.text.trim() !== '' || filter.agency !== '';
}

function agencyNames(appendix: Appendix, row: Row): string[] {
  return appendix.columns
    .filter((c) => c.type === 'agency' || c.type === 'agencies')
    .flatMap((c) => {
      const value = cellOf(row, c.id);
      if (value === undefined) return [];
      if (Array.isArray(value)) return value;
      return [cellText(value)];
    })
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The agencies named in the appendix's agency columns, each once, in Vietnamese order. */
export function agenciesIn(appendix: Appendix): string[] {
  const byKey = new Map<string, string>();
  for (const row of appendix.rows)
    for (const name of agencyNames(appendix, row)) if (!byKey.has(searchKey(name))) byKey.set(searchKey(name), name);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'vi'));
}

function rowMatches(appendix: Appendix, row: Row, text: string, agency: string): boolean {
  if (agency !== '' && !agencyNames(appendix, row).some((name) => searchKey(name) === agency)) return false;
  if (text === '') return true;
  return Object.values(row.cells).some((value) => searchKey(Array.isArray(value) ? value.join('; ') : cellText(value)).includes(text));
}

/** Ids of the rows to show, in order: the matching rows and the rows above them in the outline. */
export function filterRows(appendix: Appendix, filter: RowFilter): string[] {
  const text = searchKey(filter.text);
  const agency = searchKey(filter.agency);
  const shown = new Set<string>();
  // The nearest row above at each level: the context a matching row is shown with.
  const ancestors: Row[] = [];
  for (const row of appendix.rows) {
    ancestors.splice(row.level);
    if (rowMatches(appendix, row, text, agency)) {
      for (const above of ancestors) shown.add(above.id);
      shown.add(row.id);
    }
    ancestors[row.level] = row;
  }
  return appendix.rows.filter((r) => shown.has(r.id)).map((r) => r.id);
}

/** Data rows and group rows among `rows`, as `inspect` counts them. */
export function countRows(rows: readonly Pick<Row, 'kind'>[]): { rows: number; groups: number } {
  const groups = rows.filter((r) => r.kind === 'group').length;
  return { rows: rows.length - groups, groups };
}
