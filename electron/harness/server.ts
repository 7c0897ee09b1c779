/**
 * The test harness: serves the real renderer on 127.0.0.1 and answers its API calls over HTTP
 * (`POST /api/<channel>`) with the same handler table Electron's main process registers, so
 * end-to-end tests in any Chromium exercise the app's real services. A few `/__harness/` routes
 * let a test answer dialogs and fetch what the app wrote.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Dispatch } from '../services/dispatch';
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

/** Only the page itself may call the API: a request from another origin is refused. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host ?? ''}`;
}

async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string, options: HarnessServerOptions): Promise<void> {
  if (req.method !== 'POST' || !sameOrigin(req) || req.headers['content-type']?.startsWith('application/json') !== true) {
    sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'Yêu cầu bị từ chối.' } });
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(await readBody(req));
  } catch (error) {
    sendJson(res, 400, {
      ok: false,
      error: { code: 'invalid-input', message: error instanceof RangeError ? error.message : 'Dữ liệu gửi lên không phải JSON.' },
    });
    return;
  }
  sendJson(res, 200, await options.dispatch(channel, input, null));
}

async function handleHarness(req: IncomingMessage, res: ServerResponse, url: URL, options: HarnessServerOptions): Promise<void> {
  const route = url.pathname.slice('/__harness/'.length);
  if (route === 'dialog' && req.method === 'POST') {
    const answers = JSON.parse(await readBody(req)) as unknown;
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
  if (route === 'window' && req.method === 'GET') {
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

export function createHarnessServer(options: HarnessServerOptions): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const work = url.pathname.startsWith('/api/')
      ? handleApi(req, res, decodeURIComponent(url.pathname.slice('/api/'.length)), options)
      : url.pathname.startsWith('/__harness/')
        ? handleHarness(req, res, url, options)
        : serveStatic(options.rendererDir, url.pathname, res);
    work.catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(error) } });
      else res.end();
    });
  });
}
