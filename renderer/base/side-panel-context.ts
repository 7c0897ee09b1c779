/**
 * The panel beside the text: the document's properties, the page preview, the format findings,
 * the coverage of a superior plan, find and replace, and the versions kept in the plan's history. The app keeps which one shows, so a menu command, an undo
 * into a property field or a click on a finding can bring the right one forward.
 */
import { createContext, useContext } from 'react';

export type SideTab = 'properties' | 'preview' | 'check' | 'coverage' | 'find' | 'versions' | 'comments';

export interface SidePanelState {
  readonly shown: boolean;
  readonly tab: SideTab;
  readonly show: (tab: SideTab) => void;
  readonly toggle: () => void;
}

export const SidePanelContext = createContext<SidePanelState | null>(null);

export function useSidePanel(): SidePanelState {
  const state = useContext(SidePanelContext);
  if (state === null) throw new Error('useSidePanel outside SidePanelContext');
  return state;
}
