/**
 * The harness's HTTP host: the renderer's files only, every request only from the page given this
 * start's secret, on this server's own name and origin, and the same handlers as the app; the
 * routes tests drive it with only in test mode.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type RunningHarness } from '../../../electron/harness/start-harness';
import { resolveInside } from '../../../electron/harness/static-files';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc';

describe('harness server', () => {
  let harness: RunningHarness;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'renderer-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'assets', 'a.js'), 'export {}');
    harness = await startHarness({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'harness-')), rendererDir: root, testMode: true });
  });
  afterAll(async () => {
    await harness.close();
  });

  /** A request as the page makes it: the cookie the first answer set travels with it. */
  const get = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(new URL(path, harness.origin), { headers: { Cookie: harness.cookie, ...headers }, redirect: 'manual' });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(new URL(path, harness.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: harness.cookie, ...headers },
      body: JSON.stringify(body),
    });
  const api = (channel: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    post(`api/${channel}`, body, headers);

  it('serves the renderer with the app CSP', async () => {
    const response = await get('');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>x</title>');
    expect((await get('assets/a.js')).headers.get('content-type')).toMatch(/javascript/u);
  });

  it('lets in the printed address once, then keeps its secret in a cookie and out of the address bar', async () => {
    const first = await fetch(harness.url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/u);
    expect(cookie).toMatch(/SameSite=Strict/u);
    const page = await fetch(harness.origin, { headers: { Cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
  });

  it('refuses every request without this start’s secret, whatever it asks for', async () => {
    for (const path of ['', 'assets/a.js', `__harness/download?path=${encodeURIComponent('/etc/passwd')}`, '__harness/window']) {
      expect((await fetch(new URL(path, harness.origin))).status).toBe(403);
    }
    const wrong = harness.cookie.replace(/=.*/u, '=not-the-secret');
    expect(
      (
        await fetch(new URL('api/templates.list', harness.origin), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Cookie: wrong },
          body: '{}',
        })
      ).status,
    ).toBe(403);
    expect((await fetch(`${harness.origin}?key=guess`)).status).toBe(403);
    // The dialog queue a cross-site form could fill to redirect the next export.
    const form = await fetch(new URL('__harness/dialog', harness.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '["/home/u/.bashrc"]',
    });
    expect(form.status).toBe(403);
  });

  it('refuses a page on another name that resolves here (DNS rebinding), even with the secret', async () => {
    const port = new URL(harness.origin).port;
    // fetch sets Host itself; node:http sends the one a rebound browser would.
    const withHost = (host: string, method = 'GET'): Promise<number> =>
      new Promise((resolve, reject) => {
        const req = request(
          new URL('api/templates.list', harness.origin),
          { method, headers: { Host: host, Cookie: harness.cookie, 'Content-Type': 'application/json' } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
    expect(await withHost(`attacker.example:${port}`, 'POST')).toBe(403);
    expect(await withHost(`127.0.0.1:${port}`, 'POST')).toBe(200);
    expect(await withHost(`127.0.0.1`, 'POST')).toBe(403);
    const rebound = await api('templates.list', {}, { Origin: `http://attacker.example:${port}` });
    expect(rebound.status).toBe(403);
    expect((await api('templates.list', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await api('templates.list', {}, { Origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fetc%2fpasswd', '/%00']) {
      const response = await fetch(`${harness.origin.replace(/\/$/u, '')}${path}`, { headers: { Cookie: harness.cookie } });
      expect(response.status).toBe(404);
    }
    // A rooted path normalizes inside the folder; bad encodings and NUL are refused outright.
    expect(resolveInside('/srv/app', '/../etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveInside('/srv/app', '/%2e%2e%2fsecret')).toBe('/srv/app/secret');
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(resolveInside('/srv/app', '/a%00.html')).toBeNull();
  });

  it('answers API calls with the contract and the real services', async () => {
    const response = await api('templates.list', {});
    const body = (await response.json()) as { ok: boolean; value: { id: string }[] };
    expect(body.ok).toBe(true);
    expect(body.value.map((t) => t.id)).toContain('nha-nuoc-ke-hoach-hanh-dong-ubnd');
    expect(await (await api('fs.read', {})).json()).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await (await api('documents.open', { path: 'x' })).json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses calls from another origin or without JSON', async () => {
    expect((await api('templates.list', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    const form = await fetch(new URL('api/templates.list', harness.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Cookie: harness.cookie },
      body: '{}',
    });
    expect(form.status).toBe(403);
    expect((await get('api/templates.list')).status).toBe(403);
  });

  it('answers save dialogs from the queue, then with a free name in its documents folder', async () => {
    await post('__harness/dialog', ['/tmp/chosen.kehoach', null]);
    const first = (await (await api('dialog.saveFile', { kind: 'plan', defaultName: 'Kế hoạch 1' })).json()) as {
      value: { path: string } | null;
    };
    expect(first.value).toEqual({ path: '/tmp/chosen.kehoach' });
    const second = (await (await api('dialog.saveFile', { kind: 'plan', defaultName: 'Kế hoạch 1' })).json()) as { value: unknown };
    expect(second.value).toBeNull();
    const third = (await (await api('dialog.saveFile', { kind: 'docx', defaultName: 'Kế hoạch: 1/2' })).json()) as {
      value: { path: string };
    };
    expect(third.value.path).toBe(join(harness.documentsDir, 'Kế hoạch  1 2.docx'));
  });

  it('grants no path a dialog answered with the wrong extension', async () => {
    await post('__harness/dialog', ['/etc/passwd']);
    const answer = (await (await api('dialog.saveFile', { kind: 'plan', defaultName: 'x' })).json()) as { ok: boolean };
    expect(answer.ok).toBe(false);
  });

  it('downloads only files the app exported, not every path a dialog granted', async () => {
    expect((await get(`__harness/download?path=${encodeURIComponent('/etc/passwd')}`)).status).toBe(404);
    await post('__harness/dialog', ['/tmp/granted-only.kehoach']);
    await api('dialog.saveFile', { kind: 'plan', defaultName: 'x' });
    expect((await get(`__harness/download?path=${encodeURIComponent('/tmp/granted-only.kehoach')}`)).status).toBe(404);
  });

  it('serves the routes that drive dialogs only in test mode', async () => {
    const plain = await startHarness({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'harness-')), rendererDir: root });
    try {
      const headers = { 'Content-Type': 'application/json', Cookie: plain.cookie };
      const queued = await fetch(new URL('__harness/dialog', plain.origin), { method: 'POST', headers, body: '["/tmp/x.kehoach"]' });
      expect(queued.status).toBe(404);
      expect((await fetch(new URL('__harness/window', plain.origin), { headers })).status).toBe(404);
      expect((await fetch(new URL('api/templates.list', plain.origin), { method: 'POST', headers, body: '{}' })).status).toBe(200);
    } finally {
      await plain.close();
    }
  });
});
