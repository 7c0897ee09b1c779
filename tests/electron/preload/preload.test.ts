/**
 * The preload exposes `window.kehoach` and nothing else: one named method per channel invoking
 * exactly that channel, the host's events (payload only, with an unsubscribe), the path of a
 * chosen file. No generic invoke, send or on reaches the page.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, CHOSEN_FILE_CHANNEL, EVENT_NAMES, eventChannel, type WindowApi } from '../../../shared/ipc';

const exposed = new Map<string, unknown>();
const ipc = new EventEmitter();
const invoke = vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } }));
const sendSync = vi.fn(() => null);
const getPathForFile = vi.fn((file: { name: string }) => (file.name === 'made-by-script' ? '' : '/home/a/ke-hoach.kehoach'));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      exposed.set(key, value);
    },
  },
  ipcRenderer: {
    invoke,
    sendSync,
    on: (channel: string, listener: (...args: unknown[]) => void) => ipc.on(channel, listener),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => ipc.removeListener(channel, listener),
  },
  webUtils: { getPathForFile },
}));

await import('../../../electron/preload/index');

const windowApi = exposed.get('kehoach') as WindowApi;
const api = windowApi.api as Record<string, (input: unknown) => Promise<unknown>>;

/** Every function reachable from the exposed object, by its path. */
function functionPaths(value: unknown, path: string): string[] {
  if (typeof value === 'function') return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => functionPaths(child, path === '' ? key : `${path}.${key}`));
}

describe('preload', () => {
  it('exposes only window.kehoach with the api, the events and pathForFile', () => {
    expect([...exposed.keys()]).toEqual(['kehoach']);
    expect(Object.keys(windowApi).sort()).toEqual(['api', 'events', 'pathForFile']);
    const expected = [...CHANNEL_NAMES.map((c) => `api.${c}`), 'events.on', 'pathForFile'];
    expect(functionPaths(windowApi, '').sort()).toEqual(expected.sort());
  });

  it.each(CHANNEL_NAMES)('api method for %s invokes that channel with the input', async (channel) => {
    invoke.mockClear();
    const input = { probe: channel };
    await expect(api[channel]?.(input)).resolves.toEqual({ ok: true, value: { channel, input } });
    expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, input);
  });

  it.each(EVENT_NAMES)('relays the %s event’s payload alone, until unsubscribed', (name) => {
    const received: unknown[] = [];
    const off = windowApi.events.on(name, (payload) => {
      received.push(payload);
    });
    const sender = { id: 1, sendSync: () => 'secret' };
    ipc.emit(eventChannel(name), { sender }, { path: '/d/a.kehoach' });
    off();
    ipc.emit(eventChannel(name), { sender }, { path: '/d/b.kehoach' });
    expect(received).toEqual([{ path: '/d/a.kehoach' }]);
    expect(ipc.listenerCount(eventChannel(name))).toBe(0);
  });

  it('refuses to listen to anything but the host’s events', () => {
    const on = (name: string, listener: () => void): (() => void) => windowApi.events.on(name as never, listener);
    for (const name of ['documents.open', 'event:menu.command', 'electron-store-get-data']) {
      expect(() => on(name, () => undefined)).toThrow(/Không có sự kiện/u);
    }
    expect(ipc.eventNames()).toEqual([]);
  });

  it('gives the path of a file chosen in a file input, telling main first that the user chose it', () => {
    const file = { name: 'ke-hoach.kehoach' };
    expect(windowApi.pathForFile(file)).toBe('/home/a/ke-hoach.kehoach');
    expect(getPathForFile).toHaveBeenCalledWith(file);
    expect(sendSync).toHaveBeenCalledExactlyOnceWith(CHOSEN_FILE_CHANNEL, '/home/a/ke-hoach.kehoach');
    sendSync.mockClear();
    // A File page script made has no path on disk: nothing to grant.
    expect(windowApi.pathForFile({ name: 'made-by-script' })).toBe('');
    expect(sendSync).not.toHaveBeenCalled();
  });
});
