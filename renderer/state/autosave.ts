/**
 * Copies unsaved work to the recovery folder a few seconds after the user stops typing, and at
 * least every few seconds during long typing, so a crash or a killed process loses at most that
 * much. It runs off the typing path: after the pause, in idle time.
 */
import { host } from '../host/host';
import { isDirty, type DocumentState, type DocumentStore } from './document-store';

export function startAutosave(store: DocumentStore, intervalSeconds: number): () => void {
  const intervalMs = intervalSeconds * 1000;
  let sent: DocumentState['plan'] | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstUnsent = 0;
  let running = false;

  const flush = async (): Promise<void> => {
    timer = null;
    const state = store.getState();
    if (!isDirty(state) || state.plan === sent || running) return;
    running = true;
    try {
      await host().call('recovery.save', { id: state.sessionId, path: state.path, plan: state.plan });
      sent = state.plan;
      store.markAutosaved(new Date().toISOString());
    } catch {
      // The next change tries again; a failing autosave must never interrupt typing.
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
