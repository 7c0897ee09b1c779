/**
 * Where a find result takes the user: the matched text selected in the editor, the grid cell, or
 * the property field, as the checker's places do.
 */
import type { FoundMatch } from '../../shared/find';
import type { PlanDocument } from '../../shared/model';
import { placeOf, type Place } from '../check/finding-place';
import { pointAt } from '../editor/block-point';

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
