/**
 * A thread that watches the whole process's resident memory and kills the process the moment it
 * passes its limit. It runs beside the job, so a reader stuck in a loop, or filling buffers outside
 * V8's heap (which --max-old-space-size does not count), is stopped all the same. Before killing,
 * it writes a marker straight to stderr (no stream, so nothing waits for the busy main thread).
 */
import { Worker } from 'node:worker_threads';
import { OVER_MEMORY_MARKER } from './job-protocol';

const WATCH = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
setInterval(() => {
  if (process.memoryUsage.rss() > workerData.limit) {
    writeSync(2, workerData.marker + '\\n');
    process.kill(process.pid, 'SIGKILL');
  }
}, 20);
`;

export function watchMemory(limitMb: number): void {
  const worker = new Worker(WATCH, { eval: true, workerData: { limit: limitMb * 1024 * 1024, marker: OVER_MEMORY_MARKER } });
  // The watchdog never keeps the process alive by itself.
  worker.unref();
}
