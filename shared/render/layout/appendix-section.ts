/**
 * One appendix on its own pages: "Phụ lục I", the title, the "(Kèm theo Kế hoạch số … ngày … của …)"
 * line, the table and its notes, in the appendix's orientation.
 */
import { appendixNumber, type Appendix, type PlanDocument } from '../../model';
import { appendixPageNumbering, appendixRefLine, appendixRefLineMark, type FormatProfile } from '../../format';
import { appendixTable } from './appendix-table';
import { markUnder, para, paras, upper } from './blocks';
import type { LayoutBlock, LayoutSection, PageSetup } from './layout-types';
import { STYLE } from './styles';

/** The page as printed: the profile's sheet is upright, so a landscape page swaps its sides. */
export function pageSetup(profile: FormatProfile, orientation: PageSetup['orientation']): PageSetup {
  const { widthMm, heightMm, margins, headerDistanceMm } = profile.page;
  const landscape = orientation === 'landscape';
  return {
    widthMm: landscape ? heightMm : widthMm,
    heightMm: landscape ? widthMm : heightMm,
    orientation,
    margins: { top: margins.top.value, bottom: margins.bottom.value, left: margins.left.value, right: margins.right.value },
    headerDistanceMm,
  };
}

export function textWidth(page: PageSetup): number {
  return page.widthMm - page.margins.left - page.margins.right;
}

export function appendixSection(plan: PlanDocument, profile: FormatProfile, appendix: Appendix, index: number): LayoutSection {
  const page = pageSetup(profile, appendix.orientation);
  const width = textWidth(page);
  const refLine = appendix.refLine ?? appendixRefLine(plan.meta, profile);
  const refStyle = profile.appendix.refLine;
  const blocks: LayoutBlock[] = [
    para(STYLE.appendixLabel, `${profile.appendix.label.text} ${appendixNumber(appendix, index, plan.appendices.length)}`.trimEnd()),
    ...paras(STYLE.appendixTitle, upper(appendix.title)),
    para(STYLE.appendixRef, refLine),
  ];
  const mark = appendixRefLineMark(profile);
  if (mark !== null) {
    blocks.push(markUnder(mark, refLine, refStyle.size.value, false, width, { text: STYLE.summaryMark, rule: STYLE.summaryRule }));
  }
  blocks.push(appendixTable(appendix, width, profile.appendix.table.cellMarginMm));
  blocks.push(...appendix.notes.map((note) => para(STYLE.tableNote, note)));
  return {
    role: 'appendix',
    page,
    pageNumbers: appendixPageNumbering(profile),
    blocks,
  };
}
