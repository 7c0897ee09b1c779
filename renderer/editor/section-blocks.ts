/** The blocks of a section or of the preamble, and how an edit replaces them. */
import type { Block, PlanDocument } from '../../shared/model';
import { setPreamble, setSectionBlocks } from '../../shared/edit';
import { PREAMBLE_ID } from '../state/focus';

export function blocksOf(plan: PlanDocument, containerId: string): readonly Block[] | undefined {
  return containerId === PREAMBLE_ID ? plan.preamble : plan.sections.find((s) => s.id === containerId)?.blocks;
}

export function withBlocks(plan: PlanDocument, containerId: string, blocks: readonly Block[]): PlanDocument {
  return containerId === PREAMBLE_ID ? setPreamble(plan, blocks) : setSectionBlocks(plan, containerId, blocks);
}
