/**
 * The returned Word file being worked through: its name and its tracked changes as placed on the
 * plan. Kept while the panel is hidden; which of them are still pending is read from the plan
 * (each decision is recorded there, so undo brings a change back).
 */
import { useSyncExternalStore } from 'react';
import type { ReviewChange } from '../../shared/review';

export interface ReceivedReview {
  readonly source: string;
  readonly changes: readonly ReviewChange[];
}

let state: ReceivedReview | null = null;
const listeners = new Set<() => void>();

export function setReceivedReview(next: ReceivedReview | null): void {
  state = next;
  for (const listener of listeners) listener();
}

export function useReceivedReview(): ReceivedReview | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
