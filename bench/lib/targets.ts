/**
 * The targets of issue 9 for the ~300-row plan, reported beside the figures (tests never assert
 * timings).
 */
import type { CaseRow, TargetRow } from './results';
import { TRACKING_WORKLOAD } from '../track/tracking-workload';

interface Target {
  readonly target: string;
  readonly name: string;
  /** Judged on the large plan's row (the small one's otherwise). */
  readonly large?: boolean;
  /** The row's size when it is neither plan's: a case with its own workload. */
  readonly size?: string;
  readonly judge: (row: CaseRow) => { value: string; met: boolean } | null;
}

const underRatio = (limit: number) => (row: CaseRow) =>
  row.ratio === undefined
    ? null
    : { value: `ratio ${row.ratio.toFixed(2)} (${row.median_ms} / ${row.reference_median_ms ?? 0} ms)`, met: row.ratio < limit };

const underMs = (limit: number) => (row: CaseRow) => ({ value: `median ${row.median_ms} ms`, met: row.median_ms < limit });

const TARGETS: readonly Target[] = [
  { target: 'docx-export under 1/3 of pandoc', name: 'docx-export', judge: underRatio(1 / 3) },
  { target: 'pdf-export under 1/3 of LibreOffice', name: 'pdf-export', judge: underRatio(1 / 3) },
  { target: 'import-docx under 300 ms', name: 'import-docx', judge: underMs(300) },
  { target: 'clone under 50 ms', name: 'clone', judge: underMs(50) },
  { target: 'compare under 200 ms', name: 'compare', judge: underMs(200) },
  { target: 'compare under the diff package on the text', name: 'compare', judge: underRatio(1) },
  { target: 'save with 100 versions at most 1.2 × a save with none', name: 'save-history', judge: underRatio(1.2) },
  { target: 'find across the 1,500-row plan under 50 ms', name: 'find', large: true, judge: underMs(50) },
  { target: 'kehoach --help under 300 ms, as a whole process', name: 'cli-start', judge: underMs(300) },
  { target: 'kehoach import of the 300-row DOCX under 1 s, as a whole process', name: 'cli-import', judge: underMs(1000) },
  ...['keystroke-section', 'keystroke-grid'].flatMap((name): Target[] => [
    { target: `${name} handling p95 under 16 ms`, name, judge: (row) => ({ value: `p95 ${row.p95_ms} ms`, met: row.p95_ms < 16 }) },
    {
      target: `${name} next frame p95 under 33 ms`,
      name,
      judge: (row) =>
        typeof row.frame_p95_ms === 'number' ? { value: `frame p95 ${row.frame_p95_ms} ms`, met: row.frame_p95_ms < 33 } : null,
    },
  ]),
  { target: 'track-reopen under 1 s', name: 'track-reopen', size: TRACKING_WORKLOAD, judge: underMs(1000) },
  ...['scroll', 'filter'].map((what): Target => ({
    target: `track-matrix ${what} frames p95 under 33 ms`,
    name: 'track-matrix',
    size: TRACKING_WORKLOAD,
    judge: (row) => {
      const value = row[`${what}_frame_p95_ms`];
      return typeof value === 'number' ? { value: `${what} frame p95 ${String(value)} ms`, met: value < 33 } : null;
    },
  })),
];

/** Each target judged on its plan's (or its own workload's) row of its case; unmeasured when that row is missing. */
export function judgeTargets(rows: readonly CaseRow[], smallSize: string, largeSize: string): TargetRow[] {
  return TARGETS.map(({ target, name, large, size, judge }) => {
    const row = rows.find((r) => r.name === name && r.size === (size ?? (large === true ? largeSize : smallSize)));
    const verdict = row === undefined ? null : judge(row);
    return verdict === null ? { target, value: 'not measured', met: null } : { target, ...verdict };
  });
}
