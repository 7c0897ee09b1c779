/**
 * Moves the editor to a part of the plan found in the preview (a click on a page): the start of a
 * block, a section's heading, an appendix, or the main cell of a row.
 */
import type { WorkspaceNav } from '../app/workspace-context';
import type { DocumentStore } from '../state/document-store';
import type { PrintPlace } from './print-places';

export function goToPlace(place: PrintPlace, nav: WorkspaceNav, store: DocumentStore): void {
  switch (place.kind) {
    case 'heading':
      nav.showSection(place.containerId);
      return;
    case 'block': {
      nav.showSection(place.containerId);
      const start = { path: [place.index, 0], offset: 0 };
      store.requestFocus({ kind: 'text', containerId: place.containerId, selection: { anchor: start, focus: start } });
      return;
    }
    case 'appendix':
      nav.showAppendix(place.appendixId);
      return;
    case 'row': {
      const appendix = store.getState().plan.appendices.find((a) => a.id === place.appendixId);
      if (appendix === undefined) return;
      nav.showAppendix(place.appendixId);
      store.requestFocus({ kind: 'cell', appendixId: place.appendixId, rowId: place.rowId, columnId: appendix.mainColumn });
      return;
    }
  }
}
