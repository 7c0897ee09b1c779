/**
 * What the report and the reminder letters share: they are issued by the parent's issuer, in the
 * parent's rule profile, with its signer and archive line, a number slot left for the văn thư and
 * the parent cited as the units' plans cite it.
 */
import { planReference } from '../clone';
import { composeSymbol, formatCitation, getProfile, symbolGroups, type NumberForm } from '../format';
import { CURRENT_SCHEMA_VERSION, formatShortDate, type Block, type Meta, type PartialDate, type PlanDocument } from '../model';

export interface FollowUpOptions {
  /** The day the document is drafted: its month and year are filled, the day left for the văn thư. */
  readonly now: Date;
}

export function today(now: Date): PartialDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** "Kế hoạch số 58-KH/TU ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy tỉnh Ninh Bình" */
export function parentCitation(parent: PlanDocument): string {
  return formatCitation(planReference(parent, parent.id), getProfile(parent.profile));
}

/**
 * The parent's ký hiệu with another tên loại's code: "KH/TU" → "BC/TU", "KH-UBND" → "BC-UBND";
 * a State công văn has no code, so its ký hiệu is the organ's alone ("UBND").
 */
function followUpSymbol(parent: PlanDocument, code: string, form: NumberForm): string {
  const groups = symbolGroups(parent.meta.symbol);
  const organ = groups[0]?.toLocaleUpperCase('vi') === parent.meta.docType.toLocaleUpperCase('vi') ? groups.slice(1) : groups;
  return code === '' ? organ.join(form.issuersJoiner) : composeSymbol(code, organ.join(form.issuersJoiner), form);
}

export function followUpMeta(
  parent: PlanDocument,
  options: FollowUpOptions,
  kind: { readonly docType: string; readonly typeName: string; readonly code: string; readonly summary: string },
): Meta {
  const profile = getProfile(parent.profile);
  const date = today(options.now);
  return {
    ...parent.meta,
    docType: kind.docType,
    typeName: kind.typeName,
    summary: kind.summary,
    number: '',
    symbol: followUpSymbol(parent, kind.code, profile.header.number),
    date: { ...date, day: null },
    markings: { ...parent.meta.markings, draft: '', copies: null },
  };
}

/** The frame of a follow-up document: everything but its meta, body and appendices. */
export function followUpDocument(parent: PlanDocument, id: string, meta: Meta): Omit<PlanDocument, 'preamble' | 'sections' | 'appendices'> {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    profile: parent.profile,
    profileChoice: parent.profileChoice,
    templateId: '',
    meta,
    basis: [],
    basisLines: false,
    sectionNumbering: parent.sectionNumbering,
    signer: parent.signer,
    recipients: [],
    archive: parent.archive,
    comments: [],
  };
}

export function paragraph(id: string, text: string): Block {
  return { type: 'paragraph', id, children: [{ text }] };
}

export function bullet(id: string, text: string): Block {
  return { type: 'bullet', id, level: 1, children: [{ text }] };
}

/** "ngày 04/5/2026": the date the counts were taken. */
export function asOf(now: Date): string {
  return formatShortDate(today(now));
}
