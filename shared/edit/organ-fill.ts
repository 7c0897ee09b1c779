/**
 * What choosing the issuing organ from the agency directory fills in: the header (and the line
 * above it), the name used in running text, the organ's part of the symbol, the place and the
 * signer's authority and position; and what it carries into a plan written for another organ: the
 * issuer's name in the opening paragraphs and the nơi nhận lines of another level. Each change is
 * listed with what it replaces, so the app can ask and apply only what the user accepts.
 */
import { authorityForm, composeSymbol, getProfile, profileFor, spellOrganName, type FormatProfile } from '../format';
import type { AgencyDirectory } from '../model/agency-directory';
import type { Organ } from '../model/agency.schema';
import type { Block } from '../model/body.schema';
import { isCrossRef, type Inline } from '../model/inline.schema';
import type { RecipientEntry, Signer, System } from '../model/meta.schema';
import type { PlanDocument } from '../model/plan.schema';
import { lineForLevel, writtenLevel } from './level-recipients';
import { setIssuingOrgan, setMetaText } from './meta-ops';
import { organLocality, type OrganLocality } from './organ-place';
import { isRecipientGroup } from './recipient-ops';
import { setSignerRole } from './signer-ops';

type AuthorityStep = Signer['authority'][number];

export type OrganFillField = 'header' | 'parentOrgan' | 'citation' | 'symbol' | 'place' | 'signer';

interface ChangeBase {
  /** Tells the changes of one fill apart (the app's check boxes). */
  readonly key: string;
  /** Vietnamese name of the field, for the question. */
  readonly label: string;
  readonly before: string;
  /** The new text; "" for a nơi nhận line the organ does not send. */
  readonly after: string;
  /** The field holds text of the user's (not empty, not a template's "…" slot) that would be lost. */
  readonly overwrites: boolean;
}

export type OrganFillChange = ChangeBase &
  (
    | { readonly field: OrganFillField }
    /** A paragraph before the sections naming the issuer: the old name is replaced in place. */
    | { readonly field: 'opening'; readonly blockId: string }
    /** A nơi nhận line (a name of a group at `nameIndex`) written for another level. */
    | { readonly field: 'recipient'; readonly index: number; readonly nameIndex: number }
  );

export interface OrganFill {
  readonly organ: Organ;
  readonly system: System;
  /** The profile the plan takes with this organ: its own when the system and the user's choice stay, else the one its date calls for. */
  readonly profile: FormatProfile;
  readonly changes: readonly OrganFillChange[];
  /** The issuer's names the opening paragraphs are searched for, and the new one. */
  readonly rename: { readonly from: readonly string[]; readonly to: string };
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
  const locality = organLocality(organ, directory);
  // A parent line the profile prints at the top right anyway ("ĐẢNG CỘNG SẢN VIỆT NAM") is not repeated.
  const printed = profile.header.motto.map((line) => line.text);
  const targets: Record<OrganFillField, string | null> = {
    header: spellOrganName(directory.headerOf(organ), profile),
    parentOrgan: printed.includes(parent) ? '' : spellOrganName(parent, profile),
    citation: organ.name,
    symbol: organ.symbol === '' ? null : composeSymbol(plan.meta.docType, organ.symbol, profile.header.number),
    place: locality.place === '' ? null : locality.place,
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
    changes.push({ key: field, field, label: LABELS[field], before, after, overwrites: !isUnfilled(before) });
  }
  const rename = { from: formerNames(plan.meta.issuingOrgan.citation), to: organ.name };
  if (rename.from.length > 0 && rename.from[0] !== rename.to) {
    changes.push(...openingChanges(plan.preamble, rename, !isUnfilled(plan.meta.issuingOrgan.citation)));
  }
  changes.push(...recipientChanges(plan, locality));
  return { organ, system: organ.system, profile, changes, rename };
}

/**
 * The names a plan calls its issuer by: its citation, and for a template's "Ủy ban nhân dân tỉnh …"
 * also the words before the slot, which its own sentences use ("Ủy ban nhân dân tỉnh ban hành").
 * A one-word stem ("Sở") is left out: it is also the short name a sentence defines ("gọi tắt là Sở").
 */
function formerNames(citation: string): string[] {
  const name = citation.trim();
  const names = [name];
  const stem = name.endsWith('…') ? name.slice(0, -1).trim() : name;
  if (stem !== name && stem.split(/\s+/u).length > 1) names.push(stem);
  return names.filter((name) => name !== '');
}

/** One pass, longest name first, so a new name that contains an old one is not replaced again. */
function replaceNames(text: string, from: readonly string[], to: string): string {
  const names = [...from].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return names.length === 0 ? text : text.replace(new RegExp(names.join('|'), 'gu'), () => to);
}

/** The inline content with the names replaced inside each text leaf, its formatting kept. */
function renamedInlines(children: readonly Inline[], rename: OrganFill['rename']): Inline[] {
  return children.map((node) => (isCrossRef(node) ? node : { ...node, text: replaceNames(node.text, rename.from, rename.to) }));
}

