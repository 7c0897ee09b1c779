/**
 * Bodies in existence on the plan's date. Since 1/7/2025 there is no district level, and many
 * departments merged earlier in 2025: a plan dated from then that names a former body as issuer,
 * in a signing line, as chủ trì / phối hợp or in nơi nhận gives work or a copy to no one. The fix
 * names the successor (once, where the successor is already listed). A plan dated before a change
 * is read in the world of its own date and gets no finding.
 */
import { latestIsoDay, spellOrganName, type FormatProfile } from '../../format';
import {
  entryName,
  formatIsoAsShortDate,
  nameKey,
  nameTokens,
  type AgencyDirectory,
  type AgencyEntry,
  type Gone,
  type PlanDocument,
  type RecipientEntry,
} from '../../model';
import { applyOrganFill, organFill } from '../../model/ops';
import type { PlanPath } from '../finding';
import type { Fix, FixValue } from '../fix';
import type { Issue } from '../rule';
import type { PlanRule } from './plan-rule';
import { agencyCells } from './plan-texts';

interface GoneName {
  /** As written, for the fix to replace. */
  readonly name: string;
  /** The directory's name, for the message. */
  readonly label: string;
  readonly gone: Gone;
  /** The name is the whole text (a list item), so it can be replaced by its successor. */
  readonly whole: boolean;
}

function asEntry(agencies: AgencyDirectory, name: string): AgencyEntry | undefined {
  const found = agencies.resolve(name);
  // A near miss is the directory rule's finding, not a body that stopped existing.
  if (found.kind === 'organ') return found.exact ? { kind: 'organ', organ: found.organ } : undefined;
  return found.kind === 'collective' ? { kind: 'collective', collective: found.collective } : undefined;
}

/**
 * The former bodies a name or line names on an ISO day: the name itself, or, in a longer line
 * ("Các huyện ủy, thành ủy, ĐUTT tỉnh"), each body mentioned in it.
 */
function goneIn(agencies: AgencyDirectory, text: string, day: string): GoneName[] {
  const name = text.trim();
  if (name === '') return [];
  const entry = asEntry(agencies, name);
  if (entry !== undefined) {
    const gone = agencies.goneOn(entry, day);
    return gone === undefined ? [] : [{ name, label: entryName(entry), gone, whole: true }];
  }
  return agencies.mentions(nameTokens(name)).flatMap(({ entry: mentioned }) => {
    const gone = agencies.goneOn(mentioned, day);
    return gone === undefined ? [] : [{ name, label: entryName(mentioned), gone, whole: false }];
  });
}

function message(role: string, found: GoneName): string {
  const { until, successor } = found.gone;
  const now =
    successor === undefined
      ? 'không có một đơn vị kế nhiệm duy nhất: ghi đơn vị đang thực hiện nhiệm vụ này'
      : `nay là ${entryName(successor)}`;
  return `${role} "${found.label}" không còn từ ngày ${formatIsoAsShortDate(until)}; ${now}`;
}

/** Whether a name stands for the same directory entry as `entry`. */
function names(agencies: AgencyDirectory, name: string, entry: AgencyEntry): boolean {
  const other = asEntry(agencies, name);
  return other !== undefined && nameKey(entryName(other)) === nameKey(entryName(entry));
}

/**
 * A list of names (";" or one per line) with `found` written as its successor, or left out with its
 * separator where the successor is already in the list.
 */
function listWithSuccessor(agencies: AgencyDirectory, text: string, found: GoneName, successor: AgencyEntry): string {
  const parts = text.split(/([;\n])/u);
  const at = parts.findIndex((part, i) => i % 2 === 0 && part.trim() === found.name);
  if (at < 0) return text;
  const listed = parts.some((part, i) => i % 2 === 0 && i !== at && names(agencies, part, successor));
  if (!listed) return parts.map((part, i) => (i === at ? part.replace(found.name, entryName(successor)) : part)).join('');
  const drop = at === 0 ? [0, 1] : [at - 1, at];
  return parts
    .filter((_, i) => !drop.includes(i))
    .join('')
    .trim();
}

function textFix(path: PlanPath, value: string, successor: AgencyEntry): Fix {
  return { kind: 'set-field', path, value, label: `Ghi là ${entryName(successor)}` };
}

/** One issue per former body `found` in a text; a name that is the whole text gets the fix `fixFor` gives. */
function* issuesAt(
  role: string,
  at: PlanPath,
  found: readonly GoneName[],
  fixFor: (found: GoneName, successor: AgencyEntry) => Fix | undefined,
): Generator<Issue<PlanPath>> {
  for (const one of found) {
    const successor = one.gone.successor;
    const fix = one.whole && successor !== undefined ? fixFor(one, successor) : undefined;
    yield { at, message: message(role, one), ...(fix === undefined ? {} : { fix }) };
  }
}

