/**
 * The tracking cases of issue 19, on a generated workspace of 150 unit plans (see
 * bench/track/generate-workspace.ts): `track-open` reads every file with no cache, `track-reopen`
 * reads the folder again with the cache, `track-matrix` scrolls and filters the matrix in the app.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inProcessReader } from '../../electron/services/received-files';
import { openTrackingWorkspace, type TrackingWorkspace } from '../../electron/services/tracking-workspace';
import { WORKSPACE_DIR } from '../../electron/services/tracking-cache';
import { FAST, summarize, type Repeat } from '../lib/measure';
import { trackingWorkload, trackingUnavailable, TRACKING_WORKLOAD } from '../track/tracking-workload';
import type { TrackingWorkload } from '../track/generate-workspace';
import { measureFilterWork } from '../track/filter-work';
import { measureMatrixFrames } from '../track/matrix-frames';
import type { BenchCase, CaseOutcome } from './case';
import { harnessUnavailable } from './harness-available';

/** A first open reads 150 files through the importer: a warm-up and two measured runs. */
const COLD: Repeat = { budgetMs: 0, min: 2, max: 2 };

const megabytes = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** What the open gave, and whether any task a unit dropped shows as covered (it must not). */
function facts(workspace: TrackingWorkspace, workload: TrackingWorkload): Record<string, number> {
  const { matrix } = workspace;
  let wrongCovered = 0;
  for (const unit of matrix.units) {
    const dropped = workload.dropped.get(unit.name) ?? new Set<string>();
    for (const cell of unit.cells) if (cell.state !== 'missing' && dropped.has(matrix.tasks[cell.task]?.text ?? '')) wrongCovered++;
  }
  return {
    units: matrix.units.length,
    units_with_plan: matrix.units.filter((u) => u.plan !== null).length,
    tasks: matrix.tasks.length,
    cells: matrix.units.reduce((n, u) => n + u.cells.length, 0),
    covered: matrix.units.reduce((n, u) => n + u.covered, 0),
    wrong_covered: wrongCovered,
    files_not_counted: matrix.files.filter((f) => f.status !== 'counted' && f.status !== 'parent').length,
  };
}

function open(workload: TrackingWorkload): Promise<TrackingWorkspace> {
  return openTrackingWorkspace(workload.folder, { directory: workload.directory, received: inProcessReader });
}

export const trackOpenCase: BenchCase = {
  name: 'track-open',
  workload: TRACKING_WORKLOAD,
  unavailable: trackingUnavailable,
  async measure(_plan, context) {
    const workload = await trackingWorkload(context);
    const { timing, value } = await context.time(
      'track-open',
      async () => {
        await rm(join(workload.folder, WORKSPACE_DIR), { recursive: true, force: true });
        return open(workload);
      },
      COLD,
    );
    const memory = process.memoryUsage();
    return {
      timing,
      facts: {
        ...facts(value, workload),
        heap_mb: megabytes(memory.heapUsed),
        rss_mb: megabytes(memory.rss),
        matrix_json_mb: megabytes(JSON.stringify(value.matrix).length),
      },
    };
  },
};

export const trackReopenCase: BenchCase = {
  name: 'track-reopen',
  workload: TRACKING_WORKLOAD,
  unavailable: trackingUnavailable,
  async measure(_plan, context) {
    const workload = await trackingWorkload(context);
    await open(workload);
    const { timing, value } = await context.time('track-reopen', () => open(workload), FAST);
    return { timing, facts: facts(value, workload) };
  },
};

export const trackMatrixCase: BenchCase = {
  name: 'track-matrix',
  workload: TRACKING_WORKLOAD,
  unavailable: (context) => trackingUnavailable(context) ?? harnessUnavailable(context),
  async measure(_plan, context): Promise<CaseOutcome> {
    const workload = await trackingWorkload(context);
    const harness = await context.harness();
    // The harness's user directory gets the 150 communes, as a province's clerk would have added them.
    await writeFile(join(harness.dataDir, 'agencies.json'), JSON.stringify({ version: 1, ...workload.userDirectory }));
    await open(workload);
    const started = await harness.start();
    const { page } = started;
    try {
      await page.getByRole('button', { name: 'Theo dõi triển khai' }).click();
      await page.evaluate(async (folder) => {
        await fetch('./__harness/dialog', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify([folder]),
        });
      }, workload.folder);
      const clicked = performance.now();
      await page.getByRole('button', { name: 'Chọn thư mục theo dõi…' }).click();
      await page.locator('.matrix-row').first().waitFor({ timeout: 120_000 });
      const shown = performance.now() - clicked;
      const frames = await measureMatrixFrames(page);
      const work = await measureFilterWork(page);
      const scroll = summarize(frames.scroll);
      const filter = summarize(frames.filter);
      const idle = summarize(frames.idle);
      return {
        timing: summarize([...frames.scroll, ...frames.filter]),
        metrics: {
          scroll_frame_median_ms: scroll.median_ms,
          scroll_frame_p95_ms: scroll.p95_ms,
          filter_frame_median_ms: filter.median_ms,
          filter_frame_p95_ms: filter.p95_ms,
          idle_frame_median_ms: idle.median_ms,
          idle_frame_p95_ms: idle.p95_ms,
          shown_ms: shown,
          ...work,
        },
        facts: { scroll_frames: scroll.runs, filter_changes: filter.runs, page_heap_mb: Math.round(frames.heapMb * 10) / 10 },
      };
    } finally {
      await started.close();
    }
  },
};
