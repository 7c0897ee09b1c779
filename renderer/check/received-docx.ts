/**
 * The findings of a received DOCX the user checked without importing it. They are kept apart from
 * the open plan's, and for the session until dismissed, so switching tabs does not lose them.
 */
import type { FindingData } from '../../shared/ipc';
import { createSessionValue, useSessionValue } from '../base/session-value';

export interface ReceivedCheck {
  readonly name: string;
  /** The file as chosen (base64), for a copy with the findings as comments. */
  readonly data: string;
  readonly findings: readonly FindingData[];
}

const received = createSessionValue<ReceivedCheck | null>(null);

export const setReceivedCheck = received.set;

export function useReceivedCheck(): ReceivedCheck | null {
  return useSessionValue(received);
}
