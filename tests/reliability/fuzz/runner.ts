/**
 * Runs fuzz inputs in a worker thread with a time limit: an input that makes the code loop (a
 * regular expression gone quadratic, say) blocks the worker, not the test, is reported as a hang,
 * and the worker is replaced. Counts what happened to every input for the campaign report.
 */
import { Worker } from 'node:worker_threads';
import { bundleEntry, importPath } from '../support/bundle';
import type { FuzzInput, TargetName } from './targets';
import type { Verdict } from './verdict';
import type { FuzzRequest } from './worker';

export type Outcome =
  | { readonly kind: 'accepted' | 'rejected'; readonly ms: number }
  | { readonly kind: 'bug'; readonly detail: string; readonly ms: number }
  | { readonly kind: 'hang'; readonly ms: number };

export interface TargetStats {
  inputs: number;
  accepted: number;
  rejected: number;
  bugs: number;
  hangs: number;
  slowestMs: number;
  totalMs: number;
}

let workerScript: Promise<string> | null = null;

function script(): Promise<string> {
  workerScript ??= bundleEntry('fuzz-worker', `import ${importPath(`${import.meta.dirname}/worker.ts`)};\n`, 'external');
  return workerScript;
}

/** The worst of a target's verdicts: a bug over a rejection over acceptance. */
function worst(verdicts: readonly Verdict[]): Verdict {
  return verdicts.find((v) => v.kind === 'bug') ?? verdicts.find((v) => v.kind === 'rejected') ?? { kind: 'accepted' };
}

export class FuzzRunner {
  private worker: Worker | null = null;
  private nextId = 0;
  readonly stats: TargetStats = { inputs: 0, accepted: 0, rejected: 0, bugs: 0, hangs: 0, slowestMs: 0, totalMs: 0 };

  constructor(
    private readonly target: TargetName,
    /** An input still running after this long counts as a hang. */
    private readonly timeLimitMs: number,
  ) {}

  /** A worker that has warmed up: its start is not counted in any input's time. */
  private async start(): Promise<Worker> {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(await script());
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => {
        worker.off('error', reject);
        resolve();
      });
      worker.once('error', reject);
    });
    this.worker = worker;
    return worker;
  }

  async run(input: FuzzInput): Promise<Outcome> {
    const worker = await this.start();
    const id = ++this.nextId;
    const started = performance.now();
    const outcome = await new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => {
        cleanup();
        resolve({ kind: 'hang', ms: this.timeLimitMs });
      }, this.timeLimitMs);
      const onMessage = (reply: { id: number; verdicts: Verdict[] }): void => {
        if (reply.id !== id) return;
        cleanup();
        const verdict = worst(reply.verdicts);
        const ms = performance.now() - started;
        resolve(verdict.kind === 'bug' ? { kind: 'bug', detail: verdict.detail, ms } : { kind: verdict.kind, ms });
      };
      const onError = (error: Error): void => {
        cleanup();
        resolve({ kind: 'bug', detail: `the worker died: ${error.stack ?? error.message}`, ms: performance.now() - started });
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      const request: FuzzRequest = { id, target: this.target, input };
      worker.postMessage(request);
    });
    if (outcome.kind === 'hang' || (outcome.kind === 'bug' && outcome.detail.startsWith('the worker died'))) await this.replaceWorker();
    this.count(outcome);
    return outcome;
  }

  private count(outcome: Outcome): void {
    const s = this.stats;
    s.inputs++;
    if (outcome.kind === 'accepted') s.accepted++;
    else if (outcome.kind === 'rejected') s.rejected++;
    else if (outcome.kind === 'bug') s.bugs++;
    else s.hangs++;
    s.slowestMs = Math.max(s.slowestMs, Math.round(outcome.ms));
    s.totalMs += outcome.ms;
  }

  private async replaceWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  async close(): Promise<void> {
    await this.replaceWorker();
  }
}
