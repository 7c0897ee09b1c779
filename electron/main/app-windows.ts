/**
 * The open windows and what main knows of each: the file it was opened for, whether its page has
 * started (asked `app.init`), and whether it has ever held a document. Closing goes through the
 * page, which settles unsaved work first. A file handed over by the system (double-click, a second
 * launch) goes to a window that has not held a document yet, or to a new one: it never replaces
 * the user's work.
 */
import { dialog, type BrowserWindow, type WebContents } from 'electron';
import { eventChannel, type ChannelName, type EventName, type EventPayload } from '../../shared/ipc';
import type { MenuWindow } from './menu';
import { PRODUCT_NAME } from './product';

const OPENS_DOCUMENT: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'documents.create',
  'documents.open',
  'documents.openContent',
  'recovery.restore',
]);

interface Entry {
  /** The file to open when the page starts (or restarts). */
  path: string | null;
  started: boolean;
  heldDocument: boolean;
  /** The page has settled unsaved work and asked to close. */
  mayClose: boolean;
  unresponsive: boolean;
}

export interface AppWindowsOptions {
  /** Makes a window, placed beside `beside` when given. */
  readonly create: (beside: BrowserWindow | null) => BrowserWindow;
  /** Called as a window really closes. */
  readonly remember: (window: BrowserWindow) => void;
  /** A file the user or the system handed the app (its page may then open it). */
  readonly chosen: (path: string) => void;
}

export interface AppWindows {
  /** A new window, for `path` or for the start screen. */
  open(path: string | null): BrowserWindow;
  /** A plan the system asks to open (command line, double-click, second launch). */
  openFromSystem(path: string): void;
  /** The file the window's page should open as it starts; the page has started. */
  initialPath(window: BrowserWindow): string | null;
  /** Told after each call a window made, to know which windows hold a document. */
  noteResult(window: BrowserWindow, channel: ChannelName, ok: boolean): void;
  /** One of our windows, by its page. */
  fromContents(contents: WebContents): BrowserWindow | null;
  /** One of our windows, as a menu click reports it. */
  fromBase(window: MenuWindow): BrowserWindow | null;
  send<E extends EventName>(window: BrowserWindow, name: E, payload: EventPayload<E>): void;
  /** Closes the window for good: its page has dealt with unsaved work. */
  close(window: BrowserWindow): void;
  /** Brings the app forward (a second launch without files). */
  focusAny(): void;
  count(): number;
}

function bringForward(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.focus();
}

export function createAppWindows(options: AppWindowsOptions): AppWindows {
  const entries = new Map<BrowserWindow, Entry>();
  let lastFocused: BrowserWindow | null = null;
  /** The window the user is in: the last one focused, else the newest. */
  const current = (): BrowserWindow | null => lastFocused ?? [...entries.keys()].at(-1) ?? null;

  const send: AppWindows['send'] = (window, name, payload) => {
    if (!window.isDestroyed()) window.webContents.send(eventChannel(name), payload);
  };

  const close = (window: BrowserWindow): void => {
    const entry = entries.get(window);
    if (entry === undefined) return;
    entry.mayClose = true;
    window.close();
  };

  // A hung page cannot answer the close request: the user decides, rather than being stuck.
  const askToCloseUnresponsive = async (window: BrowserWindow): Promise<void> => {
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      title: `${PRODUCT_NAME} không phản hồi`,
      message: 'Cửa sổ này đang không phản hồi.',
      detail: 'Nếu đóng ngay, những gì gõ sau lần tự lưu cuối có thể bị mất; bản tự lưu sẽ được đề nghị khôi phục khi mở lại ứng dụng.',
      buttons: ['Chờ', 'Đóng cửa sổ'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (response === 1) close(window);
  };

  const track = (window: BrowserWindow, path: string | null): BrowserWindow => {
    const entry: Entry = { path, started: false, heldDocument: path !== null, mayClose: false, unresponsive: false };
    entries.set(window, entry);
    window.on('focus', () => {
      lastFocused = window;
    });
    window.on('unresponsive', () => {
      entry.unresponsive = true;
    });
    window.on('responsive', () => {
      entry.unresponsive = false;
    });
    window.on('close', (event) => {
      // A page that never started, or has crashed, has no unsaved work to settle.
      if (entry.mayClose || !entry.started || window.webContents.isCrashed()) {
        options.remember(window);
        return;
      }
      event.preventDefault();
      if (entry.unresponsive) void askToCloseUnresponsive(window);
      else send(window, 'window.closeRequested', {});
    });
    window.on('closed', () => {
      entries.delete(window);
      if (lastFocused === window) lastFocused = null;
    });
    return window;
  };

  const open = (path: string | null): BrowserWindow => {
    return track(options.create(current()), path);
  };

  return {
    open,
    openFromSystem(path) {
      options.chosen(path);
      const order = [...entries.keys()].sort((a, b) => Number(b === lastFocused) - Number(a === lastFocused));
      const target = order.find((window) => {
        const entry = entries.get(window);
        return entry !== undefined && !entry.heldDocument && entry.path === null;
      });
      const entry = target === undefined ? undefined : entries.get(target);
      if (target === undefined || entry === undefined) {
        bringForward(open(path));
        return;
      }
      entry.path = path;
      entry.heldDocument = true;
      // A page still starting gets the path from app.init instead.
      if (entry.started) send(target, 'app.openPath', { path });
      bringForward(target);
    },
    initialPath(window) {
      const entry = entries.get(window);
      if (entry === undefined) return null;
      entry.started = true;
      return entry.path;
    },
    noteResult(window, channel, ok) {
      const entry = entries.get(window);
      if (entry !== undefined && ok && OPENS_DOCUMENT.has(channel)) entry.heldDocument = true;
    },
    fromContents(contents) {
      for (const window of entries.keys()) if (!window.isDestroyed() && window.webContents === contents) return window;
      return null;
    },
    fromBase(base) {
      for (const window of entries.keys()) if (window === base) return window;
      return null;
    },
    send,
    close,
    focusAny() {
      const window = current();
      if (window === null) open(null);
      else bringForward(window);
    },
    count: () => entries.size,
  };
}
