/**
 * Dragging rows by their STT cell to another place: the rows under the dragged ones go with them,
 * and a drop where the outline rule would break is refused (the op returns the appendix unchanged).
 */
import { useState, type DragEvent } from 'react';

const ROWS_TYPE = 'application/x-kehoach-rows';

export interface DropTarget {
  readonly rowId: string;
  readonly mark: 'above' | 'below';
}

export interface GridDrag {
  readonly target: DropTarget | null;
  readonly onDragStart: (event: DragEvent<HTMLElement>) => void;
  readonly onDragOver: (event: DragEvent<HTMLElement>) => void;
  readonly onDrop: (event: DragEvent<HTMLElement>) => void;
  readonly onDragEnd: () => void;
}

function rowElement(event: DragEvent<HTMLElement>): HTMLElement | null {
  return (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
}

export function useGridDrag(options: {
  rowsToMove: (rowId: string) => string[];
  onDrop: (rowIds: string[], target: DropTarget) => void;
}): GridDrag {
  const [target, setTarget] = useState<DropTarget | null>(null);
  const [dragged, setDragged] = useState<string[]>([]);

  const targetOf = (event: DragEvent<HTMLElement>): DropTarget | null => {
    const element = rowElement(event);
    const rowId = element?.dataset.row;
    if (element === null || rowId === undefined) return null;
    const box = element.getBoundingClientRect();
    return { rowId, mark: event.clientY < box.top + box.height / 2 ? 'above' : 'below' };
  };

  return {
    target,
    onDragStart(event) {
      const rowId = rowElement(event)?.dataset.row;
      if (rowId === undefined) return;
      const ids = options.rowsToMove(rowId);
      setDragged(ids);
      event.dataTransfer.setData(ROWS_TYPE, ids.join('\n'));
      event.dataTransfer.effectAllowed = 'move';
    },
    onDragOver(event) {
      if (dragged.length === 0) return;
      event.preventDefault();
      const next = targetOf(event);
      if (next?.rowId !== target?.rowId || next?.mark !== target?.mark) setTarget(next);
    },
    onDrop(event) {
      const drop = targetOf(event);
      event.preventDefault();
      setTarget(null);
      setDragged([]);
      if (drop !== null && dragged.length > 0) options.onDrop(dragged, drop);
    },
    onDragEnd() {
      setTarget(null);
      setDragged([]);
    },
  };
}
