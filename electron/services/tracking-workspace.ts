/**
 * A tracking workspace: a folder holding the parent plan and the plans the units sent back, with
 * the workspace's own settings (which file is the parent, the units the user set by hand) and its
 * reading cache in .kehoach-theo-doi. Used by the CLI (`kehoach track`) and the app alike.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import type { AgencyDirectory, PlanDocument } from '../../shared/model';
import { buildTrackingMatrix, guessParent, type ReceivedFile, type TrackingMatrix, type UnitCorrections } from '../../shared/track';
import { writeFileAtomic } from './files';
import { loadPlanFile } from './plan-file';
import { readReceivedFile } from './received-file-reader';
import { createReadingCache, WORKSPACE_DIR } from './tracking-cache';
import { UserError } from './user-error';

const SETTINGS_FILE = 'theo-doi.json';

const WorkspaceSettingsSchema = z.object({
  version: z.literal(1).default(1),
  /** The parent's file name in the folder; null until chosen (the folder's plans then say). */
  parentFile: z.string().min(1).max(255).nullable().default(null),
  /** Organ ids by file name: the unit the user says sent that file. */
  corrections: z.record(z.string().min(1).max(255), z.string().regex(/^[a-z0-9-]{1,80}$/u)).default({}),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettingsSchema>;

export interface TrackingWorkspace {
  readonly folder: string;
  readonly parent: PlanDocument;
  readonly matrix: TrackingMatrix;
  readonly received: readonly ReceivedFile[];
  readonly settings: WorkspaceSettings;
  /** Problems with the workspace itself (a damaged settings file), in Vietnamese. */
  readonly warnings: readonly string[];
}

function settingsPath(folder: string): string {
  return join(folder, WORKSPACE_DIR, SETTINGS_FILE);
}

export async function loadWorkspaceSettings(folder: string): Promise<{ settings: WorkspaceSettings; warning: string | null }> {
  const text = await readFile(settingsPath(folder), 'utf8').catch(() => null);
  if (text === null) return { settings: WorkspaceSettingsSchema.parse({}), warning: null };
  try {
    return { settings: WorkspaceSettingsSchema.parse(JSON.parse(text)), warning: null };
  } catch {
    return {
      settings: WorkspaceSettingsSchema.parse({}),
      warning: `Tệp thiết lập theo dõi "${settingsPath(folder)}" bị hỏng; kế hoạch cấp trên và các đơn vị đã chọn tay cần chọn lại.`,
    };
  }
}

export async function saveWorkspaceSettings(folder: string, settings: WorkspaceSettings): Promise<void> {
  await writeFileAtomic(settingsPath(folder), `${JSON.stringify(settings, null, 2)}\n`);
}

/** The received files: regular files of the folder itself, not hidden ones (temp files, our own folder) or Word's lock files. */
export async function receivedFileNames(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    throw new UserError(`Không mở được thư mục "${folder}".`);
  }
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$') && !e.name.endsWith('.bak'))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'vi'));
}

export async function readReceivedFiles(folder: string, names: readonly string[]): Promise<ReceivedFile[]> {
  const cache = createReadingCache(folder);
  const received: ReceivedFile[] = [];
  for (const name of names) received.push(await readReceivedFile(folder, name, cache));
  return received;
}

export interface OpenWorkspaceOptions {
  readonly directory: AgencyDirectory;
  /** A parent named by the user (`--parent`), inside the folder or not. */
  readonly parentPath?: string;
}

function parentFromFolder(received: readonly ReceivedFile[], settings: WorkspaceSettings): { plan: PlanDocument; file: string } {
  const plans = received.flatMap((r) => (r.kind === 'plan' ? [r] : []));
  if (settings.parentFile !== null) {
    const chosen = plans.find((r) => r.file === settings.parentFile);
    if (chosen !== undefined) return { plan: chosen.plan, file: chosen.file };
  }
  const guessed = guessParent(plans.map((r) => r.plan));
  const file = plans.find((r) => r.plan === guessed)?.file;
  if (guessed === null || file === undefined) {
    throw new UserError(
      'Không xác định được kế hoạch cấp trên trong thư mục: không kế hoạch nào được các kế hoạch khác thực hiện. Hãy chọn kế hoạch cấp trên (--parent <tệp.kehoach>).',
    );
  }
  return { plan: guessed, file };
}

export async function openTrackingWorkspace(folder: string, options: OpenWorkspaceOptions): Promise<TrackingWorkspace> {
  const root = resolve(folder);
  const { settings, warning } = await loadWorkspaceSettings(root);
  const received = await readReceivedFiles(root, await receivedFileNames(root));
  let parent: { plan: PlanDocument; file: string };
  if (options.parentPath === undefined) parent = parentFromFolder(received, settings);
  else {
    const path = resolve(options.parentPath);
    parent = { plan: await loadPlanFile(path), file: dirname(path) === root ? basename(path) : relative(root, path) };
  }
  const corrections: UnitCorrections = settings.corrections;
  const matrix = buildTrackingMatrix({ parent: parent.plan, parentFile: parent.file, received, corrections, directory: options.directory });
  return { folder: root, parent: parent.plan, matrix, received, settings, warnings: warning === null ? [] : [warning] };
}
