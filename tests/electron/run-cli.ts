/** Runs the `kehoach` CLI in-process with captured output and real services, any of them replaceable. */
import { main, type CliIo } from '../../electron/cli';
import { createAgencyDirectoryStore } from '../../electron/services/agency-directory';
import { openChromiumPrinter } from '../../electron/services/chromium-printer';
import { inProcessReader } from '../../electron/services/received-files';
import { createTemplateStore } from '../../electron/services/template-store';

export const CLI_NOW = new Date('2026-05-04T08:00:00Z');

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCli(argv: readonly string[], overrides: Partial<CliIo> = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    now: () => CLI_NOW,
    templates: createTemplateStore(),
    agencies: createAgencyDirectoryStore({ userPath: null }),
    openPrinter: () => openChromiumPrinter(),
    // In this process, so that the command tests stay quick; the isolation process is tested in
    // tests/electron/isolation and through the built command line (build-electron.test.ts).
    received: inProcessReader,
    ...overrides,
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
