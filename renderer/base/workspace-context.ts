/**
 * Which part of the plan the main pane shows: the body (preamble and sections, one continuous
 * text) or one appendix's grid. The outline, the focus requests of undo/redo and the editors use
 * it to bring a place into view.
 */
import { createContext, useContext } from 'react';

export type MainView = { readonly kind: 'body' } | { readonly kind: 'appendix'; readonly appendixId: string };

export interface WorkspaceNav {
  readonly view: MainView;
  /** Shows the body and scrolls the section (or the preamble) into view. */
  showSection(containerId: string): void;
  showAppendix(appendixId: string): void;
}

export const WorkspaceContext = createContext<WorkspaceNav | null>(null);

export function useWorkspace(): WorkspaceNav {
  const nav = useContext(WorkspaceContext);
  if (nav === null) throw new Error('useWorkspace outside WorkspaceContext');
  return nav;
}

/** The DOM id of a section's (or the preamble's) block in the body view, for scrolling to it. */
export function sectionAnchor(containerId: string): string {
  return `section-${containerId}`;
}
