/**
 * The main process as a whole, with Electron faked: launched with a plan, it takes the
 * single-instance lock, opens a window per plan (macOS open-file before ready included), serves
 * IPC and the menu, routes a second launch's plans, and quits only through each window's close.
 * Runs the real entry point (electron/main/index.ts) in order, as one session of the app.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, eventChannel, type Result } from '../../../shared/ipc';
import { app, fakeEvent, FakeBrowserWindow, ipcMain, Menu, protocol } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const root = mkdtempSync(join(tmpdir(), 'kehoach-lifecycle-'));
app.paths.set('userData', join(root, 'userData'));
app.paths.set('documents', join(root, 'documents'));
vi.stubEnv('KEHOACH_HOME', join(root, 'home'));
const argv = process.argv;
process.argv = ['/opt/kehoach-studio/kehoach-studio', '/d/a.kehoach'];
afterAll(() => {
  process.argv = argv;
  vi.unstubAllEnvs();
});

await import('../../../electron/main/index');

const windows = (): FakeBrowserWindow[] =>
  FakeBrowserWindow.created.filter((w) => !w.destroyed && w.loaded[0]?.startsWith('app://') === true);

function call(window: FakeBrowserWindow, channel: string, input: unknown = {}): Promise<Result<unknown>> {
  const handler = ipcMain.handlers.get(channel);
  if (handler === undefined) throw new Error(`no handler for ${channel}`);
  return handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, input) as Promise<Result<unknown>>;
}

function sent(window: FakeBrowserWindow, name: string): unknown[] {
  return window.webContents.sent.filter((m) => m.channel === eventChannel(name as never)).map((m) => m.payload);
}

function menuItem(label: string): MenuItemConstructorOptions {
  const template = Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
  const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
  const item = all(template).find((i) => i.label === label);
  if (item === undefined) throw new Error(`no menu item "${label}"`);
  return item;
}

function click(label: string, window: FakeBrowserWindow | undefined): void {
  (menuItem(label).click as unknown as (item: unknown, window: unknown, event: unknown) => void)({}, window, {});
}

describe('the app, from launch to quit', () => {
  it('before ready: registers app:// and takes the lock with the plans it was launched with', () => {
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(app.lockData).toEqual({ plans: ['/d/a.kehoach'] });
    expect(windows()).toEqual([]);
    const early = fakeEvent();
    app.emit('open-file', early, '/d/b.kehoach');
    expect(early.defaultPrevented).toBe(true);
  });

  it('when ready: serves app://, registers every channel, sets the menu, opens a window per plan', async () => {
    app.becomeReady();
    await vi.waitFor(() => {
      expect(windows()).toHaveLength(2);
    });
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    const [a, b] = windows();
    if (a === undefined || b === undefined) throw new Error('two windows expected');
    expect(a.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(await call(a, 'app.init')).toMatchObject({ ok: true, value: { host: 'electron', openPath: '/d/a.kehoach' } });
    expect(await call(b, 'app.init')).toMatchObject({ ok: true, value: { openPath: '/d/b.kehoach' } });
  });

  it('opens a second launch’s plan in a new window, and only brings the app forward without one', async () => {
    app.emit('second-instance', fakeEvent(), ['/opt/kehoach-studio/kehoach-studio'], '/', { plans: ['/d/c.kehoach'] });
    expect(windows()).toHaveLength(3);
    const c = windows()[2];
    if (c === undefined) throw new Error('a third window expected');
    // The recent list is read on its own (after each save): it neither takes nor marks the window's plan.
    expect(await call(c, 'recent.list')).toMatchObject({ ok: true, value: expect.any(Array) });
    expect(await call(c, 'app.init')).toMatchObject({ ok: true, value: { openPath: '/d/c.kehoach' } });
    app.emit('second-instance', fakeEvent(), ['/opt/kehoach-studio/kehoach-studio'], '/', { plans: [] });
    expect(windows()).toHaveLength(3);
    expect(FakeBrowserWindow.focused).toBe(windows()[2]);
  });

  it('sends menu commands to the window the menu was used in, and rebuilds the recent list', async () => {
    const [a] = windows();
    if (a === undefined) throw new Error('a window expected');
    click('Lưu', a);
    click('Hoàn tác', a);
    expect(sent(a, 'menu.command')).toEqual(['save', 'undo']);
    const menus = Menu.setApplicationMenu.mock.calls.length;
    expect(await call(a, 'recent.remove', { path: '/d/none.kehoach' })).toMatchObject({ ok: true });
    expect(Menu.setApplicationMenu.mock.calls.length).toBe(menus + 1);
  });

  it('opens a new window from the menu when none is open (macOS)', () => {
    const before = windows().length;
    click('Tạo kế hoạch mới', undefined);
    expect(windows()).toHaveLength(before + 1);
  });

  it('keeps running on macOS when the last window closes, unless quitting', () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    try {
      app.emit('window-all-closed');
      expect(app.quit).not.toHaveBeenCalled();
    } finally {
      if (platform !== undefined) Object.defineProperty(process, 'platform', platform);
    }
  });

  it('quits through every window: each page settles, closes itself, and the last one ends the app', async () => {
    app.emit('before-quit', fakeEvent());
    const open = windows();
    for (const window of open) window.close();
    // The window opened from the menu never started its page: nothing to settle.
    const started = open.filter((w) => !w.destroyed);
    expect(started).toHaveLength(3);
    for (const window of started) expect(sent(window, 'window.closeRequested')).toEqual([{}]);
    for (const window of started) expect(await call(window, 'window.close')).toEqual({ ok: true, value: {} });
    expect(windows()).toEqual([]);
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });

  it('opens a window again when the dock icon is clicked with none open (macOS)', () => {
    app.emit('activate');
    expect(windows()).toHaveLength(1);
  });
});
