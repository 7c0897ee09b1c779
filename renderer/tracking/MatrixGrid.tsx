/**
 * The matrix of units (rows) × parent tasks (columns), virtualised both ways: a province's 150
 * units and 120 tasks are 18,000 cells, of which only those in view exist in the page. The unit
 * column and the task header stay in place while the rest scrolls. A covered cell opens the unit's
 * plan at the covering row; a unit's name opens its plan.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import type { ChildPlace } from '../../shared/clone';
import type { MatrixCell, MatrixView, TrackedUnit, TrackingMatrix } from '../../shared/track';
import { cellLabel, planLabel, taskHeading, unitCounts } from './tracking-labels';

const ROW_HEIGHT = 34;
const COLUMN_WIDTH = 34;
const UNIT_WIDTH = 360;
/** The cells' and column rules' width in the style sheet comes from here. */
const COLUMN_WIDTH_PROPERTY = { '--matrix-column-width': `${String(COLUMN_WIDTH)}px` } as CSSProperties;
const HEAD_HEIGHT = 56;

/** The công văn đôn đốc of a unit: DOCX to edit before signing, PDF to send as it is. */
const LETTER_KINDS = [
  { kind: 'docx', mark: '✉' },
  { kind: 'pdf', mark: 'PDF' },
] as const;

export interface MatrixGridProps {
  readonly matrix: TrackingMatrix;
  readonly view: MatrixView;
  readonly grid: readonly (readonly (MatrixCell | null)[])[];
  readonly onOpen: (unit: TrackedUnit, place: ChildPlace | null) => void;
  /** Writes the công văn đôn đốc to the unit, as DOCX to edit or PDF to send as it is. */
  readonly onRemind: (unit: TrackedUnit, kind: 'docx' | 'pdf') => void;
}

/** A task column in view: its place in the filtered view, the task it shows, where it is drawn. */
interface PlacedColumn {
  readonly position: number;
  readonly task: number;
  readonly left: number;
}

/**
 * Rows and columns are keyed by their place in the filtered view, not by unit or task: a filter
 * change or a search then writes the new units into the rows already in the page instead of
 * removing ~40 rows of cells and building as many, and a row or cell whose content is the same
 * as before is not drawn again (each is memoised). Scrolling keeps the same keys for what stays
 * in view, so only the rows and columns coming into view are drawn.
 */
export function MatrixGrid({ matrix, view, grid, onOpen, onRemind }: MatrixGridProps): ReactNode {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count: view.units.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: view.tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COLUMN_WIDTH,
    overscan: 4,
  });
  const width = UNIT_WIDTH + columns.getTotalSize();
  // The virtualiser returns the same array while the columns in view stay, so the rows' props do too.
  const virtualColumns = columns.getVirtualItems();
  const placed = useMemo(
    () =>
      virtualColumns.map((column) => ({ position: column.index, task: view.tasks[column.index] ?? 0, left: UNIT_WIDTH + column.start })),
    [virtualColumns, view.tasks],
  );

  return (
    <div
      ref={scrollRef}
      className="matrix-scroll"
      role="grid"
      aria-label="Bảng theo dõi: đơn vị và nhiệm vụ"
      aria-rowcount={view.units.length + 1}
      aria-colcount={view.tasks.length + 1}
      style={COLUMN_WIDTH_PROPERTY}
    >
      <div
        className="matrix-canvas"
        style={{
          width,
          height: HEAD_HEIGHT + rows.getTotalSize(),
          backgroundPositionX: UNIT_WIDTH,
        }}
      >
        <div className="matrix-head" role="row" aria-rowindex={1} style={{ width, height: HEAD_HEIGHT }}>
          <div className="matrix-corner" role="columnheader" aria-colindex={1} style={{ width: UNIT_WIDTH }}>
            Đơn vị · kế hoạch · đã cụ thể hóa
          </div>
          {placed.map((column) => {
            const task = matrix.tasks[column.task];
            if (task === undefined) return null;
            return (
              <div
                key={column.position}
                role="columnheader"
                aria-colindex={column.position + 2}
                className={`matrix-task${task.assigned > 0 && task.covered === 0 ? ' nobody' : ''}`}
                style={{ left: column.left }}
                title={taskHeading(task, column.task)}
              >
                <span>{column.task + 1}</span>
                <small>
                  {task.covered}/{task.assigned}
                </small>
              </div>
            );
          })}
        </div>
        {rows.getVirtualItems().map((row) => {
          const unitIndex = view.units[row.index] ?? 0;
          const unit = matrix.units[unitIndex];
          if (unit === undefined) return null;
          return (
            <MatrixRow
              key={row.index}
              matrix={matrix}
              unit={unit}
              cells={grid[unitIndex] ?? NO_CELLS}
              columns={placed}
              position={row.index}
              top={HEAD_HEIGHT + row.start}
              width={width}
              onOpen={onOpen}
              onRemind={onRemind}
            />
          );
        })}
      </div>
    </div>
  );
}

