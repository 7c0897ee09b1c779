/** Preferences, recent files and window state: validated on read, bounded, NFC. */
import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../../electron/services/key-value-store';
import { createSettingsService, MAX_RECENT } from '../../../electron/services/settings';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    path: '/memory/settings.json',
    get: (k) => data[k],
    set: (k, v) => {
      data[k] = v;
    },
  };
}

describe('settings service', () => {
  it('gives defaults for missing or invalid preferences without touching the stored value', () => {
    const store = memoryStore({ preferences: { spellCheck: 'yes' } });
    const settings = createSettingsService(store);
    expect(settings.preferences()).toEqual({ spellCheck: true, userWords: [], autosaveSeconds: 5, authorName: '' });
    expect(store.data.preferences).toEqual({ spellCheck: 'yes' });
  });

  it('stores user words in NFC', () => {
    const settings = createSettingsService(memoryStore());
    const saved = settings.setPreferences({ spellCheck: true, userWords: ['thuy\u0309'], autosaveSeconds: 5, authorName: '' });
    expect(saved.userWords).toEqual(['thuỷ']);
  });

  it('keeps the recent list newest first, without duplicates, bounded', () => {
    const settings = createSettingsService(memoryStore());
    const now = new Date('2026-11-23T08:00:00Z');
    for (let i = 0; i < MAX_RECENT + 3; i++) settings.addRecent(`/plans/${i}.kehoach`, `Kế hoạch ${i}`, now);
    settings.addRecent('/plans/5.kehoach', 'Kế hoạch 5', now);
    const recent = settings.recent();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]?.path).toBe('/plans/5.kehoach');
    expect(recent.filter((r) => r.path === '/plans/5.kehoach')).toHaveLength(1);
    expect(settings.removeRecent('/plans/5.kehoach').some((r) => r.path === '/plans/5.kehoach')).toBe(false);
  });

  it('treats Windows paths case-insensitively', () => {
    const settings = createSettingsService(memoryStore());
    const now = new Date();
    settings.addRecent('C:\\Plans\\A.kehoach', 'A', now);
    settings.addRecent('c:\\plans\\a.kehoach', 'A', now);
    expect(settings.recent()).toHaveLength(1);
  });

  it('drops an invalid window state and refuses to store one', () => {
    const settings = createSettingsService(memoryStore({ window: { x: 0, y: 0, width: 10, height: 10, maximized: false } }));
    expect(settings.windowState()).toBeNull();
    expect(() => {
      settings.setWindowState({ x: 0, y: 0, width: 50, height: 50, maximized: false });
    }).toThrow();
    settings.setWindowState({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
    expect(settings.windowState()).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
  });
});
