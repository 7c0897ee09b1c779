/**
 * What every web page in the app may do: nothing beyond its own files. Navigation, redirects, new
 * windows and <webview> are refused; every permission (camera, notifications, clipboard read…) is
 * denied; a request is let through only to the app's own protocol and local data (or, for the
 * hidden printer window, the temporary file it prints). Applied to every webContents Electron
 * creates, the printer's included, through `web-contents-created`.
 */
import { app, type Session, type WebContents } from 'electron';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRINT_DIR_PREFIX } from '../pdf/electron-printer';
import { isAppUrl } from './app-protocol';

export interface SecurityOptions {
  /** Development builds may open DevTools, whose pages load from devtools://. */
  readonly devTools: boolean;
}

function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon < 0 ? '' : url.slice(0, colon + 1).toLowerCase();
}

/** Windows paths compare without regard to case (Chromium may spell the drive or folders otherwise). */
function pathKey(path: string): string {
  return process.platform === 'win32' ? path.toLowerCase() : path;
}

function isPrintFile(url: string): boolean {
  try {
    return pathKey(resolve(fileURLToPath(url))).startsWith(pathKey(PRINT_DIR_PREFIX));
  } catch {
    return false;
  }
}

export function isAllowedRequest(url: string, options: SecurityOptions): boolean {
  if (isAppUrl(url)) return true;
  switch (schemeOf(url)) {
    case 'data:':
    case 'blob:':
      return true;
    case 'file:':
      return isPrintFile(url);
    case 'devtools:':
      return options.devTools;
    default:
      return false;
  }
}

/** A frame inside the page (a preview) may show the app's own content, nothing from elsewhere. */
export function isAllowedSubframeUrl(url: string): boolean {
  return isAppUrl(url) || schemeOf(url) === 'blob:' || url === 'about:blank';
}

export function hardenWebContents(contents: WebContents): void {
  // The page is a single-page app: it never navigates, and a dropped file must not replace it.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedSubframeUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

const hardenedSessions = new WeakSet<Session>();

export function hardenSession(session: Session, options: SecurityOptions): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The app has its own Vietnamese spell checker; Chromium's would download dictionaries.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, options) });
  });
}

/** Call once the app is ready, before the first window. */
export function installSecurity(defaultSession: Session, options: SecurityOptions): void {
  hardenSession(defaultSession, options);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
    hardenSession(contents.session, options);
  });
}
