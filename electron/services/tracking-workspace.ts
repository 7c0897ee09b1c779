/**
 * A tracking workspace: a folder holding the parent plan and the plans the units sent back, with
 * the workspace's own settings (which file is the parent, the units the user set by hand) and its
 * reading cache in .kehoach-theo-doi. Used by the CLI (`kehoach track`) and the app alike.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { PlanFormatError, type AgencyDirectory, type PlanDocument } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import {
  assembleMatrix,
  assessFile,
  guessParent,
  prepareParent,
  type FileAssessment,
  type ReceivedFile,
  type TrackingMatrix,
} from '../../shared/track';
import { readBytes, writeFileAtomic } from './files';
import { readingOf, readReceivedFile, readStable, type StableFile } from './received-file-reader';
import type { ReceivedFiles } from './received-files';
import {
  assessmentKey,
  contentHash,
  createAssessmentCache,
  createReadingCache,
  WORKSPACE_DIR,
  type CachedReading,
  type ReadingCache,
} from './tracking-cache';
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

/** A received file as the importer reads it (from the reading cache when its bytes were read before). */
export async function readWorkspaceFile(folder: string, name: string, received: ReceivedFiles): Promise<ReceivedFile> {
  return readReceivedFile(folder, name, createReadingCache(folder), received);
}

export interface OpenWorkspaceOptions {
  readonly directory: AgencyDirectory;
  /** Where the folder's files are parsed: an isolation process. */
  readonly received: ReceivedFiles;
  /** A parent named by the user (`--parent`), inside the folder or not. */
  readonly parentPath?: string;
}

interface ParentChoice {
  readonly plan: PlanDocument;
  readonly file: string;
  /** The hash of the parent's bytes: every file's assessment depends on it. */
  readonly hash: string;
}

async function parentFromPath(root: string, parentPath: string): Promise<ParentChoice> {
  const path = resolve(parentPath);
  const bytes = await readBytes(path);
  let plan: PlanDocument;
  try {
    plan = parsePlanText(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    if (error instanceof PlanFormatError) throw new UserError(`${path}: ${error.message}`);
    throw error;
  }
  return { plan, file: dirname(path) === root ? basename(path) : relative(root, path), hash: contentHash(bytes) };
}

/**
 * The parent among the folder's files: the one the user chose (or that was found before), else the
 * plan the others implement, which is then kept in the settings so a reopen reads only that one.
 */
async function parentFromFolder(
  root: string,
  stable: readonly StableFile[],
  settings: WorkspaceSettings,
  received: ReceivedFiles,
  cache: ReadingCache,
): Promise<ParentChoice> {
  const chosen = stable.find((f) => f.name === settings.parentFile);
  if (chosen !== undefined) {
    const reading = await readingOf(chosen, cache, received);
    if (reading.kind === 'plan') return { plan: reading.plan, file: chosen.name, hash: chosen.hash };
  }
  const plans: { plan: PlanDocument; file: StableFile }[] = [];
  for (const file of stable) {
    const reading = await readingOf(file, cache, received);
    if (reading.kind === 'plan') plans.push({ plan: reading.plan, file });
  }
  const guessed = guessParent(plans.map((p) => p.plan));
  const found = plans.find((p) => p.plan === guessed);
  if (found === undefined) {
    throw new UserError(
      'Không xác định được kế hoạch cấp trên trong thư mục: không kế hoạch nào được các kế hoạch khác thực hiện. Hãy chọn kế hoạch cấp trên (--parent <tệp.kehoach>).',
    );
  }
  // Kept for the next open; a folder the app may not write to is guessed again.
  await saveWorkspaceSettings(root, { ...settings, parentFile: found.file.name }).catch(() => undefined);
  return { plan: found.plan, file: found.file.name, hash: found.file.hash };
}

/**
 * The reading cache of one open, with what it read or gave kept in memory until the open ends.
 * Without a parent chosen, finding it reads every file, and the matrix then needs each file again:
 * from the disk cache that is a second parse and validation of every plan, and in a folder the
 * app may not write to (a read-only share) a second import of every file.
 */
function heldForThisOpen(cache: ReadingCache): ReadingCache {
  const held = new Map<string, CachedReading>();
  return {
    async get(hash) {
      const kept = held.get(hash);
      if (kept !== undefined) return kept;
      const reading = await cache.get(hash);
      if (reading !== null) held.set(hash, reading);
      return reading;
    },
    async put(hash, reading) {
      held.set(hash, reading);
      await cache.put(hash, reading);
    },
  };
}

export async function openTrackingWorkspace(folder: string, options: OpenWorkspaceOptions): Promise<TrackingWorkspace> {
  const root = resolve(folder);
  const { settings, warning } = await loadWorkspaceSettings(root);
  const files: (StableFile | ReceivedFile)[] = [];
  for (const name of await receivedFileNames(root)) files.push(await readStable(root, name));
  const stable = files.filter((f): f is StableFile => f.kind === 'stable');
  const readings = heldForThisOpen(createReadingCache(root));
  const parent =
    options.parentPath === undefined
      ? await parentFromFolder(root, stable, settings, options.received, readings)
      : await parentFromPath(root, options.parentPath);
  const prepared = prepareParent(parent.plan, options.directory);
  const directoryHash = contentHash(new TextEncoder().encode(JSON.stringify(options.directory.data)));
  const assessments = createAssessmentCache(root);
  const assessed: { assessment: FileAssessment; modified: string }[] = [];
  for (const file of files) {
    if (file.kind !== 'stable') {
      assessed.push({ assessment: assessFile(file, prepared, parent.file, settings.corrections), modified: file.modified });
      continue;
    }
    const key = assessmentKey([parent.hash, parent.file, directoryHash, file.hash, file.name, settings.corrections[file.name] ?? '']);
    let assessment = await assessments.get(key);
    if (assessment === null) {
      assessment = assessFile(await readingOf(file, readings, options.received), prepared, parent.file, settings.corrections);
      // Like the reading cache, this only saves time.
      await assessments.put(key, assessment).catch(() => undefined);
    }
    assessed.push({ assessment, modified: file.modified });
  }
  const matrix = assembleMatrix(prepared, parent.file, assessed);
  return { folder: root, parent: parent.plan, matrix, settings, warnings: warning === null ? [] : [warning] };
}
