/**
 * The Electron side of the host adapter: native save and open dialogs with Vietnamese titles and
 * filters, the file manager, the window's title and unsaved mark, and closing.
 */
import { dialog, shell, type BrowserWindow, type FileFilter, type OpenDialogOptions } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SaveKind } from '../../shared/ipc';
import type { HostAdapter } from '../services/host-adapter';
import { extensionFor } from '../services/path-grants';
import { UserError } from '../services/user-error';
import type { AppWindows } from './app-windows';

const PLAN_FILTER: FileFilter = { name: 'Kế hoạch (*.kehoach)', extensions: ['kehoach'] };

const SAVE_DIALOGS: Readonly<Record<SaveKind, { title: string; buttonLabel: string; filter: FileFilter }>> = {
  plan: { title: 'Lưu kế hoạch', buttonLabel: 'Lưu', filter: PLAN_FILTER },
  docx: { title: 'Xuất DOCX', buttonLabel: 'Xuất', filter: { name: 'Văn bản Word (*.docx)', extensions: ['docx'] } },
  pdf: { title: 'Xuất PDF', buttonLabel: 'Xuất', filter: { name: 'Tệp PDF (*.pdf)', extensions: ['pdf'] } },
};

/**
 * Linux save dialogs do not add the extension the filter implies. It is added here unless a file
 * of that name exists, which the user was not asked about overwriting: that path is kept as typed
 * and the save refuses it with its own message.
 */
export function withSaveExtension(path: string, kind: SaveKind, exists: (path: string) => boolean = existsSync): string {
  const extension = extensionFor(kind);
  if (path.toLowerCase().endsWith(extension)) return path;
  const completed = `${path}${extension}`;
  return exists(completed) ? path : completed;
}

const OPEN_PLAN_DIALOG = {
  title: 'Mở kế hoạch',
  buttonLabel: 'Mở',
  filters: [PLAN_FILTER],
  properties: ['openFile'],
} satisfies OpenDialogOptions;

/** The native open dialog, attached to `window` (or free-standing on macOS with no window open). */
export async function chooseOpenPlan(window: BrowserWindow | null): Promise<string | null> {
  const result = window === null ? await dialog.showOpenDialog(OPEN_PLAN_DIALOG) : await dialog.showOpenDialog(window, OPEN_PLAN_DIALOG);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export interface ElectronHostOptions {
  readonly windows: Pick<AppWindows, 'initialPath' | 'close' | 'send'>;
  /** Where save dialogs start. */
  readonly documentsDir: () => string;
}

export function createElectronHost({ windows, documentsDir }: ElectronHostOptions): HostAdapter<BrowserWindow> {
  return {
    name: 'electron',
    initialPath: (window) => windows.initialPath(window),
    async chooseSavePath(window, kind, defaultName) {
      const { title, buttonLabel, filter } = SAVE_DIALOGS[kind];
      const result = await dialog.showSaveDialog(window, {
        title,
        buttonLabel,
        defaultPath: join(documentsDir(), defaultName),
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || result.filePath === '' ? null : withSaveExtension(result.filePath, kind);
    },
    chooseOpenPath: (window) => chooseOpenPlan(window),
    async chooseFolder(window) {
      const result = await dialog.showOpenDialog(window, {
        title: 'Chọn thư mục theo dõi',
        buttonLabel: 'Chọn thư mục',
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    notify(window, name, payload) {
      windows.send(window, name, payload);
    },
    showInFolder(path) {
      shell.showItemInFolder(path);
      return Promise.resolve();
    },
    async openExternally(path) {
      // shell.openPath resolves with an error message instead of rejecting.
      const failure = await shell.openPath(path);
      if (failure !== '') throw new UserError(`Không mở được "${path}" bằng chương trình của hệ thống: ${failure}`);
    },
    setWindowState(window, title, dirty) {
      window.setTitle(title);
      window.setDocumentEdited(dirty);
    },
    closeWindow: (window) => {
      windows.close(window);
    },
  };
}