function* issuerIssues(plan: PlanDocument, profile: FormatProfile, agencies: AgencyDirectory, day: string): Generator<Issue<PlanPath>> {
  const { header, citation } = plan.meta.issuingOrgan;
  const issuer = goneIn(agencies, citation, day);
  // The header and the citation name one organ: it is reported once.
  yield* issuesAt(
    'Cơ quan ban hành',
    ['meta', 'issuingOrgan'],
    issuer.length > 0 ? issuer : goneIn(agencies, header, day),
    (_, successor) => {
      if (successor.kind !== 'organ') return undefined;
      const fill = organFill(plan, agencies, successor.organ);
      const meta = applyOrganFill(plan, fill, (c) => ['header', 'citation', 'parentOrgan', 'symbol'].includes(c.field)).meta;
      return { kind: 'set-field', path: ['meta'], value: meta, label: `Ban hành với tên ${entryName(successor)}` };
    },
  );
  const headerFix = (path: PlanPath) => (_: GoneName, successor: AgencyEntry) =>
    successor.kind === 'organ' ? textFix(path, spellOrganName(agencies.headerOf(successor.organ), profile), successor) : undefined;
  yield* issuesAt(
    'Cơ quan chủ quản',
    ['meta', 'parentOrgan'],
    goneIn(agencies, plan.meta.parentOrgan, day),
    headerFix(['meta', 'parentOrgan']),
  );
  for (const [i, step] of plan.signer.authority.entries()) {
    const at = ['signer', 'authority', i, 'body'];
    yield* issuesAt('Dòng quyền hạn ký', at, goneIn(agencies, step.body, day), headerFix(at));
  }
}

function* cellIssues(plan: PlanDocument, agencies: AgencyDirectory, day: string): Generator<Issue<PlanPath>> {
  for (const cell of agencyCells(plan)) {
    for (const name of cell.text.split(/[;\n]/u)) {
      yield* issuesAt('Đơn vị', cell.path, goneIn(agencies, name, day), (found, successor) =>
        textFix(cell.path, listWithSuccessor(agencies, cell.text, found, successor), successor),
      );
    }
  }
}

function recipientNames(entry: RecipientEntry): readonly string[] {
  return 'names' in entry ? entry.names : [entry.name];
}

/** A recipient as a fix's value: a purpose left out is absent, not undefined. */
function recipientValue(entry: RecipientEntry): FixValue {
  if ('names' in entry) return { purpose: entry.purpose, names: entry.names };
  return entry.purpose === undefined ? { name: entry.name } : { name: entry.name, purpose: entry.purpose };
}

/** Nơi nhận with one name written as its successor, or left out where the successor already has a line. */
function recipientsFix(
  agencies: AgencyDirectory,
  recipients: readonly RecipientEntry[],
  at: { readonly entry: number; readonly name: number },
  successor: AgencyEntry,
): Fix {
  const listed = recipients.some((entry, i) =>
    recipientNames(entry).some((name, k) => (i !== at.entry || k !== at.name) && names(agencies, name, successor)),
  );
  const value = recipients.flatMap((entry, i): RecipientEntry[] => {
    if (i !== at.entry) return [entry];
    if (!('names' in entry)) return listed ? [] : [{ ...entry, name: entryName(successor) }];
    const kept = entry.names.flatMap((name, k) => (k !== at.name ? [name] : listed ? [] : [entryName(successor)]));
    return kept.length === 0 ? [] : [{ ...entry, names: kept }];
  });
  return { kind: 'set-field', path: ['recipients'], value: value.map(recipientValue), label: `Ghi là ${entryName(successor)}` };
}

function* recipientIssues(plan: PlanDocument, agencies: AgencyDirectory, day: string): Generator<Issue<PlanPath>> {
  for (const [i, entry] of plan.recipients.entries()) {
    for (const [k, name] of recipientNames(entry).entries()) {
      const at = 'names' in entry ? ['recipients', i, 'names', k] : ['recipients', i, 'name'];
      yield* issuesAt('Nơi nhận', at, goneIn(agencies, name, day), (_, successor) =>
        recipientsFix(agencies, plan.recipients, { entry: i, name: k }, successor),
      );
    }
  }
}

export const formerBodyRule: PlanRule = {
  id: 'co-quan-khong-con',
  title: 'Cơ quan, đơn vị không còn vào ngày văn bản',
  concept: 'bodiesInForce',
  severity: 'lỗi',
  *check({ plan, profile, agencies }) {
    if (agencies === undefined) return;
    const day = latestIsoDay(plan.meta.date);
    yield* issuerIssues(plan, profile, agencies, day);
    yield* cellIssues(plan, agencies, day);
    yield* recipientIssues(plan, agencies, day);
  },
};
