/**
 * The visible text of a cross-reference ("điểm 2 mục II Phụ lục I", "điểm 1.1 Phụ lục 3"), named as
 * the printed table numbers the row and computed from the current numbers, so that reordering rows
 * or appendices never leaves a stale reference behind.
 */
import { appendixLabel, rowCitations } from './appendix-numbering';
import type { CrossRef } from './inline.schema';
import type { PlanDocument } from './plan.schema';

export const BROKEN_REFERENCE = '[tham chiếu không tồn tại]';

export type CrossRefResolver = (ref: CrossRef) => string;

/** Builds a resolver once per render, so row numbers are computed once per appendix. */
export function createCrossRefResolver(plan: Pick<PlanDocument, 'appendices'>): CrossRefResolver {
  const appendixLabels = new Map<string, string>();
  const citations = new Map<string, Map<string, string>>();
  plan.appendices.forEach((appendix, index) => {
    appendixLabels.set(appendix.id, appendixLabel(appendix, index, plan.appendices.length));
    citations.set(appendix.id, rowCitations(appendix));
  });
  return (ref) => {
    const label = appendixLabels.get(ref.appendixId);
    if (label === undefined) return BROKEN_REFERENCE;
    if (ref.rowId === undefined) return label;
    const citation = citations.get(ref.appendixId)?.get(ref.rowId);
    if (citation === undefined) return BROKEN_REFERENCE;
    return citation === '' ? label : `${citation} ${label}`;
  };
}
