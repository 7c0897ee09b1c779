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

/**
 * A drawn change the clerk picked where it is drawn (a click on it, or Alt+Enter with the caret or
 * the active cell on it): the panel brings it forward with its buttons and focuses "Chấp nhận".
 * `returnTo` is where the clerk was, focused again once the change is decided or on Escape.
 */
export interface PickedChange {
  readonly id: string;
  readonly serial: number;
  readonly returnTo: HTMLElement | null;
}

const picked = createSessionValue<PickedChange | null>(null);

export function pickReviewChange(id: string, returnTo: HTMLElement | null): void {
  picked.set({ id, serial: (picked.get()?.serial ?? 0) + 1, returnTo });
}

export function usePickedChange(): PickedChange | null {
  return useSessionValue(picked);
}

const DRAWN = '[data-review-change]';

/** The change drawn at a clicked element, if any. */
export function drawnChangeAt(target: EventTarget | null): string | null {
  return target instanceof Element ? (target.closest(DRAWN)?.getAttribute('data-review-change') ?? null) : null;
}

/**
 * The change drawn where the keyboard is, inside `pane`: at the caret in the text, on the section
 * title being edited, or in the active cell of the appendix and its row.
 */
export function drawnChangeAtCaret(pane: HTMLElement): string | null {
  const focused = document.activeElement instanceof HTMLElement && pane.contains(document.activeElement) ? document.activeElement : null;
  const caret = focused?.isContentEditable === true ? (window.getSelection()?.anchorNode ?? null) : null;
  const row = pane.querySelector('.grid-cell.active')?.closest('.grid-row') ?? null;
  const idIn = (element: Element | null | undefined): string | null =>
    element?.querySelector(DRAWN)?.getAttribute('data-review-change') ?? null;
  const candidates = [
    drawnChangeAt(caret instanceof Element ? caret : (caret?.parentElement ?? null)),
    idIn(focused?.closest('.section-heading')),
    idIn(pane.querySelector('.grid-cell.active')),
    drawnChangeAt(row),
    idIn(row),
  ];
  return candidates.find((id) => id !== null) ?? null;
}
