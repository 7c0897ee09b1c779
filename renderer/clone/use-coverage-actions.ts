/**
 * What a click in the coverage view does: takes the user to the child's row (the grid selects it)
 * or block (the caret goes there), or adds a missing task to the child as the clone would have,
 * as one undo step, and shows it.
 */
import { useCallback } from 'react';
import { addTaskToChild, type Assignment, type ChildPlace } from '../../shared/clone';
import type { PlanDocument } from '../../shared/model';
import { useWorkspace } from '../base/workspace-context';
import { goToPlace, rowFocus } from '../preview/go-to-place';
import type { PrintPlace } from '../preview/print-places';
import type { DocumentStore } from '../state/document-store';

/** The child's row or block as a place of the plan; a block by its position in its section. */
function planPlace(plan: PlanDocument, place: ChildPlace): PrintPlace | null {
  if (place.kind === 'row') return { kind: 'row', appendixId: place.appendixId, rowId: place.rowId };
  const index = plan.sections.find((s) => s.id === place.sectionId)?.blocks.findIndex((b) => b.id === place.blockId) ?? -1;
  return index < 0 ? null : { kind: 'block', containerId: place.sectionId, index };
}

export interface CoverageActions {
  readonly goTo: (place: ChildPlace) => void;
  readonly add: (parent: PlanDocument, assignments: readonly Assignment[], index: number) => void;
}

export function useCoverageActions(store: DocumentStore, onChanged: () => void): CoverageActions {
  const nav = useWorkspace();

  const goTo = useCallback(
    (place: ChildPlace) => {
      const found = planPlace(store.getState().plan, place);
      if (found !== null) goToPlace(found, nav, store);
    },
    [nav, store],
  );

  const add = useCallback(
    (parent: PlanDocument, assignments: readonly Assignment[], index: number) => {
      const added = addTaskToChild(store.getState().plan, parent, assignments, index, () => crypto.randomUUID());
      store.sealStep();
      store.edit(() => added.plan, { focusAfter: rowFocus(added.plan, added.appendixId, added.rowId) });
      onChanged();
      goToPlace({ kind: 'row', appendixId: added.appendixId, rowId: added.rowId }, nav, store);
    },
    [nav, store, onChanged],
  );

  return { goTo, add };
}