const NO_CELLS: readonly (MatrixCell | null)[] = [];

interface MatrixRowProps {
  readonly matrix: TrackingMatrix;
  readonly unit: TrackedUnit;
  readonly cells: readonly (MatrixCell | null)[];
  readonly columns: readonly PlacedColumn[];
  /** The row's place in the filtered view (0 for the first unit shown). */
  readonly position: number;
  readonly top: number;
  readonly width: number;
  readonly onOpen: MatrixGridProps['onOpen'];
  readonly onRemind: MatrixGridProps['onRemind'];
}

const MatrixRow = memo(function MatrixRow({
  matrix,
  unit,
  cells,
  columns,
  position,
  top,
  width,
  onOpen,
  onRemind,
}: MatrixRowProps): ReactNode {
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      className={`matrix-row${unit.plan === null ? ' no-plan' : ''}`}
      style={{ top, width, height: ROW_HEIGHT }}
    >
      <div role="rowheader" aria-colindex={1} className="matrix-unit" style={{ width: UNIT_WIDTH }}>
        {unit.plan === null ? (
          <span className="unit-name" title={unit.name}>
            {unit.name}
          </span>
        ) : (
          <button
            type="button"
            className="link unit-name"
            title={`Mở kế hoạch của ${unit.name}`}
            onClick={() => {
              onOpen(unit, null);
            }}
          >
            {unit.name}
          </button>
        )}
        <span className="unit-plan muted" title={planLabel(unit)}>
          {planLabel(unit)}
        </span>
        <span className="unit-counts">{unitCounts(unit)}</span>
        {(unit.plan === null || unit.missing > 0) && (
          <span className="unit-letters">
            {LETTER_KINDS.map(({ kind, mark }) => (
              <button
                key={kind}
                type="button"
                className={`icon letter-${kind}`}
                title={`Công văn đôn đốc ${unit.name} (${kind.toUpperCase()})`}
                aria-label={`Công văn đôn đốc ${unit.name} (${kind.toUpperCase()})`}
                onClick={() => {
                  onRemind(unit, kind);
                }}
              >
                {mark}
              </button>
            ))}
          </span>
        )}
      </div>
      {columns.map((column) => {
        const cell = cells[column.task] ?? null;
        return cell === null ? null : (
          <MatrixGridCell
            key={column.position}
            matrix={matrix}
            unit={unit}
            cell={cell}
            position={column.position}
            left={column.left}
            onOpen={onOpen}
          />
        );
      })}
    </div>
  );
});

interface MatrixGridCellProps {
  readonly matrix: TrackingMatrix;
  readonly unit: TrackedUnit;
  readonly cell: MatrixCell;
  /** The column's place in the filtered view. */
  readonly position: number;
  readonly left: number;
  readonly onOpen: MatrixGridProps['onOpen'];
}

/**
 * A cell is one empty box: its mark (✓ ! ✗) is its class's background image and a covered cell
 * is itself the control (focusable, Enter or a click opens the plan), with no text or button
 * inside. A filter on late deadlines shows hundreds of filled cells, and laying out a line of text
 * and a button in each took most of the frame.
 */
const MatrixGridCell = memo(function MatrixGridCell({ matrix, unit, cell, position, left, onOpen }: MatrixGridCellProps): ReactNode {
  const label = cellLabel(matrix, unit, cell);
  const place = cell.place;
  const open =
    place === null
      ? undefined
      : () => {
          onOpen(unit, place);
        };
  return (
    <span
      role="gridcell"
      aria-colindex={position + 2}
      className={`matrix-cell ${cell.state}`}
      style={{ left }}
      title={label}
      aria-label={label}
      tabIndex={open === undefined ? undefined : 0}
      onClick={open}
      onKeyDown={
        open === undefined
          ? undefined
          : (event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              open();
            }
      }
    />
  );
});
