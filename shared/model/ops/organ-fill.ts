/**
 * What choosing the issuing organ from the agency directory fills in: the header (and the line
 * above it), the name used in running text, the organ's part of the symbol, the place and the
 * signer's authority and position. Each change is listed with what it replaces, so the app can ask
 * before overwriting what the user typed and apply only what the user accepts.
 */
import { authorityForm, composeSymbol, getProfile, profileFor, spellOrganName, type FormatProfile } from '../../format';
import type { AgencyDirectory } from '../agency-directory';
import type { Organ } from '../agency.schema';
import type { Signer, System } from '../meta.schema';
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
  /** The profile the plan takes with this organ: its own when the system and the user's choice stay, else the one its date calls for. */
  readonly profile: FormatProfile;
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

function signerText(authority: readonly AuthorityStep[], position: string, profile: FormatProfile): string {
  return [...authority.map((s) => `${authorityForm(s.kind, profile)} ${s.body}`.trim()), position].join(' / ');
}

/** The profile a plan takes when `organ` becomes its issuer. */
export function organProfile(plan: Pick<PlanDocument, 'profile' | 'profileChoice' | 'meta'>, organ: Organ): FormatProfile {
  const own = getProfile(plan.profile);
  if (own.system === organ.system && plan.profileChoice === 'chosen') return own;
  return profileFor(organ.system, plan.meta.date);
}

export function organFill(plan: PlanDocument, directory: AgencyDirectory, organ: Organ): OrganFill {
  const profile = organProfile(plan, organ);
  const parent = directory.parentHeaderOf(organ);
  // A parent line the profile prints at the top right anyway ("ĐẢNG CỘNG SẢN VIỆT NAM") is not repeated.
  const printed = profile.header.motto.map((line) => line.text);
  const targets: Record<OrganFillField, string | null> = {
    header: spellOrganName(directory.headerOf(organ), profile),
    parentOrgan: printed.includes(parent) ? '' : spellOrganName(parent, profile),
    citation: organ.name,
    symbol: organ.symbol === '' ? null : composeSymbol(plan.meta.docType, organ.symbol, profile.header.number),
    // Only a place still to fill: the directory knows the province, not where a commune signs.
    place: isUnfilled(plan.meta.place) && directory.data.province !== '' ? directory.data.province : null,
    signer: organ.signer === undefined ? null : signerText(organ.signer.authority, organ.signer.position, profile),
  };
  const current: Record<OrganFillField, string> = {
    header: plan.meta.issuingOrgan.header,
    parentOrgan: plan.meta.parentOrgan,
    citation: plan.meta.issuingOrgan.citation,
    symbol: plan.meta.symbol,
    place: plan.meta.place,
    signer: signerText(plan.signer.authority, plan.signer.position, getProfile(plan.profile)),
  };
  const changes: OrganFillChange[] = [];
  for (const field of Object.keys(LABELS) as OrganFillField[]) {
    const after = targets[field];
    const before = current[field];
    if (after === null || after === before) continue;
    changes.push({ field, label: LABELS[field], before, after, overwrites: !isUnfilled(before) });
  }
  return { organ, system: organ.system, profile, changes };
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
