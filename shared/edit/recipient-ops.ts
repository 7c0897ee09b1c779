/**
 * Edits of the nơi nhận list: single recipients (with an optional purpose) and brace groups whose
 * names share one purpose ("} (để báo cáo)"). Entries have no ids: they are addressed by position,
 * which is what the user sees. Names and purposes are never stored empty (the schema refuses them):
 * the caller keeps an empty draft on screen instead.
 */
import type { RecipientEntry, RecipientGroup } from '../model/meta.schema';
import type { PlanDocument } from '../model/plan.schema';
import { oneLine } from '../model/text';
import { moveItem } from './move-item';

type SingleRecipient = Exclude<RecipientEntry, RecipientGroup>;

/** The purpose a new group gets when neither of the merged entries had one. */
export const DEFAULT_GROUP_PURPOSE = '(để báo cáo)';

export function isRecipientGroup(entry: RecipientEntry): entry is RecipientGroup {
  return 'names' in entry;
}

/** A name is one line: a pasted line break becomes a space. */
function nameLine(text: string): string {
  return oneLine(text.normalize('NFC'));
}

function single(name: string, purpose = ''): SingleRecipient {
  return purpose === '' ? { name } : { name, purpose };
}

function withRecipients(plan: PlanDocument, recipients: RecipientEntry[]): PlanDocument {
  return { ...plan, recipients };
}

function replaceEntry(plan: PlanDocument, index: number, entry: RecipientEntry): PlanDocument {
  const recipients = [...plan.recipients];
  recipients[index] = entry;
  return withRecipients(plan, recipients);
}

export function addRecipient(plan: PlanDocument, name: string, purpose = '', at = plan.recipients.length): PlanDocument {
  const nfc = nameLine(name).trim();
  if (nfc === '') return plan;
  const recipients = [...plan.recipients];
  recipients.splice(Math.max(0, Math.min(at, recipients.length)), 0, single(nfc, purpose.normalize('NFC').trim()));
  return withRecipients(plan, recipients);
}

export function removeRecipientEntry(plan: PlanDocument, index: number): PlanDocument {
  if (plan.recipients[index] === undefined) return plan;
  return withRecipients(
    plan,
    plan.recipients.filter((_, i) => i !== index),
  );
}

export function moveRecipientEntry(plan: PlanDocument, from: number, to: number): PlanDocument {
  const count = plan.recipients.length;
  if (from === to || from < 0 || from >= count || to < 0 || to >= count) return plan;
  return withRecipients(plan, moveItem(plan.recipients, from, to));
}

/** The name of a single recipient, or of one name in a group (`nameIndex`). */
export function setRecipientName(plan: PlanDocument, index: number, name: string, nameIndex = 0): PlanDocument {
  const entry = plan.recipients[index];
  const nfc = nameLine(name);
  if (entry === undefined || nfc.trim() === '') return plan;
  if (!isRecipientGroup(entry)) return entry.name === nfc ? plan : replaceEntry(plan, index, { ...entry, name: nfc });
  if (entry.names[nameIndex] === undefined || entry.names[nameIndex] === nfc) return plan;
  const names = [...entry.names];
  names[nameIndex] = nfc;
  return replaceEntry(plan, index, { ...entry, names });
}

/** A single recipient's purpose may be cleared; a group's may not (its brace needs one). */
export function setRecipientPurpose(plan: PlanDocument, index: number, purpose: string): PlanDocument {
  const entry = plan.recipients[index];
  const nfc = purpose.normalize('NFC');
  if (entry === undefined) return plan;
  if (isRecipientGroup(entry)) {
    return nfc.trim() === '' || entry.purpose === nfc ? plan : replaceEntry(plan, index, { ...entry, purpose: nfc });
  }
  if ((entry.purpose ?? '') === nfc) return plan;
  return replaceEntry(plan, index, single(entry.name, nfc));
}

export function addGroupName(plan: PlanDocument, index: number, name: string): PlanDocument {
  const entry = plan.recipients[index];
  const nfc = nameLine(name).trim();
  if (entry === undefined || !isRecipientGroup(entry) || nfc === '') return plan;
  return replaceEntry(plan, index, { ...entry, names: [...entry.names, nfc] });
}

/** Removing the last name of a group removes the group. */
export function removeGroupName(plan: PlanDocument, index: number, nameIndex: number): PlanDocument {
  const entry = plan.recipients[index];
  if (entry === undefined || !isRecipientGroup(entry) || entry.names[nameIndex] === undefined) return plan;
  if (entry.names.length === 1) return removeRecipientEntry(plan, index);
  return replaceEntry(plan, index, { ...entry, names: entry.names.filter((_, i) => i !== nameIndex) });
}

export function moveGroupName(plan: PlanDocument, index: number, from: number, to: number): PlanDocument {
  const entry = plan.recipients[index];
  if (entry === undefined || !isRecipientGroup(entry)) return plan;
  const count = entry.names.length;
  if (from === to || from < 0 || from >= count || to < 0 || to >= count) return plan;
  return replaceEntry(plan, index, { ...entry, names: moveItem(entry.names, from, to) });
}

/**
 * Puts an entry and the one after it under one brace. The group takes the first purpose either of
 * them had, or "(để báo cáo)", the usual one.
 */
export function groupWithNext(plan: PlanDocument, index: number): PlanDocument {
  const first = plan.recipients[index];
  const second = plan.recipients[index + 1];
  if (first === undefined || second === undefined) return plan;
  const namesOf = (entry: RecipientEntry): string[] => (isRecipientGroup(entry) ? entry.names : [entry.name]);
  const purposes = [first.purpose ?? '', second.purpose ?? ''].filter((p) => p.trim() !== '');
  const group: RecipientGroup = { purpose: purposes[0] ?? DEFAULT_GROUP_PURPOSE, names: [...namesOf(first), ...namesOf(second)] };
  const recipients = [...plan.recipients];
  recipients.splice(index, 2, group);
  return withRecipients(plan, recipients);
}

/** Each name of the group becomes a line of its own that keeps the group's purpose. */
export function ungroupRecipients(plan: PlanDocument, index: number): PlanDocument {
  const entry = plan.recipients[index];
  if (entry === undefined || !isRecipientGroup(entry)) return plan;
  const recipients = [...plan.recipients];
  recipients.splice(index, 1, ...entry.names.map((name) => single(name, entry.purpose)));
  return withRecipients(plan, recipients);
}

/** Takes one name out of its group, as a line of its own right after the group. */
export function takeOutOfGroup(plan: PlanDocument, index: number, nameIndex: number): PlanDocument {
  const entry = plan.recipients[index];
  const name = entry !== undefined && isRecipientGroup(entry) ? entry.names[nameIndex] : undefined;
  if (entry === undefined || !isRecipientGroup(entry) || name === undefined) return plan;
  if (entry.names.length === 1) return ungroupRecipients(plan, index);
  const recipients = [...plan.recipients];
  recipients.splice(index, 1, { ...entry, names: entry.names.filter((_, i) => i !== nameIndex) }, single(name));
  return withRecipients(plan, recipients);
}
