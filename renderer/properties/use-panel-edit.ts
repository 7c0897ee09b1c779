/**
 * How the panel changes the plan: one `store.edit` per change, keyed by the field so a burst of
 * typing in one field is one undo step, and remembering the field so undo brings the caret back.
 */
import { useCallback } from 'react';
import type { PlanDocument } from '../../shared/model';
import { useDocumentStore } from '../state/use-document';

export interface PanelEditOptions {
  /** Typing in one field merges into one undo step; adding, removing and moving do not. */
  readonly merge?: boolean;
  /** Where the user's focus goes after the change (a moved line's button, a new field). */
  readonly focusAfter?: string;
}

export type PanelEdit = (field: string, recipe: (plan: PlanDocument) => PlanDocument, options?: PanelEditOptions) => void;

export function usePanelEdit(): PanelEdit {
  const store = useDocumentStore();
  return useCallback<PanelEdit>(
    (field, recipe, options = {}) => {
      const before = { kind: 'field', field } as const;
      const after = { kind: 'field', field: options.focusAfter ?? field } as const;
      const merge = options.merge ?? true;
      const changed = store.getState().plan;
      store.edit(recipe, merge ? { key: field, focusBefore: before, focusAfter: after } : { focusBefore: before, focusAfter: after });
      // React moves or replaces the element that had the focus; the panel puts it where it belongs.
      if (options.focusAfter !== undefined && store.getState().plan !== changed) store.requestFocus(after);
    },
    [store],
  );
}
