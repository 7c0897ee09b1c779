/**
 * Copies unsaved work to the recovery folder a few seconds after the user stops typing, and at
 * least every few seconds during long typing, so a crash or a killed process loses at most that
 * much. It runs off the typing path: after the pause, in idle time. It never writes the plan's
 * file: when someone else has changed that file, the status line says so (the copy is still
 * made), and when a copy fails (a full disk), the status line says why instead of the last time.
 */
import { errorMessage, host } from '../host/host';
import { isDirty, type DocumentState, type DocumentStore } from './document-store';

export function startAutosave(store: DocumentStore, intervalSeconds: number): () => void {
  const intervalMs = intervalSeconds * 1000;
  /** The plan last sent, copied or not: a failed copy is tried again at the next change, not in a loop. */
  let sent: DocumentState['plan'] | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstUnsent = 0;
  let running = false;

  const flush = async (): Promise<void> => {
    timer = null;
    const state = store.getState();
    if (!isDirty(state) || state.plan === sent || running) return;
    running = true;
    sent = state.plan;
    try {
      const { conflict } = await host().call('recovery.save', {
        id: state.sessionId,
        path: state.path,
        version: state.version,
        plan: state.plan,
      });
      store.setAutosave(
        conflict === null ? { kind: 'saved', at: new Date().toISOString() } : { kind: 'conflict', message: conflict.message },
      );
    } catch (error) {
      // Told on the status line, never in a dialog: a failing autosave must not interrupt typing.
      // The next change tries again.
      store.setAutosave({ kind: 'failed', message: errorMessage(error) });
    } finally {
      running = false;
      firstUnsent = 0;
    }
  };

  const schedule = (): void => {
    const state = store.getState();
    if (!isDirty(state) || state.plan === sent) return;
    const now = Date.now();
    if (firstUnsent === 0) firstUnsent = now;
    if (timer !== null) clearTimeout(timer);
    // Wait for a pause in typing, but never longer than one interval after the first change.
    const wait = Math.max(0, Math.min(Math.min(1500, intervalMs), firstUnsent + intervalMs - now));
    timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void flush(), { timeout: 1000 });
      else void flush();
    }, wait);
  };

  const unsubscribe = store.subscribe(schedule);
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
