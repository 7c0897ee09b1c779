/**
 * Tracking workspaces for the app: a folder becomes readable only when the user chose it in the
 * folder dialog; while the app shows it, a watcher reads files dropped in, saved over or removed
 * and tells the window. The matrix, the report and the letters come from the same functions as
 * `kehoach track`.
 */
import { watch, type FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OpenedDocument } from '../../shared/ipc';
import type { PlanDocument } from '../../shared/model';
import { buildReminderLetter, buildTrackingReport } from '../../shared/track';
import type { AgencyDirectoryStore } from './agency-directory';
import type { DocumentService } from './documents';
import type { ReceivedFiles } from './received-files';
import { WORKSPACE_DIR } from './tracking-cache';
import {
  loadWorkspaceSettings,
  openTrackingWorkspace,
  readWorkspaceFile,
  saveWorkspaceSettings,
  type TrackingWorkspace,
} from './tracking-workspace';
import { UserError } from './user-error';

/** Quiet time after the last change in the folder before it is read again: a copy lands in pieces. */
const SETTLE_MS = 400;

export interface TrackingService {
  /** The folder the user chose in the dialog: the only kind the service will read. */
  grant(folder: string): void;
  /** Reads the folder and watches it; `onChange` is called when its files change. */
  open(folder: string, onChange: () => void): Promise<TrackingWorkspace>;
  close(folder: string): void;
  setParent(folder: string, file: string): Promise<void>;
  setUnit(folder: string, file: string, unitId: string | null): Promise<void>;
  /** A received plan to open in the editor: a .kehoach as a file, anything else as read (unsaved). */
  openPlan(folder: string, file: string): Promise<OpenedDocument>;
  report(folder: string): Promise<PlanDocument>;
  reminder(folder: string, unitId: string): Promise<PlanDocument>;
  closeAll(): void;
}

export interface TrackingServiceOptions {
  readonly agencies: AgencyDirectoryStore;
  readonly documents: DocumentService;
  readonly now: () => Date;
  /** Where the folder's files are parsed: an isolation process. */
  readonly received: ReceivedFiles;
}

export function createTrackingService({ agencies, documents, now, received }: TrackingServiceOptions): TrackingService {
  const granted = new Set<string>();
  const watchers = new Map<string, FSWatcher>();
  const last = new Map<string, TrackingWorkspace>();

  const checked = (folder: string): string => {
    const root = resolve(folder);
    if (!granted.has(root)) throw new UserError(`Chưa chọn thư mục "${folder}". Hãy chọn thư mục theo dõi trong hộp thoại.`);
    return root;
  };
  const read = async (root: string): Promise<TrackingWorkspace> => {
    const workspace = await openTrackingWorkspace(root, { directory: await agencies.load(), received });
    last.set(root, workspace);
    return workspace;
  };
  const current = async (folder: string): Promise<TrackingWorkspace> => {
    const root = checked(folder);
    return last.get(root) ?? read(root);
  };
  const stop = (root: string): void => {
    watchers.get(root)?.close();
    watchers.delete(root);
  };
  const startWatching = (root: string, onChange: () => void): void => {
    stop(root);
    let timer: NodeJS.Timeout | undefined;
    try {
      const watcher = watch(root, { persistent: false }, (_event, name) => {
        // Our own cache and settings change as the folder is read: they are not news.
        if (typeof name === 'string' && name.startsWith(WORKSPACE_DIR)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          last.delete(root);
          onChange();
        }, SETTLE_MS);
      });
      // A folder removed or unplugged: nothing more to watch.
      watcher.on('error', () => {
        stop(root);
      });
      watchers.set(root, watcher);
    } catch {
      // Watching is a convenience: the user can still reread the folder.
    }
  };

  return {
    grant(folder) {
      granted.add(resolve(folder));
    },
    async open(folder, onChange) {
      const root = checked(folder);
      const workspace = await read(root);
      if (!watchers.has(root)) startWatching(root, onChange);
      return workspace;
    },
    close(folder) {
      const root = resolve(folder);
      stop(root);
      last.delete(root);
    },
    async setParent(folder, file) {
      const root = checked(folder);
      const { settings } = await loadWorkspaceSettings(root);
      await saveWorkspaceSettings(root, { ...settings, parentFile: file });
      last.delete(root);
    },
    async setUnit(folder, file, unitId) {
      const root = checked(folder);
      const { settings } = await loadWorkspaceSettings(root);
      const corrections = Object.fromEntries(Object.entries(settings.corrections).filter(([name]) => name !== file));
      if (unitId !== null) {
        if ((await agencies.load()).organ(unitId) === undefined) throw new UserError('Đơn vị đã chọn không có trong danh bạ cơ quan.');
        corrections[file] = unitId;
      }
      await saveWorkspaceSettings(root, { ...settings, corrections });
      last.delete(root);
    },
    async openPlan(folder, file) {
      const workspace = await current(folder);
      const found = await readWorkspaceFile(workspace.folder, file, received);
      if (found.kind !== 'plan') throw new UserError(`Tệp "${file}" không còn là kế hoạch đọc được trong thư mục theo dõi.`);
      if (found.source === 'kehoach') return documents.open(join(workspace.folder, file));
      return {
        plan: found.plan,
        path: null,
        version: null,
        readOnly: null,
        warnings: [`Kế hoạch đọc từ tệp "${file}"; khi lưu, hãy chọn nơi lưu tệp .kehoach.`],
      };
    },
    async report(folder) {
      const { parent, matrix } = await current(folder);
      return buildTrackingReport(parent, matrix, { now: now() });
    },
    async reminder(folder, unitId) {
      const { parent, matrix } = await current(folder);
      const unit = matrix.units.find((u) => u.id === unitId);
      if (unit === undefined) throw new UserError('Đơn vị này không có trong bảng theo dõi.');
      return buildReminderLetter(parent, matrix, unit, { now: now() });
    },
    closeAll() {
      for (const root of [...watchers.keys()]) stop(root);
      last.clear();
    },
  };
}
