/**
 * The harness's HTTP host: the renderer's files only, the API only from the page's own origin,
 * and the same handlers as the app.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
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
    harness = await startHarness({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'harness-')), rendererDir: root });
  });
  afterAll(async () => {
    await harness.close();
  });

  const api = (channel: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(new URL(`api/${channel}`, harness.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('serves the renderer with the app CSP', async () => {
    const response = await fetch(harness.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>x</title>');
    expect((await fetch(new URL('assets/a.js', harness.url))).headers.get('content-type')).toMatch(/javascript/u);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fetc%2fpasswd', '/%00']) {
      const response = await fetch(`${harness.url.replace(/\/$/u, '')}${path}`);
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
    const form = await fetch(new URL('api/templates.list', harness.url), {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(403);
    expect((await fetch(new URL('api/templates.list', harness.url))).status).toBe(403);
  });

  it('answers save dialogs from the queue, then with a free name in its documents folder', async () => {
    await fetch(new URL('__harness/dialog', harness.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(['/tmp/chosen.kehoach', null]),
    });
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

  it('downloads only files the app was allowed to write', async () => {
    const response = await fetch(new URL(`__harness/download?path=${encodeURIComponent('/etc/passwd')}`, harness.url));
    expect(response.status).toBe(404);
  });
});
