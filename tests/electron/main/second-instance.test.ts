/**
 * A second launch of the app does not start: it passes its plans to the first instance (through
 * the single-instance lock's data) and quits without opening anything.
 */
import { describe, expect, it, vi } from 'vitest';
import { app, FakeBrowserWindow, ipcMain } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

describe('a second launch', () => {
  it('hands its plans to the running app and quits', async () => {
    app.gotLock = false;
    const argv = process.argv;
    process.argv = ['C:\\Program Files\\Kế hoạch Studio\\kehoach-studio.exe', 'D:\\Kế hoạch\\ke-hoach.kehoach'];
    try {
      await import('../../../electron/main/index');
    } finally {
      process.argv = argv;
    }
    expect(app.lockData).toEqual({ plans: [expect.stringMatching(/ke-hoach\.kehoach$/u) as unknown] });
    expect(app.quit).toHaveBeenCalledTimes(1);
    app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(FakeBrowserWindow.created).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});
