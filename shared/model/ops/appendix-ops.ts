/**
 * Outline edits on appendices: added from a preset, removed, renamed, reordered, and any change to
 * one appendix applied by id. Appendix numbers ("Phụ lục II") and references to them are computed
 * from position, so reordering keeps every reference right.
 */
import { getProfile } from '../../format';
import type { Appendix } from '../appendix.schema';
import { isCrossRef, type Inline } from '../inline.schema';
import type { PlanDocument } from '../plan.schema';
import { APPENDIX_PRESETS, type AppendixPresetId } from './appendix-presets';
import { moveItem } from './move-item';

export function addAppendix(plan: PlanDocument, at: number, preset: AppendixPresetId, newId: () => string): PlanDocument {
  const appendix = APPENDIX_PRESETS[preset].create(newId, getProfile(plan.profile));
  const appendices = [...plan.appendices];
  appendices.splice(Math.max(0, Math.min(at, appendices.length)), 0, appendix);
  return { ...plan, appendices };
}

export function removeAppendix(plan: PlanDocument, id: string): PlanDocument {
  const appendices = plan.appendices.filter((a) => a.id !== id);
  return appendices.length === plan.appendices.length ? plan : { ...plan, appendices };
}

export function moveAppendix(plan: PlanDocument, id: string, to: number): PlanDocument {
  const from = plan.appendices.findIndex((a) => a.id === id);
  if (from < 0 || from === to) return plan;
  return { ...plan, appendices: moveItem(plan.appendices, from, to) };
}

/** Applies `recipe` to the appendix `id`; the plan is unchanged when the recipe changes nothing. */
export function updateAppendix(plan: PlanDocument, id: string, recipe: (appendix: Appendix) => Appendix): PlanDocument {
  const index = plan.appendices.findIndex((a) => a.id === id);
  const appendix = plan.appendices[index];
  if (appendix === undefined) return plan;
  const next = recipe(appendix);
  if (next === appendix) return plan;
  const appendices = [...plan.appendices];
  appendices[index] = next;
  return { ...plan, appendices };
}

export function renameAppendix(plan: PlanDocument, id: string, title: string): PlanDocument {
  const nfc = title.normalize('NFC');
  return updateAppendix(plan, id, (a) => (a.title === nfc ? a : { ...a, title: nfc }));
}

/** How many cross-references in the body point into the appendix (they break if it is removed). */
export function countReferencesTo(plan: PlanDocument, appendixId: string): number {
  const count = (children: readonly Inline[]): number => children.filter((n) => isCrossRef(n) && n.appendixId === appendixId).length;
  const blocks = [...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)];
  return blocks.reduce((sum, block) => sum + count(block.children), 0);
}
