/**
 * Set-up file of the long campaign: the peak resident memory of the test process during each test
 * (one hostile class, one fuzz target), printed as `[memory] file > test: peak N MB`. Linux keeps
 * the peak itself (VmHWM), reset before each test through clear_refs, so a parse that blocks the
 * thread is measured too. Worker threads count; child processes (isolation, crash) do not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';

const MB = 1024 * 1024;

function peakKb(): number | null {
  try {
    const line = /^VmHWM:\s+(\d+) kB$/mu.exec(readFileSync('/proc/self/status', 'utf8'));
    return line === null ? null : Number(line[1]);
  } catch {
    return null;
  }
}

let startMb = 0;
beforeEach(() => {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the peak then runs from the process's start.
  }
  startMb = Math.round(process.memoryUsage.rss() / MB);
});

afterEach(({ task }) => {
  const peak = peakKb();
  if (peak === null) return;
  process.stdout.write(
    `[memory] ${task.file.name} > ${task.name}: start ${String(startMb)} MB, peak ${String(Math.round(peak / 1024))} MB\n`,
  );
});
