/**
 * A plan's appendix columns given other ids (names a document may choose, such as "constructor"),
 * with every reference to them following: the main and group column, the cells and their merges.
 * Written on the plan's JSON, so the result goes through the loader as a received file would.
 */
import { type PlanDocument } from '../../../shared/model';
import { serializePlan } from '../../../shared/plan-file';

interface AppendixJson {
  columns: { id: string; type: string }[];
  rows: { cells: Record<string, unknown>; mergeAbove?: string[] }[];
  mainColumn: string;
  groupColumn?: string;
}

/**
 * The plan's text with each appendix's columns renamed as `renames` says for it (old id → new id);
 * `dropCell` leaves a renamed column's cell out of a row, as cells often are.
 */
export function withColumnsRenamed(
  plan: PlanDocument,
  renames: (appendix: AppendixJson) => ReadonlyMap<string, string>,
  dropCell: (rowIndex: number) => boolean = () => false,
): string {
  const value = JSON.parse(serializePlan(plan)) as { appendices: AppendixJson[] };
  for (const appendix of value.appendices) {
    const names = renames(appendix);
    const rename = (id: string): string => names.get(id) ?? id;
    for (const column of appendix.columns) column.id = rename(column.id);
    appendix.mainColumn = rename(appendix.mainColumn);
    if (appendix.groupColumn !== undefined) appendix.groupColumn = rename(appendix.groupColumn);
    appendix.rows.forEach((row, i) => {
      row.cells = Object.fromEntries(
        Object.entries(row.cells)
          .filter(([id]) => !names.has(id) || !dropCell(i))
          .map(([id, cell]) => [rename(id), cell]),
      );
      if (row.mergeAbove !== undefined) row.mergeAbove = row.mergeAbove.map(rename);
    });
  }
  return JSON.stringify(value);
}
