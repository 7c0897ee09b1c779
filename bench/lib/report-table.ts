/** The results as Markdown tables: printed at the end of a run and written beside latest.json. */
import type { Results } from './results';

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const yesNo = (met: boolean | null): string => (met === null ? 'not measured' : met ? 'met' : 'MISSED');

export function formatReport(results: Results): string {
  const { machine } = results;
  const cases = table(
    ['case', 'size', 'runs', 'median ms', 'p95 ms', 'reference', 'ref. median ms', 'ratio', 'notes'],
    results.cases.map((r) => [
      r.name,
      r.size,
      r.runs,
      r.median_ms,
      r.p95_ms,
      r.reference ?? '',
      r.reference_median_ms ?? (r.reference_skipped === undefined ? '' : 'skipped'),
      r.ratio?.toFixed(2) ?? '',
      Object.entries(r.facts ?? {})
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    ]),
  );
  const scaling = table(
    ['case', 'small median ms', 'large median ms', 'time × (medians)', 'time × (fastest runs)', 'rows ×', 'scaling'],
    results.scaling.map((s) => [
      s.name,
      s.small_ms,
      s.large_ms,
      s.time_ratio,
      s.fastest_ratio,
      s.row_ratio,
      s.scaling === 'worse than linear' ? 'WORSE than linear' : s.scaling,
    ]),
  );
  const targets = table(
    ['target (on the ~300-row plan unless it says)', 'measured', ''],
    results.targets.map((t) => [t.target, t.value, yesNo(t.met)]),
  );
  const plans = table(
    ['plan', 'data rows', 'group rows', 'appendices', 'body blocks', 'distinct tasks'],
    results.plans.map((p) => [
      p.size,
      p.data_rows,
      p.group_rows,
      p.appendices,
      p.body_blocks,
      `${Math.round(p.distinct_task_share * 100)} %`,
    ]),
  );
  const skipped = [
    ...results.cases.flatMap((r) =>
      r.reference_skipped === undefined ? [] : [`- ${r.name} ${r.size}: reference skipped: ${r.reference_skipped}`],
    ),
    ...results.unavailable.map((u) => `- ${u.name}: not available: ${u.reason}`),
  ];
  return [
    `Benchmarks of ${results.date}: ${machine.cpus} × ${machine.cpu}, Node ${machine.node}, ${machine.chromium || 'no Chromium'}, ${machine.pandoc || 'no pandoc'}, ${machine.libreoffice || 'no LibreOffice'}, ${machine.tesseract || 'no tesseract'}; ${results.total_s} s in all.`,
    plans,
    cases,
    scaling,
    targets,
    ...(skipped.length > 0 ? [skipped.join('\n')] : []),
  ].join('\n\n');
}
