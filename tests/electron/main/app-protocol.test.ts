/**
 * The app:// protocol serves the built renderer and nothing else: every response has the CSP,
 * and no spelling of a path (dot segments, encoded slashes or backslashes, NUL) leaves the folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc';
import { protocol } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { APP_ENTRY_URL, createAppProtocolHandler, isAppUrl, registerAppScheme, serveAppProtocol } =
  await import('../../../electron/main/app-protocol');

let rendererDir = '';
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-protocol-'));
  rendererDir = join(root, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Kế hoạch Studio</title>');
  writeFileSync(join(rendererDir, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(root, 'out', 'secret.txt'), 'bí mật');
  writeFileSync(join(root, 'secret.txt'), 'bí mật');
  serve = createAppProtocolHandler(rendererDir);
});

const get = (url: string, method = 'GET'): Promise<Response> => serve(new Request(url, { method }));

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme before ready, and serves it from the renderer folder', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    serveAppProtocol(rendererDir);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves the page and its assets with the CSP as a header', async () => {
    for (const url of [APP_ENTRY_URL, 'app://kehoach/']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Kế hoạch Studio');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    const script = await get('app://kehoach/assets/index.js?v=1');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses every path that would leave the renderer folder', async () => {
    const escapes = [
      'app://kehoach/../secret.txt',
      'app://kehoach/%2e%2e/secret.txt',
      'app://kehoach/..%2fsecret.txt',
      'app://kehoach/assets/..%2f..%2fsecret.txt',
      'app://kehoach/..%2f..%2f..%2fsecret.txt',
      'app://kehoach/..%5c..%5csecret.txt',
      'app://kehoach/%2fetc%2fpasswd',
      'app://kehoach/index.html%00.js',
      'app://kehoach/%E0%A4%A',
    ];
    for (const url of escapes) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('bí mật');
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers nothing for another host or a write', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://kehoach/missing.js')).status).toBe(404);
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('recognizes only app://kehoach URLs as the app', () => {
    expect(isAppUrl('app://kehoach/index.html')).toBe(true);
    expect(isAppUrl('app://kehoach.evil/index.html')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://kehoach/index.html')).toBe(false);
    expect(isAppUrl('file:///app/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('không phải URL')).toBe(false);
  });
});
