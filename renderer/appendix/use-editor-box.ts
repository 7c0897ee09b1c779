/**
 * Keeps the grid's input box over the active cell. Rows are positioned by the virtualiser without
 * React renders while scrolling, so the box is placed from the virtualiser's measurements (no
 * layout read on scroll) and the columns' geometry, read from the header when columns change.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';

interface ColumnBox {
  readonly left: number;
  readonly width: number;
}

export interface EditorBoxTarget {
  readonly rowIndex: number | null;
  readonly columnIndex: number;
  /** The cell spans to the last column (a group band). */
  readonly toEnd: boolean;
  readonly editing: boolean;
}

export function useEditorBox(
  virtualizer: Virtualizer<HTMLDivElement, HTMLElement>,
  header: RefObject<HTMLDivElement | null>,
  box: RefObject<HTMLDivElement | null>,
  input: RefObject<HTMLTextAreaElement | null>,
  target: EditorBoxTarget,
): () => void {
  const columns = useRef<ColumnBox[]>([]);
  const live = useRef(target);
  live.current = target;

  const place = useCallback(() => {
    const element = box.current;
    const { rowIndex, columnIndex, toEnd, editing } = live.current;
    const item = rowIndex === null ? undefined : virtualizer.measurementsCache[rowIndex];
    const column = columns.current[columnIndex];
    if (element === null || item === undefined || column === undefined) return;
    const last = columns.current[columns.current.length - 1];
    const width = toEnd && last !== undefined ? last.left + last.width - column.left : column.width;
    element.style.transform = `translate(${column.left}px, ${item.start}px)`;
    element.style.width = `${width}px`;
    const text = input.current;
    if (text === null) return;
    text.style.height = `${item.size}px`;
    if (editing && text.scrollHeight > item.size) text.style.height = `${text.scrollHeight}px`;
  }, [virtualizer, box, input]);

  // Column geometry, whenever a render may have changed it (columns, widths, the pane's size).
  useLayoutEffect(() => {
    const cells = header.current?.children;
    if (cells === undefined) return;
    columns.current = Array.from(cells, (cell) => ({ left: (cell as HTMLElement).offsetLeft, width: (cell as HTMLElement).offsetWidth }));
    place();
  });

  return place;
}
