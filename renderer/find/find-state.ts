/**
 * What the user searches for, kept while the find panel is hidden so F3 goes on from the last
 * search; the menu commands (Ctrl+F, Ctrl+H, F3, Shift+F3) reach the panel through requests.
 */
import { useSyncExternalStore } from 'react';

export interface FindState {
  readonly query: string;
  readonly replacement: string;
  readonly matchCase: boolean;
  readonly matchAccents: boolean;
  /** Index of the current result in the list. */
  readonly current: number;
  /** Which box to put the caret in, with a serial so the same request works twice. */
  readonly focusRequest: { readonly box: 'query' | 'replacement'; readonly serial: number } | null;
  /** A step through the results asked by F3 / Shift+F3 while the panel may not be mounted. */
  readonly stepRequest: { readonly by: 1 | -1; readonly serial: number } | null;
}

let state: FindState = {
  query: '',
  replacement: '',
  matchCase: false,
  matchAccents: false,
  current: 0,
  focusRequest: null,
  stepRequest: null,
};
let serial = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setFindState(patch: Partial<FindState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function getFindState(): FindState {
  return state;
}

export function requestFindFocus(box: 'query' | 'replacement'): void {
  setFindState({ focusRequest: { box, serial: ++serial } });
}

export function requestFindStep(by: 1 | -1): void {
  setFindState({ stepRequest: { by, serial: ++serial } });
}

export function useFindState(): FindState {
  return useSyncExternalStore(subscribe, getFindState);
}
