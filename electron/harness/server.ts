/**
 * The test harness: serves the real renderer on 127.0.0.1 and answers its API calls over HTTP
 * (`POST /api/<channel>`) with the same handler table Electron's main process registers, so
 * end-to-end tests in any Chromium exercise the app's real services. Every request must prove it
 * comes from the page the harness printed the address of (`harness-access.ts`). `/__harness/download`
 * hands the browser what the app exported; in test mode only, a few more `/__harness/` routes let
 * a test answer dialogs and read the window's state.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Dispatch } from '../services/dispatch';
import { KEY_PARAM, type HarnessAccess } from './harness-access';
import type { HarnessHost } from './harness-host';
import { securityHeaders, serveStatic } from './static-files';

/** Plans are a few megabytes at most; the largest request is a plan sent for saving. */
const MAX_BODY_BYTES = 80 * 1024 * 1024;

export interface HarnessServerOptions {
  readonly rendererDir: string;
  readonly dispatch: Dispatch<null>;
  readonly host: HarnessHost;
  /** Paths the page may download back (exports it wrote). */
  readonly readable: (path: string) => boolean;
  readonly access: HarnessAccess;
  /** Serves the routes a test drives the app with (dialog answers, the window's state). */
  readonly testMode: boolean;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new RangeError('Yêu cầu quá lớn.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...securityHeaders() });
  res.end(JSON.stringify(value));
}

function forbidden(res: ServerResponse, message: string): void {
  sendJson(res, 403, { ok: false, error: { code: 'forbidden', message } });
}

/** A JSON POST: what a page's fetch sends, and what a plain cross-site form cannot. */
function isJsonPost(req: IncomingMessage): boolean {
  return req.method === 'POST' && req.headers['content-type']?.startsWith('application/json') === true;
}

/** The JSON body, or null after answering 400 (not JSON, or too large). */
async function readJson(req: IncomingMessage, res: ServerResponse): Promise<{ value: unknown } | null> {
  try {
    return { value: JSON.parse(await readBody(req)) };
  } catch (error) {
    sendJson(res, 400, {
      ok: false,
      error: { code: 'invalid-input', message: error instanceof RangeError ? error.message : 'Dữ liệu gửi lên không phải JSON.' },
    });
    return null;
  }
}

async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string, options: HarnessServerOptions): Promise<void> {
  if (!isJsonPost(req)) {
    forbidden(res, 'Yêu cầu bị từ chối.');
    return;
  }
  const input = await readJson(req, res);
  if (input !== null) sendJson(res, 200, await options.dispatch(channel, input.value, null));
}

async function handleHarness(req: IncomingMessage, res: ServerResponse, url: URL, options: HarnessServerOptions): Promise<void> {
  const route = url.pathname.slice('/__harness/'.length);
  if (route === 'dialog' && options.testMode && isJsonPost(req)) {
    const body = await readJson(req, res);
    if (body === null) return;
    const answers = body.value;
    if (!Array.isArray(answers) || !answers.every((a) => a === null || typeof a === 'string')) {
      sendJson(res, 400, { error: 'Cần một mảng đường dẫn hoặc null.' });
      return;
    }
    options.host.queueDialogAnswers(answers as (string | null)[]);
    sendJson(res, 200, { queued: answers.length });
    return;
  }
  if (route === 'events' && req.method === 'GET') {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', ...securityHeaders() });
    res.write(': kết nối\n\n');
    options.host.addEventStream(res);
    return;
  }
  if (route === 'window' && options.testMode && req.method === 'GET') {
    sendJson(res, 200, options.host.windowState);
    return;
  }
  if (route === 'download' && req.method === 'GET') {
    const path = url.searchParams.get('path') ?? '';
    const body = options.readable(path) ? await readFile(path).catch(() => null) : null;
    if (body === null) {
      sendJson(res, 404, { error: 'Không có tệp này.' });
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(basename(path))}`,
      ...securityHeaders(),
    });
    res.end(body);
    return;
  }
  sendJson(res, 404, { error: 'Không có đường dẫn này.' });
}

/** The page's address without its key, once the key is in a cookie: it stays out of the history. */
function withoutKey(url: URL): string {
  const clean = new URL(url);
  clean.searchParams.delete(KEY_PARAM);
  return `${clean.pathname}${clean.search}`;
}

/** What the harness answers each request with; attached once the server listens (the port is in the secret's cookie). */
export function harnessRequestListener(options: HarnessServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { access } = options;
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refusal = access.refusal(req, url);
    if (refusal !== null) {
      forbidden(res, refusal);
      return;
    }
    if (req.method === 'GET' && access.byUrlKey(url) && !url.pathname.startsWith('/api/')) {
      res.writeHead(303, { Location: withoutKey(url), 'Set-Cookie': access.setCookie, 'Cache-Control': 'no-store', ...securityHeaders() });
      res.end();
      return;
    }
    const work = url.pathname.startsWith('/api/')
      ? handleApi(req, res, decodeURIComponent(url.pathname.slice('/api/'.length)), options)
      : url.pathname.startsWith('/__harness/')
        ? handleHarness(req, res, url, options)
        : serveStatic(options.rendererDir, url.pathname, res);
    work.catch((error: unknown) => {
      process.stderr.write(`[harness] ${url.pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Lỗi không mong đợi ở máy chủ thử nghiệm.' } });
      else res.end();
    });
  };
}
