/**
 * Who may talk to the harness. It serves the app's real services (files, exports) to a browser, so
 * only the page it printed the address of may call it: every request carries the secret made at
 * start (in the printed URL's `key`, then in a cookie the first answer sets), names this server as
 * its Host (a page on another name that resolves to 127.0.0.1, as in DNS rebinding, does not), and,
 * when the browser says where it comes from, comes from this server's own origin.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface HarnessAccess {
  /** The secret of this start, as it goes in the printed URL's `key`. */
  readonly secret: string;
  /** `name=value` of the cookie the page keeps the secret in (a client outside a browser sends it too). */
  readonly cookie: string;
  /** The Set-Cookie header that gives the page its cookie. */
  readonly setCookie: string;
  /** Null when the request may be served, otherwise why not (a short Vietnamese message). */
  refusal(req: IncomingMessage, url: URL): string | null;
  /** The request proved itself by the `key` in its URL rather than by its cookie. */
  byUrlKey(url: URL): boolean;
}

export const KEY_PARAM = 'key';

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function createHarnessAccess(port: number, secret: string = randomBytes(24).toString('base64url')): HarnessAccess {
  // Cookies are kept per host, not per port: two harnesses on one machine need two names.
  const name = `kehoach-harness-${String(port)}`;
  const hosts = new Set([`127.0.0.1:${String(port)}`, `localhost:${String(port)}`]);
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  const byUrlKey = (url: URL): boolean => sameSecret(url.searchParams.get(KEY_PARAM) ?? '', secret);
  return {
    secret,
    cookie: `${name}=${secret}`,
    setCookie: `${name}=${secret}; Path=/; HttpOnly; SameSite=Strict`,
    byUrlKey,
    refusal(req, url) {
      if (!hosts.has(req.headers.host ?? '')) return 'Địa chỉ máy chủ không đúng.';
      const origin = req.headers.origin;
      if (origin !== undefined && !origins.has(origin)) return 'Yêu cầu đến từ trang khác.';
      if (req.headers['sec-fetch-site'] === 'cross-site') return 'Yêu cầu đến từ trang khác.';
      const fromCookie = cookieValue(req.headers.cookie, name);
      if (fromCookie !== null && sameSecret(fromCookie, secret)) return null;
      return byUrlKey(url) ? null : 'Thiếu mã truy cập: hãy mở đúng địa chỉ máy chủ thử nghiệm đã in ra.';
    },
  };
}
