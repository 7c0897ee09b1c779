/**
 * `keystroke-section`: 200 keys typed at the end of the plan's longest section (after 20 to warm
 * up), each timed by the page from its keydown to the end of the DOM work it caused and to the
 * next painted frame.
 */
import type { BenchCase } from './case';
import { harnessUnavailable } from './harness-available';
import { sectionNumber } from '../../shared/model';
import { measureTyping } from '../harness/type-keys';

export const keystrokeSection: BenchCase = {
  name: 'keystroke-section',
  unavailable: harnessUnavailable,
  async measure(plan, context) {
    const sections = plan.plan.sections;
    const longest = sections.reduce((best, s, i) => ((sections[best]?.blocks.length ?? 0) < s.blocks.length ? i : best), 0);
    const opened = await (await context.harness()).open(plan);
    try {
      const editor = opened.page.getByRole('textbox', { name: `Nội dung mục ${sectionNumber(longest)}`, exact: true });
      await editor.click();
      await opened.page.keyboard.press('Control+End');
      await opened.page.keyboard.press('Enter');
      const { handling, frame } = await measureTyping(opened);
      return {
        timing: handling,
        metrics: { frame_median_ms: frame.median_ms, frame_p95_ms: frame.p95_ms },
        facts: { section: sectionNumber(longest), section_blocks: sections[longest]?.blocks.length ?? 0 },
      };
    } finally {
      await opened.close();
    }
  },
};