const blockText = (children: readonly Inline[]): string => children.map((node) => (isCrossRef(node) ? '' : node.text)).join('');

/** Words kept on each side of a changed passage, so the question shows where it is. */
const CONTEXT_WORDS = 4;

/** The changed passage of two texts with a few words around it: a paragraph is too long to read twice. */
function changedPassage(before: string, after: string): { before: string; after: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before.at(-1 - end) === after.at(-1 - end)) end++;
  const head = before.slice(0, start).split(' ');
  const lead = head.slice(0, -CONTEXT_WORDS - 1);
  const prefix = head.slice(-CONTEXT_WORDS - 1).join(' ');
  const tail = before.slice(before.length - end).split(' ');
  const trail = tail.slice(CONTEXT_WORDS + 1);
  const suffix = tail.slice(0, CONTEXT_WORDS + 1).join(' ');
  const cut = (middle: string): string => `${lead.length > 0 ? '… ' : ''}${prefix}${middle}${suffix}${trail.length > 0 ? ' …' : ''}`;
  return { before: cut(before.slice(start, before.length - end)), after: cut(after.slice(start, after.length - end)) };
}

function openingChanges(preamble: readonly Block[], rename: OrganFill['rename'], overwrites: boolean): OrganFillChange[] {
  return preamble.flatMap((block) => {
    const whole = blockText(block.children);
    const renamed = blockText(renamedInlines(block.children, rename));
    const { before, after } = changedPassage(whole, renamed);
    return whole === renamed
      ? []
      : [{ key: `opening:${block.id}`, field: 'opening' as const, blockId: block.id, label: 'Câu mở đầu', before, after, overwrites }];
  });
}

/** The nơi nhận lines written for the level the plan was written for, as the organ's level writes them. */
function recipientChanges(plan: PlanDocument, locality: OrganLocality): OrganFillChange[] {
  const from = writtenLevel([plan.meta.issuingOrgan.header, plan.meta.parentOrgan, plan.meta.issuingOrgan.citation]);
  const to = locality.level;
  if ((from !== 'tinh' && from !== 'xa') || (to !== 'tinh' && to !== 'xa')) return [];
  const lines = plan.recipients.flatMap((entry, index) =>
    (isRecipientGroup(entry) ? entry.names : [entry.name]).map((name, nameIndex) => ({ name, index, nameIndex })),
  );
  // A line turned into one the list already has ("Văn phòng Chính phủ" → "UBND tỉnh") is dropped instead.
  const kept = new Set(lines.map((line) => line.name));
  return lines.flatMap(({ name, index, nameIndex }) => {
    const rewritten = lineForLevel(name, from, to, { commune: to === 'xa' ? locality.levelWord : 'xã', province: locality.provinceWord });
    if (rewritten === undefined || rewritten === name) return [];
    const after = rewritten === null || kept.has(rewritten) ? '' : rewritten;
    if (after !== '') kept.add(after);
    return [
      {
        key: `recipient:${index}:${nameIndex}`,
        field: 'recipient' as const,
        index,
        nameIndex,
        label: 'Nơi nhận',
        before: name,
        after,
        overwrites: false,
      },
    ];
  });
}

/** The recipients with the accepted lines rewritten or dropped; a group left without names goes. */
function rewriteRecipients(recipients: readonly RecipientEntry[], lines: ReadonlyMap<string, string>): RecipientEntry[] {
  return recipients.flatMap((entry, index): RecipientEntry[] => {
    const line = (name: string, nameIndex: number): string => lines.get(`${index}:${nameIndex}`) ?? name;
    if (!isRecipientGroup(entry)) {
      const name = line(entry.name, 0);
      return name === '' ? [] : [{ ...entry, name }];
    }
    const names = entry.names.map(line).filter((name) => name !== '');
    return names.length === 0 ? [] : [{ ...entry, names }];
  });
}

/** Applies the accepted changes of a fill (all of them by default). */
export function applyOrganFill(
  plan: PlanDocument,
  fill: OrganFill,
  accept: (change: OrganFillChange) => boolean = () => true,
): PlanDocument {
  let next = plan;
  const lines = new Map<string, string>();
  const opening = new Set<string>();
  for (const change of fill.changes) {
    if (!accept(change)) continue;
    switch (change.field) {
      case 'opening':
        opening.add(change.blockId);
        break;
      case 'recipient':
        lines.set(`${change.index}:${change.nameIndex}`, change.after);
        break;
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
  if (opening.size > 0) {
    const preamble = next.preamble.map((block) =>
      opening.has(block.id) ? { ...block, children: renamedInlines(block.children, fill.rename) } : block,
    );
    next = { ...next, preamble };
  }
  return lines.size === 0 ? next : { ...next, recipients: rewriteRecipients(next.recipients, lines) };
}
