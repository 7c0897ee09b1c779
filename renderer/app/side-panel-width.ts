/**
 * How wide the side panel is, per tab: the page preview needs room for a legible page, the other
 * tabs are forms and lists. A width the user drags to is kept for the session, and never leaves
 * the editor less than a usable column.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SideTab } from '../base/side-panel-context';

const DEFAULT_WIDTH: Readonly<Record<SideTab, number>> = {
  properties: 380,
  preview: 600,
  check: 380,
  coverage: 380,
  find: 380,
  versions: 380,
  comments: 420,
};
export const MIN_SIDE_WIDTH = 300;
/** The outline's column (app.css) and the least room left to the text or grid beside it. */
const OUTLINE_WIDTH = 240;
const MIN_MAIN_WIDTH = 420;

const chosen = new Map<SideTab, number>();

export function maxSideWidth(windowWidth: number): number {
  return Math.max(MIN_SIDE_WIDTH, windowWidth - OUTLINE_WIDTH - MIN_MAIN_WIDTH);
}

export function clampSideWidth(width: number, windowWidth: number): number {
  return Math.round(Math.min(Math.max(width, MIN_SIDE_WIDTH), maxSideWidth(windowWidth)));
}

export function useSidePanelWidth(tab: SideTab): { width: number; max: number; setWidth: (width: number) => void } {
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth);
  const [widths, setWidths] = useState<ReadonlyMap<SideTab, number>>(() => new Map(chosen));
  useEffect(() => {
    const onResize = (): void => {
      setWindowWidth(window.innerWidth);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
    };
  }, []);
  const setWidth = useCallback(
    (width: number) => {
      chosen.set(tab, width);
      setWidths(new Map(chosen));
    },
    [tab],
  );
  return { width: clampSideWidth(widths.get(tab) ?? DEFAULT_WIDTH[tab], windowWidth), max: maxSideWidth(windowWidth), setWidth };
}
