/**
 * The child process of the crash harness: opens the writer, says "ready", waits for "go <n>",
 * then saves versions n, n+1, … until it is killed, announcing each save before it starts and
 * after it returns. Lines are written with writeSync so none is still buffered when SIGKILL lands.
 */
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { OpenWriter } from './subject';

/** A child outlives a lost parent by this much at most. */
const MAX_LIFE_MS = 60_000;

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

export async function runChild(open: OpenWriter): Promise<void> {
  const [folder = '', ...args] = process.argv.slice(2);
  setTimeout(() => process.exit(0), MAX_LIFE_MS).unref();
  const save = await open(folder, args);
  const lines = createInterface({ input: process.stdin });
  lines.on('close', () => process.exit(0));
  say('ready');
  for await (const line of lines) {
    const start = /^go (\d+)$/.exec(line);
    if (start === null) continue;
    for (let version = Number(start[1]); ; version++) {
      say(`start ${String(version)}`);
      await save(version);
      say(`done ${String(version)}`);
    }
  }
}
