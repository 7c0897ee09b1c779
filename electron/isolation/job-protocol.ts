/**
 * What the app and an isolation process say to each other. The process runs one job on a file
 * from outside and answers with its output, a refusal meant for the user, or a failure; while it
 * works it reports progress. Everything crosses as a structured clone: plain data only.
 */
import type { ImportProgress } from '../../shared/import/ocr';

/** Sent by the app: run this job once. */
export interface RunJob {
  readonly kind: 'run';
  readonly job: string;
  readonly input: unknown;
}

/** How a refusal is rebuilt on the app's side: a plain one, or a reviewed DOCX imported without a choice. */
export type RefusalKind = 'user' | 'pending-review';

/** Sent by the process. */
export type JobMessage =
  /** Its readers are loaded: a job may be sent. */
  | { readonly kind: 'ready' }
  | { readonly kind: 'progress'; readonly progress: ImportProgress }
  | { readonly kind: 'done'; readonly output: unknown }
  /** The file was refused with a message written for the user. */
  | { readonly kind: 'refused'; readonly refusal: RefusalKind; readonly message: string }
  /** Anything else thrown: a bug, written to the log, never shown as it is. */
  | { readonly kind: 'failed'; readonly detail: string };

/**
 * Written straight to the process's stderr by its memory watchdog just before it kills the
 * process, so the app can tell "too much memory" from a crash.
 */
export const OVER_MEMORY_MARKER = 'KEHOACH-JOB-OVER-MEMORY';
/** What V8 prints when the process's JavaScript heap reached its limit first. */
const HEAP_LIMIT_TEXT = 'heap limit';

/** The process's memory limit (resident size, in MB), given on its command line. */
export const MEMORY_ARG = '--kehoach-memory-mb=';

/** How a process ended, as far as the app can tell. */
export interface JobExit {
  /** It went over its memory limit (its watchdog said so, or V8's heap limit stopped it). */
  readonly overMemory: boolean;
}

/** One started isolation process, seen from the app (a Node child process or Electron's utility process). */
export interface JobProcess {
  send(message: RunJob): void;
  onMessage(listener: (message: JobMessage) => void): void;
  /** Called once when the process has ended, whoever ended it. */
  onExit(listener: (exit: JobExit) => void): void;
  /** Ends it at once; nothing it was doing survives. */
  kill(): void;
}

/** Starts an isolation process whose resident memory may not grow past `memoryMb`. */
export type StartJobProcess = (memoryMb: number) => JobProcess;

/** Whether a process's last words on stderr say it ended for lack of memory. */
export function saysOverMemory(stderr: string): boolean {
  return stderr.includes(OVER_MEMORY_MARKER) || stderr.includes(HEAP_LIMIT_TEXT);
}

/** V8's heap limit, below the process's: the watchdog still sees what lives outside the heap. */
export function heapLimitArg(memoryMb: number): string {
  return `--max-old-space-size=${String(Math.max(64, Math.floor(memoryMb * 0.75)))}`;
}

/** Enough of a process's last words on stderr to find the memory markers. */
const STDERR_KEPT = 8192;

/** Keeps the end of a process's stderr. */
export function stderrTail(): { add: (chunk: Buffer) => void; text: () => string } {
  let kept = '';
  return {
    add: (chunk) => {
      kept = (kept + chunk.toString()).slice(-STDERR_KEPT);
    },
    text: () => kept,
  };
}
