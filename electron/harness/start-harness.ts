/**
 * Starts the harness in this process: services over conf stores in a data folder of its own (so a
 * restarted harness finds the autosaves a killed one left), a system Chromium for PDF, and the
 * HTTP server on 127.0.0.1 (loopback only), answering only the page given its secret.
 */
import Conf from 'conf';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openChromiumPrinter, type PrinterSession } from '../services/chromium-printer';
import { createDispatch } from '../services/dispatch';
import { createHandlers } from '../services/host-handlers';
import { createHostServices } from '../services/host-services';
import { openKeyValueStore, type KeyValueStore } from '../services/key-value-store';
import { isolatedReader } from '../isolation/isolated-reader';
import { createJobRunner, type JobLimits } from '../isolation/job-runner';
import { nodeJobProcess } from '../isolation/node-job-process';
import { createHarnessAccess, KEY_PARAM } from './harness-access';
import { createHarnessHost, type HarnessHost } from './harness-host';
import { harnessRequestListener } from './server';

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer/', import.meta.url));

export interface HarnessOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** Settings, recovery files and saved documents live under it. */
  readonly dataDir: string;
  readonly rendererDir?: string;
  readonly now?: () => Date;
  /** Serves the routes tests drive the app with (dialog answers, the window's state); off for a person's use. */
  readonly testMode?: boolean;
  /** The limits of the process that reads received files (tests lower them). */
  readonly readerLimits?: Partial<JobLimits>;
}

export interface RunningHarness {
  /** The address to open, with this start's secret: every request needs it (the page keeps it in a cookie). */
  readonly url: string;
  /** The server's root, without the secret. */
  readonly origin: string;
  /** The `Cookie` header value a client outside the page sends to be let in. */
  readonly cookie: string;
  readonly host: HarnessHost;
  readonly documentsDir: string;
  close(): Promise<void>;
}

function confStore(dir: string, name: string): { create: () => KeyValueStore; path: string } {
  const create = (): KeyValueStore => new Conf<Record<string, unknown>>({ cwd: dir, configName: name, clearInvalidConfig: false });
  return { create, path: join(dir, `${name}.json`) };
}

export async function startHarness(options: HarnessOptions): Promise<RunningHarness> {
  const documentsDir = join(options.dataDir, 'documents');
  mkdirSync(documentsDir, { recursive: true });
  const settings = confStore(options.dataDir, 'settings');
  const agencies = confStore(options.dataDir, 'agencies');
  let printer: Promise<PrinterSession> | null = null;
  const logError = (what: string, error: unknown): void => {
    process.stderr.write(`[harness] ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  };
  const jobs = createJobRunner({
    start: nodeJobProcess(),
    keepSpare: true,
    ...(options.readerLimits === undefined ? {} : { limits: options.readerLimits }),
    logError: (detail) => {
      logError('bộ đọc tệp', detail);
    },
  });
  const services = createHostServices({
    received: isolatedReader(jobs),
    settings: openKeyValueStore(settings.create, settings.path),
    agencies: openKeyValueStore(agencies.create, agencies.path),
    recoveryDir: join(options.dataDir, 'recovery'),
    printer: () => (printer ??= openChromiumPrinter()),
    instanceId: randomUUID(),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const host = createHarnessHost(documentsDir);
  const dispatch = createDispatch(createHandlers(services, host), { logError });
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const access = createHarnessAccess(port);
  server.on(
    'request',
    harnessRequestListener({
      rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR,
      dispatch,
      host,
      readable: (path) => services.exports.wrote(path),
      access,
      testMode: options.testMode === true,
    }),
  );
  const origin = `http://127.0.0.1:${String(port)}/`;
  return {
    url: `${origin}?${KEY_PARAM}=${access.secret}`,
    origin,
    cookie: access.cookie,
    host,
    documentsDir,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      jobs.close();
      if (printer !== null) await (await printer).close();
    },
  };
}
