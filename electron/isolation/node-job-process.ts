/**
 * Isolation processes as Node child processes, for the command line and the harness (the app uses
 * Electron's utility process). Run from the TypeScript sources, the child loads them through tsx
 * as its parent does; bundled, it runs the job-main built beside the bundle.
 */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { heapLimitArg, MEMORY_ARG, saysOverMemory, stderrTail, type JobMessage, type StartJobProcess } from './job-protocol';

/** The entry beside this module, in its own form: job-main.ts from the sources, .mjs in out/cli, .js in out/main. */
export function jobEntryBeside(moduleUrl: string): string {
  return fileURLToPath(new URL(`./job-main${extname(new URL(moduleUrl).pathname)}`, moduleUrl));
}

/** Node's flags for an entry: TypeScript sources load through tsx, resolved here since the caller may run from any folder. */
function loaderFor(entry: string): string[] {
  return entry.endsWith('.ts') ? [`--import=${pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href}`] : [];
}

export function nodeJobProcess(entry: string = jobEntryBeside(import.meta.url)): StartJobProcess {
  return (memoryMb) => {
    const child = fork(entry, [`${MEMORY_ARG}${String(memoryMb)}`], {
      execArgv: [...loaderFor(entry), heapLimitArg(memoryMb)],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const stderr = stderrTail();
    child.stderr?.on('data', stderr.add);
    return {
      send: (message) => {
        child.send(message);
      },
      onMessage: (listener) => {
        child.on('message', (message) => {
          listener(message as JobMessage);
        });
      },
      onExit: (listener) => {
        // 'close' comes after stderr is drained, so the watchdog's marker is there to read.
        child.once('close', () => {
          listener({ overMemory: saysOverMemory(stderr.text()) });
        });
      },
      kill: () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      },
    };
  };
}
