/** The edge between the editor and the side panel: drag it, or use the arrow keys, to resize the panel. */
import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { MIN_SIDE_WIDTH } from './side-panel-width';

const STEP = 20;

export interface PanelSplitterProps {
  readonly width: number;
  readonly max: number;
  readonly onWidth: (width: number) => void;
}

export function PanelSplitter({ width, max, onWidth }: PanelSplitterProps): ReactNode {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const clamp = (w: number): number => Math.min(Math.max(w, MIN_SIDE_WIDTH), max);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    const start = drag.current;
    // The panel is on the right: dragging the edge to the left widens it.
    if (start !== null) onWidth(clamp(start.width + start.x - event.clientX));
  };
  const onPointerUp = (): void => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const next = { ArrowLeft: width + STEP, ArrowRight: width - STEP, Home: max, End: MIN_SIDE_WIDTH }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onWidth(clamp(next));
  };
  return (
    <div
      className="panel-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Độ rộng bảng bên"
      aria-valuenow={width}
      aria-valuemin={MIN_SIDE_WIDTH}
      aria-valuemax={max}
      title="Kéo để đổi độ rộng bảng bên"
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
