/**
 * The matrix of units (rows) × parent tasks (columns), virtualised both ways: a province's 150
 * units and 120 tasks are 18,000 cells, of which only those in view exist in the page. The unit
 * column and the task header stay in place while the rest scrolls. A covered cell opens the unit's
 * plan at the covering row; a unit's name opens its plan.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import type { ChildPlace } from '../../shared/clone';
import type { MatrixCell, MatrixView, TrackedUnit, TrackingMatrix } from '../../shared/track';
import { cellLabel, planLabel, taskHeading, unitCounts } from './tracking-labels';

const ROW_HEIGHT = 34;
const COLUMN_WIDTH = 34;
const UNIT_WIDTH = 360;
const HEAD_HEIGHT = 56;

const CELL_MARK: Readonly<Record<MatrixCell['state'], string>> = { covered: '✓', late: '!', missing: '✗' };

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
  const visibleColumns = columns.getVirtualItems();

  return (
    <div
      ref={scrollRef}
      className="matrix-scroll"
      role="grid"
      aria-label="Bảng theo dõi: đơn vị và nhiệm vụ"
      aria-rowcount={view.units.length + 1}
      aria-colcount={view.tasks.length + 1}
    >
      <div className="matrix-canvas" style={{ width, height: HEAD_HEIGHT + rows.getTotalSize() }}>
        <div className="matrix-head" role="row" aria-rowindex={1} style={{ width, height: HEAD_HEIGHT }}>
          <div className="matrix-corner" role="columnheader" aria-colindex={1} style={{ width: UNIT_WIDTH }}>
            Đơn vị · kế hoạch · đã cụ thể hóa
          </div>
          {visibleColumns.map((column) => {
            const index = view.tasks[column.index] ?? 0;
            const task = matrix.tasks[index];
            if (task === undefined) return null;
            return (
              <div
                key={index}
                role="columnheader"
                aria-colindex={column.index + 2}
                className={`matrix-task${task.assigned > 0 && task.covered === 0 ? ' nobody' : ''}`}
                style={{ left: UNIT_WIDTH + column.start, width: COLUMN_WIDTH }}
                title={taskHeading(task, index)}
              >
                <span>{index + 1}</span>
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
          const cells = grid[unitIndex] ?? [];
          return (
            <div
              key={unit.id}
              role="row"
              aria-rowindex={row.index + 2}
              className={`matrix-row${unit.plan === null ? ' no-plan' : ''}`}
              style={{ top: HEAD_HEIGHT + row.start, width, height: ROW_HEIGHT }}
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
              {visibleColumns.map((column) => {
                const taskIndex = view.tasks[column.index] ?? 0;
                const cell = cells[taskIndex] ?? null;
                const style = { left: UNIT_WIDTH + column.start, width: COLUMN_WIDTH };
                if (cell === null)
                  return <span key={taskIndex} role="gridcell" aria-colindex={column.index + 2} className="matrix-cell" style={style} />;
                const label = cellLabel(matrix, unit, cell);
                const place = cell.place;
                return place === null ? (
                  <span
                    key={taskIndex}
                    role="gridcell"
                    aria-colindex={column.index + 2}
                    className={`matrix-cell ${cell.state}`}
                    style={style}
                    title={label}
                    aria-label={label}
                  >
                    {CELL_MARK[cell.state]}
                  </span>
                ) : (
                  <span
                    key={taskIndex}
                    role="gridcell"
                    aria-colindex={column.index + 2}
                    className={`matrix-cell ${cell.state}`}
                    style={style}
                  >
                    <button
                      type="button"
                      title={label}
                      aria-label={label}
                      onClick={() => {
                        onOpen(unit, place);
                      }}
                    >
                      {CELL_MARK[cell.state]}
                    </button>
                  </span>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
