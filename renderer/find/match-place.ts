/**
 * Where a find result takes the user: the matched text selected in the editor, the grid cell, or
 * the property field, as the checker's places do.
 */
import type { Point } from 'slate';
import type { FoundMatch } from '../../shared/find';
import { isCrossRef, type Block, type PlanDocument } from '../../shared/model';
import { placeOf, type Place } from '../check/finding-place';

/** A flat offset (a cross-reference counts one) as a Slate point inside block `index`. */
function pointAt(block: Block, index: number, offset: number): Point {
  let left = offset;
  for (let i = 0; i < block.children.length; i++) {
    const node = block.children[i];
    if (node === undefined) break;
    if (isCrossRef(node)) {
      if (left === 0) return { path: [index, i, 0], offset: 0 };
      left -= 1;
      continue;
    }
    if (left <= node.text.length) return { path: [index, i], offset: left };
    left -= node.text.length;
  }
  const last = block.children.length - 1;
  return { path: [index, Math.max(0, last)], offset: 0 };
}

export { pointAt };

export function matchPlace(plan: PlanDocument, match: FoundMatch): Place | null {
  const { unit } = match;
  switch (unit.kind) {
    case 'block': {
      const index = unit.path[unit.path.length - 1];
      const blocks = unit.path[0] === 'preamble' ? plan.preamble : plan.sections.find((s) => s.id === unit.containerId)?.blocks;
      const block = typeof index === 'number' ? blocks?.[index] : undefined;
      if (block === undefined || typeof index !== 'number') return null;
      return {
        kind: 'focus',
        focus: {
          kind: 'text',
          containerId: unit.containerId,
          selection: { anchor: pointAt(block, index, match.start), focus: pointAt(block, index, match.end) },
        },
      };
    }
    case 'cell':
      return { kind: 'focus', focus: { kind: 'cell', appendixId: unit.appendixId, rowId: unit.rowId, columnId: unit.columnId } };
    case 'field':
      return placeOf(plan, unit.path);
  }
}
