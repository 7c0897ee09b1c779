/**
 * The results of a run as `bench/results/latest.json` describes them: one row per case and size
 * (ratio = ours / reference, lower is better), the scaling from the small plan to the large one,
 * the targets with whether they were met, and the cases that could not run.
 */
import type { CaseOutcome } from '../cases/case';

export interface CaseRow {
  readonly name: string;
  readonly size: string;
  readonly runs: number;
  readonly median_ms: number;
  readonly p95_ms: number;
  readonly min_ms: number;
  readonly reference?: string;
  readonly reference_median_ms?: number;
  readonly reference_p95_ms?: number;
  readonly reference_runs?: number;
  readonly ratio?: number;
  /** Why the reference was not measured. */
  readonly reference_skipped?: string;
  readonly facts?: Readonly<Record<string, number | string>>;
  readonly [metric: string]: unknown;
}

export interface ScalingRow {
  readonly name: string;
  readonly small_ms: number;
  readonly large_ms: number;
  /** large / small median time. */
  readonly time_ratio: number;
  /** large / small fastest run, a second view when the machine was busy. */
  readonly fastest_ratio: number;
  /** large / small data rows. */
  readonly row_ratio: number;
  /** By the medians: up to the row ratio, up to a quarter more (within the noise of a shared machine), or beyond. */
  readonly scaling: 'linear or better' | 'about linear' | 'worse than linear';
}

export interface TargetRow {
  readonly target: string;
  readonly value: string;
  /** null when the case could not be measured in this run. */
  readonly met: boolean | null;
}

export interface PlanRow {
  readonly size: string;
  readonly data_rows: number;
  readonly group_rows: number;
  readonly appendices: number;
  readonly body_blocks: number;
  readonly distinct_task_share: number;
}

export interface Results {
  readonly date: string;
  readonly machine: {
    readonly cpus: number;
    readonly cpu: string;
    readonly node: string;
    readonly chromium: string;
    readonly pandoc: string;
    readonly libreoffice: string;
    readonly tesseract: string;
  };
  readonly plans: readonly PlanRow[];
  readonly cases: readonly CaseRow[];
  readonly scaling: readonly ScalingRow[];
  readonly targets: readonly TargetRow[];
  readonly unavailable: readonly { readonly name: string; readonly reason: string }[];
  readonly total_s: number;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

export function caseRow(name: string, size: string, outcome: CaseOutcome): CaseRow {
  const { timing, reference, metrics, facts } = outcome;
  const row: Record<string, unknown> = {
    name,
    size,
    runs: timing.runs,
    median_ms: round(timing.median_ms),
    p95_ms: round(timing.p95_ms),
    min_ms: round(timing.min_ms),
  };
  for (const [key, value] of Object.entries(metrics ?? {})) row[key] = round(value);
  if (reference !== undefined) {
    row.reference = reference.name;
    if ('timing' in reference) {
      row.reference_median_ms = round(reference.timing.median_ms);
      row.reference_p95_ms = round(reference.timing.p95_ms);
      row.reference_runs = reference.timing.runs;
      row.ratio = Math.round((timing.median_ms / reference.timing.median_ms) * 1000) / 1000;
    } else {
      row.reference_skipped = reference.skipped;
    }
  }
  if (facts !== undefined) row.facts = facts;
  return row as CaseRow;
}

/** How much slower than proportional a case may grow before it is called worse than linear. */
const NOISE = 1.25;

/** Each case measured on both plans: how its time grew against how its rows grew. */
export function scaling(
  rows: readonly CaseRow[],
  small: { size: string; dataRows: number },
  large: { size: string; dataRows: number },
): ScalingRow[] {
  return rows
    .filter((r) => r.size === small.size)
    .flatMap((s) => {
      const l = rows.find((r) => r.name === s.name && r.size === large.size);
      if (l === undefined) return [];
      const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
      const rowRatio = large.dataRows / small.dataRows;
      const timeRatio = ratio(l.median_ms, s.median_ms);
      const verdict = timeRatio <= rowRatio ? 'linear or better' : timeRatio <= rowRatio * NOISE ? 'about linear' : 'worse than linear';
      return [
        {
          name: s.name,
          small_ms: s.median_ms,
          large_ms: l.median_ms,
          time_ratio: timeRatio,
          fastest_ratio: ratio(l.min_ms, s.min_ms),
          row_ratio: rowRatio,
          scaling: verdict,
        },
      ];
    });
}
