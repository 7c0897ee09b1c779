/**
 * Where a comment goes and where it takes the user. A new comment sits on what the user has
 * selected: the words selected in a section's text (or the paragraph of the caret), or the active
 * cell of an appendix grid. A click on a comment selects its passage again (found anew by its
 * words, see findPassage), or focuses its cell, row or section title.
 */
import { Range, type Point } from 'slate';
import {
  cellText,
  cellOf,
  createCrossRefResolver,
  findPassage,
  inlineText,
  isCrossRef,
  printedOffset,
  flatOffset,
  PREAMBLE_ID,
  type Block,
  type CommentAnchor,
  type PlanDocument,
} from '../../shared/model';
import type { MainView } from '../base/workspace-context';
import type { Place } from '../check/finding-place';
import type { ActiveEditor } from '../editor/active-editor';
import { pointAt } from '../editor/block-point';

export interface NewAnchor {
  readonly anchor: CommentAnchor;
  readonly quote: string;
}

function containerBlocks(plan: PlanDocument, containerId: string): readonly Block[] {
  return containerId === PREAMBLE_ID ? plan.preamble : (plan.sections.find((s) => s.id === containerId)?.blocks ?? []);
}

/** A Slate point inside block `index` as an offset where a cross-reference counts one. */
function flatAt(block: Block, point: Point): number {
  const child = point.path[1] ?? 0;
  let flat = 0;
  for (let i = 0; i < child; i++) {
    const node = block.children[i];
    if (node !== undefined) flat += isCrossRef(node) ? 1 : node.text.length;
  }
  return flat + (point.path.length > 2 ? 0 : point.offset);
}

function cellAnchor(plan: PlanDocument, view: MainView): NewAnchor | null {
  if (view.kind !== 'appendix') return null;
  const key = document.querySelector('.main-pane .grid-cell.active')?.getAttribute('data-cell') ?? null;
  const [rowId, columnId] = key?.split('\n') ?? [];
  const appendix = plan.appendices.find((a) => a.id === view.appendixId);
  const row = appendix?.rows.find((r) => r.id === rowId);
  if (appendix === undefined || row === undefined || columnId === undefined) return null;
  return { anchor: { part: 'cell', appendixId: appendix.id, rowId: row.id, columnId }, quote: cellText(cellOf(row, columnId)) };
}

/** What a comment added now would be anchored on, or null when the user is nowhere it can go. */
export function anchorOfSelection(plan: PlanDocument, view: MainView, active: ActiveEditor): NewAnchor | null {
  if (view.kind === 'appendix') return cellAnchor(plan, view);
  const handle = active.current;
  const selection = handle?.editor.selection ?? active.savedSelection;
  if (handle === null || selection === null) return null;
  const [from, to] = Range.edges(selection);
  const index = from.path[0] ?? 0;
  const block = containerBlocks(plan, handle.containerId)[index];
  if (block === undefined) return null;
  const resolve = createCrossRefResolver(plan);
  const text = inlineText(block.children, resolve);
  // A selection over several paragraphs is kept to its first: a comment belongs to one place.
  const end = (to.path[0] ?? 0) === index ? flatAt(block, to) : Number.MAX_SAFE_INTEGER;
  const start = printedOffset(block.children, resolve, flatAt(block, from));
  const stop = Math.min(text.length, printedOffset(block.children, resolve, end));
  if (stop <= start) return { anchor: { part: 'block', blockId: block.id, start: 0, end: 0 }, quote: '' };
  return { anchor: { part: 'block', blockId: block.id, start, end: stop }, quote: text.slice(start, stop) };
}

export function placeOfAnchor(plan: PlanDocument, anchor: CommentAnchor, quote: string): Place | null {
  switch (anchor.part) {
    case 'block': {
      for (const [containerId, blocks] of [[PREAMBLE_ID, plan.preamble] as const, ...plan.sections.map((s) => [s.id, s.blocks] as const)]) {
        const index = blocks.findIndex((b) => b.id === anchor.blockId);
        const block = blocks[index];
        if (block === undefined) continue;
        const resolve = createCrossRefResolver(plan);
        const passage = findPassage(inlineText(block.children, resolve), quote, anchor.start, anchor.end);
        const selection = {
          anchor: pointAt(block, index, flatOffset(block.children, resolve, passage.start)),
          focus: pointAt(block, index, flatOffset(block.children, resolve, passage.end)),
        };
        return { kind: 'focus', focus: { kind: 'text', containerId, selection } };
      }
      return null;
    }
    case 'section':
      return plan.sections.some((s) => s.id === anchor.sectionId) ? { kind: 'section-title', sectionId: anchor.sectionId } : null;
    case 'cell':
      return { kind: 'focus', focus: { kind: 'cell', appendixId: anchor.appendixId, rowId: anchor.rowId, columnId: anchor.columnId } };
    case 'row': {
      const appendix = plan.appendices.find((a) => a.id === anchor.appendixId);
      if (appendix === undefined) return null;
      return { kind: 'focus', focus: { kind: 'cell', appendixId: appendix.id, rowId: anchor.rowId, columnId: appendix.mainColumn } };
    }
    case 'document':
      return null;
  }
}
