/**
 * Edits of the căn cứ list: the superior documents the plan implements and the documents it cites.
 * References keep their ids (the clone trace and the preamble point at them).
 */
import type { FormatProfile } from '../../format';
import type { DocumentReference } from '../meta.schema';
import type { PlanDocument } from '../plan.schema';
import { moveItem } from './move-item';

/** A reference to fill in: the type most plans of the profile cite, in the plan's own system. */
export function newReference(id: string, profile: FormatProfile): DocumentReference {
  return {
    id,
    typeName: profile.drafting.citedTypeName,
    number: '',
    symbol: '',
    system: profile.system,
    date: '',
    issuer: '',
    title: '',
    shortName: '',
    role: 'basis',
  };
}

export function addReference(plan: PlanDocument, reference: DocumentReference, at = plan.basis.length): PlanDocument {
  const basis = [...plan.basis];
  basis.splice(Math.max(0, Math.min(at, basis.length)), 0, reference);
  return { ...plan, basis };
}

export function removeReference(plan: PlanDocument, id: string): PlanDocument {
  const basis = plan.basis.filter((r) => r.id !== id);
  return basis.length === plan.basis.length ? plan : { ...plan, basis };
}

export function moveReference(plan: PlanDocument, id: string, to: number): PlanDocument {
  const from = plan.basis.findIndex((r) => r.id === id);
  if (from < 0 || from === to || to < 0 || to >= plan.basis.length) return plan;
  return { ...plan, basis: moveItem(plan.basis, from, to) };
}

type EditableReference = Omit<DocumentReference, 'id'>;

/** Strings are stored in NFC; an empty type name is refused (the schema needs one). */
export function updateReference(plan: PlanDocument, id: string, patch: Partial<EditableReference>): PlanDocument {
  const index = plan.basis.findIndex((r) => r.id === id);
  const current = plan.basis[index];
  if (current === undefined) return plan;
  const next: DocumentReference = { ...current };
  let changed = false;
  for (const key of Object.keys(patch) as (keyof EditableReference)[]) {
    const raw = patch[key];
    if (raw === undefined) continue;
    const value = raw.normalize('NFC');
    if (key === 'typeName' && value.trim() === '') continue;
    if (current[key] === value) continue;
    Object.assign(next, { [key]: value });
    changed = true;
  }
  if (!changed) return plan;
  const basis = [...plan.basis];
  basis[index] = next;
  return { ...plan, basis };
}
