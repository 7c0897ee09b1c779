/**
 * The IPC surface: one `ipcMain.handle` per channel of the contract, and the preload's note of a
 * file the user chose; nothing else. A call is served only when it comes from the main frame of
 * one of the app's windows showing app://kehoach (not an iframe, not a page that got there by other
 * means); its input is then validated by the shared dispatcher against the zod contract before any
 * service runs.
 */
import { ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { isAbsolute } from 'node:path';
import { CHANNEL_NAMES, CHOSEN_FILE_CHANNEL, fail, type Result } from '../../shared/ipc';
import type { Dispatch } from '../services/dispatch';
import { isAppUrl } from './app-protocol';
import type { AppWindows } from './app-windows';

export const FORBIDDEN: Result<never> = fail('forbidden', 'Lời gọi không đến từ cửa sổ của ứng dụng.');

/** The window behind a call, or null when the caller is not the app's own page. */
export function callerWindow(event: IpcMainInvokeEvent | IpcMainEvent, windows: Pick<AppWindows, 'fromContents'>): BrowserWindow | null {
  const frame = event.senderFrame;
  const main = event.sender.mainFrame;
  if (frame === null || frame.processId !== main.processId || frame.frameToken !== main.frameToken) return null;
  if (!isAppUrl(frame.url)) return null;
  return windows.fromContents(event.sender);
}

/** An absolute path without NUL, as the contract's paths are. */
function isAbsolutePath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 4096 && !value.includes('\0') && isAbsolute(value);
}

export function registerIpc(
  dispatch: Dispatch<BrowserWindow>,
  windows: Pick<AppWindows, 'fromContents' | 'noteResult'>,
  chosen: (path: string) => void,
): void {
  ipcMain.on(CHOSEN_FILE_CHANNEL, (event: IpcMainEvent, path: unknown) => {
    if (callerWindow(event, windows) !== null && isAbsolutePath(path)) chosen(path);
    // sendSync waits for a value.
    event.returnValue = null;
  });
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Result<unknown>> => {
      const window = callerWindow(event, windows);
      if (window === null) return FORBIDDEN;
      const result = await dispatch(channel, input, window);
      windows.noteResult(window, channel, result.ok);
      return result;
    });
  }
}
