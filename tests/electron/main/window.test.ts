/**
 * The app's windows: the webPreferences really passed to BrowserWindow, the page they load, and
 * the remembered size and place restored onto a display that is still there.
 */
import type { BrowserWindow, Rectangle } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeyValueStore } from '../../../electron/services/key-value-store';
import { createSettingsService } from '../../../electron/services/settings';
import { displays, resetFakeElectron, type FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { createAppWindow, placeWindow, rememberWindow } = await import('../../../electron/main/window');
const { APP_ENTRY_URL } = await import('../../../electron/main/app-protocol');

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 860 };
const leftMonitor: Rectangle = { x: -1920, y: 0, width: 1920, height: 1040 };

function memorySettings(initial: Record<string, unknown> = {}): ReturnType<typeof createSettingsService> {
  const data = { ...initial };
  const store: KeyValueStore = {
    path: '/memory/settings.json',
    get: (k) => data[k],
    set: (k, v) => {
      data[k] = v;
    },
  };
  return createSettingsService(store);
}

const options = (settings = memorySettings()): Parameters<typeof createAppWindow>[0] => ({
  settings,
  preloadPath: '/app/out/preload/index.cjs',
  devTools: false,
});

function fake(window: BrowserWindow): FakeBrowserWindow {
  return window as unknown as FakeBrowserWindow;
}

beforeEach(() => {
  resetFakeElectron();
  displays.splice(0, displays.length, { workArea: laptop });
});

describe('window options', () => {
  it('creates windows isolated, sandboxed, without Node, with our preload and no spell checker', () => {
    const window = fake(createAppWindow(options(), null));
    const prefs = window.options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    // Electron 45 has no remote module; nothing may ask for it.
    expect(Object.keys(prefs ?? {}).some((key) => /remote/iu.test(key))).toBe(false);
    expect(window.loaded).toEqual([APP_ENTRY_URL]);
    expect(window.options.show).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('allows DevTools only when asked (development)', () => {
    const window = fake(createAppWindow({ ...options(), devTools: true }, null));
    expect(window.options.webPreferences?.devTools).toBe(true);
  });
});

describe('placing a window', () => {
  it('keeps a saved place that is on a display', () => {
    const saved = { x: 100, y: 80, width: 1000, height: 700, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: false });
  });

  it('restores onto a second display at negative coordinates', () => {
    const saved = { x: -1800, y: 50, width: 1200, height: 900, maximized: true };
    expect(placeWindow(saved, [laptop, leftMonitor], laptop)).toEqual({
      bounds: { x: -1800, y: 50, width: 1200, height: 900 },
      maximized: true,
    });
  });

  it('centres a window whose display was unplugged on the primary display', () => {
    const saved = { x: -1800, y: 50, width: 1200, height: 900, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 120, y: 0, width: 1200, height: 860 });
  });

  it('pulls a window hanging off the edge back onto its display and shrinks one too large for it', () => {
    expect(placeWindow({ x: 1300, y: 700, width: 1000, height: 700, maximized: false }, [laptop], laptop).bounds).toEqual({
      x: 440,
      y: 160,
      width: 1000,
      height: 700,
    });
    expect(placeWindow({ x: 10, y: 10, width: 2500, height: 1600, maximized: false }, [laptop], laptop).bounds).toEqual(laptop);
  });

  it('centres the default size when nothing was saved', () => {
    expect(placeWindow(null, [leftMonitor], laptop).bounds).toEqual({ x: 80, y: 0, width: 1280, height: 860 });
  });
});

describe('remembering a window', () => {
  it('saves size, place and maximized state on close, and the next window takes them back', () => {
    displays.push({ workArea: leftMonitor });
    const settings = memorySettings();
    const first = fake(createAppWindow(options(settings), null));
    first.bounds = { x: -1500, y: 100, width: 1100, height: 750 };
    first.maximized = true;
    rememberWindow(first as unknown as BrowserWindow, settings);
    expect(settings.windowState()).toEqual({ x: -1500, y: 100, width: 1100, height: 750, maximized: true });

    const next = fake(createAppWindow(options(settings), null));
    expect(next.options).toMatchObject({ x: -1500, y: 100, width: 1100, height: 750 });
    expect(next.maximized).toBe(true);
  });

  it('opens a second window offset from the one beside it, not on top of it', () => {
    const settings = memorySettings();
    const first = createAppWindow(options(settings), null);
    fake(first).bounds = { x: 100, y: 100, width: 1000, height: 700 };
    const second = fake(createAppWindow(options(settings), first));
    expect(second.options).toMatchObject({ x: 132, y: 132, width: 1000, height: 700 });
  });

  it('does not keep a window open when its place cannot be saved', () => {
    const settings = {
      ...memorySettings(),
      setWindowState: () => {
        throw new Error('EPERM');
      },
    };
    const window = createAppWindow(options(settings), null);
    expect(() => {
      rememberWindow(window, settings);
    }).not.toThrow();
  });
});
