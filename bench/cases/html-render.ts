/** `html-render`: plan → the print HTML that Chromium prints and the app previews. */
import { renderHtml } from '../../shared/render/html';
import { FAST } from '../lib/measure';
import { alwaysAvailable, type BenchCase } from './case';

export const htmlRender: BenchCase = {
  name: 'html-render',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const { timing, value: html } = await context.time(`html-render ${plan.size}`, () => renderHtml(plan.plan), FAST);
    return { timing, facts: { html_kb: Math.round(html.length / 1024) } };
  },
};
