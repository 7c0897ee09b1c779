/**
 * Where the keyboard's moves go: the position each move, jump, page or Tab leads to from the active
 * cell, among the rows shown. A group band is one cell, so moving right from it goes nowhere and
 * Tab goes on to the next row.
 */
import type { Row } from '../../shared/model';
import type { GridCommand } from './grid-keys';
import { landingColumn, type GridLayout } from './grid-model';
import type { Position } from './grid-selection';

export interface NavigationContext {
  readonly rows: readonly Row[];
  readonly layout: GridLayout;
  /** The first column that can be typed in (after STT). */
  readonly editable: number;
  readonly pageRows: number;
}

type MoveCommand = Extract<GridCommand, { kind: 'move' | 'jump' | 'page' | 'tab' }>;

/** The position a move leads to (before clamping to the grid), or null to stay. */
export function moveTarget(command: MoveCommand, here: Position, context: NavigationContext): Position | null {
  const { rows, layout, editable } = context;
  const lastCol = layout.columns.length - 1;
  const lastRow = rows.length - 1;
  const row = rows[here.row];
  switch (command.kind) {
    case 'move':
      if (command.rows === 0 && command.cols > 0 && landingColumn(layout, row, here.col + 1) === landingColumn(layout, row, here.col))
        return null;
      return { row: here.row + command.rows, col: here.col + command.cols };
    case 'jump':
      switch (command.to) {
        case 'rowStart':
          return { row: here.row, col: 0 };
        case 'rowEnd':
          return { row: here.row, col: lastCol };
        case 'first':
          return { row: 0, col: editable };
        case 'last':
          return { row: lastRow, col: lastCol };
        case 'top':
          return { row: 0, col: here.col };
        case 'bottom':
          return { row: lastRow, col: here.col };
      }
      break;
    case 'page':
      return { row: here.row + command.direction * context.pageRows, col: here.col };
    case 'tab': {
      const forward = command.direction > 0;
      const canGoRight = here.col < lastCol && landingColumn(layout, row, here.col + 1) !== landingColumn(layout, row, here.col);
      if (forward && canGoRight) return { row: here.row, col: here.col + 1 };
      if (!forward && here.col > editable) return { row: here.row, col: here.col - 1 };
      if (forward && here.row < lastRow) return { row: here.row + 1, col: editable };
      if (!forward && here.row > 0) return { row: here.row - 1, col: lastCol };
      return null;
    }
  }
}
