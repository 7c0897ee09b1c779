/**
 * Settings live in electron-store (conf underneath) files. This wraps one such store so that a
 * damaged file is set aside under a new name and reported, never silently wiped, and so that
 * writes survive the short EPERM/EBUSY locks antivirus and indexers put on files on Windows.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The part of electron-store / conf that the services use. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

export interface OpenedStore {
  readonly store: KeyValueStore;
  /** Vietnamese messages for the user about what happened while opening. */
  readonly warnings: readonly string[];
}

const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs a synchronous write, retrying transient Windows locks a few times with a growing pause. */
export function retryTransient<T>(write: () => T, attempts = 6): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return write();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
      if (attempt >= attempts || !TRANSIENT.has(code)) throw error;
      sleepSync(20 * 2 ** attempt);
    }
  }
}

/**
 * conf writes through a temp file named `<store>.tmp-<time><hex>` and renames it; a process killed
 * between the two leaves the temp behind, and conf never looks at it again. The app is the store's
 * only writer (single instance; the harness owns its data folder), so once a write has succeeded
 * every such temp belongs to a writer that is gone.
 */
function removeStaleTemps(path: string): void {
  const prefix = `${basename(path)}.tmp-`;
  const folder = dirname(path);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(prefix) && /^\d{10}[a-f0-9]{6}$/u.test(name.slice(prefix.length))) rmSync(join(folder, name), { force: true });
  }
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/gu, '-');
}

/**
 * Opens a store with `create`, which must throw (conf's `clearInvalidConfig: false`) when the file
 * cannot be read. The damaged file is renamed to `<name>.hong-<time>` and a fresh store is opened.
 */
export function openKeyValueStore(create: () => KeyValueStore, path: string, now: () => Date = () => new Date()): OpenedStore {
  const warnings: string[] = [];
  const setAside = (error: unknown): void => {
    if (!existsSync(path)) throw error;
    const aside = `${path}.hong-${stamp(now())}`;
    retryTransient(() => {
      renameSync(path, aside);
    });
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    warnings.push(`Tệp cài đặt "${path}" bị hỏng (${detail}); bản hỏng được giữ ở "${aside}", ứng dụng dùng cài đặt mặc định.`);
  };
  let inner: KeyValueStore;
  try {
    inner = create();
    // conf reads lazily: touch the file now so a damaged one is found at start, not mid-session.
    inner.get('__probe__');
  } catch (error) {
    setAside(error);
    inner = create();
  }
  const store: KeyValueStore = {
    path: inner.path,
    get(key) {
      try {
        return inner.get(key);
      } catch (error) {
        setAside(error);
        return undefined;
      }
    },
    set(key, value) {
      try {
        retryTransient(() => {
          inner.set(key, value);
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException | null)?.code !== undefined) throw error;
        // Damaged since start (another program wrote it): keep the damaged copy, then write afresh.
        setAside(error);
        retryTransient(() => {
          inner.set(key, value);
        });
      }
      removeStaleTemps(path);
    },
  };
  return { store, warnings };
}
