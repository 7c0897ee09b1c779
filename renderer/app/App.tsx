/**
 * The app: the start screen or the open document, keyboard shortcuts, and the host's events
 * (menu commands, a file to open, a request to close the window).
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { MenuCommand } from '../../shared/ipc';
import { requestFindFocus, requestFindStep } from '../find/find-state';
import { host } from '../host/host';
import { isDirty } from '../state/document-store';
import { DocumentStoreContext } from '../state/use-document';
import { AppInfoContext, DocumentActionsContext } from '../base/app-context';
import { DialogProvider, useDialogs } from '../base/dialogs';
import { ImportDialog } from '../import/ImportDialog';
import { SidePanelContext } from '../base/side-panel-context';
import { StartScreen } from './StartScreen';
import { TrackingScreen } from '../tracking/TrackingScreen';
import { useSidePanelState } from './use-side-panel-state';
import { useDocumentSession } from './use-document-session';
import { useShortcuts } from './use-shortcuts';
import { useWindowTitle } from './use-window-title';
import { Workspace } from './Workspace';
import { ViewBoundary } from '../base/view-boundary';

declare const __APP_VERSION__: string;
const APP_VERSION = __APP_VERSION__;

function AppBody(): ReactNode {
  const side = useSidePanelState();
  const { show: showSide } = side;
  const showFindings = useCallback(() => {
    showSide('check');
  }, [showSide]);
  const { store, info, actions, settleBeforeClose } = useDocumentSession({ showFindings });
  const [startShown, setStartShown] = useState(false);
  const [importing, setImporting] = useState(false);
  // The tracking screen keeps its folder while the user looks at a unit's plan and comes back.
  const [trackingShown, setTrackingShown] = useState(false);
  const [trackingFolder, setTrackingFolder] = useState<string | null>(null);
  const { ask } = useDialogs();
  const commands = useRef<(command: MenuCommand) => void>(() => undefined);

  // A new document replaces the start screen and the tracking screen.
  useEffect(() => {
    setStartShown(false);
    setTrackingShown(false);
  }, [store]);

  commands.current = (command) => {
    switch (command) {
      case 'new':
        setStartShown(true);
        break;
      case 'open':
        void actions.openWithDialog();
        break;
      case 'save':
        void actions.save();
        break;
      case 'saveAs':
        void actions.saveAs();
        break;
      case 'close':
        void actions.closeDocument();
        break;
      case 'undo':
        store?.undo();
        break;
      case 'redo':
        store?.redo();
        break;
      case 'exportDocx':
        void actions.exportDocx();
        break;
      case 'exportDocxForWord':
        void actions.exportDocxForWord();
        break;
      case 'exportPdf':
        void actions.exportPdf();
        break;
      case 'print':
        void actions.print();
        break;
      case 'find':
      case 'replace':
        showSide('find');
        requestFindFocus(command === 'find' ? 'query' : 'replacement');
        break;
      case 'findNext':
      case 'findPrevious':
        showSide('find');
        requestFindStep(command === 'findNext' ? 1 : -1);
        break;
      case 'toggleProperties':
        side.toggle();
        break;
      case 'about':
        void ask({
          title: 'Kế hoạch Studio',
          message: `Phiên bản ${APP_VERSION}. Soạn kế hoạch của cơ quan Đảng và Nhà nước, xuất DOCX và PDF theo Nghị định 30/2020/NĐ-CP và Hướng dẫn 05-HD/VPTW (Hướng dẫn 36-HD/VPTW cho văn bản trước ngày 27/5/2026).`,
          choices: [{ id: 'ok', label: 'Đóng', primary: true }],
          cancel: 'ok',
        });
        break;
    }
  };

  useEffect(() => {
    const offs = [
      host().on('menu.command', (command) => {
        commands.current(command);
      }),
      host().on('app.openPath', ({ path }) => void actions.openPath(path)),
      host().on('window.closeRequested', () => {
        void settleBeforeClose().then((close) => {
          if (close) void host().call('window.close', {});
        });
      }),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [actions, settleBeforeClose]);

  // In a browser (the harness) the page itself asks before leaving unsaved work.
  useEffect(() => {
    if (host().kind !== 'browser' || store === null) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (isDirty(store.getState())) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [store]);

  useShortcuts((command) => {
    commands.current(command);
  });
  useWindowTitle(store);

  if (info === null) return <p className="loading">Đang khởi động…</p>;
  return (
    <AppInfoContext.Provider value={info}>
      <DocumentActionsContext.Provider value={actions}>
        <ViewBoundary
          name="cửa sổ làm việc"
          actions={
            store !== null && (
              <button type="button" className="primary" onClick={() => void actions.saveAs()}>
                Lưu một bản sao…
              </button>
            )
          }
        >
          {trackingShown ? (
            <TrackingScreen
              folder={trackingFolder}
              onFolder={setTrackingFolder}
              onBack={() => {
                setTrackingShown(false);
              }}
              onOpen={(folder, file, place) => void actions.openTracked(folder, file, place)}
            />
          ) : store === null || startShown ? (
            <StartScreen
              onBack={
                store === null
                  ? null
                  : () => {
                      setStartShown(false);
                    }
              }
              onImport={() => {
                setImporting(true);
              }}
              onTrack={() => {
                setTrackingShown(true);
              }}
            />
          ) : (
            <DocumentStoreContext.Provider value={store}>
              <SidePanelContext.Provider value={side}>
                <Workspace
                  onNew={() => {
                    setStartShown(true);
                  }}
                  onImport={() => {
                    setImporting(true);
                  }}
                />
              </SidePanelContext.Provider>
            </DocumentStoreContext.Provider>
          )}
        </ViewBoundary>
        {importing && (
          <ViewBoundary name="hộp Nhập văn bản">
            <ImportDialog
              onClose={() => {
                setImporting(false);
              }}
            />
          </ViewBoundary>
        )}
      </DocumentActionsContext.Provider>
    </AppInfoContext.Provider>
  );
}

export function App(): ReactNode {
  return (
    <DialogProvider>
      <AppBody />
    </DialogProvider>
  );
}
