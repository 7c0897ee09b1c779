/**
 * The crash harness: a child process saves versions of a document in a loop and is killed with
 * SIGKILL after a random delay, again and again; after every kill the folder is inspected. The
 * document must be exactly the last version whose save returned or the one being saved, every
 * companion must be readable, and temps left by a killed save must be gone once a later save has
 * run. Two spare children start while the current one runs, so 500 kills take tens of seconds.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { bundleEntry, importPath } from '../support/bundle';
import { seededRandom } from '../support/random';
import type { CrashSubject, DiskState } from './subject';

/** Where a kill landed, read from what the child had announced and what is on disk. */
export type Landing =
  | 'before the save began'
  | 'before its first temp file'
  | 'with a temp file on disk, before the rename'
  | 'after the rename, before the save returned'
  | 'between two saves';

export interface CrashReport {
  readonly subject: string;
  readonly seed: number;
  readonly kills: number;
  readonly landings: Readonly<Record<Landing, number>>;
  /** Kills after which a temp was left, by what it was being written for ('document', 'backup'). */
  readonly tempsLeft: Readonly<Record<string, number>>;
  /** Kills after which the document was the previous version / the version being saved. */
  readonly oldComplete: number;
  readonly newComplete: number;
  readonly savesCompleted: number;
  readonly medianSaveMs: number;
  readonly maxDelayMs: number;
  readonly durationMs: number;
  /** Every broken promise, with the kill it was found after; empty when the writer held. */
  readonly problems: readonly string[];
}

export interface CrashOptions {
  readonly kills: number;
  readonly seed: number;
  /** The folder the document lives in (created empty by the caller). */
  readonly folder: string;
  /** Where `setup` may write its inputs. */
  readonly workDir: string;
  /**
   * Whether the kills so far landed where they prove something (before and after the rename, with
   * a temp on disk); while they have not, the campaign goes on past `kills`, up to `maxKills`. A
   * small sample on a loaded machine may otherwise land every kill before the rename.
   */
  readonly enough?: (landed: Pick<CrashReport, 'oldComplete' | 'newComplete' | 'tempsLeft'>) => boolean;
  readonly maxKills?: number;
}

interface Child {
  readonly process: ChildProcessWithoutNullStreams;
  readonly ready: Promise<void>;
  /** Resolves with the signal that ended the child (null when it exited by itself). */
  readonly closed: Promise<NodeJS.Signals | null>;
  /** [line, time] in arrival order. */
  readonly lines: [string, number][];
  stderr: string;
}

