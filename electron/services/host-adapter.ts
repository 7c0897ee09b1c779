/**
 * What differs between the two hosts of the renderer: Electron (native dialogs, windows, the OS
 * shell) and the test harness (dialog answers queued by a test, no windows). `Ctx` identifies the
 * caller, e.g. the Electron window that sent the call.
 */
import type { EventName, EventPayload, SaveKind } from '../../shared/ipc';

export interface HostAdapter<Ctx> {
  readonly name: 'electron' | 'harness';
  /** A file the window was opened with (command line, double-click), or null. */
  initialPath(ctx: Ctx): string | null;
  chooseSavePath(ctx: Ctx, kind: SaveKind, defaultName: string): Promise<string | null>;
  chooseOpenPath(ctx: Ctx): Promise<string | null>;
  /** A folder to track; null when cancelled. */
  chooseFolder(ctx: Ctx): Promise<string | null>;
  /** Pushes an event to the caller's window (the harness: to the page's event stream). */
  notify<E extends EventName>(ctx: Ctx, name: E, payload: EventPayload<E>): void;
  showInFolder(path: string): Promise<void>;
  /** Opens a file in the system's own program for it (a PDF to print); the harness does nothing. */
  openExternally(path: string): Promise<void>;
  setWindowState(ctx: Ctx, title: string, dirty: boolean): void;
  closeWindow(ctx: Ctx): void;
}
