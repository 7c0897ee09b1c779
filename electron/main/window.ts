/**
 * The app's windows: the only place their webPreferences are set, and where a window's size and
 * place are restored (onto a display that is still there) and remembered.
 */
import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type Rectangle } from 'electron';
import type { SettingsService, WindowState } from '../services/settings';
import { APP_ENTRY_URL } from './app-protocol';
import { PRODUCT_NAME } from './product';

const DEFAULT_SIZE = { width: 1280, height: 860 };
// Within the saved-state schema's bounds, so a remembered size always reads back.
const MIN_SIZE = { width: 800, height: 560 };
/** How far a second window sits from the one it was opened beside. */
const CASCADE = 32;

export interface Placement {
  readonly bounds: Rectangle;
  readonly maximized: boolean;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * The saved place, moved and shrunk as needed to lie wholly on the display it overlaps most; a
 * window whose display is gone (a detached monitor) goes to the centre of the primary display.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[], primary: Rectangle): Placement {
  const wanted = saved ?? { ...DEFAULT_SIZE, x: 0, y: 0, maximized: false };
  let area = primary;
  let best = 0;
  if (saved !== null) {
    for (const candidate of workAreas) {
      const shared = overlap(saved, candidate);
      if (shared > best) [area, best] = [candidate, shared];
    }
  }
  const width = Math.min(wanted.width, area.width);
  const height = Math.min(wanted.height, area.height);
  const bounds =
    best > 0
      ? {
          x: clamp(wanted.x, area.x, area.x + area.width - width),
          y: clamp(wanted.y, area.y, area.y + area.height - height),
          width,
          height,
        }
      : { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
  return { bounds, maximized: wanted.maximized };
}

/** Size, place and frame of a window; its webPreferences are written at the one call site below. */
function windowFrame(placement: Placement): BrowserWindowConstructorOptions {
  return {
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: PRODUCT_NAME,
    show: false,
    backgroundColor: '#ffffff',
  };
}

/** What to remember of a window: its size and place when not maximized, and whether it was. */
export function windowState(window: BrowserWindow): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.max(MIN_SIZE.width, Math.round(width)),
    height: Math.max(MIN_SIZE.height, Math.round(height)),
    maximized: window.isMaximized(),
  };
}

export interface WindowFactoryOptions {
  readonly settings: SettingsService;
  readonly preloadPath: string;
  readonly devTools: boolean;
}

/**
 * A new window showing the app. The first takes the remembered place; one opened beside another
 * is offset from it so both stay visible.
 */
export function createAppWindow(options: WindowFactoryOptions, beside: BrowserWindow | null): BrowserWindow {
  const saved = beside === null ? options.settings.windowState() : { ...windowState(beside), maximized: false };
  const from = beside === null || saved === null ? saved : { ...saved, x: saved.x + CASCADE, y: saved.y + CASCADE };
  const placement = placeWindow(
    from,
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  // The webPreferences are a literal here, so a reader and a security scanner see them at once.
  const window = new BrowserWindow({
    ...windowFrame(placement),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click must not open a link as a new window (navigation is denied anyway).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      safeDialogs: true,
      devTools: options.devTools,
    },
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    process.stderr.write(`[kehoach] không tải được giao diện: ${String(error)}\n`);
  });
  return window;
}

/** Saved when a window really closes; a failure to save must never keep it open. */
export function rememberWindow(window: BrowserWindow, settings: SettingsService): void {
  try {
    settings.setWindowState(windowState(window));
  } catch {
    // A settings file that cannot be written costs only the window's place next time.
  }
}
