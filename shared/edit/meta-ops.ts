/**
 * Edits of the document's properties (header, number and symbol, title, date, markings, archive).
 * Text is stored in NFC; each edit returns the same plan when nothing changes, so the undo history
 * records no empty steps. Values the schema refuses (an empty organ name, a number with letters) are
 * kept out by the caller, which shows the problem while the user types (see field-input.ts).
 */
import type { Markings, Meta, IssueDate } from '../model/meta.schema';
import type { PlanDocument } from '../model/plan.schema';
import { followDate } from './profile-ops';

export type MetaTextField = 'docType' | 'typeName' | 'summary' | 'parentOrgan' | 'place' | 'symbol' | 'number';

export function setMetaText(plan: PlanDocument, field: MetaTextField, value: string): PlanDocument {
  const nfc = value.normalize('NFC');
  if (plan.meta[field] === nfc) return plan;
  return { ...plan, meta: { ...plan.meta, [field]: nfc } };
}

export function setIssuingOrgan(plan: PlanDocument, part: keyof Meta['issuingOrgan'], value: string): PlanDocument {
  const nfc = value.normalize('NFC');
  if (plan.meta.issuingOrgan[part] === nfc) return plan;
  return { ...plan, meta: { ...plan.meta, issuingOrgan: { ...plan.meta.issuingOrgan, [part]: nfc } } };
}

/**
 * Tên loại as printed and its abbreviation, chosen together ("CHƯƠNG TRÌNH" and "CTr"). A symbol
 * that starts with the old abbreviation follows it ("KH-UBND" becomes "CTr-UBND").
 */
export function setDocumentType(plan: PlanDocument, typeName: string, docType: string): PlanDocument {
  const old = plan.meta.docType;
  const symbol = plan.meta.symbol;
  const follows = docType !== old && (symbol.startsWith(`${old}-`) || symbol.startsWith(`${old}/`));
  const next = setMetaText(setMetaText(plan, 'typeName', typeName), 'docType', docType);
  return follows ? setMetaText(next, 'symbol', `${docType}${symbol.slice(old.length)}`) : next;
}

/** The new date, and the profile it calls for when the plan's profile follows its date. */
export function setPlanDate(plan: PlanDocument, date: IssueDate): PlanDocument {
  const current = plan.meta.date;
  if (current.year === date.year && current.month === date.month && current.day === date.day) return plan;
  return followDate({ ...plan, meta: { ...plan.meta, date: { year: date.year, month: date.month, day: date.day } } });
}

export function setMarkings(plan: PlanDocument, patch: Partial<Markings>): PlanDocument {
  const markings = plan.meta.markings;
  const next: Markings = { ...markings };
  let changed = false;
  for (const key of Object.keys(patch) as (keyof Markings)[]) {
    const raw = patch[key];
    if (raw === undefined) continue;
    const value = typeof raw === 'string' ? raw.normalize('NFC') : raw;
    if (markings[key] === value) continue;
    Object.assign(next, { [key]: value });
    changed = true;
  }
  return changed ? { ...plan, meta: { ...plan.meta, markings: next } } : plan;
}

/** What follows "Lưu" in the last nơi nhận line. */
export function setArchive(plan: PlanDocument, archive: string): PlanDocument {
  const nfc = archive.normalize('NFC');
  return plan.archive === nfc ? plan : { ...plan, archive: nfc };
}

export function setSectionNumbering(plan: PlanDocument, numbering: PlanDocument['sectionNumbering']): PlanDocument {
  return plan.sectionNumbering === numbering ? plan : { ...plan, sectionNumbering: numbering };
}

export function setBasisLines(plan: PlanDocument, basisLines: boolean): PlanDocument {
  return plan.basisLines === basisLines ? plan : { ...plan, basisLines };
}
