/**
 * Isolation processes as Electron utility processes: Chromium starts them as its own children,
 * outside the main process and the windows, with Node and a message port to main (the app's
 * RunAsNode fuse is off, so a Node child process cannot be forked from it). The job entry is built
 * beside main's bundle (scripts/build-electron.mjs). Whether V8 takes the heap limit from
 * execArgv here or not, the process's own watchdog holds its resident memory.
 */
import { utilityProcess } from 'electron';
import { isolatedReader } from '../isolation/isolated-reader';
import { createJobRunner, type JobRunnerOptions } from '../isolation/job-runner';
import type { ReceivedFiles } from '../services/received-files';
import { heapLimitArg, MEMORY_ARG, saysOverMemory, stderrTail, type JobMessage, type StartJobProcess } from '../isolation/job-protocol';

/** How long the end of stderr is waited for once the process has exited. */
const DRAIN_MS = 500;

export function utilityJobProcess(entry: string): StartJobProcess {
  return (memoryMb) => {
    const child = utilityProcess.fork(entry, [`${MEMORY_ARG}${String(memoryMb)}`], {
      serviceName: 'Kế hoạch Studio: đọc tệp nhận được',
      execArgv: [heapLimitArg(memoryMb)],
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const stderr = stderrTail();
    const stream = child.stderr;
    stream?.on('data', stderr.add);
    // The watchdog's marker may still be in the pipe when the exit is reported.
    const drained = new Promise<void>((resolve) => {
      if (stream === null) resolve();
      else stream.once('end', resolve);
    });
    let exited = false;
    return {
      send: (message) => {
        child.postMessage(message);
      },
      onMessage: (listener) => {
        child.on('message', (message: unknown) => {
          listener(message as JobMessage);
        });
      },
      onExit: (listener) => {
        child.once('exit', () => {
          exited = true;
          void Promise.race([drained, new Promise((resolve) => setTimeout(resolve, DRAIN_MS))]).then(() => {
            listener({ overMemory: saysOverMemory(stderr.text()) });
          });
        });
      },
      kill: () => {
        if (!exited) child.kill();
      },
    };
  };
}

/**
 * The reader of received files in the app and its command line: a utility process per reading; the
 * app keeps one started ahead (`keepSpare`), the command line reads its one or two files and exits.
 */
export function utilityReader(entry: string, options: Pick<JobRunnerOptions, 'keepSpare' | 'logError'>): ReceivedFiles {
  return isolatedReader(createJobRunner({ start: utilityJobProcess(entry), ...options }));
}
