/**
 * The inside of an isolation process: a Node child process (command line, harness) or Electron's
 * utility process (the app). It watches its own memory, loads its readers, says it is ready, runs
 * the job it is sent and reports progress and the outcome; the app then ends it.
 */
import { ImportError } from '../../shared/import';
import { DocxReadError } from '../../shared/import/docx';
import { PlanFormatError } from '../../shared/model';
import { PendingReviewError } from '../services/import-kinds';
import { UserError } from '../services/user-error';
import { MEMORY_ARG, type JobMessage, type RunJob } from './job-protocol';
import type { JobTable, ProgressListener } from './jobs';
import { watchMemory } from './memory-watchdog';

/** Electron's `process.parentPort` in a utility process, as far as the jobs use it. */
export interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** How the process talks to the app: only this differs between Electron's utility process and a Node child. */
export interface JobChannel {
  send(message: JobMessage): void;
  onRun(listener: (message: RunJob) => void): void;
}

/** Electron's utility process: messages arrive as events whose `data` is the message. */
export function parentPortChannel(parentPort: ParentPort): JobChannel {
  return {
    send: (message) => {
      parentPort.postMessage(message);
    },
    onRun: (listener) => {
      parentPort.on('message', (event) => {
        listener(event.data as RunJob);
      });
    },
  };
}

/** A Node child process forked with an IPC channel. */
function nodeIpcChannel(): JobChannel {
  return {
    send: (message) => {
      process.send?.(message);
    },
    onRun: (listener) => {
      process.on('message', (message) => {
        listener(message as RunJob);
      });
    },
  };
}

/** The channel of this process: Electron sets process.parentPort in a utility process, Node's fork sets process.send. */
function processChannel(): JobChannel {
  const parentPort = (process as { parentPort?: ParentPort }).parentPort;
  return parentPort === undefined ? nodeIpcChannel() : parentPortChannel(parentPort);
}

/** Errors whose message was written for the user. */
const REFUSALS = [UserError, ImportError, DocxReadError, PlanFormatError] as const;

function outcome(error: unknown): JobMessage {
  if (error instanceof Error && REFUSALS.some((type) => error instanceof type)) {
    return { kind: 'refused', refusal: error instanceof PendingReviewError ? 'pending-review' : 'user', message: error.message };
  }
  return { kind: 'failed', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

async function run(jobs: JobTable, { job, input }: RunJob, send: (message: JobMessage) => void): Promise<void> {
  if (!Object.hasOwn(jobs, job)) {
    send({ kind: 'failed', detail: `no job named ${job}` });
    return;
  }
  // The input is what the app built for this job; the process runs nothing else.
  const runJob = jobs[job] as (input: unknown, onProgress: ProgressListener) => Promise<unknown>;
  try {
    const output = await runJob(input, (progress) => {
      send({ kind: 'progress', progress });
    });
    send({ kind: 'done', output });
  } catch (error) {
    send(outcome(error));
  }
}

/**
 * Serves `jobs` in this process, which its parent started as an isolation process. The channel is
 * the process's own; a test passes a fake parent port to drive the utility process's side in Node.
 */
export function serveJobs(jobs: JobTable, channel: JobChannel = processChannel()): void {
  const memoryMb = Number(process.argv.find((arg) => arg.startsWith(MEMORY_ARG))?.slice(MEMORY_ARG.length));
  if (Number.isFinite(memoryMb) && memoryMb > 0) watchMemory(memoryMb);
  channel.onRun((message) => {
    void run(jobs, message, (reply) => {
      channel.send(reply);
    });
  });
  channel.send({ kind: 'ready' });
}
