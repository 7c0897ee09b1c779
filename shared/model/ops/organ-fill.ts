/**
 * What choosing the issuing organ from the agency directory fills in: the header (and the line
 * above it), the name used in running text, the organ's part of the symbol, the place and the
 * signer's authority and position. Each change is listed with what it replaces, so the app can ask
 * before overwriting what the user typed and apply only what the user accepts.
 */
import type { AgencyDirectory } from '../agency-directory';
import type { Organ } from '../agency.schema';
import type { AuthorityKind, Signer, System } from '../meta.schema';
import type { PlanDocument } from '../plan.schema';
import { setIssuingOrgan, setMetaText } from './meta-ops';
import { setSignerRole } from './signer-ops';

type AuthorityStep = Signer['authority'][number];

export type OrganFillField = 'header' | 'parentOrgan' | 'citation' | 'symbol' | 'place' | 'signer';

export interface OrganFillChange {
  readonly field: OrganFillField;
  /** Vietnamese name of the field, for the question. */
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** The field holds text of the user's (not empty, not a template's "…" slot) that would be lost. */
  readonly overwrites: boolean;
}

export interface OrganFill {
  readonly organ: Organ;
  readonly system: System;
  readonly changes: readonly OrganFillChange[];
}

const LABELS: Readonly<Record<OrganFillField, string>> = {
  header: 'Tên cơ quan ban hành',
  parentOrgan: 'Cơ quan chủ quản',
  citation: 'Tên dùng khi trích dẫn',
  symbol: 'Ký hiệu',
  place: 'Địa danh',
  signer: 'Thẩm quyền ký và chức vụ',
};

/** Empty, or still the template's placeholder ("TỈNH ỦY …", "KH-…"). */
export function isUnfilled(text: string): boolean {
  return text.trim() === '' || text.includes('…');
}

function signerText(authority: readonly AuthorityStep[], position: string, form: (kind: AuthorityKind) => string): string {
  return [...authority.map((s) => `${form(s.kind)} ${s.body}`.trim()), position].join(' / ');
}

export interface OrganFillOptions {
  /**
   * Lines the system prints at the top right ("ĐẢNG CỘNG SẢN VIỆT NAM"): a directory that names
   * one as the organ's parent line must not make it print twice.
   */
  readonly printedHeadings: readonly string[];
  /** How the system writes a signing form ("TM." or "T/M"), for the listed changes. */
  readonly authorityForm: (kind: AuthorityKind) => string;
}

export function organFill(plan: PlanDocument, directory: AgencyDirectory, organ: Organ, options: OrganFillOptions): OrganFill {
  const system = organ.system;
  const parent = directory.parentHeaderOf(organ);
  const targets: Record<OrganFillField, string | null> = {
    header: directory.headerOf(organ),
    parentOrgan: options.printedHeadings.includes(parent) ? '' : parent,
    citation: organ.name,
    symbol: organ.symbol === '' ? null : `${plan.meta.docType}${system === 'dang' ? '/' : '-'}${organ.symbol}`,
    // Only a place still to fill: the directory knows the province, not where a commune signs.
    place: isUnfilled(plan.meta.place) && directory.data.province !== '' ? directory.data.province : null,
    signer: organ.signer === undefined ? null : signerText(organ.signer.authority, organ.signer.position, options.authorityForm),
  };
  const current: Record<OrganFillField, string> = {
    header: plan.meta.issuingOrgan.header,
    parentOrgan: plan.meta.parentOrgan,
    citation: plan.meta.issuingOrgan.citation,
    symbol: plan.meta.symbol,
    place: plan.meta.place,
    signer: signerText(plan.signer.authority, plan.signer.position, options.authorityForm),
  };
  const changes: OrganFillChange[] = [];
  for (const field of Object.keys(LABELS) as OrganFillField[]) {
    const after = targets[field];
    const before = current[field];
    if (after === null || after === before) continue;
    changes.push({ field, label: LABELS[field], before, after, overwrites: !isUnfilled(before) });
  }
  return { organ, system, changes };
}

/** Applies the accepted changes of a fill (all of them by default). */
export function applyOrganFill(
  plan: PlanDocument,
  fill: OrganFill,
  accept: (change: OrganFillChange) => boolean = () => true,
): PlanDocument {
  let next = plan;
  for (const change of fill.changes) {
    if (!accept(change)) continue;
    switch (change.field) {
      case 'header':
      case 'citation':
        next = setIssuingOrgan(next, change.field, change.after);
        break;
      case 'parentOrgan':
      case 'symbol':
      case 'place':
        next = setMetaText(next, change.field, change.after);
        break;
      case 'signer':
        if (fill.organ.signer !== undefined) next = setSignerRole(next, fill.organ.signer);
        break;
    }
  }
  return next;
}
