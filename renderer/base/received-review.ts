/**
 * The returned Word file being worked through: its name and its tracked changes as placed on the
 * plan. Kept while the panel is hidden, and read by the text and the appendix grid to draw the
 * changes still pending; which are pending is read from the plan (each decision is recorded
 * there, so undo brings a change back).
 */
import type { ReviewChange } from '../../shared/review';
import { createSessionValue, useSessionValue } from './session-value';

export interface ReceivedReview {
  readonly source: string;
  readonly changes: readonly ReviewChange[];
}

const received = createSessionValue<ReceivedReview | null>(null);

export const setReceivedReview = received.set;

export function useReceivedReview(): ReceivedReview | null {
  return useSessionValue(received);
}
