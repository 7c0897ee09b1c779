/**
 * The appendix as a data grid: virtualised rows of measured height, keyboard navigation and
 * selection as in a spreadsheet, editing in place through one focused input over the active cell,
 * row commands, drag to reorder, and copy/paste of ranges.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { cellOf, numberRows, rowStyle, type Appendix, type Row } from '../../shared/model';
import { updateAppendix } from '../../shared/edit/appendix-ops';
import { moveRowsTo } from '../../shared/edit/appendix-outline';
import { useDocument, useDocumentStore } from '../state/use-document';
import { CellEditor } from './CellEditor';
import { clearRange, clipboardHandlers } from './grid-clipboard';
import { gridCommand, type GridCommand } from './grid-keys';
import { editText, estimateRowHeight, gridLayout, isBanded, landingColumn } from './grid-model';
import {
  cellAt,
  cellFromEvent,
  collapsed,
  positionOf,
  rangeOf,
  rowsIn,
  type CellRef,
  type GridSelection,
  type Position,
} from './grid-selection';
import { moveTarget } from './grid-navigation';
import { GridHeader, GridRow } from './GridRow';
import { runRowCommand, type RowCommand } from './row-actions';
import { RowToolbar } from './RowToolbar';
import { useCellEdit } from './use-cell-edit';
import { useEditorBox } from './use-editor-box';
import { useRowReviews } from './review-rows';
import { useGridDrag } from './use-grid-drag';

export interface AppendixGridProps {
  readonly appendix: Appendix;
  /** The rows shown: all of them, or those the filter keeps. */
  readonly rows: readonly Row[];
  readonly filtered: boolean;
  readonly onClearFilter: () => void;
  readonly year: number;
}

/** The last focus request acted on, per document, so a grid opened later does not act on an old one. */
const handledFocus = new WeakMap<object, number>();

