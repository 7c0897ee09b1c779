/**
 * A value kept for the session outside React's tree: a panel hidden and shown again, or another
 * view, reads the same one. Components read it through useSessionValue (useSyncExternalStore).
 */
import { useSyncExternalStore } from 'react';

export interface SessionValue<T> {
  readonly get: () => T;
  readonly set: (next: T) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createSessionValue<T>(initial: T): SessionValue<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (next) => {
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useSessionValue<T>(value: SessionValue<T>): T {
  return useSyncExternalStore(value.subscribe, value.get);
}