function startChild(script: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: [string, number][] = [];
  let pending = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const record: Child = {
    process: child,
    ready,
    closed: new Promise((resolve) => {
      child.on('close', (_code, signal) => {
        resolve(signal);
      });
    }),
    lines,
    stderr: '',
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      if (line === 'ready') markReady();
      else lines.push([line, performance.now()]);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (record.stderr += chunk));
  // A child that dies before it is ready must not leave the harness waiting.
  void record.closed.then(() => {
    markReady();
  });
  child.stdin.on('error', () => undefined);
  return record;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function runCrashCampaign(subject: CrashSubject, options: CrashOptions): Promise<CrashReport> {
  const started = performance.now();
  const script = await bundleEntry(
    'crash-child',
    `import { runChild } from ${importPath(`${import.meta.dirname}/child.ts`)};\nimport open from ${importPath(subject.childModule)};\nawait runChild(open);\n`,
    'bundle',
  );
  const args = [options.folder, ...(await subject.setup(options.workDir))];
  const random = seededRandom(options.seed);
  const landings: Record<Landing, number> = {
    'before the save began': 0,
    'before its first temp file': 0,
    'with a temp file on disk, before the rename': 0,
    'after the rename, before the save returned': 0,
    'between two saves': 0,
  };
  const tempsLeft: Record<string, number> = {};
  const problems: string[] = [];
  const saveTimes: number[] = [];
  /** Kills land at a random moment in [0, span) ms after "go". */
  let span = 100;
  let committed: number | null = null;
  let nextVersion = 1;
  let oldComplete = 0;
  let newComplete = 0;
  let saves = 0;
  let maxDelay = 0;
  let kills = 0;
  let previousTemps = new Set<string>();
  const spares = [startChild(script, args), startChild(script, args)];
  try {
    const { enough = () => true, maxKills = options.kills } = options;
    for (let kill = 1; kill <= options.kills || (kill <= maxKills && !enough({ oldComplete, newComplete, tempsLeft })); kill++) {
      kills = kill;
      const child = spares.shift() ?? startChild(script, args);
      spares.push(startChild(script, args));
      await child.ready;
      if (child.process.exitCode !== null || child.process.signalCode !== null) {
        problems.push(`kill ${String(kill)}: the child died before it was ready: ${child.stderr.trim()}`);
        break;
      }
      const delay = random() * span;
      maxDelay = Math.max(maxDelay, delay);
      child.process.stdin.write(`go ${String(nextVersion)}\n`);
      await sleep(delay);
      child.process.kill('SIGKILL');
      if ((await child.closed) !== 'SIGKILL') {
        problems.push(
          `kill ${String(kill)}: the child ended before the kill (exit ${String(child.process.exitCode)}): ${child.stderr.trim()}`,
        );
      }

      let inFlight: number | null = null;
      let startedAt = 0;
      let doneHere = 0;
      for (const [line, time] of child.lines) {
        const [event, value] = line.split(' ');
        const version = Number(value);
        if (event === 'start') {
          inFlight = version;
          startedAt = time;
          nextVersion = version + 1;
        } else if (event === 'done') {
          committed = version;
          inFlight = null;
          doneHere++;
          saveTimes.push(time - startedAt);
        }
      }
      saves += doneHere;
      // The span follows the machine's speed: it settles where about 30 % of the children finish
      // their first save (0.3 ln 0.8 + 0.7 ln 1.1 = 0), so kills land before the first temp,
      // while writing, and after the rename, on a fast machine or a loaded one.
      span = Math.min(5000, Math.max(2, span * (doneHere > 0 ? 0.8 : 1.1)));

      const state: DiskState = await subject.inspect(options.folder);
      for (const problem of state.problems) problems.push(`kill ${String(kill)}: ${problem}`);
      const newTemps = state.temps.filter((t) => !previousTemps.has(t.name));
      for (const temp of newTemps) tempsLeft[temp.role] = (tempsLeft[temp.role] ?? 0) + 1;
      if (doneHere > 0) {
        const stale = state.temps.filter((t) => previousTemps.has(t.name));
        if (stale.length > 0)
          problems.push(`kill ${String(kill)}: temps of an earlier kill survived a completed save: ${stale.map((t) => t.name).join(', ')}`);
      }
      previousTemps = new Set(state.temps.map((t) => t.name));

      if (state.document === committed) {
        if (child.lines.length === 0) {
          landings['before the save began']++;
          oldComplete++;
        } else if (inFlight === null) {
          landings['between two saves']++;
          newComplete++;
        } else {
          landings[newTemps.length === 0 ? 'before its first temp file' : 'with a temp file on disk, before the rename']++;
          oldComplete++;
        }
      } else if (inFlight !== null && state.document === inFlight) {
        landings['after the rename, before the save returned']++;
        newComplete++;
        committed = inFlight;
      } else {
        problems.push(
          `kill ${String(kill)}: the document is version ${String(state.document)}, expected ${String(committed)}${inFlight === null ? '' : ` or ${String(inFlight)}`}`,
        );
        committed = state.document;
      }
    }
  } finally {
    for (const spare of spares) spare.process.kill('SIGKILL');
    await Promise.all(spares.map((spare) => spare.closed));
  }
  return {
    subject: subject.name,
    seed: options.seed,
    kills,
    landings,
    tempsLeft,
    oldComplete,
    newComplete,
    savesCompleted: saves,
    medianSaveMs: Math.round(median(saveTimes) * 10) / 10,
    maxDelayMs: Math.round(maxDelay * 10) / 10,
    durationMs: Math.round(performance.now() - started),
    problems,
  };
}
