/**
 * Outline edits on the body: sections added, removed, renamed and reordered, and the blocks of a
 * section or the preamble replaced by the editor. Numbers are computed from position elsewhere, so
 * none of these has to renumber anything. Each returns the same plan when nothing changes.
 */
import type { Block, Section } from '../model/body.schema';
import type { PlanDocument } from '../model/plan.schema';
import { moveItem } from './move-item';

export function emptyParagraph(id: string): Block {
  return { type: 'paragraph', id, children: [{ text: '' }] };
}

export function addSection(plan: PlanDocument, at: number, title: string, newId: () => string): PlanDocument {
  const section: Section = { id: newId(), title: title.normalize('NFC'), blocks: [emptyParagraph(newId())] };
  const sections = [...plan.sections];
  sections.splice(Math.max(0, Math.min(at, sections.length)), 0, section);
  return { ...plan, sections };
}

export function removeSection(plan: PlanDocument, id: string): PlanDocument {
  const sections = plan.sections.filter((s) => s.id !== id);
  return sections.length === plan.sections.length ? plan : { ...plan, sections };
}

export function renameSection(plan: PlanDocument, id: string, title: string): PlanDocument {
  const nfc = title.normalize('NFC');
  const index = plan.sections.findIndex((s) => s.id === id);
  const section = plan.sections[index];
  if (section === undefined || section.title === nfc) return plan;
  const sections = [...plan.sections];
  sections[index] = { ...section, title: nfc };
  return { ...plan, sections };
}

export function moveSection(plan: PlanDocument, id: string, to: number): PlanDocument {
  const from = plan.sections.findIndex((s) => s.id === id);
  if (from < 0 || from === to) return plan;
  return { ...plan, sections: moveItem(plan.sections, from, to) };
}

/**
 * The editor's own array is stored as is (Slate never mutates a tree it has handed out), so the
 * editor can tell its own changes from outside ones by identity.
 */
export function setSectionBlocks(plan: PlanDocument, id: string, blocks: readonly Block[]): PlanDocument {
  const index = plan.sections.findIndex((s) => s.id === id);
  const section = plan.sections[index];
  if (section === undefined || section.blocks === blocks) return plan;
  const sections = [...plan.sections];
  sections[index] = { ...section, blocks: blocks as Block[] };
  return { ...plan, sections };
}

export function setPreamble(plan: PlanDocument, blocks: readonly Block[]): PlanDocument {
  return plan.preamble === blocks ? plan : { ...plan, preamble: blocks as Block[] };
}
