/**
 * Moves the editor to a part of the plan: the start of a block, a section's heading, an appendix,
 * or the main cell of a row. The preview goes there on a click on a page, the coverage view on a
 * click on a task of the child plan.
 */
import type { ChildPlace } from '../../shared/clone';
import { isCrossRef, type PlanDocument } from '../../shared/model';
import type { WorkspaceNav } from '../app/workspace-context';
import { blocksOf } from '../editor/section-blocks';
import type { DocumentStore } from '../state/document-store';
import type { Focus } from '../state/focus';
import type { PrintPlace } from './print-places';

/** The main cell of a row, or null when the row is not in the plan. */
export function rowFocus(plan: PlanDocument, appendixId: string, rowId: string): Focus | null {
  const appendix = plan.appendices.find((a) => a.id === appendixId);
  if (appendix?.rows.some((r) => r.id === rowId) !== true) return null;
  return { kind: 'cell', appendixId, rowId, columnId: appendix.mainColumn };
}

/** The caret at the start of a block's first run of text (a cross-reference is not one). */
function blockFocus(plan: PlanDocument, containerId: string, index: number): Focus | null {
  const block = blocksOf(plan, containerId)?.[index];
  if (block === undefined) return null;
  const leaf = Math.max(
    0,
    block.children.findIndex((c) => !isCrossRef(c)),
  );
  const point = { path: [index, leaf], offset: 0 };
  return { kind: 'text', containerId, selection: { anchor: point, focus: point } };
}

/** Where a unit's task sits in its plan (a coverage match), as a focus request for a just-opened plan. */
export function childTaskFocus(plan: PlanDocument, place: ChildPlace): Focus | null {
  if (place.kind === 'row') return rowFocus(plan, place.appendixId, place.rowId);
  const index = plan.sections.find((s) => s.id === place.sectionId)?.blocks.findIndex((b) => b.id === place.blockId) ?? -1;
  return index < 0 ? null : blockFocus(plan, place.sectionId, index);
}

export function goToPlace(place: PrintPlace, nav: WorkspaceNav, store: DocumentStore): void {
  const plan = store.getState().plan;
  switch (place.kind) {
    case 'heading':
      nav.showSection(place.containerId);
      return;
    case 'block': {
      const focus = blockFocus(plan, place.containerId, place.index);
      if (focus === null) return;
      nav.showSection(place.containerId);
      store.requestFocus(focus);
      return;
    }
    case 'appendix':
      nav.showAppendix(place.appendixId);
      return;
    case 'row': {
      const focus = rowFocus(plan, place.appendixId, place.rowId);
      if (focus === null) return;
      nav.showAppendix(place.appendixId);
      store.requestFocus(focus);
      return;
    }
  }
}
