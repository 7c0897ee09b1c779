/**
 * A returned Word file's pending changes in an appendix, by row: cells whose words a change edits
 * (shown struck and added in the cell, as Word does), a row the reviewer deleted, and rows the
 * reviewer added after one. Read from the same pending list as the side panel, so accepting or
 * rejecting a change there redraws the grid.
 */
import { useMemo } from 'react';
import type { PlanDocument } from '../../shared/model';
import { describeChange, pendingMarks, type ReviewChange } from '../../shared/review';
import { useReceivedReview } from '../base/received-review';
import type { TextMark } from '../components/ReviewedText';
import { useDocument } from '../state/use-document';

/** A change drawn on a row: its id in the returned file and who proposed what. */
export interface RowMark {
  readonly id: string;
  readonly note: string;
}

export interface RowReview {
  /** The proposal to delete the row. */
  readonly deleted?: RowMark;
  /** Rows proposed after this one, with their text. */
  readonly added: readonly (RowMark & { readonly text: string })[];
  /** By column: changes to the cell's text (agencies joined by ", "). */
  readonly cells: ReadonlyMap<string, readonly TextMark[]>;
}

const NONE: ReadonlyMap<string, RowReview> = new Map();

interface RowBeingRead {
  deleted?: RowMark;
  readonly added: (RowMark & { text: string })[];
  readonly cells: Map<string, TextMark[]>;
}

function rowReviews(plan: PlanDocument, source: string, changes: readonly ReviewChange[], appendixId: string): Map<string, RowReview> {
  const rows = new Map<string, RowBeingRead>();
  const rowOf = (rowId: string): RowBeingRead => {
    const found = rows.get(rowId) ?? { added: [], cells: new Map<string, TextMark[]>() };
    rows.set(rowId, found);
    return found;
  };
  for (const { change, start, end } of pendingMarks(plan, source, changes)) {
    const { target } = change;
    if ((target.part !== 'cell' && target.part !== 'row') || target.appendixId !== appendixId) continue;
    const note = `${change.author}: đề nghị ${describeChange(change)}`;
    const row = rowOf(target.rowId);
    if (target.part === 'cell') {
      row.cells.set(target.columnId, [...(row.cells.get(target.columnId) ?? []), { id: change.id, start, end, after: change.after, note }]);
    } else if (change.kind === 'delete-row') row.deleted = { id: change.id, note };
    else row.added.push({ id: change.id, text: change.after, note });
  }
  return rows;
}

/** The pending changes of the appendix by row id (an empty map when no returned file is open). */
export function useRowReviews(appendixId: string): ReadonlyMap<string, RowReview> {
  const received = useReceivedReview();
  const plan = useDocument((s) => s.plan);
  return useMemo(
    () => (received === null ? NONE : rowReviews(plan, received.source, received.changes, appendixId)),
    [plan, received, appendixId],
  );
}
