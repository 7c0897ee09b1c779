/**
 * `keystroke-grid`: 200 keys typed into a task cell in the middle of the plan's largest appendix
 * (after 20 to warm up), timed by the page as in `keystroke-section`.
 */
import { appendixLabel } from '../../shared/model';
import type { BenchCase } from './case';
import { harnessUnavailable } from './harness-available';
import { measureTyping } from '../harness/type-keys';

export const keystrokeGrid: BenchCase = {
  name: 'keystroke-grid',
  unavailable: harnessUnavailable,
  async measure(plan, context) {
    const appendices = plan.plan.appendices;
    const largest = appendices.reduce((best, a, i) => ((appendices[best]?.rows.length ?? 0) < a.rows.length ? i : best), 0);
    const appendix = appendices[largest];
    if (appendix === undefined) throw new Error('The plan has no appendix');
    const opened = await (await context.harness()).open(plan);
    try {
      const { page } = opened;
      const label = appendixLabel(appendix, largest, appendices.length);
      await page
        .getByRole('navigation', { name: 'Bố cục kế hoạch' })
        .getByRole('button', { name: new RegExp(`^${label} `, 'u') })
        .click();
      await page.getByRole('grid').waitFor();
      // A data row in the middle: scroll it into view through the grid's own keyboard (Ctrl+End, then up).
      const middle = Math.floor(appendix.rows.length / 2);
      const row = appendix.rows.findIndex((r, i) => i >= middle && r.kind === 'data');
      await page.locator(`.grid-row[data-index="0"] [data-col="${appendix.mainColumn}"]`).click();
      for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('F2');
      await page.keyboard.press('End');
      const { handling, frame } = await measureTyping(opened);
      return {
        timing: handling,
        metrics: { frame_median_ms: frame.median_ms, frame_p95_ms: frame.p95_ms },
        facts: { appendix: label, appendix_rows: appendix.rows.length, row: row + 1 },
      };
    } finally {
      await opened.close();
    }
  },
};
