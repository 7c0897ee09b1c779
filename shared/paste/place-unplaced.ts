/**
 * Lines and cells the importer could not place, put where the clerk says before the plan is made:
 * at the end of a section (a paragraph, or the item or bullet its typed marker says, as a paste
 * would read it) or as a new row at the end of an appendix (the text in the main column, or the
 * cells of a table row across the columns). A line given no place stays out of the plan.
 */
import { isCrossRef } from '../model/inline.schema';
import type { PlanDocument } from '../model/plan.schema';
import { pasteCells } from './appendix-paste';
import { itemLevelAt } from '../edit/block-kinds';
import { blocksFromPastedLines } from './pasted-blocks';

export type UnplacedTarget =
  { readonly kind: 'section'; readonly sectionId: string } | { readonly kind: 'appendix'; readonly appendixId: string };

export interface LinePlacement {
  readonly text: string;
  /** Null: left out. */
  readonly target: UnplacedTarget | null;
}

/**
 * The cells of an unplaced table row: the text reader keeps a row's tabs, and the import report
 * joins the cells of a row with " | ".
 */
export function splitUnplacedCells(text: string): string[] {
  return text.split(/\t| \| /u).map((cell) => cell.trim());
}

/** Appends the line to the section; a section holding one empty paragraph has it replaced. */
export function appendLineToSection(plan: PlanDocument, sectionId: string, text: string, newId: () => string): PlanDocument {
  const index = plan.sections.findIndex((s) => s.id === sectionId);
  const section = plan.sections[index];
  if (section === undefined || text.trim() === '') return plan;
  const last = section.blocks.at(-1);
  const kept =
    last?.type === 'paragraph' && last.children.every((c) => !isCrossRef(c) && c.text === '')
      ? section.blocks.slice(0, -1)
      : section.blocks;
  const added = blocksFromPastedLines([{ runs: [{ text }] }], newId, itemLevelAt(kept, kept.length, 'decimal'));
  const sections = [...plan.sections];
  sections[index] = { ...section, blocks: [...kept, ...added] };
  return { ...plan, sections };
}

/**
 * Appends the line to the appendix as a new row: a plain line fills the main column, a table row
 * fills the columns from the first (a number in the first cell is the STT). A number typed before
 * the text ("2.", "- ") sets the row's level, as when pasting into the grid.
 */
export function appendLineToAppendix(plan: PlanDocument, appendixId: string, text: string, newId: () => string): PlanDocument {
  const index = plan.appendices.findIndex((a) => a.id === appendixId);
  const appendix = plan.appendices[index];
  if (appendix === undefined || text.trim() === '') return plan;
  const cells = splitUnplacedCells(text);
  const pasted =
    cells.length > 1
      ? pasteCells(appendix, appendix.rows.length, 0, [cells], newId)
      : pasteCells(
          appendix,
          appendix.rows.length,
          Math.max(
            0,
            appendix.columns.findIndex((c) => c.id === appendix.mainColumn),
          ),
          [[text.trim()]],
          newId,
        );
  if (pasted.appendix === appendix) return plan;
  const appendices = [...plan.appendices];
  appendices[index] = pasted.appendix;
  return { ...plan, appendices };
}

/** Every placed line, in the given order (the report's, which is the document's). */
export function placeUnplacedLines(plan: PlanDocument, lines: readonly LinePlacement[], newId: () => string): PlanDocument {
  return lines.reduce((current, { text, target }) => {
    if (target === null) return current;
    return target.kind === 'section'
      ? appendLineToSection(current, target.sectionId, text, newId)
      : appendLineToAppendix(current, target.appendixId, text, newId);
  }, plan);
}
