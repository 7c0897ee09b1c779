/**
 * Page numbers follow each profile's rule: NĐ 30 starts every appendix at 1 with no number on its
 * first page; HD 36 runs on from the body. The number overlay has one page per printed page, each
 * the size of its section's page.
 */
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../shared/model';
import { pageLabels, pageNumberHtml } from '../../../shared/pdf';
import { buildLayout } from '../../../shared/render/layout';
import { PARTY_FIXTURE, STATE_FIXTURE, loadFixture } from '../render/docx-xml';

/** The State fixture has no appendix; it gets the Party fixture's, which are landscape. */
function stateWithAppendices(): PlanDocument {
  const plan = loadFixture(STATE_FIXTURE);
  plan.appendices = loadFixture(PARTY_FIXTURE).appendices;
  return plan;
}

const numbers = (labels: ReturnType<typeof pageLabels>): (number | null)[] => labels.map((l) => l.number);

describe('pageLabels', () => {
  it('restarts at each appendix and hides its first number under NĐ 30', () => {
    const layout = buildLayout(stateWithAppendices());
    const counts = layout.sections.map((_, i) => (i === 0 ? 3 : 2));
    const labels = pageLabels(layout, counts);
    expect(numbers(labels).slice(0, 5)).toEqual([null, 2, 3, null, 2]);
    expect(labels.map((l) => l.section).slice(0, 5)).toEqual([0, 0, 0, 1, 1]);
  });

  it('runs on from the body under HD 36', () => {
    const layout = buildLayout(loadFixture(PARTY_FIXTURE));
    expect(layout.sections).toHaveLength(3);
    expect(numbers(pageLabels(layout, [9, 7, 2]))).toEqual([null, ...Array.from({ length: 17 }, (_, i) => i + 2)]);
  });

  it('counts a section that printed no page as nothing', () => {
    const layout = buildLayout(loadFixture(PARTY_FIXTURE));
    expect(numbers(pageLabels(layout, [1, 0, 1]))).toEqual([null, 2]);
  });
});

describe('pageNumberHtml', () => {
  it('has one page per label in its section size, numbers centred at the header distance', () => {
    const layout = buildLayout(stateWithAppendices());
    const labels = pageLabels(
      layout,
      layout.sections.map(() => 2),
    );
    const html = pageNumberHtml(layout, labels);
    const pages = [...html.matchAll(/<div class="page" style="page: n(\d+); padding-top: ([\d.]+)mm">(\d*)<\/div>/g)];
    expect(pages).toHaveLength(labels.length);
    expect(pages.map((m) => (m[3] === '' ? null : Number(m[3])))).toEqual(numbers(labels));
    expect(html).toContain('@page n0 { size: 210mm 297mm; margin: 0; }');
    expect(html).toContain('@page n1 { size: 297mm 210mm; margin: 0; }');
    expect(html).toMatch(/font-size: 1[34]pt/);
  });
});
