/**
 * The rules every page lives under: no navigation, no new windows, no permissions, no request
 * beyond the app's own protocol and local data, applied to each webContents as Electron creates
 * it (the PDF printer's hidden window included).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, defaultSession, fakeEvent, FakeBrowserWindow, FakeSession, FakeWebContents, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { hardenSession, hardenWebContents, installSecurity, isAllowedRequest } = await import('../../../electron/main/security');
const { createElectronPrinter, PRINT_DIR_PREFIX } = await import('../../../electron/pdf/electron-printer');

const release = { devTools: false };

function asContents(contents: FakeWebContents): WebContents {
  return contents as unknown as WebContents;
}

function asSession(session: FakeSession): Session {
  return session as unknown as Session;
}

/** Whether the session's request filter lets `url` through. */
function passes(session: FakeSession, url: string): boolean {
  let cancelled: boolean | undefined;
  session.beforeRequest?.({ url }, (response) => {
    cancelled = response.cancel;
  });
  if (cancelled === undefined) throw new Error('the request filter did not answer');
  return !cancelled;
}

beforeEach(() => {
  resetFakeElectron();
  app.removeAllListeners('web-contents-created');
});

describe('requests', () => {
  it('lets through only the app’s protocol and local data', () => {
    for (const url of [
      'app://kehoach/index.html',
      'app://kehoach/assets/index-abc.js',
      'data:image/png;base64,AAAA',
      'blob:app://kehoach/4f0c',
    ]) {
      expect(isAllowedRequest(url, release), url).toBe(true);
    }
    for (const url of [
      'https://example.com/font.woff2',
      'http://127.0.0.1:5199/api/app.init',
      'wss://example.com/',
      'ftp://example.com/x',
      'app://other/index.html',
      'file:///etc/passwd',
      'file:///C:/Windows/win.ini',
      'devtools://devtools/bundled/inspector.html',
      'chrome://gpu',
      'không phải URL',
    ]) {
      expect(isAllowedRequest(url, release), url).toBe(false);
    }
  });

  it('lets the printer load its own temporary file, nothing beside it', () => {
    expect(isAllowedRequest(pathToFileURL(join(`${PRINT_DIR_PREFIX}a1b2c3`, 'ke-hoach.html')).href, release)).toBe(true);
    expect(isAllowedRequest(pathToFileURL(join(`${PRINT_DIR_PREFIX}a1b2c3`, '..', 'other', 'x.html')).href, release)).toBe(false);
    expect(isAllowedRequest('file://server/share/ke-hoach.html', release)).toBe(false);
  });

  it('opens DevTools pages only in development', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { devTools: true })).toBe(true);
  });
});

describe('a page', () => {
  it('cannot navigate, be redirected, open windows or attach a webview', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asContents(contents));
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = fakeEvent({ url: 'https://example.com/' });
      contents.emit(name, event, 'https://example.com/');
      expect(event.defaultPrevented, name).toBe(true);
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://kehoach/index.html' })).toEqual({ action: 'deny' });
  });

  it('lets a frame inside the page show only the app’s own content', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asContents(contents));
    const frameTo = (url: string): boolean => {
      const event = fakeEvent({ url, isMainFrame: false });
      contents.emit('will-frame-navigate', event);
      return !event.defaultPrevented;
    };
    expect(frameTo('https://example.com/')).toBe(false);
    expect(frameTo('file:///etc/passwd')).toBe(false);
    expect(frameTo('blob:app://kehoach/4f0c')).toBe(true);
    expect(frameTo('about:blank')).toBe(true);
  });
});

describe('a session', () => {
  it('denies every permission, requested or checked, and every device', () => {
    const session = new FakeSession();
    hardenSession(asSession(session), release);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const granted = vi.fn();
      session.permissionRequest?.(null, permission, granted);
      expect(granted, permission).toHaveBeenCalledWith(false);
    }
    expect(session.permissionCheck?.(null, 'clipboard-read', 'app://kehoach')).toBe(false);
    expect(session.devicePermission?.({ deviceType: 'usb' })).toBe(false);
    expect(session.spellChecker).toBe(false);
    expect(passes(session, 'https://example.com/')).toBe(false);
    expect(passes(session, 'app://kehoach/index.html')).toBe(true);
  });

  it('is hardened once however many pages share it', () => {
    const session = new FakeSession();
    const filter = vi.spyOn(session.webRequest, 'onBeforeRequest');
    hardenSession(asSession(session), release);
    hardenSession(asSession(session), release);
    expect(filter).toHaveBeenCalledTimes(1);
  });
});

describe('installSecurity', () => {
  it('hardens the default session and every page created afterwards, the printer’s hidden window included', async () => {
    installSecurity(asSession(defaultSession), release);
    expect(passes(defaultSession, 'https://example.com/')).toBe(false);

    const otherSession = new FakeSession();
    const page = new FakeWebContents();
    page.session = otherSession;
    app.emit('web-contents-created', fakeEvent(), page);
    expect(page.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(passes(otherSession, 'https://example.com/')).toBe(false);

    await createElectronPrinter().print('<!doctype html><p>Kế hoạch</p>');
    const printer = FakeBrowserWindow.created.at(-1);
    expect(printer?.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const navigation = fakeEvent();
    printer?.webContents.emit('will-navigate', navigation, 'https://example.com/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(printer?.loaded[0]?.startsWith(PRINT_DIR_PREFIX)).toBe(true);
    expect(passes(defaultSession, pathToFileURL(printer?.loaded[0] ?? '').href)).toBe(true);
  });
});
