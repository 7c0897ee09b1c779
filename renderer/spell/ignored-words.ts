/**
 * Words the user chose to "Bỏ qua" (ignore) for this session, in every editor at once. Not saved:
 * "Thêm vào từ điển" is the lasting choice.
 */
import { useSyncExternalStore } from 'react';
import { spellKey } from '../../shared/spell';

let ignored: readonly string[] = [];
const listeners = new Set<() => void>();

export function ignoreWord(word: string): void {
  const key = spellKey(word);
  if (ignored.some((w) => spellKey(w) === key)) return;
  ignored = [...ignored, word.normalize('NFC')];
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The ignored words; the same array until one is added. */
export function useIgnoredWords(): readonly string[] {
  return useSyncExternalStore(subscribe, () => ignored);
}
