/**
 * Outline edits of appendix rows: indenting and outdenting (which make and unmake group rows),
 * moving rows up and down among their siblings or to another place, and the explicit group toggle.
 * A row carries the rows under it; an edit that would break the outline rule (a row at most one
 * level deeper than the one before it) is refused by returning the appendix unchanged.
 */
import type { Appendix, Row } from '../model/appendix.schema';
import { kindForLevel, levelsValid, subtreeEnd } from './appendix-rows';

/** The rows from the first selected one to the end of the last subtree the selection touches. */
export function selectedBlock(rows: readonly Row[], rowIds: readonly string[]): { start: number; end: number } | null {
  const wanted = new Set(rowIds);
  let start = -1;
  let end = -1;
  rows.forEach((row, index) => {
    if (!wanted.has(row.id)) return;
    if (start < 0) start = index;
    end = Math.max(end, subtreeEnd(rows, index));
  });
  return start < 0 ? null : { start, end };
}

function shiftLevels(appendix: Appendix, delta: 1 | -1, rowIds: readonly string[]): Appendix {
  const block = selectedBlock(appendix.rows, rowIds);
  if (block === null) return appendix;
  const rows = appendix.rows.map((row, index) => {
    if (index < block.start || index >= block.end) return row;
    const level = row.level + delta;
    return { ...row, level, kind: kindForLevel(appendix, level) };
  });
  return levelsValid(rows) ? { ...appendix, rows } : appendix;
}

/** One level deeper, with the rows under them; refused for the first row of a group. */
export function indentRows(appendix: Appendix, rowIds: readonly string[]): Appendix {
  return shiftLevels(appendix, 1, rowIds);
}

/** One level up, with the rows under them; refused at level 0. */
export function outdentRows(appendix: Appendix, rowIds: readonly string[]): Appendix {
  return shiftLevels(appendix, -1, rowIds);
}

function reorder(appendix: Appendix, block: { start: number; end: number }, to: number): Appendix {
  const rows = appendix.rows;
  const moving = rows.slice(block.start, block.end);
  const rest = [...rows.slice(0, block.start), ...rows.slice(block.end)];
  const at = to > block.start ? to - moving.length : to;
  const next = [...rest.slice(0, at), ...moving, ...rest.slice(at)];
  if (next.every((row, i) => row === rows[i]) || !levelsValid(next)) return appendix;
  return { ...appendix, rows: next };
}

/**
 * Moves the rows (with the rows under them) past the previous or next sibling. At the edge of a
 * group they pass into the neighbouring group: last in the group above, first in the group below.
 */
export function moveRows(appendix: Appendix, rowIds: readonly string[], direction: 'up' | 'down'): Appendix {
  const rows = appendix.rows;
  const block = selectedBlock(rows, rowIds);
  if (block === null) return appendix;
  const level = Math.min(...rows.slice(block.start, block.end).map((r) => r.level));
  if (direction === 'up') {
    let q = block.start - 1;
    while (q >= 0 && (rows[q]?.level ?? 0) > level) q--;
    return q < 0 ? appendix : reorder(appendix, block, q);
  }
  const next = rows[block.end];
  if (next === undefined) return appendix;
  const to = next.level >= level ? subtreeEnd(rows, block.end) : block.end + 1;
  return reorder(appendix, block, to);
}

/**
 * Moves the rows (with the rows under them) to just before the row at `to` in the current list
 * (`rows.length` for the end), as a drag does; refused where the outline rule would break.
 */
export function moveRowsTo(appendix: Appendix, rowIds: readonly string[], to: number): Appendix {
  const block = selectedBlock(appendix.rows, rowIds);
  if (block === null || (to > block.start && to < block.end)) return appendix;
  return reorder(appendix, block, Math.max(0, Math.min(to, appendix.rows.length)));
}

/** "Dòng nhóm": all selected rows become group rows, or data rows when all already are groups. */
export function toggleGroupRows(appendix: Appendix, rowIds: readonly string[]): Appendix {
  const wanted = new Set(rowIds);
  const selected = appendix.rows.filter((r) => wanted.has(r.id));
  if (selected.length === 0) return appendix;
  const kind: Row['kind'] = selected.every((r) => r.kind === 'group') ? 'data' : 'group';
  return { ...appendix, rows: appendix.rows.map((r) => (wanted.has(r.id) && r.kind !== kind ? { ...r, kind } : r)) };
}
