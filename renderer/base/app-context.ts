/** What the whole app shares: the start-up facts from the host and the actions on documents. */
import { createContext, useContext } from 'react';
import type { Preferences, RecentFile, RecoveryEntry } from '../../shared/ipc';
import type { ChildPlace } from '../../shared/clone';
import { directoryFromHost, type AgencyDirectory, type AgencyDirectoryData, type PlanDocument } from '../../shared/model';

export interface AppInfo {
  readonly host: 'electron' | 'harness';
  readonly recent: readonly RecentFile[];
  readonly recovery: readonly RecoveryEntry[];
  readonly preferences: Preferences;
  /** The agency directory (shipped merged with the user's), once loaded. */
  readonly agencies: AgencyDirectoryData | null;
}

export interface DocumentActions {
  createFromTemplate(templateId: string): Promise<void>;
  openPath(path: string): Promise<void>;
  /** A plan of a tracking folder, with the caret or the grid at one of its tasks; false when the user kept the current one. */
  openTracked(folder: string, file: string, place: ChildPlace | null): Promise<boolean>;
  openFile(file: File): Promise<void>;
  /** Shows the native open dialog (menu, shortcut); the page's button uses a file input. */
  openWithDialog(): Promise<void>;
  restore(entry: RecoveryEntry): Promise<void>;
  discardRecovery(entry: RecoveryEntry): Promise<void>;
  forgetRecent(path: string): Promise<void>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  exportDocx(): Promise<void>;
  /** The DOCX whose sections and items Word numbers itself, for a clerk who goes on editing in Word. */
  exportDocxForWord(): Promise<void>;
  exportPdf(): Promise<void>;
  /** Prints through the system: the PDF opened in the system's viewer (a download in a browser). */
  print(): Promise<void>;
  /**
   * Makes a plan built in the app (an import, a clone) the open document, unsaved; false when the
   * user kept the current one (unsaved work and "Hủy").
   */
  adoptPlan(plan: PlanDocument, warnings?: readonly string[]): Promise<boolean>;
  /** A version from the plan's history, opened read-only in place of the open document. */
  openVersion(path: string, id: string): Promise<void>;
  /** A version saved back over the plan as its newest version, then opened. */
  restoreVersion(path: string, id: string): Promise<void>;
  /** Back to the start screen, after settling unsaved work. */
  closeDocument(): Promise<void>;
  setPreferences(preferences: Preferences): Promise<void>;
  /** The province the agency directory reads names for ("" back to the shipped one); the directory reloads. */
  setHomeProvince(province: string): Promise<void>;
}

export const AppInfoContext = createContext<AppInfo | null>(null);
export const DocumentActionsContext = createContext<DocumentActions | null>(null);

export function useAppInfo(): AppInfo {
  const info = useContext(AppInfoContext);
  if (info === null) throw new Error('useAppInfo outside AppInfoContext');
  return info;
}

const directories = new WeakMap<AgencyDirectoryData, AgencyDirectory>();

/** The directory's search and lookups, built once per loaded directory for every view that uses them. */
export function agencyDirectoryOf(data: AgencyDirectoryData): AgencyDirectory {
  let directory = directories.get(data);
  if (directory === undefined) {
    directory = directoryFromHost(data);
    directories.set(data, directory);
  }
  return directory;
}

/** The app's agency directory, or null while it loads. */
export function useAgencyDirectory(): AgencyDirectory | null {
  const { agencies } = useAppInfo();
  return agencies === null ? null : agencyDirectoryOf(agencies);
}

export function useDocumentActions(): DocumentActions {
  const actions = useContext(DocumentActionsContext);
  if (actions === null) throw new Error('useDocumentActions outside DocumentActionsContext');
  return actions;
}
