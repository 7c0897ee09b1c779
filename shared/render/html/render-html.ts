/**
 * Plan → one self-contained HTML document for Chromium's print engine (CSS paged media): every
 * layout section on its own named page with the profile's size, orientation and margins. The same
 * layout tree feeds the DOCX backend, so both show the same text, tables and page setup.
 *
 * Page numbers are not drawn here: Chromium 156 cannot restart or offset the page counter per
 * section (measured: `counter-reset: page` in a page context changes only the page it applies to),
 * so `shared/pdf` stamps them after printing.
 */
import type { PlanDocument } from '../../model';
import { buildLayout, type LayoutDocument } from '../layout';
import { block } from './html-blocks';
import { documentCss, pageName } from './html-css';
import { printDocument } from './print-document';

/**
 * The document with only the given sections (all by default). Printing one section at a time tells
 * the PDF stage where each section's pages start.
 */
export function layoutToHtml(layout: LayoutDocument, sectionIndexes: readonly number[] = layout.sections.map((_, i) => i)): string {
  const sections = sectionIndexes.map((index) => {
    const section = layout.sections[index];
    if (section === undefined) throw new RangeError(`No layout section ${index}`);
    return `<section class="${section.role}" style="page: ${pageName(index)}">${section.blocks.map(block).join('\n')}</section>`;
  });
  return printDocument({ language: layout.font.language, title: layout.properties.title, css: documentCss(layout), body: sections });
}

export function renderHtml(plan: PlanDocument): string {
  return layoutToHtml(buildLayout(plan));
}
