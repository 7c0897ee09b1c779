/**
 * The editing screen: toolbar, outline, the body or an appendix in the main pane, the document's
 * properties beside it, and the status bar.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AppendixView } from '../appendix/AppendixView';
import { BodyView } from '../editor/BodyView';
import { ActiveEditor, ActiveEditorContext } from '../editor/active-editor';
import { Outline } from '../outline/Outline';
import { ViewBoundary } from '../base/view-boundary';
import { CloneDialog } from '../clone/CloneDialog';
import { useDocument } from '../state/use-document';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { SidePanel } from './SidePanel';
import { useSidePanel } from '../base/side-panel-context';
import { sectionAnchor, WorkspaceContext, type MainView, type WorkspaceNav } from '../base/workspace-context';
import { drawnChangeAt, drawnChangeAtCaret, pickReviewChange } from '../base/received-review';

function scrollToSection(containerId: string): void {
  requestAnimationFrame(() => {
    document.getElementById(sectionAnchor(containerId))?.scrollIntoView({ block: 'start' });
  });
}

export interface WorkspaceProps {
  readonly onNew: () => void;
  readonly onImport: () => void;
}

export function Workspace({ onNew, onImport }: WorkspaceProps): ReactNode {
  const [view, setView] = useState<MainView>({ kind: 'body' });
  const [cloning, setCloning] = useState(false);
  const side = useSidePanel();
  const { show: showSide } = side;
  const focusRequest = useDocument((s) => s.focusRequest);
  const appendixIds = useDocument((s) => s.plan.appendices.map((a) => a.id).join('\n'));

  const showSection = useCallback((containerId: string) => {
    setView({ kind: 'body' });
    scrollToSection(containerId);
  }, []);
  const showAppendix = useCallback((appendixId: string) => {
    setView({ kind: 'appendix', appendixId });
  }, []);
  // The editor last focused, shared with the side panel (a comment is added on its selection).
  const [active] = useState(() => new ActiveEditor());
  const nav = useMemo<WorkspaceNav>(() => ({ view, showSection, showAppendix }), [view, showSection, showAppendix]);

  // Undo and redo bring the user back to where the change was.
  useEffect(() => {
    const focus = focusRequest?.focus;
    if (focus === undefined) return;
    if (focus.kind === 'cell') setView({ kind: 'appendix', appendixId: focus.appendixId });
    else if (focus.kind === 'text') setView({ kind: 'body' });
    else if (focus.kind === 'field') showSide('properties');
  }, [focusRequest, showSide]);

  // A returned file's change drawn in the text, a title or the grid: a click on it, or Alt+Enter
  // with the keyboard on it, picks it in the Góp ý panel to accept or reject.
  const pick = useCallback(
    (id: string | null): boolean => {
      if (id === null) return false;
      pickReviewChange(id, document.activeElement instanceof HTMLElement ? document.activeElement : null);
      showSide('comments');
      return true;
    },
    [showSide],
  );

  // An appendix removed (or undone away) cannot stay on screen.
  useEffect(() => {
    if (view.kind === 'appendix' && !appendixIds.split('\n').includes(view.appendixId)) setView({ kind: 'body' });
  }, [appendixIds, view]);

  return (
    <WorkspaceContext.Provider value={nav}>
      <ActiveEditorContext.Provider value={active}>
        <div className={`workspace${side.shown ? ' with-side-panel' : ''}`}>
          <Toolbar
            onNew={onNew}
            onImport={onImport}
            onClone={() => {
              setCloning(true);
            }}
          />
          <ViewBoundary name="dàn ý">
            <Outline />
          </ViewBoundary>
          <main
            className="main-pane"
            aria-label={view.kind === 'body' ? 'Nội dung kế hoạch' : 'Phụ lục'}
            onClick={(event) => {
              pick(drawnChangeAt(event.target));
            }}
            onKeyDownCapture={(event) => {
              if (event.key !== 'Enter' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
              // Alt+Enter in a cell being edited breaks the line there.
              if (document.activeElement instanceof HTMLTextAreaElement) return;
              if (!pick(drawnChangeAtCaret(event.currentTarget))) return;
              event.preventDefault();
              event.stopPropagation();
            }}
          >
            {view.kind === 'body' ? (
              <ViewBoundary key="body" name="nội dung các mục">
                <BodyView />
              </ViewBoundary>
            ) : (
              <ViewBoundary key={view.appendixId} name="phụ lục">
                <AppendixView appendixId={view.appendixId} />
              </ViewBoundary>
            )}
          </main>
          {side.shown && <SidePanel />}
          <StatusBar />
        </div>
        {cloning && (
          <ViewBoundary name="hộp Nhân bản cho đơn vị cấp dưới">
            <CloneDialog
              onClose={() => {
                setCloning(false);
              }}
            />
          </ViewBoundary>
        )}
      </ActiveEditorContext.Provider>
    </WorkspaceContext.Provider>
  );
}
