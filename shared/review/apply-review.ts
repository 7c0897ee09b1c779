/**
 * Accepting a returned file's changes on the plan, one by one or all together: text edits inside
 * paragraphs, section titles and cells keep the formatting around them; a new paragraph or row
 * goes after the one it followed; a deleted one goes. A change not accepted leaves the plan as it
 * was, so accepting none gives back exactly the plan that was sent out.
 */
import { spliceInlineText } from '../find/inline-splice';
import {
  cellOf,
  cellText,
  createCrossRefResolver,
  flatOffset,
  isCrossRef,
  PlanDocumentSchema,
  type Block,
  type CellValue,
  type CrossRefResolver,
  type Inline,
  type PlanDocument,
  type TextLeaf,
} from '../model';
import type { ReviewChange } from './place-review';

function editBlock(block: Block, changes: readonly ReviewChange[], resolve: CrossRefResolver): Block {
  const ordered = [...changes].sort((a, b) => b.start - a.start);
  let children = block.children;
  for (const change of ordered) {
    children = spliceInlineText(
      children,
      flatOffset(children, resolve, change.start),
      flatOffset(children, resolve, change.end),
      change.after,
    );
  }
  return { ...block, children };
}

function editText(text: string, changes: readonly ReviewChange[]): string {
  return [...changes].sort((a, b) => b.start - a.start).reduce((t, c) => t.slice(0, c.start) + c.after + t.slice(c.end), text);
}

function editCell(value: CellValue | undefined, changes: readonly ReviewChange[]): CellValue {
  if (value !== undefined && typeof value === 'object' && !Array.isArray(value)) {
    const runs = [...changes]
      .sort((a, b) => b.start - a.start)
      .reduce<Inline[]>((r, c) => spliceInlineText(r, c.start, c.end, c.after), value.runs);
    return { runs: runs.filter((r): r is TextLeaf => !isCrossRef(r)) };
  }
  return editText(cellText(value), changes);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

const TEXT_KINDS = new Set(['insert', 'delete', 'replace']);

export function applyReviewChanges(plan: PlanDocument, changes: readonly ReviewChange[], newId: () => string): PlanDocument {
  if (changes.length === 0) return plan;
  const resolve = createCrossRefResolver(plan);
  const text = changes.filter((c) => TEXT_KINDS.has(c.kind));
  const byBlock = groupBy(
    text.filter((c) => c.target.part === 'block'),
    (c) => (c.target.part === 'block' ? c.target.blockId : ''),
  );
  const bySection = groupBy(
    text.filter((c) => c.target.part === 'section'),
    (c) => (c.target.part === 'section' ? c.target.sectionId : ''),
  );
  const byCell = groupBy(
    text.filter((c) => c.target.part === 'cell'),
    (c) => (c.target.part === 'cell' ? `${c.target.rowId}/${c.target.columnId}` : ''),
  );
  const deletedBlocks = new Set(
    changes.flatMap((c) => (c.kind === 'delete-paragraph' && c.target.part === 'block' ? [c.target.blockId] : [])),
  );
  const newAfter = groupBy(
    changes.filter((c) => c.kind === 'insert-paragraph'),
    (c) => (c.target.part === 'block' ? c.target.blockId : ''),
  );
  const deletedRows = new Set(changes.flatMap((c) => (c.kind === 'delete-row' && c.target.part === 'row' ? [c.target.rowId] : [])));
  const rowsAfter = groupBy(
    changes.filter((c) => c.kind === 'insert-row'),
    (c) => (c.target.part === 'row' ? c.target.rowId : ''),
  );

  const editBlocks = (blocks: readonly Block[]): Block[] =>
    blocks.flatMap((block) => {
      const edited = byBlock.has(block.id) ? editBlock(block, byBlock.get(block.id) ?? [], resolve) : block;
      const added = (newAfter.get(block.id) ?? []).map((c): Block => ({ type: 'paragraph', id: newId(), children: [{ text: c.after }] }));
      return [...(deletedBlocks.has(block.id) ? [] : [edited]), ...added];
    });

  const next: PlanDocument = {
    ...plan,
    preamble: editBlocks(plan.preamble),
    sections: plan.sections.map((s) => ({
      ...s,
      title: bySection.has(s.id) ? editText(s.title, bySection.get(s.id) ?? []) : s.title,
      blocks: editBlocks(s.blocks),
    })),
    appendices: plan.appendices.map((a) => ({
      ...a,
      rows: a.rows.flatMap((row) => {
        const cells = { ...row.cells };
        for (const column of a.columns) {
          const edits = byCell.get(`${row.id}/${column.id}`);
          if (edits !== undefined) cells[column.id] = editCell(cellOf(row, column.id), edits);
        }
        const added = (rowsAfter.get(row.id) ?? []).map((c) => ({
          id: newId(),
          kind: 'data' as const,
          level: row.kind === 'group' ? row.level + 1 : row.level,
          cells: { ...c.cells },
        }));
        return [...(deletedRows.has(row.id) ? [] : [{ ...row, cells }]), ...added];
      }),
    })),
  };
  // A deletion may have emptied a paragraph or lifted a row's parent: the result must still be a plan.
  return PlanDocumentSchema.parse(next);
}
