/**
 * `editable`: from the start of the page's navigation to the moment the plan's first section can
 * be typed in, as the page's own clock measures it (one warm-up load, then five); and the
 * renderer's JS heap, after a garbage collection, once the plan is open.
 */
import { summarize } from '../lib/measure';
import type { BenchCase } from './case';
import { harnessUnavailable } from './harness-available';

const LOADS = 5;

export const editableCase: BenchCase = {
  name: 'editable',
  unavailable: harnessUnavailable,
  async measure(plan, context) {
    const harness = await context.harness();
    const times: number[] = [];
    let heapMb = 0;
    for (let load = 0; load <= LOADS; load++) {
      const opened = await harness.open(plan);
      try {
        const { editableAt } = await opened.probe();
        if (editableAt === null) throw new Error('The probe did not see the editor appear');
        if (load > 0) times.push(Math.round(editableAt));
        await opened.cdp.send('HeapProfiler.collectGarbage');
        const heap = await opened.cdp.send('Runtime.getHeapUsage');
        heapMb = Math.round((heap.usedSize / 1024 / 1024) * 10) / 10;
      } finally {
        await opened.close();
      }
      if (load > 0) context.progress(`    editable ${plan.size}: load ${load}/${LOADS}`);
    }
    return { timing: summarize(times), facts: { heap_mb: heapMb } };
  },
};
