/**
 * The preload: puts `window.kehoach` in the page (one method per channel of the host API, the
 * host's events, the path of a chosen file) and nothing else; the page never holds ipcRenderer,
 * so it can reach only these channels, and main validates every argument anyway. A sandboxed
 * preload may require only 'electron': this file is bundled with channels.ts alone (no zod).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { AnyHostMethod, HostApi, HostEvents, WindowApi } from '../../shared/ipc/api-types';
import { CHANNEL_NAMES, CHOSEN_FILE_CHANNEL, EVENT_NAMES, eventChannel, type ChannelName, type EventName } from '../../shared/ipc/channels';

function hostApi(): HostApi {
  const methods: Partial<Record<ChannelName, AnyHostMethod>> = {};
  for (const channel of CHANNEL_NAMES) methods[channel] = (input) => ipcRenderer.invoke(channel, input);
  // Built from the same names the type is derived from.
  return methods as HostApi;
}

function isEventName(name: unknown): name is EventName {
  return (EVENT_NAMES as readonly unknown[]).includes(name);
}

const events: HostEvents = {
  on(name, listener) {
    if (!isEventName(name)) throw new TypeError(`Không có sự kiện "${String(name)}".`);
    const channel = eventChannel(name);
    // The page gets the payload only, never the IPC event (it carries the sender).
    const relay = (_event: IpcRendererEvent, payload: unknown): void => {
      listener(payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(channel, relay);
    return () => {
      ipcRenderer.removeListener(channel, relay);
    };
  },
};

/**
 * The path of a file the user chose, told to main first (synchronously, so it is granted before
 * the page can ask to open it). A File made by page script has no path: '' and nothing is told.
 */
function pathForFile(file: Parameters<WindowApi['pathForFile']>[0]): string {
  const path = webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
  if (path !== '') ipcRenderer.sendSync(CHOSEN_FILE_CHANNEL, path);
  return path;
}

const windowApi: WindowApi = { api: hostApi(), events, pathForFile };

contextBridge.exposeInMainWorld('kehoach', windowApi);
