/**
 * The IPC surface: exactly the contract's channels are handled; each refuses a caller that is not
 * the main frame of one of the app's windows on app://kehoach, and an input the contract rejects,
 * before any service runs; a good call reaches the real handlers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, CHOSEN_FILE_CHANNEL, EVENT_NAMES, eventChannel, type Result } from '../../../shared/ipc';
import { createDispatch } from '../../../electron/services/dispatch';
import type { HostAdapter } from '../../../electron/services/host-adapter';
import { createHandlers } from '../../../electron/services/host-handlers';
import { createHostServices } from '../../../electron/services/host-services';
import type { KeyValueStore } from '../../../electron/services/key-value-store';
import { inProcessReader } from '../../../electron/services/received-files';
import { FakeBrowserWindow, ipcMain, resetFakeElectron, type FakeFrame, type FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { createAppWindows } = await import('../../../electron/main/app-windows');
const { FORBIDDEN, registerIpc } = await import('../../../electron/main/ipc');

function memoryStore(): { store: KeyValueStore; warnings: string[] } {
  const data: Record<string, unknown> = {};
  return {
    store: {
      path: '/memory/store.json',
      get: (k) => data[k],
      set: (k, v) => {
        data[k] = v;
      },
    },
    warnings: [],
  };
}

const windows = createAppWindows({
  create: () => new FakeBrowserWindow({}) as unknown as BrowserWindow,
  remember: () => undefined,
  chosen: (path) => {
    services.grants.offer(path);
  },
});
const host: HostAdapter<BrowserWindow> = {
  name: 'electron',
  initialPath: (window) => windows.initialPath(window),
  chooseSavePath: () => Promise.resolve(null),
  chooseOpenPath: () => Promise.resolve(null),
  chooseFolder: () => Promise.resolve(null),
  notify: () => undefined,
  showInFolder: () => Promise.resolve(),
  openExternally: () => Promise.resolve(),
  setWindowState: () => undefined,
  closeWindow: (window) => {
    windows.close(window);
  },
};
const services = createHostServices({
  received: inProcessReader,
  settings: memoryStore(),
  agencies: memoryStore(),
  recoveryDir: join(mkdtempSync(join(tmpdir(), 'kehoach-ipc-')), 'recovery'),
  printer: () => Promise.reject(new Error('no printing in this test')),
});
const real = createDispatch(createHandlers(services, host));
const dispatch = vi.fn(real);
registerIpc(dispatch, windows, (path) => {
  services.grants.offer(path);
});

/** An IPC call as Electron would deliver it from `frame` of `contents`. */
function invoke(
  channel: string,
  input: unknown,
  contents: FakeWebContents,
  frame: FakeFrame | null = contents.mainFrame,
): Promise<Result<unknown>> {
  const handler = ipcMain.handlers.get(channel);
  if (handler === undefined) throw new Error(`no handler for ${channel}`);
  const event = { sender: contents, senderFrame: frame } as unknown as IpcMainInvokeEvent;
  return handler(event, input) as Promise<Result<unknown>>;
}

beforeEach(() => {
  resetFakeElectron();
  dispatch.mockClear();
});

describe('IPC registration', () => {
  it('handles exactly the contract’s channels, and listens to nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(ipcMain.eventNames()).toEqual([CHOSEN_FILE_CHANNEL]);
    for (const name of EVENT_NAMES) expect(ipcMain.handlers.has(eventChannel(name))).toBe(false);
    expect(ipcMain.handlers.has('electron-store-get-data')).toBe(false);
  });

  it('serves a call from the main frame of our window through the real handlers', async () => {
    const window = windows.open('/plans/a.kehoach');
    const contents = fake(window).webContents;
    const init = await invoke('app.init', {}, contents);
    expect(init).toMatchObject({ ok: true, value: { host: 'electron', openPath: '/plans/a.kehoach' } });
    const templates = await invoke('templates.list', {}, contents);
    expect(templates.ok && Array.isArray(templates.value) && templates.value.length > 0).toBe(true);
  });

  it('tells the windows which calls brought a document in', async () => {
    const window = windows.open(null);
    const contents = fake(window).webContents;
    await invoke('app.init', {}, contents);
    const templates = await invoke('templates.list', {}, contents);
    const first = templates.ok ? (templates.value as { id: string }[])[0] : undefined;
    expect((await invoke('documents.create', { templateId: first?.id }, contents)).ok).toBe(true);
    const before = windows.count();
    windows.openFromSystem('/plans/b.kehoach');
    expect(windows.count()).toBe(before + 1);
    expect(contents.sent.filter((m) => m.channel === eventChannel('app.openPath'))).toEqual([]);
  });
});

describe('a file chosen in the page', () => {
  /** The preload's synchronous note, as Electron delivers it from `frame` of `contents`. */
  function noteChosen(path: unknown, contents: FakeWebContents, frame: FakeFrame | null = contents.mainFrame): unknown {
    const event = { sender: contents, senderFrame: frame, returnValue: undefined as unknown };
    ipcMain.emit(CHOSEN_FILE_CHANNEL, event, path);
    return event.returnValue;
  }

  it('lets the page read a file only once the preload says the user chose it, from our window', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-chosen-'));
    const path = join(dir, 'cap-tren.kehoach');
    writeFileSync(path, readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url)));
    const contents = fake(windows.open(null)).webContents;
    const read = (): Promise<Result<unknown>> => invoke('documents.read', { path }, contents);
    expect(await read()).toMatchObject({ ok: false, error: { message: /Chưa chọn tệp/u } });
    const stranger = new FakeBrowserWindow({}).webContents;
    expect(noteChosen(path, stranger)).toBeNull();
    expect(noteChosen('relative/a.kehoach', contents)).toBeNull();
    expect(await read()).toMatchObject({ ok: false });
    noteChosen(path, contents);
    expect(await read()).toMatchObject({ ok: true });
  });
});

describe.each(CHANNEL_NAMES)('channel %s', (channel) => {
  it('refuses callers other than our window’s main frame on app://kehoach', async () => {
    const window = windows.open(null);
    const contents = fake(window).webContents;
    const stranger = new FakeBrowserWindow({}).webContents;
    const callers: [string, FakeWebContents, FakeFrame | null][] = [
      [
        'an iframe of our page',
        contents,
        { processId: contents.mainFrame.processId, frameToken: 'iframe', url: 'app://kehoach/index.html' },
      ],
      ['our window gone elsewhere', contents, { ...contents.mainFrame, url: 'https://example.com/' }],
      ['another app:// host', contents, { ...contents.mainFrame, url: 'app://evil/index.html' }],
      ['a frame already gone', contents, null],
      ['a page that is not one of our windows', stranger, stranger.mainFrame],
    ];
    for (const [who, sender, frame] of callers) {
      const result = await invoke(channel, {}, sender, frame);
      expect(result, who).toEqual(FORBIDDEN);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses an input the contract rejects', async () => {
    const contents = fake(windows.open(null)).webContents;
    for (const input of [{ unexpected: true }, 42, 'documents', [1, 2]]) {
      const result = await invoke(channel, input, contents);
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(input)).toBe('invalid-input');
    }
  });
});

function fake(window: BrowserWindow): FakeBrowserWindow {
  return window as unknown as FakeBrowserWindow;
}
