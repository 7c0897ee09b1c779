/**
 * What the app is writing right now (an export, a print): the host does each in one call, so the
 * progress shown is the task and how long it has run, not a percentage.
 */
import { useSyncExternalStore } from 'react';

export interface RunningExport {
  /** "Đang xuất PDF" */
  readonly label: string;
  readonly startedAt: number;
}

let running: RunningExport | null = null;
const listeners = new Set<() => void>();

function set(next: RunningExport | null): void {
  running = next;
  for (const listener of listeners) listener();
}

/** Runs `work` with its progress shown. */
export async function withExportProgress<T>(label: string, work: () => Promise<T>): Promise<T> {
  const task = { label, startedAt: Date.now() };
  set(task);
  try {
    return await work();
  } finally {
    if (running === task) set(null);
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRunningExport(): RunningExport | null {
  return useSyncExternalStore(subscribe, () => running);
}
