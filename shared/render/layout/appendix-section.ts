/**
 * One appendix on its own pages: "Phụ lục I", the title, the "(Kèm theo Kế hoạch số … ngày … của …)"
 * line, the table and its notes, in the appendix's orientation.
 */
import { appendixNumber, formatLongDate, formatNumberSymbol, formatShortDate, type Appendix, type PlanDocument } from '../../model';
import type { FormatProfile } from '../../format';
import { appendixTable } from './appendix-table';
import { markUnder, para, paras, sentenceCase, upper } from './blocks';
import type { LayoutBlock, LayoutSection, PageSetup } from './layout-types';
import { STYLE } from './styles';

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

/** "(Kèm theo Kế hoạch số 58-KH/TU ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy)" */
export function appendixRefLine(plan: Pick<PlanDocument, 'meta'>, profile: FormatProfile): string {
  const { number, symbol, date, typeName, issuingOrgan } = plan.meta;
  const code =
    number === ''
      ? `${' '.repeat(profile.header.blankNumberWidth)}${profile.system === 'dang' ? '-' : '/'}${symbol}`
      : formatNumberSymbol(number, symbol, profile.system);
  const when = profile.appendix.refDate === 'long' ? formatLongDate(date) : `ngày ${formatShortDate(date)}`;
  return `(Kèm theo ${sentenceCase(typeName)} số ${code} ${when} của ${issuingOrgan.citation})`;
}

export function appendixSection(plan: PlanDocument, profile: FormatProfile, appendix: Appendix, index: number): LayoutSection {
  const page = pageSetup(profile, appendix.orientation);
  const width = textWidth(page);
  const refLine = appendix.refLine ?? appendixRefLine(plan, profile);
  const refStyle = profile.appendix.refLine;
  const blocks: LayoutBlock[] = [
    para(STYLE.appendixLabel, `${profile.appendix.label.text} ${appendixNumber(appendix, index, plan.appendices.length)}`.trimEnd()),
    ...paras(STYLE.appendixTitle, upper(appendix.title)),
    para(STYLE.appendixRef, refLine),
  ];
  if (profile.title.summaryMark.kind !== 'text') {
    blocks.push(
      markUnder({ kind: 'line', ratio: 0.3 }, refLine, refStyle.size.value, false, width, { text: STYLE.rule, rule: STYLE.summaryRule }),
    );
  }
  blocks.push(appendixTable(appendix, width, profile.appendix.table.cellMarginMm));
  blocks.push(...appendix.notes.map((note) => para(STYLE.tableNote, note)));
  return {
    role: 'appendix',
    page,
    pageNumbers: {
      restart: profile.appendix.restartPageNumbers,
      hideOnFirstPage: profile.appendix.restartPageNumbers && profile.pageNumber.hideOnFirstPage,
    },
    blocks,
  };
}
