/**
 * Whether a received plan implements the parent being tracked: by its trace links (a plan cloned
 * in this app, read from its .kehoach or from the model in its DOCX) or by what it cites ("Thực
 * hiện Kế hoạch số 58-KH/TU ngày 15/4/2026 …", which the importer reads into its căn cứ).
 */
import { implementedPlan, planReference } from '../clone';
import { formatCitation, getProfile } from '../format';
import { nameKey, toIsoDate, type DocumentReference, type PlanDocument } from '../model';

export type ParentLink = { readonly kind: 'linked' } | { readonly kind: 'other'; readonly reason: string };

function linksTo(child: PlanDocument, parentId: string): boolean {
  return child.appendices.some((appendix) => appendix.rows.some((row) => row.trace?.some((link) => link.planId === parentId) === true));
}

/** Symbols compared without their separators and case: "KH/TU", "KH-TU" and "kh/tu" are one. */
function symbolKey(symbol: string): string {
  return nameKey(symbol).replace(/[^a-z0-9]/gu, '');
}

/**
 * A citation names the parent when its number and symbol are the parent's (and its date, where
 * both have one); a parent not yet numbered is known by its date and tên loại.
 */
function citesParent(ref: DocumentReference, parent: PlanDocument): boolean {
  const { number, symbol, typeName } = parent.meta;
  const parentDate = toIsoDate(parent.meta.date);
  const sameDate = ref.date === '' || parentDate.length < 10 || ref.date === parentDate;
  if (number !== '') {
    return ref.number.replace(/^0+/u, '') === number.replace(/^0+/u, '') && symbolKey(ref.symbol) === symbolKey(symbol) && sameDate;
  }
  return ref.date !== '' && ref.date === parentDate && nameKey(ref.typeName) === nameKey(typeName);
}

export function parentLink(child: PlanDocument, parent: PlanDocument): ParentLink {
  if (linksTo(child, parent.id) || child.basis.some((ref) => citesParent(ref, parent))) return { kind: 'linked' };
  const cited = implementedPlan(child);
  const citing = getProfile(child.profile);
  const parentName = formatCitation(planReference(parent, parent.id), citing);
  return {
    kind: 'other',
    reason:
      cited === undefined
        ? `Kế hoạch này không nêu là thực hiện ${parentName}.`
        : `Kế hoạch này thực hiện ${formatCitation(cited, citing)}, không phải ${parentName}.`,
  };
}
