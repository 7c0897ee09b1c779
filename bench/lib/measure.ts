/**
 * Repeated timing: a warm-up run (JIT, caches, the browser's first page), then as many runs as fit
 * in the case's time budget, never fewer than the minimum. Medians and p95 (nearest rank) in ms.
 */
export interface Timing {
  readonly runs: number;
  readonly median_ms: number;
  readonly p95_ms: number;
  /** The fastest run: the one least disturbed by whatever else the machine was doing. */
  readonly min_ms: number;
}

export interface Repeat {
  /** Time the measured runs may take together; slow cases get fewer runs, never below `min`. */
  readonly budgetMs: number;
  readonly min: number;
  readonly max: number;
}

/** Fast cases: at least 5 runs after the warm-up, up to 20 when they fit in 4 s. */
export const FAST: Repeat = { budgetMs: 4_000, min: 5, max: 20 };
/** Browser and office-suite work, seconds per run: at least 3 runs. */
export const SLOW: Repeat = { budgetMs: 20_000, min: 3, max: 8 };

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('No samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('No samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summarize(samples: readonly number[]): Timing {
  return { runs: samples.length, median_ms: median(samples), p95_ms: percentile(samples, 95), min_ms: Math.min(...samples) };
}

export interface Measured<T> {
  readonly timing: Timing;
  /** What the last run returned, to check and describe the work. */
  readonly value: T;
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export async function repeat<T>(
  work: () => T | Promise<T>,
  policy: Repeat,
  onRun: (run: number, of: number) => void = () => undefined,
): Promise<Measured<T>> {
  const warmUp = await timed(work);
  const runs = Math.max(policy.min, Math.min(policy.max, Math.floor(policy.budgetMs / Math.max(warmUp.ms, 0.01))));
  const samples: number[] = [];
  let value = warmUp.value;
  for (let run = 1; run <= runs; run++) {
    const result = await timed(work);
    samples.push(result.ms);
    value = result.value;
    onRun(run, runs);
  }
  return { timing: summarize(samples), value };
}
