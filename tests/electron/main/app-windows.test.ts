/**
 * Closing goes through the page (which asks about unsaved work) and quitting goes through every
 * window the same way; files handed over by the system never replace a document already open.
 */
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventChannel } from '../../../shared/ipc';
import { dialog, FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { createAppWindows } = await import('../../../electron/main/app-windows');

const remember = vi.fn();
const chosen = vi.fn();

function setup(): ReturnType<typeof createAppWindows> {
  return createAppWindows({ create: () => new FakeBrowserWindow({}) as unknown as BrowserWindow, remember, chosen });
}

function fake(window: BrowserWindow): FakeBrowserWindow {
  return window as unknown as FakeBrowserWindow;
}

function eventsSent(window: BrowserWindow, name: string): unknown[] {
  return fake(window)
    .webContents.sent.filter((m) => m.channel === eventChannel(name as never))
    .map((m) => m.payload);
}

beforeEach(() => {
  resetFakeElectron();
  remember.mockClear();
  chosen.mockClear();
});

describe('closing a window', () => {
  it('asks the page first, and closes only when the page says so', () => {
    const windows = setup();
    const window = windows.open(null);
    windows.initialPath(window);
    window.close();
    expect(fake(window).destroyed).toBe(false);
    expect(eventsSent(window, 'window.closeRequested')).toEqual([{}]);
    expect(remember).not.toHaveBeenCalled();

    windows.close(window);
    expect(fake(window).destroyed).toBe(true);
    expect(remember).toHaveBeenCalledWith(window);
    expect(windows.count()).toBe(0);
  });

  it('quitting asks every window’s page, each closing on its own once settled', () => {
    const windows = setup();
    const [a, b] = [windows.open(null), windows.open('/plans/b.kehoach')];
    for (const window of [a, b]) windows.initialPath(window);
    // Electron's app.quit() closes each window; a refusal cancels the quit.
    for (const window of [a, b]) window.close();
    expect([eventsSent(a, 'window.closeRequested'), eventsSent(b, 'window.closeRequested')]).toEqual([[{}], [{}]]);
    expect(windows.count()).toBe(2);
    windows.close(b);
    windows.close(a);
    expect(windows.count()).toBe(0);
  });

  it('closes at once a window whose page never started or has crashed', () => {
    const windows = setup();
    const starting = windows.open(null);
    starting.close();
    expect(fake(starting).destroyed).toBe(true);

    const crashed = windows.open(null);
    windows.initialPath(crashed);
    fake(crashed).webContents.crashed = true;
    crashed.close();
    expect(fake(crashed).destroyed).toBe(true);
    expect(eventsSent(crashed, 'window.closeRequested')).toEqual([]);
  });

  it('lets the user choose between waiting and closing when the page hangs', async () => {
    const windows = setup();
    const window = windows.open(null);
    windows.initialPath(window);
    fake(window).emit('unresponsive');

    dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    window.close();
    await vi.waitFor(() => {
      expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    });
    await Promise.resolve();
    expect(fake(window).destroyed).toBe(false);
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Chờ', 'Đóng cửa sổ'], cancelId: 0 });

    dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    window.close();
    await vi.waitFor(() => {
      expect(fake(window).destroyed).toBe(true);
    });
    expect(eventsSent(window, 'window.closeRequested')).toEqual([]);
  });

  it('asks the page again once it responds', () => {
    const windows = setup();
    const window = windows.open(null);
    windows.initialPath(window);
    fake(window).emit('unresponsive');
    fake(window).emit('responsive');
    window.close();
    expect(eventsSent(window, 'window.closeRequested')).toEqual([{}]);
  });
});

describe('files from the system', () => {
  it('gives a window the file it was opened for as its page starts', () => {
    const windows = setup();
    const window = windows.open('/plans/a.kehoach');
    expect(windows.initialPath(window)).toBe('/plans/a.kehoach');
  });

  it('opens a file in the start screen’s window when that window has held no document', () => {
    const windows = setup();
    const window = windows.open(null);
    expect(windows.initialPath(window)).toBeNull();
    windows.openFromSystem('/plans/b.kehoach');
    expect(windows.count()).toBe(1);
    // The system's file is the user's choice: main lets the page open it, and only it.
    expect(chosen.mock.calls).toEqual([['/plans/b.kehoach']]);
    expect(eventsSent(window, 'app.openPath')).toEqual([{ path: '/plans/b.kehoach' }]);
    expect(FakeBrowserWindow.focused).toBe(fake(window));
  });

  it('hands the file to a page still starting through app.init, not an event it would miss', () => {
    const windows = setup();
    const window = windows.open(null);
    windows.openFromSystem('/plans/c.kehoach');
    expect(eventsSent(window, 'app.openPath')).toEqual([]);
    expect(windows.initialPath(window)).toBe('/plans/c.kehoach');
  });

  it('opens a new window when every window holds a document', () => {
    const windows = setup();
    const window = windows.open(null);
    windows.initialPath(window);
    windows.noteResult(window, 'documents.create', true);
    windows.openFromSystem('/plans/d.kehoach');
    expect(windows.count()).toBe(2);
    expect(eventsSent(window, 'app.openPath')).toEqual([]);
    const opened = FakeBrowserWindow.created.at(-1) as unknown as BrowserWindow;
    expect(windows.initialPath(opened)).toBe('/plans/d.kehoach');
  });

  it('counts only successful calls that bring a document in', () => {
    const windows = setup();
    const window = windows.open(null);
    windows.initialPath(window);
    windows.noteResult(window, 'documents.open', false);
    windows.noteResult(window, 'templates.list', true);
    windows.openFromSystem('/plans/e.kehoach');
    expect(windows.count()).toBe(1);
  });

  it('brings the app forward on a second launch without files', () => {
    const windows = setup();
    const window = windows.open(null);
    fake(window).minimized = true;
    windows.focusAny();
    expect(fake(window).minimized).toBe(false);
    expect(FakeBrowserWindow.focused).toBe(fake(window));
    window.close();
    windows.focusAny();
    expect(windows.count()).toBe(1);
  });

  it('knows its windows by page and by menu, and no others', () => {
    const windows = setup();
    const window = windows.open(null);
    const stranger = new FakeBrowserWindow({});
    expect(windows.fromContents(window.webContents)).toBe(window);
    expect(windows.fromContents(stranger.webContents as never)).toBeNull();
    expect(windows.fromBase(window)).toBe(window);
    expect(windows.fromBase(stranger as never)).toBeNull();
    expect(windows.fromBase(undefined)).toBeNull();
  });
});
