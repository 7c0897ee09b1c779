/**
 * The renderer's origin, app://kehoach: a standard, secure scheme (so the page has an origin of its
 * own for ES modules and `'self'` in the CSP) served only from the built renderer folder. Every
 * response carries the app's CSP; a path that would leave the folder is answered with a 404.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { contentType, resolveInside, securityHeaders } from '../harness/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kehoach';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** Must run before the app is ready: Chromium fixes scheme privileges at start. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() } });
}

export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Không được phép.');
    const file = isAppUrl(request.url) ? resolveInside(rendererDir, new URL(request.url).pathname) : null;
    const body = file === null ? null : await readFile(file).catch(() => null);
    if (file === null || body === null) return plain(404, 'Không tìm thấy.');
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { 'Content-Type': contentType(file), 'Cache-Control': 'no-store', ...securityHeaders() },
    });
  };
}

export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
