/**
 * Preferences, the recent-files list and the window's last position, kept in a settings store.
 * Every value is validated when read: a wrong value falls back to its default for this session
 * and is left on disk untouched until the user changes that setting.
 */
import { z } from 'zod';
import { PreferencesSchema, RecentFileSchema, type Preferences, type RecentFile } from '../../shared/ipc';
import { normalizeNfc } from '../../shared/model';
import type { KeyValueStore } from './key-value-store';

export const MAX_RECENT = 12;
/** Plans whose file the app remembers by id, so a child plan finds its superior for coverage. */
export const MAX_KNOWN_PLANS = 500;

export const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface SettingsService {
  preferences(): Preferences;
  setPreferences(preferences: Preferences): Preferences;
  recent(): RecentFile[];
  addRecent(path: string, title: string, now: Date): RecentFile[];
  removeRecent(path: string): RecentFile[];
  windowState(): WindowState | null;
  setWindowState(state: WindowState): void;
  /** Remembers where the plan with this id was last opened or saved. */
  rememberPlan(planId: string, path: string): void;
  planPath(planId: string): string | null;
}

const KnownPlansSchema = z.array(z.object({ id: z.string(), path: z.string() }));

function read<T>(store: KeyValueStore, key: string, schema: z.ZodType<T>, fallback: T): T {
  const result = schema.safeParse(store.get(key));
  return result.success ? result.data : fallback;
}

/** Windows paths compare without regard to case. */
function samePath(a: string, b: string): boolean {
  return /^[A-Za-z]:[\\/]/u.test(a) ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export function createSettingsService(store: KeyValueStore): SettingsService {
  const recent = (): RecentFile[] => read(store, 'recent', z.array(RecentFileSchema), []);
  const writeRecent = (list: RecentFile[]): RecentFile[] => {
    store.set('recent', list);
    return list;
  };
  return {
    preferences: () => read(store, 'preferences', PreferencesSchema, PreferencesSchema.parse({})),
    setPreferences(preferences) {
      const valid = PreferencesSchema.parse(normalizeNfc(preferences));
      store.set('preferences', valid);
      return valid;
    },
    recent,
    addRecent(path, title, now) {
      const rest = recent().filter((r) => !samePath(r.path, path));
      return writeRecent([{ path, title: title.normalize('NFC'), openedAt: now.toISOString() }, ...rest].slice(0, MAX_RECENT));
    },
    removeRecent(path) {
      return writeRecent(recent().filter((r) => !samePath(r.path, path)));
    },
    windowState: () => read(store, 'window', WindowStateSchema.nullable(), null),
    setWindowState(state) {
      store.set('window', WindowStateSchema.parse(state));
    },
    rememberPlan(planId, path) {
      const known = read(store, 'knownPlans', KnownPlansSchema, []).filter((k) => k.id !== planId);
      store.set('knownPlans', [{ id: planId, path }, ...known].slice(0, MAX_KNOWN_PLANS));
    },
    planPath(planId) {
      return read(store, 'knownPlans', KnownPlansSchema, []).find((k) => k.id === planId)?.path ?? null;
    },
  };
}
