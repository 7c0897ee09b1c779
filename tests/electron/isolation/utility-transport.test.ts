/**
 * The app's isolation process without Electron's binary: Electron's `utilityProcess` is faked as
 * Chromium's message ports behave (asynchronous, structured clones, events whose `data` is the
 * message on the child's side), and its child runs the real jobs through serveJobs, the module the
 * command line's and the harness's Node child run. Only the transport is fake, never a reader: what
 * crosses must be what the in-process reader gives, refusals included.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { JOBS } from '../../../electron/isolation/jobs';
import { MEMORY_ARG } from '../../../electron/isolation/job-protocol';
import { parentPortChannel, serveJobs, type ParentPort } from '../../../electron/isolation/serve-jobs';
import { inProcessReader } from '../../../electron/services/received-files';
import { UserError } from '../../../electron/services/user-error';

/** Electron's UtilityProcess seen from main, linked to the parent port of a child served in this process. */
class FakeUtilityProcess extends EventEmitter {
  readonly stderr = new PassThrough();
  exited = false;
  readonly port: FakeParentPort;

  constructor() {
    super();
    this.port = new FakeParentPort(this);
  }

  postMessage(message: unknown): void {
    const copy = structuredClone(message);
    setImmediate(() => {
      if (!this.exited) this.port.emit('message', { data: copy });
    });
  }

  kill(): boolean {
    if (this.exited) return false;
    this.exited = true;
    this.stderr.end();
    setImmediate(() => this.emit('exit', 0));
    return true;
  }
}

/** `process.parentPort` in the child: what it posts reaches main as the message itself. */
class FakeParentPort extends EventEmitter implements ParentPort {
  constructor(private readonly main: FakeUtilityProcess) {
    super();
  }

  postMessage(message: unknown): void {
    const copy = structuredClone(message);
    setImmediate(() => {
      if (!this.main.exited) this.main.emit('message', copy);
    });
  }
}

const forks: { entry: string; args: readonly string[]; options: { serviceName?: string; execArgv?: string[] } }[] = [];

vi.mock('electron', () => ({
  utilityProcess: {
    fork: (entry: string, args: string[], options: { serviceName?: string; execArgv?: string[] }) => {
      forks.push({ entry, args, options });
      const child = new FakeUtilityProcess();
      // What out/main/job-main.js does in the utility process, with the port Electron would give it.
      serveJobs(JOBS, parentPortChannel(child.port));
      return child;
    },
  },
}));

const { utilityReader } = await import('../../../electron/main/utility-job-process');

const BLIND_DOCX = readFileSync(new URL('../../fixtures/blind/dang-uy-xa-chuyen-doi-so.docx', import.meta.url));
const SEED_TEXT = readFileSync(new URL('../../fixtures/blind/dang-uy-xa-chuyen-doi-so.layout.txt', import.meta.url), 'utf8');

describe("the app's utility process, its transport faked and its readers real", () => {
  beforeEach(() => {
    forks.length = 0;
  });

  it('imports a DOCX made by another tool as the in-process reader does, in a process started with its memory limit', async () => {
    const reader = utilityReader('/app/out/main/job-main.js', { keepSpare: false });
    const isolated = await reader.importFile('ke-hoach.docx', new Uint8Array(BLIND_DOCX));
    const direct = await inProcessReader.importFile('ke-hoach.docx', new Uint8Array(BLIND_DOCX));
    expect(isolated).toEqual(direct);
    expect(isolated.plan.sections.length).toBeGreaterThan(0);
    expect(forks).toHaveLength(1);
    expect(forks[0]?.entry).toBe('/app/out/main/job-main.js');
    expect(forks[0]?.args.some((arg) => arg.startsWith(MEMORY_ARG))).toBe(true);
    expect(forks[0]?.options.execArgv?.some((arg) => arg.startsWith('--max-old-space-size='))).toBe(true);
  });

  it('reads pasted text as the in-process reader does', async () => {
    const reader = utilityReader('/app/out/main/job-main.js', { keepSpare: false });
    expect(await reader.importText(SEED_TEXT)).toEqual(await inProcessReader.importText(SEED_TEXT));
  });

  it('brings a refusal back as the Vietnamese message the reader wrote', async () => {
    const reader = utilityReader('/app/out/main/job-main.js', { keepSpare: false });
    const garbage = new Uint8Array(4096).fill(0x37);
    const direct = await inProcessReader.importFile('hong.docx', garbage).catch((error: unknown) => error);
    expect(direct).toBeInstanceOf(UserError);
    const isolated = await reader.importFile('hong.docx', garbage).catch((error: unknown) => error);
    expect(isolated).toBeInstanceOf(UserError);
    expect((isolated as Error).message).toBe((direct as Error).message);
  });
});
