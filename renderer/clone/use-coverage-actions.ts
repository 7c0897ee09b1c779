/**
 * What a click in the coverage view does: takes the user to the child's row (the grid selects it)
 * or block (the caret goes there), or adds a missing task to the child as the clone would have,
 * as one undo step, and shows it.
 */
import { useCallback } from 'react';
import { addTaskToChild, type Assignment, type ChildPlace } from '../../shared/clone';
import { isCrossRef, type PlanDocument } from '../../shared/model';
import { useWorkspace } from '../app/workspace-context';
import type { DocumentStore } from '../state/document-store';
import type { Focus } from '../state/focus';

function rowFocus(plan: PlanDocument, appendixId: string, rowId: string): Focus | null {
  const appendix = plan.appendices.find((a) => a.id === appendixId);
  if (appendix?.rows.some((r) => r.id === rowId) !== true) return null;
  return { kind: 'cell', appendixId, rowId, columnId: appendix.mainColumn };
}

function placeFocus(plan: PlanDocument, place: ChildPlace): Focus | null {
  if (place.kind === 'row') return rowFocus(plan, place.appendixId, place.rowId);
  const blocks = plan.sections.find((s) => s.id === place.sectionId)?.blocks ?? [];
  const index = blocks.findIndex((b) => b.id === place.blockId);
  const block = blocks[index];
  if (block === undefined) return null;
  // The caret goes to the start of the block's first run of text (a cross-reference is not one).
  const leaf = Math.max(0, block.children.findIndex((c) => !isCrossRef(c)));
  const point = { path: [index, leaf], offset: 0 };
  return { kind: 'text', containerId: place.sectionId, selection: { anchor: point, focus: point } };
}

export interface CoverageActions {
  readonly goTo: (place: ChildPlace) => void;
  readonly add: (parent: PlanDocument, assignments: readonly Assignment[], index: number) => void;
}

export function useCoverageActions(store: DocumentStore, onChanged: () => void): CoverageActions {
  const nav = useWorkspace();
  const show = useCallback((focus: Focus) => {
    if (focus.kind === 'cell') nav.showAppendix(focus.appendixId);
    else if (focus.kind === 'text') nav.showSection(focus.containerId);
    store.requestFocus(focus);
  }, [nav, store]);

  const goTo = useCallback((place: ChildPlace) => {
    const focus = placeFocus(store.getState().plan, place);
    if (focus !== null) show(focus);
  }, [store, show]);

  const add = useCallback((parent: PlanDocument, assignments: readonly Assignment[], index: number) => {
    const added = addTaskToChild(store.getState().plan, parent, assignments, index, () => crypto.randomUUID());
    const focus = rowFocus(added.plan, added.appendixId, added.rowId);
    store.sealStep();
    store.edit(() => added.plan, { focusAfter: focus });
    onChanged();
    if (focus !== null) show(focus);
  }, [store, show, onChanged]);

  return { goTo, add };
}
