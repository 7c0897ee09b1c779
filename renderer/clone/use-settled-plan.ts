/**
 * The open plan as it stands once the user pauses: work that walks the whole plan (the coverage)
 * follows it instead of every keystroke.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PlanDocument } from '../../shared/model';
import type { DocumentStore } from '../state/document-store';

export function useSettledPlan(store: DocumentStore, delayMs: number): { readonly plan: PlanDocument; readonly settle: () => void } {
  const [plan, setPlan] = useState(() => store.getState().plan);
  useEffect(() => {
    let seen = store.getState().plan;
    setPlan(seen);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      const next = store.getState().plan;
      if (next === seen) return;
      seen = next;
      clearTimeout(timer);
      timer = setTimeout(() => {
        setPlan(next);
      }, delayMs);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, delayMs]);
  /** Takes the plan as it is now, for a change the view made itself. */
  const settle = useCallback(() => {
    setPlan(store.getState().plan);
  }, [store]);
  return { plan, settle };
}
