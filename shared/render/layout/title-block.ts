/** Tên loại and trích yếu (ô 5a) with the rule or "-----" under them, and the căn cứ lines (ô 6). */
import type { PlanDocument } from '../../model';
import { formatCitation, isLetter, type FormatProfile } from '../../format';
import { markUnder, para, paras, upper } from './blocks';
import type { LayoutBlock } from './layout-types';
import { STYLE } from './styles';

export function titleBlock(plan: Pick<PlanDocument, 'meta'>, profile: FormatProfile, textWidthMm: number): LayoutBlock[] {
  // A công văn prints no tên loại; its trích yếu stands under the number (headerBlock).
  if (isLetter(plan.meta.docType)) return [];
  const summary = plan.meta.summary;
  const blocks: LayoutBlock[] = [para(STYLE.typeName, upper(plan.meta.typeName))];
  if (summary !== '') blocks.push(...paras(STYLE.summary, summary));
  const mark = profile.title.summaryMark;
  const style = profile.title.summary;
  // The rule under a long, wrapping trích yếu is measured against one full line, not the whole text.
  blocks.push(
    markUnder(mark, summary === '' ? plan.meta.typeName : summary, style.size.value, style.bold, textWidthMm, {
      text: STYLE.summaryMark,
      rule: STYLE.summaryRule,
    }),
  );
  return blocks;
}

export function basisBlock(plan: Pick<PlanDocument, 'basis' | 'basisLines'>, profile: FormatProfile): LayoutBlock[] {
  if (!plan.basisLines || plan.basis.length === 0) return [];
  const { linePrefix, lineEnd, lastLineEnd } = profile.basis;
  return plan.basis.map((ref, i) =>
    para(STYLE.basis, `${linePrefix}Căn cứ ${formatCitation(ref, profile)}${i === plan.basis.length - 1 ? lastLineEnd : lineEnd}`),
  );
}
