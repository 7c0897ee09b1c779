/** The side panel's state, kept by the app for the whole session. */
import { useCallback, useMemo, useState } from 'react';
import type { SidePanelState, SideTab } from '../base/side-panel-context';

export function useSidePanelState(): SidePanelState {
  const [shown, setShown] = useState(true);
  const [tab, setTab] = useState<SideTab>('properties');
  const show = useCallback((next: SideTab) => {
    setShown(true);
    setTab(next);
  }, []);
  const toggle = useCallback(() => {
    setShown((s) => !s);
  }, []);
  return useMemo(() => ({ shown, tab, show, toggle }), [shown, tab, show, toggle]);
}
