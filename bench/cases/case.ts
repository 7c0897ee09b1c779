/**
 * One benchmark case: a name, whether it can run on this machine, and how to measure it on one
 * plan. A case module exports one BenchCase; `cases/index.ts` lists them in the order they run.
 */
import type { BenchContext, BenchPlan } from '../lib/context';
import type { Timing } from '../lib/measure';

/** The tool the same work is compared with, measured in the same run on the same content. */
export type ReferenceOutcome = { readonly name: string; readonly timing: Timing } | { readonly name: string; readonly skipped: string };

export interface CaseOutcome {
  readonly timing: Timing;
  readonly reference?: ReferenceOutcome | undefined;
  /** Figures in ms beside the median and p95 (a harness case's `frame_p95_ms`), written as fields of the row. */
  readonly metrics?: Readonly<Record<string, number>>;
  /** What the run did, to read the timing by: pages printed, tasks taken, rows recognised. */
  readonly facts?: Readonly<Record<string, number | string>>;
}

export interface BenchCase {
  readonly name: string;
  /**
   * A case that builds and measures its own workload instead of the generated plans: measured
   * once, its row sized by this label ("150 unit plans").
   */
  readonly workload?: string;
  /** Why the case cannot run here (a missing browser), or null. */
  unavailable(context: BenchContext): string | null;
  measure(plan: BenchPlan, context: BenchContext): Promise<CaseOutcome>;
}

/** Cases that need nothing beyond Node. */
export const alwaysAvailable = (): null => null;
