/**
 * The findings of a received DOCX the user checked without importing it. They are kept apart from
 * the open plan's, and for the session until dismissed, so switching tabs does not lose them.
 */
import { useSyncExternalStore } from 'react';
import type { FindingData } from '../../shared/ipc';

export interface ReceivedCheck {
  readonly name: string;
  /** The file as chosen (base64), for a copy with the findings as comments. */
  readonly data: string;
  readonly findings: readonly FindingData[];
}

let current: ReceivedCheck | null = null;
const listeners = new Set<() => void>();

export function setReceivedCheck(check: ReceivedCheck | null): void {
  current = check;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReceivedCheck(): ReceivedCheck | null {
  return useSyncExternalStore(subscribe, () => current);
}
