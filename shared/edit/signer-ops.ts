/**
 * Edits of the signature block: authority lines (one per step of delegation: "TM. ỦY BAN NHÂN
 * DÂN" then "KT. CHỦ TỊCH"), the position and the name. Authority is stored by meaning; the
 * renderer writes it in the profile's form.
 */
import type { AuthorityKind, Signer } from '../model/meta.schema';
import type { PlanDocument } from '../model/plan.schema';
import { moveItem } from './move-item';

type AuthorityStep = Signer['authority'][number];

function withSigner(plan: PlanDocument, signer: Signer): PlanDocument {
  return { ...plan, signer };
}

export function setSignerText(plan: PlanDocument, field: 'position' | 'name', value: string): PlanDocument {
  const nfc = value.normalize('NFC');
  return plan.signer[field] === nfc ? plan : withSigner(plan, { ...plan.signer, [field]: nfc });
}

export function setAuthorityStep(plan: PlanDocument, index: number, patch: Partial<AuthorityStep>): PlanDocument {
  const step = plan.signer.authority[index];
  if (step === undefined) return plan;
  const next: AuthorityStep = {
    kind: patch.kind ?? step.kind,
    body: patch.body === undefined ? step.body : patch.body.normalize('NFC'),
  };
  if (next.kind === step.kind && next.body === step.body) return plan;
  const authority = [...plan.signer.authority];
  authority[index] = next;
  return withSigner(plan, { ...plan.signer, authority });
}

export function addAuthorityStep(plan: PlanDocument, kind: AuthorityKind, body = ''): PlanDocument {
  return withSigner(plan, { ...plan.signer, authority: [...plan.signer.authority, { kind, body: body.normalize('NFC') }] });
}

export function removeAuthorityStep(plan: PlanDocument, index: number): PlanDocument {
  if (plan.signer.authority[index] === undefined) return plan;
  return withSigner(plan, { ...plan.signer, authority: plan.signer.authority.filter((_, i) => i !== index) });
}

export function moveAuthorityStep(plan: PlanDocument, from: number, to: number): PlanDocument {
  const count = plan.signer.authority.length;
  if (from === to || from < 0 || from >= count || to < 0 || to >= count) return plan;
  return withSigner(plan, { ...plan.signer, authority: moveItem(plan.signer.authority, from, to) });
}

/** The authority and position an organ's directory entry gives; the name stays. */
export function setSignerRole(plan: PlanDocument, role: Pick<Signer, 'authority' | 'position'>): PlanDocument {
  const authority = role.authority.map((step) => ({ kind: step.kind, body: step.body.normalize('NFC') }));
  const position = role.position.normalize('NFC');
  const same =
    plan.signer.position === position &&
    plan.signer.authority.length === authority.length &&
    plan.signer.authority.every((step, i) => step.kind === authority[i]?.kind && step.body === authority[i].body);
  return same ? plan : withSigner(plan, { ...plan.signer, authority, position });
}
