/**
 * An isolation process for tests only: the real jobs plus readers that misbehave on purpose, as a
 * reader bug or a bomb would. The app's entry (electron/isolation/job-main.ts) serves only the real
 * jobs; this one is started by the tests through nodeJobProcess(entry).
 */
import { JOBS, type ProgressListener } from '../../../electron/isolation/jobs';
import { serveJobs } from '../../../electron/isolation/serve-jobs';

const MB = 1024 * 1024;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

serveJobs({
  ...JOBS,
  /** Fills memory outside V8's heap (as a decoder's buffers do), a little at a time, forever. */
  'exhaust-buffers': async () => {
    const kept: Buffer[] = [];
    for (;;) {
      kept.push(Buffer.alloc(16 * MB, 1));
      await nextTurn();
    }
  },
  /** Fills V8's heap with small objects, as a parser building a tree does. */
  'exhaust-heap': () => {
    const kept: { readonly index: number; readonly text: string }[] = [];
    for (let index = 0; ; index++) kept.push({ index, text: `phần tử ${String(index)}` });
  },
  /** Never answers and never yields: a reader in an endless loop. */
  loop: () => {
    for (;;) {
      // Spins.
    }
  },
  /** Reports pages slowly, then stops saying anything: alive at first, stuck later. */
  'pages-then-stuck': async (_input: unknown, onProgress: ProgressListener) => {
    for (let page = 1; page <= 3; page++) {
      onProgress({ page, pages: 10, message: `Trang ${String(page)}` });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return new Promise(() => undefined);
  },
});
