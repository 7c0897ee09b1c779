/**
 * The one way a file from outside is parsed: in an isolation process with a memory limit and time
 * limits, so a reader's bug or a bomb costs the user a message, never the window, the main process
 * or the open document. Progress travels from the reader to the caller; a cancel ends the process,
 * and with it everything the job was doing (OCR workers included). One process serves one job; the
 * app keeps one started ahead, so that a job does not wait for a process to start.
 */
import type { ImportProgress } from '../../shared/import/ocr';
import { PendingReviewError } from '../services/import-kinds';
import { UserError } from '../services/user-error';
import type { JobExit, JobMessage, JobProcess, StartJobProcess } from './job-protocol';

export interface JobLimits {
  /** Resident memory of the process, in MB. */
  readonly memoryMb: number;
  /** The longest the job may go without saying anything (no progress, no answer). */
  readonly stallMs: number;
  /** The longest a job may take, however it progresses. */
  readonly totalMs: number;
  /** The longest a process may take to start and load its readers (not the file's doing: its own limit). */
  readonly startMs: number;
}

/**
 * A real plan reads in a few hundred megabytes and seconds; OCR of a scan (two engine workers of
 * about 100 MB each, a page image at 300 dpi) says something after every page. Past these, the file
 * is taken for hostile or broken.
 */
export const DEFAULT_JOB_LIMITS: JobLimits = { memoryMb: 1024, stallMs: 60_000, totalMs: 10 * 60_000, startMs: 60_000 };

export interface RunOptions {
  /** How the file is named in messages (its name or path). */
  readonly subject: string;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Aborting ends the process: the job stops and leaves nothing behind. */
  readonly signal?: AbortSignal;
}

export interface JobRunner {
  run(job: string, input: unknown, options: RunOptions): Promise<unknown>;
  /** Ends the process kept ahead (the app, the harness or the command line is closing). */
  close(): void;
}

export interface JobRunnerOptions {
  readonly start: StartJobProcess;
  readonly limits?: Partial<JobLimits>;
  /** Start the next job's process while this one runs (the app, the harness); the command line runs one job. */
  readonly keepSpare?: boolean;
  /** Where a reader's unexpected failure is written (the app's log); the user gets a short message. */
  readonly logError?: (detail: string) => void;
}

/** The user stopped the job. */
export class JobCancelledError extends UserError {
  override readonly name = 'JobCancelledError';
}

/** A started process and what it has said so far. */
interface Started {
  readonly process: JobProcess;
  readonly ready: Promise<void>;
  /** Set when the process ended, before or during its job. */
  ended: JobExit | null;
  listener: ((message: JobMessage) => void) | null;
  exitListener: ((exit: JobExit) => void) | null;
}

function startProcess(start: StartJobProcess, memoryMb: number): Started {
  const process = start(memoryMb);
  let markReady = (): void => undefined;
  const started: Started = {
    process,
    ready: new Promise<void>((resolve) => {
      markReady = resolve;
    }),
    ended: null,
    listener: null,
    exitListener: null,
  };
  process.onMessage((message) => {
    if (message.kind === 'ready') markReady();
    else started.listener?.(message);
  });
  process.onExit((exit) => {
    started.ended = exit;
    markReady();
    started.exitListener?.(exit);
  });
  return started;
}

function seconds(ms: number): string {
  return String(Math.round(ms / 1000));
}

export function createJobRunner({ start, limits = {}, keepSpare = false, logError }: JobRunnerOptions): JobRunner {
  const { memoryMb, stallMs, totalMs, startMs } = { ...DEFAULT_JOB_LIMITS, ...limits };
  let spare: Started | null = null;
  const take = (): Started => {
    const next = spare !== null && spare.ended === null ? spare : startProcess(start, memoryMb);
    spare = keepSpare ? startProcess(start, memoryMb) : null;
    return next;
  };

  const run = (job: string, input: unknown, { subject, onProgress, signal }: RunOptions): Promise<unknown> =>
    new Promise<unknown>((resolve, reject) => {
      if (signal?.aborted === true) {
        reject(new JobCancelledError(`Đã dừng đọc "${subject}".`));
        return;
      }
      const child = take();
      let settled = false;
      let stall: ReturnType<typeof setTimeout> | undefined;
      let total: ReturnType<typeof setTimeout> | undefined;
      const finish = (settle: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(stall);
        clearTimeout(total);
        signal?.removeEventListener('abort', onAbort);
        child.listener = null;
        child.exitListener = null;
        child.process.kill();
        settle();
      };
      const fail = (message: string): void => {
        finish(() => {
          reject(new UserError(`Không đọc được "${subject}": ${message}`));
        });
      };
      const watchStall = (): void => {
        clearTimeout(stall);
        stall = setTimeout(() => {
          fail(
            `đã ${seconds(stallMs)} giây mà bộ đọc tệp không tiến thêm được nên đã dừng (tệp có thể bị hỏng hoặc được làm để treo chương trình).`,
          );
        }, stallMs);
      };
      const onAbort = (): void => {
        finish(() => {
          reject(new JobCancelledError(`Đã dừng đọc "${subject}".`));
        });
      };
      signal?.addEventListener('abort', onAbort);
      const onExit = (exit: JobExit): void => {
        if (exit.overMemory) {
          fail(
            `tệp cần quá nhiều bộ nhớ (hơn ${String(memoryMb)} MB) nên đã dừng đọc; tệp có thể bị hỏng hoặc được làm để phá chương trình.`,
          );
        } else fail(`bộ đọc tệp dừng bất thường.`);
      };
      child.exitListener = onExit;
      child.listener = (message) => {
        watchStall();
        switch (message.kind) {
          case 'progress':
            onProgress?.(message.progress);
            break;
          case 'done':
            finish(() => {
              resolve(message.output);
            });
            break;
          case 'refused':
            finish(() => {
              reject(message.refusal === 'pending-review' ? new PendingReviewError(message.message) : new UserError(message.message));
            });
            break;
          case 'failed':
            logError?.(message.detail);
            fail(`lỗi không mong đợi trong bộ đọc tệp.`);
            break;
          case 'ready':
            break;
        }
      };
      // The job's time counts from when it is sent; until then, the process's start has its own limit.
      stall = setTimeout(() => {
        fail(`bộ đọc tệp không khởi động được trong ${seconds(startMs)} giây.`);
      }, startMs);
      void child.ready.then(() => {
        if (settled) return;
        if (child.ended !== null) {
          onExit(child.ended);
          return;
        }
        child.process.send({ kind: 'run', job, input });
        watchStall();
        total = setTimeout(() => {
          fail(`đọc quá ${seconds(totalMs)} giây chưa xong nên đã dừng.`);
        }, totalMs);
      });
    });

  return {
    run,
    close() {
      spare?.process.kill();
      spare = null;
    },
  };
}
