/**
 * `npm run bench [-- --only docx-export,clone]`: builds the ~300-row (~60 pages) and 1,500-row
 * plans from the fixtures, measures every case on both after a warm-up, with pandoc and
 * LibreOffice as references in the same run, and writes `bench/results/latest.json` and
 * `latest.md`. Progress goes to stderr, the tables to stdout.
 *
 * References (Debian): `apt-get install -y pandoc libreoffice-writer-nogui`; a missing one is
 * skipped with a note. PDF needs a Chromium (`apt-get install -y chromium`, or KEHOACH_CHROMIUM).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CASES } from './cases';
import { createContext, type BenchPlan } from './lib/context';
import { formatReport } from './lib/report-table';
import { caseRow, scaling, type CaseRow, type Results } from './lib/results';
import { judgeTargets } from './lib/targets';
import { findTools, missingTools, toolVersion } from './lib/tools';
import { generatePlan } from './plan/generate-plan';
import { loadPlanSources } from './plan/load-sources';
import { planStats } from './plan/plan-stats';

const SIZES = [
  { dataRows: 300, seed: 300 },
  { dataRows: 1500, seed: 1500 },
] as const;
const RESULTS_DIR = fileURLToPath(new URL('results/', import.meta.url));
/** A fixed clock for the exported files, as the golden tests use. */
const NOW = new Date('2026-05-04T08:00:00Z');

const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

async function main(): Promise<number> {
  const started = performance.now();
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const only = values.only?.split(',').map((n) => n.trim());
  const unknown = only?.filter((n) => !CASES.some((c) => c.name === n)) ?? [];
  if (unknown.length > 0) {
    log(`Unknown case(s): ${unknown.join(', ')}. Cases: ${CASES.map((c) => c.name).join(', ')}.`);
    return 2;
  }
  const selected = (name: string): boolean => only === undefined || only.includes(name);

  const tools = findTools();
  for (const line of missingTools(tools)) log(`! ${line}`);

  log('Building the plans from the fixtures…');
  const sources = await loadPlanSources();
  const plans: BenchPlan[] = SIZES.map((size) => ({
    size: `${size.dataRows} rows`,
    dataRows: size.dataRows,
    plan: generatePlan(sources, size),
  }));
  const context = await createContext({ plans, directory: sources.directory, tools, now: NOW, progress: log });

  const rows: CaseRow[] = [];
  const unavailable: { name: string; reason: string }[] = [];
  const failures: string[] = [];
  try {
    for (const benchCase of CASES.filter((c) => selected(c.name))) {
      const reason = benchCase.unavailable(context);
      if (reason !== null) {
        log(`- ${benchCase.name}: not available: ${reason}`);
        unavailable.push({ name: benchCase.name, reason });
        continue;
      }
      const runs =
        benchCase.workload === undefined
          ? plans.map((plan) => ({ plan, size: plan.size }))
          : [{ plan: plans[0], size: benchCase.workload }];
      for (const { plan, size } of runs) {
        if (plan === undefined) continue;
        log(`▶ ${benchCase.name}, ${size}`);
        try {
          const row = caseRow(benchCase.name, size, await benchCase.measure(plan, context));
          rows.push(row);
          log(
            `  median ${row.median_ms} ms, p95 ${row.p95_ms} ms over ${row.runs} runs${row.ratio === undefined ? '' : `; ${row.reference ?? ''} ${row.reference_median_ms ?? 0} ms, ratio ${row.ratio}`}`,
          );
        } catch (error) {
          const message = `${benchCase.name} ${size} failed: ${error instanceof Error ? error.message : String(error)}`;
          log(`  ${message}`);
          failures.push(message);
        }
      }
    }
  } finally {
    await context.close();
  }

  const [small, large] = plans;
  if (small === undefined || large === undefined) throw new Error('Two plan sizes are expected');
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? '',
      node: process.version,
      chromium: await toolVersion(tools.chromium.path),
      pandoc: await toolVersion(tools.pandoc.path),
      libreoffice: await toolVersion(tools.libreoffice.path),
      tesseract: await toolVersion(tools.tesseract.path),
    },
    plans: plans.map((p) => {
      const stats = planStats(p.plan);
      return {
        size: p.size,
        data_rows: stats.dataRows,
        group_rows: stats.groupRows,
        appendices: stats.appendices,
        body_blocks: stats.bodyBlocks,
        distinct_task_share: Math.round(stats.distinctTaskShare * 1000) / 1000,
      };
    }),
    cases: rows,
    scaling: scaling(rows, small, large),
    targets: judgeTargets(rows, small.size, large.size),
    unavailable,
    total_s: Math.round((performance.now() - started) / 1000),
  };
  await mkdir(RESULTS_DIR, { recursive: true });
  const report = formatReport(results);
  await writeFile(`${RESULTS_DIR}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(`${RESULTS_DIR}latest.md`, `${report}\n`);
  process.stdout.write(`${report}\n`);
  log(`Wrote bench/results/latest.json and latest.md in ${results.total_s} s.`);
  for (const failure of failures) log(`✗ ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
