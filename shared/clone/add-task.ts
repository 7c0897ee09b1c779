/**
 * A parent task the child plan left out, put back as the clone would have put it: the same row
 * (text, role, deadline, trace link) under the same groups, between the tasks that come before and
 * after it in the parent. Groups the table still has are reused; missing ones are added.
 */
import { cellOf, cellText, type Appendix, type CellValue, type PlanDocument, type Row } from '../model';
import type { Assignment } from './assignments';
import { CHILD_APPENDIX_ID, appendixSourceCount, buildTaskAppendix, taskGroupPath, taskRow, type TaskGroupStep } from './child-appendix';
import { isTaskTable } from './table-roles';

export interface AddedTask {
  readonly plan: PlanDocument;
  readonly appendixId: string;
  readonly rowId: string;
}

/** The child's table of the parent's tasks: the clone's own, else the one whose rows link to the parent. */
function taskTable(child: PlanDocument, parentId: string): Appendix | undefined {
  const tables = child.appendices.filter(isTaskTable);
  const linked = (a: Appendix): boolean => a.rows.some((r) => r.trace?.some((link) => link.planId === parentId) === true);
  return (
    tables.find((a) => a.id === CHILD_APPENDIX_ID && linked(a)) ?? tables.find(linked) ?? tables.find((a) => a.id === CHILD_APPENDIX_ID)
  );
}

/** The rows under row `index` end where a row at its level or above starts. */
function subtreeEnd(rows: readonly Row[], index: number): number {
  const level = rows[index]?.level ?? -1;
  let end = index + 1;
  while (end < rows.length && (rows[end]?.level ?? 0) > level) end++;
  return end;
}

/** For each row, the indexes of the rows it sits under, outermost first. */
function ancestry(rows: readonly Row[]): number[][] {
  const open: number[] = [];
  return rows.map((row, index) => {
    while (open.length > 0 && (rows[open.at(-1) ?? 0]?.level ?? -1) >= row.level) open.pop();
    const chain = [...open];
    open.push(index);
    return chain;
  });
}

/** Where the new rows go and at what level they start, and how much of the group path exists. */
interface Slot {
  readonly at: number;
  readonly level: number;
  readonly reused: number;
}

function findSlot(appendix: Appendix, path: readonly TaskGroupStep[], before: number | null, after: number | null): Slot {
  const { rows } = appendix;
  const parents = ancestry(rows);
  const text = (row: Row | undefined): string => cellText(row === undefined ? '' : cellOf(row, appendix.mainColumn));
  const matches = (index: number): number => {
    const chain = [...(parents[index] ?? []), index];
    const same =
      chain.length <= path.length &&
      chain.every((i, depth) => rows[i]?.kind === 'group' && text(rows[i]) === cellText(path[depth]?.text ?? ''));
    return same ? chain.length : 0;
  };
  // The deepest existing group on the path; among equals (a group copied by the user), the one
  // holding a neighbour task.
  const depths = rows.map((_row, index) => matches(index));
  const reused = Math.max(0, ...depths);
  const candidates = depths.flatMap((depth, index) => (depth === reused && depth > 0 ? [index] : []));
  const holds =
    (neighbour: number | null) =>
    (index: number): boolean =>
      neighbour !== null && (parents[neighbour] ?? []).includes(index);
  const group = candidates.find(holds(after)) ?? candidates.find(holds(before)) ?? candidates[0] ?? -1;
  const start = group < 0 ? 0 : group + 1;
  const end = group < 0 ? rows.length : subtreeEnd(rows, group);
  const level = group < 0 ? 0 : (rows[group]?.level ?? 0) + 1;
  // The neighbour's outermost row inside the group. Before the next task, so rows the user added
  // after the previous one stay with it; after the previous one when no later task is there.
  const top = (neighbour: number | null): number | null => {
    if (neighbour === null || neighbour < start || neighbour >= end) return null;
    return [...(parents[neighbour] ?? []), neighbour].find((i) => i >= start) ?? neighbour;
  };
  const next = top(after);
  if (next !== null) return { at: next, level, reused };
  const previous = top(before);
  return { at: previous === null ? end : subtreeEnd(rows, previous), level, reused };
}

/** The rows of the table linked to a parent item, as indexes. */
function linkedRows(appendix: Appendix, parentId: string, itemId: string): number[] {
  const found: number[] = [];
  appendix.rows.forEach((row, index) => {
    if (row.trace?.some((link) => link.planId === parentId && link.itemId === itemId) === true) found.push(index);
  });
  return found;
}

/**
 * Adds `assignments[index]` to the child. `assignments` are all the parent's tasks for the unit,
 * in the parent's order (findAssignments), so the row lands between its neighbours.
 */
export function addTaskToChild(
  child: PlanDocument,
  parent: PlanDocument,
  assignments: readonly Assignment[],
  index: number,
  newId: () => string,
): AddedTask {
  const assignment = assignments[index];
  if (assignment === undefined) throw new RangeError(`No assignment ${index}`);
  const table = taskTable(child, parent.id);
  if (table === undefined) {
    // The clone made no table (no task was taken): make the one it would have made.
    const made = buildTaskAppendix(parent, child.meta.issuingOrgan.citation, [assignment]);
    const id = child.appendices.some((a) => a.id === made.id) ? newId() : made.id;
    const rowId = made.rows.at(-1)?.id ?? '';
    return { plan: { ...child, appendices: [...child.appendices, { ...made, id }] }, appendixId: id, rowId };
  }
  const path = taskGroupPath(parent, assignment, appendixSourceCount(assignments));
  const neighbour = (step: -1 | 1): number | null => {
    for (let i = index + step; i >= 0 && i < assignments.length; i += step) {
      const rows = linkedRows(table, parent.id, assignments[i]?.task.itemId ?? '');
      if (rows.length > 0) return (step < 0 ? rows.at(-1) : rows[0]) ?? null;
    }
    return null;
  };
  const slot = findSlot(table, path, neighbour(-1), neighbour(1));
  const cell = (text: CellValue): Record<string, CellValue> => ({ [table.mainColumn]: text });
  const groups: Row[] = path
    .slice(slot.reused)
    .map((step, depth) => ({ id: newId(), kind: 'group', level: Math.min(slot.level + depth, 4), cells: cell(step.text) }));
  const row = taskRow(parent, assignment, newId(), slot.level + groups.length);
  const columns = new Set(table.columns.map((c) => c.id));
  const deadline = table.columns.find((c) => c.type === 'deadline')?.id;
  // The clone's cells, in this table's columns (an imported or reworked table may name them otherwise).
  const cells: Record<string, CellValue> = Object.fromEntries(
    Object.entries(row.cells).filter(([id]) => columns.has(id) && id !== 'task' && id !== 'deadline'),
  );
  cells[table.mainColumn] = row.cells.task ?? '';
  if (deadline !== undefined) cells[deadline] = row.cells.deadline ?? '';
  const rows = [...table.rows.slice(0, slot.at), ...groups, { ...row, cells }, ...table.rows.slice(slot.at)];
  return {
    plan: { ...child, appendices: child.appendices.map((a) => (a === table ? { ...a, rows } : a)) },
    appendixId: table.id,
    rowId: row.id,
  };
}
