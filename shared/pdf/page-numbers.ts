/**
 * Which number each printed page shows, and the small document that draws those numbers. Chromium
 * prints the numbers itself (same engine, same embedded font as the text); `stamp-pages` lays each
 * of its pages over the matching page of the plan.
 */
import type { LayoutDocument } from '../render/layout';
import { SINGLE_LINE_EM, escapeHtml, fontStack, printDocument } from '../render/html';

export interface PageLabel {
  /** The layout section the page belongs to. */
  readonly section: number;
  /** The number printed at the top, or null where the page shows none. */
  readonly number: number | null;
}

/** Page labels for sections that printed to the given page counts, following each section's rule. */
export function pageLabels(layout: LayoutDocument, pageCounts: readonly number[]): PageLabel[] {
  const labels: PageLabel[] = [];
  let current = 0;
  layout.sections.forEach((section, index) => {
    const count = pageCounts[index] ?? 0;
    if (section.pageNumbers.restart) current = 0;
    for (let page = 0; page < count; page++) {
      current++;
      const hidden = page === 0 && section.pageNumbers.hideOnFirstPage;
      labels.push({ section: index, number: hidden ? null : current });
    }
  });
  return labels;
}

/** One page per label, each the size of its section's page, with the number centred in the top margin. */
export function pageNumberHtml(layout: LayoutDocument, labels: readonly PageLabel[]): string {
  const style = layout.styles.find((s) => s.id === layout.pageNumberStyle);
  const sizePt = style?.sizePt ?? 13;
  const pages = layout.sections.map((section, index) => {
    const { widthMm, heightMm } = section.page;
    return `@page n${index} { size: ${widthMm}mm ${heightMm}mm; margin: 0; }`;
  });
  const body = labels.map((label) => {
    const section = layout.sections[label.section];
    const top = section?.page.headerDistanceMm ?? 10;
    const text = label.number === null ? '' : escapeHtml(String(label.number));
    return `<div class="page" style="page: n${label.section}; padding-top: ${top}mm">${text}</div>`;
  });
  const css = [
    'html, body { margin: 0; padding: 0; }',
    `body { font-family: ${fontStack(layout.font.family)}; font-size: ${sizePt}pt; line-height: ${SINGLE_LINE_EM}; }`,
    '.page { text-align: center; break-after: page; }',
    '.page:last-child { break-after: auto; }',
    ...pages,
  ].join('\n');
  return printDocument({ language: layout.font.language, title: layout.properties.title, css, body });
}