export function AppendixGrid({ appendix, rows, filtered, onClearFilter, year }: AppendixGridProps): ReactNode {
  const store = useDocumentStore();
  const focusRequest = useDocument((s) => s.focusRequest);
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const [selection, setSelectionState] = useState<GridSelection | null>(null);

  const { columns, mainColumn, groupColumn, groupLayout } = appendix;
  // Only what shapes the columns: a new layout would redraw every row.
  const layout = useMemo(
    () => gridLayout({ columns, mainColumn, groupColumn, groupLayout }),
    [columns, mainColumn, groupColumn, groupLayout],
  );
  const columnIds = useMemo(() => layout.columns.map((c) => c.id), [layout]);
  const numbers = useMemo(() => numberRows({ rows: appendix.rows, levels: appendix.levels }), [appendix.rows, appendix.levels]);
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);
  const reviews = useRowReviews(appendix.id);
  const firstColumn = useMemo(() => layout.columns.find((c) => c.type !== 'stt')?.id ?? columnIds[0] ?? '', [layout, columnIds]);

  // The latest values for event handlers, which outlive renders.
  const live = useRef({ appendix, rows, selection, rowIndex });
  live.current = { appendix, rows, selection, rowIndex };
  const lastRow = useRef(0);
  // Handlers that run before the next render (focus right after a click) see the new selection.
  const setSelection = useCallback((next: GridSelection | null) => {
    live.current.selection = next;
    setSelectionState(next);
  }, []);
  const getAppendix = useCallback(() => live.current.appendix, []);
  const edit = useCellEdit(store, appendix.id, inputRef, getAppendix);
  const { begin, write, commit, cancel, setComposing, yieldToOutsideChange, isComposing } = edit;

  const placeBox = useRef<() => void>(() => undefined);
  // The virtualiser recomputes every row's position when these change: only when rows are added,
  // removed or reordered, not on each keystroke.
  const rowsKey = rows.map((r) => r.id).join('\n');
  const ids = useMemo(() => rowsKey.split('\n'), [rowsKey]);
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids]);
  const estimateSize = useCallback(
    (index: number) => estimateRowHeight(ids[index] === undefined ? undefined : live.current.rows[index], layout),
    [ids, layout],
  );
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 6,
    getItemKey,
    // Scrolling moves rows without rendering React; it renders when rows come into view.
    directDomUpdates: true,
    onChange: () => {
      placeBox.current();
    },
  });

  const active = selection === null ? null : positionOf(selection.active, rowIndex, columnIds, lastRow.current);
  const anchor = selection === null ? null : positionOf(selection.anchor, rowIndex, columnIds, lastRow.current);
  const range = active === null || anchor === null ? null : rangeOf(active, anchor);
  const rowMode = active !== null && layout.columns[active.col]?.type === 'stt';
  if (active !== null) lastRow.current = active.row;
  const activeRow = active === null ? undefined : rows[active.row];
  placeBox.current = useEditorBox(virtualizer, headerRef, boxRef, inputRef, {
    rowIndex: active?.row ?? null,
    columnIndex: active?.col ?? 0,
    toEnd: activeRow !== undefined && active !== null && active.col === layout.titleIndex && isBanded(layout, activeRow),
    editing: edit.editing !== null,
  });

  const focusInput = useCallback(() => {
    inputRef.current?.focus({ preventScroll: true });
  }, []);

  const select = useCallback(
    (next: GridSelection) => {
      setSelection(next);
      const index = live.current.rowIndex.get(next.active.rowId);
      if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer, setSelection],
  );

  /** Moves the active cell to a position (clamped, landing on a band's title), or extends to it. */
  const goTo = useCallback(
    (position: Position, extend: boolean) => {
      const { rows: shown, selection: current } = live.current;
      const row = Math.max(0, Math.min(position.row, shown.length - 1));
      const col = landingColumn(layout, shown[row], Math.max(0, Math.min(position.col, columnIds.length - 1)));
      const cell = cellAt(shown, columnIds, { row, col });
      if (cell === null) return;
      select(extend && current !== null ? { active: cell, anchor: current.anchor } : collapsed(cell));
    },
    [layout, columnIds, select],
  );

  // A change from outside (undo, redo, another view) ends an edit of a cell it touched.
  useEffect(() => {
    yieldToOutsideChange(appendix);
  }, [appendix, yieldToOutsideChange]);

  // Undo and redo put the user back on the cell they changed.
  useEffect(() => {
    const focus = focusRequest?.focus;
    if (
      focusRequest === null ||
      focus?.kind !== 'cell' ||
      focus.appendixId !== appendix.id ||
      focusRequest.serial <= (handledFocus.get(store) ?? 0)
    )
      return;
    handledFocus.set(store, focusRequest.serial);
    commit();
    if (!live.current.rowIndex.has(focus.rowId) && filtered) onClearFilter();
    select(collapsed({ rowId: focus.rowId, columnId: focus.columnId }));
    // A grid shown for this request has not measured its rows yet, and the virtualiser's first
    // scroll lands short of a far row (TanStack/virtual#615): scroll again once a frame is drawn,
    // to the middle, where rows measured taller than estimated on the way still leave it in sight.
    const index = live.current.rowIndex.get(focus.rowId);
    if (index !== undefined)
      requestAnimationFrame(() => {
        virtualizer.scrollToIndex(index, { align: 'center' });
      });
    focusInput();
  }, [store, focusRequest, appendix.id, filtered, onClearFilter, select, commit, focusInput, virtualizer]);

  const selectedRowIds = useCallback((): string[] => {
    const { rows: shown, selection: current, rowIndex: index } = live.current;
    if (current === null) return [];
    return rowsIn(shown, rangeOf(positionOf(current.active, index, columnIds), positionOf(current.anchor, index, columnIds)));
  }, [columnIds]);

  const runRow = useCallback(
    (command: RowCommand) => {
      commit();
      const current = live.current.selection;
      const result = runRowCommand(store, command, {
        appendix: live.current.appendix,
        rowIds: selectedRowIds(),
        active: current?.active ?? null,
        firstColumn,
      });
      if (result === null) return;
      if (filtered && (command === 'add' || command === 'insertAbove')) onClearFilter();
      if (result.active.rowId === '') setSelection(null);
      else {
        const first = result.rowIds[0] ?? result.active.rowId;
        const last = result.rowIds[result.rowIds.length - 1] ?? result.active.rowId;
        const keep = current !== null && current.active.rowId === last ? first : last;
        select({ active: result.active, anchor: { rowId: keep, columnId: current?.anchor.columnId ?? result.active.columnId } });
      }
      focusInput();
    },
    [store, commit, selectedRowIds, firstColumn, filtered, onClearFilter, select, setSelection, focusInput],
  );

  const startEdit = useCallback(
    (cell: CellRef) => {
      const { appendix: current } = live.current;
      const column = current.columns.find((c) => c.id === cell.columnId);
      if (column === undefined || column.type === 'stt') return;
      const row = current.rows.find((r) => r.id === cell.rowId);
      begin(cell, editText(row === undefined ? undefined : cellOf(row, cell.columnId)));
      focusInput();
    },
    [begin, focusInput],
  );

  const pageRows = (): number => Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / 40));

  const execute = (command: GridCommand, event: KeyboardEvent<HTMLTextAreaElement>): void => {
    const here = active ?? { row: 0, col: 0 };
    const editable = Math.max(0, columnIds.indexOf(firstColumn));
    switch (command.kind) {
      case 'move':
      case 'jump':
      case 'page':
      case 'tab': {
        const target = moveTarget(command, here, { rows, layout, editable, pageRows: pageRows() });
        if (target !== null) goTo(target, 'extend' in command && command.extend);
        break;
      }
      case 'edit':
        if (selection !== null) startEdit(selection.active);
        break;
      case 'commit':
        commit();
        if (command.cols !== 0) execute({ kind: 'tab', direction: command.cols > 0 ? 1 : -1 }, event);
        else goTo({ row: here.row + command.rows, col: here.col }, false);
        break;
      case 'cancel':
        cancel();
        break;
      case 'endEdit':
        commit();
        return;
      case 'newline': {
        const input = inputRef.current;
        if (input !== null) {
          input.setRangeText('\n', input.selectionStart, input.selectionEnd, 'end');
          write();
        }
        break;
      }
      case 'clear':
        if (range !== null) {
          store.edit((plan) => updateAppendix(plan, appendix.id, (a) => clearRange(a, rows, range)));
        }
        break;
      case 'selectAll': {
        const first = cellAt(rows, columnIds, { row: 0, col: 0 });
        const last = cellAt(rows, columnIds, { row: rows.length - 1, col: columnIds.length - 1 });
        if (first !== null && last !== null) setSelection({ active: first, anchor: last });
        break;
      }
      case 'collapse':
        if (selection !== null) setSelection(collapsed(selection.active));
        break;
      case 'row':
        runRow(command.command);
        break;
    }
    event.preventDefault();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.nativeEvent.isComposing || event.key === 'Process' || isComposing()) return;
    const command = gridCommand(event, edit.editing !== null, rowMode);
    if (command !== null) execute(command, event);
  };

  const onInput = (): void => {
    const input = inputRef.current;
    if (input === null) return;
    if (edit.editing === null) {
      // The first keystroke replaces the cell's text, as in Excel; STT is never typed.
      const cell = selection?.active;
      const column = layout.columns.find((c) => c.id === cell?.columnId);
      if (cell === undefined || column === undefined || column.type === 'stt') {
        input.value = '';
        return;
      }
      begin(cell, null);
    }
    write();
  };

  const onCompositionStart = (): void => {
    const cell = selection?.active;
    const column = layout.columns.find((c) => c.id === cell?.columnId);
    if (edit.editing === null && cell !== undefined && column !== undefined && column.type !== 'stt') begin(cell, '');
    setComposing(true);
  };

  const onCompositionEnd = (): void => {
    setComposing(false);
    write();
  };

  const clipboard = clipboardHandlers({
    store,
    appendix,
    rows,
    range: edit.editing === null ? range : null,
    onPasted: (rowIds, pastedColumns) => {
      const [top, bottom, first, last] = [rowIds[0], rowIds[rowIds.length - 1], pastedColumns[0], pastedColumns[pastedColumns.length - 1]];
      if (filtered && rowIds.some((id) => !rowIndex.has(id))) onClearFilter();
      if (top !== undefined && bottom !== undefined && first !== undefined && last !== undefined) {
        setSelection({ active: { rowId: top, columnId: first }, anchor: { rowId: bottom, columnId: last } });
      }
    },
  });

  const onMouseDown = (event: MouseEvent<HTMLDivElement>): void => {
    const cell = cellFromEvent(event);
    if (cell === null || event.button !== 0) return;
    const editingCell = edit.editing?.cell;
    if (editingCell?.rowId === cell.rowId && editingCell.columnId === cell.columnId) return;
    commit();
    const isStt = layout.columns.find((c) => c.id === cell.columnId)?.type === 'stt';
    // STT cells start a drag; elsewhere the click must not take focus from the input.
    if (!isStt) event.preventDefault();
    const index = rowIndex.get(cell.rowId) ?? 0;
    const col = columnIds.indexOf(cell.columnId);
    if (event.shiftKey && selection !== null) goTo({ row: index, col }, true);
    else select(collapsed({ rowId: cell.rowId, columnId: layout.columns[landingColumn(layout, rows[index], col)]?.id ?? cell.columnId }));
    focusInput();
  };

  // Reaching the grid with Tab puts the user on its first cell.
  const onFocus = (): void => {
    if (live.current.selection === null && rows[0] !== undefined)
      select(
        collapsed({
          rowId: rows[0].id,
          columnId: layout.columns[landingColumn(layout, rows[0], columnIds.indexOf(firstColumn))]?.id ?? firstColumn,
        }),
      );
  };

  const onDoubleClick = (event: MouseEvent<HTMLDivElement>): void => {
    const cell = cellFromEvent(event);
    if (cell !== null && edit.editing === null) startEdit(selection?.active ?? cell);
  };

  const drag = useGridDrag({
    rowsToMove: (rowId) => {
      const ids = selectedRowIds();
      return ids.includes(rowId) ? ids : [rowId];
    },
    onDrop: (ids, target) => {
      const current = live.current.appendix;
      const index = current.rows.findIndex((r) => r.id === target.rowId);
      const to = target.mark === 'above' ? index : index + 1;
      store.edit((plan) => updateAppendix(plan, current.id, (a) => moveRowsTo(a, ids, to)));
      focusInput();
    },
  });

  const editingColumn = edit.editing === null ? null : (layout.columns.find((c) => c.id === edit.editing?.cell.columnId) ?? null);
  const activeColumn = active === null ? undefined : layout.columns[active.col];
  const inputLabel = activeColumn === undefined || active === null ? 'Ô của bảng phụ lục' : `${activeColumn.label}, dòng ${active.row + 1}`;

  return (
    <div className={`appendix-grid-wrap${filtered ? ' filtered' : ''}`}>
      <RowToolbar run={runRow} canAct={selection !== null} groupPressed={active !== null && rows[active.row]?.kind === 'group'} />
      <div className="appendix-grid-scroll" ref={scrollRef}>
        <div
          role="grid"
          aria-label={`Bảng ${appendix.title.split('\n')[0] ?? ''}`.trim()}
          aria-rowcount={rows.length + 1}
          aria-colcount={layout.columns.length}
          aria-multiselectable
          className="appendix-grid"
        >
          <GridHeader layout={layout} headerRef={headerRef} />
          <div
            className="grid-body"
            ref={(node) => {
              bodyRef.current = node;
              virtualizer.containerRef(node);
            }}
            onMouseDown={onMouseDown}
            // A click on an STT cell (which may start a drag) leaves the focus on the page.
            onClick={focusInput}
            onDoubleClick={onDoubleClick}
            onDragStart={drag.onDragStart}
            onDragOver={drag.onDragOver}
            onDrop={drag.onDrop}
            onDragEnd={drag.onDragEnd}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (row === undefined) return null;
              const inRange = range !== null && item.index >= range.top && item.index <= range.bottom;
              const number = numbers.get(row.id);
              return (
                <GridRow
                  key={row.id}
                  row={row}
                  index={item.index}
                  stt={number?.stt ?? ''}
                  prefix={number?.prefix ?? ''}
                  emphasis={rowStyle(appendix, row)}
                  layout={layout}
                  mainColumn={appendix.mainColumn}
                  activeColumn={active?.row === item.index ? (columnIds[active.col] ?? null) : null}
                  selectedFrom={inRange ? (rowMode ? 0 : range.left) : -1}
                  selectedTo={inRange ? (rowMode ? columnIds.length - 1 : range.right) : -1}
                  dropMark={drag.target?.rowId === row.id ? drag.target.mark : null}
                  measure={virtualizer.measureElement}
                  review={reviews.get(row.id)}
                />
              );
            })}
            <CellEditor
              inputRef={inputRef}
              boxRef={boxRef}
              column={editingColumn}
              session={edit.editing?.serial ?? 0}
              label={inputLabel}
              year={year}
              onKeyDown={onKeyDown}
              onInput={onInput}
              onCompositionStart={onCompositionStart}
              onCompositionEnd={onCompositionEnd}
              onBlur={commit}
              onFocus={onFocus}
              emphasis={
                activeRow === undefined
                  ? ''
                  : `${rowStyle(appendix, activeRow).bold ? ' bold' : ''}${rowStyle(appendix, activeRow).italic ? ' italic' : ''}`
              }
              onCopy={clipboard.onCopy}
              onCut={clipboard.onCut}
              onPaste={clipboard.onPaste}
              onAccept={edit.accept}
            />
          </div>
        </div>
        {rows.length === 0 && (
          <p className="grid-empty muted">{filtered ? 'Không có dòng nào khớp bộ lọc.' : 'Phụ lục chưa có dòng nào: bấm "Thêm dòng".'}</p>
        )}
      </div>
    </div>
  );
}
