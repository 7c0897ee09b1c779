/**
 * Autosave and crash recovery. While a plan has unsaved changes the renderer sends it every few
 * seconds; it is written atomically to the recovery folder, one file per editing session. A clean
 * save or an explicit discard removes the file, so whatever is left when the app starts was left
 * by a crash (or a killed process), and is offered back to the user.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FileVersionSchema, type FileVersion, type RecoveryEntry } from '../../shared/ipc';
import { type PlanDocument } from '../../shared/model';
import { parsePlanValue } from '../../shared/plan-file';
import { makeFolder, readText, writeFileAtomic } from './files';
import { UserError } from './user-error';

const SUFFIX = '.recovery.json';

const RecoveryFileSchema = z.object({
  version: z.literal(1),
  /** The app run that wrote it: a running app's own sessions are not offered as leftovers. */
  instanceId: z.string(),
  path: z.string().nullable(),
  /** The file the work was read from, so saving it after a crash still tells whether someone changed that file. */
  fileVersion: FileVersionSchema.nullable().default(null),
  title: z.string(),
  savedAt: z.string(),
  plan: z.unknown(),
});

export interface RecoveryStore {
  save(id: string, path: string | null, fileVersion: FileVersion | null, plan: PlanDocument): Promise<void>;
  /** Entries left by other runs of the app, newest first. */
  list(): Promise<RecoveryEntry[]>;
  restore(id: string): Promise<{ plan: PlanDocument; path: string | null; version: FileVersion | null }>;
  discard(id: string): Promise<void>;
}

export interface RecoveryStoreOptions {
  readonly dir: string;
  readonly instanceId: string;
  readonly now?: () => Date;
}

/** "Kế hoạch hành động thực hiện Nghị quyết số …": the type name and trích yếu as one phrase. */
export function planTitle(plan: PlanDocument): string {
  const lower = plan.meta.typeName.toLocaleLowerCase('vi');
  const typeName = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  const summary = plan.meta.summary.trim().replace(/\s+/gu, ' ');
  return summary === '' ? typeName : `${typeName} ${summary.charAt(0).toLocaleLowerCase('vi')}${summary.slice(1)}`;
}

export function createRecoveryStore({ dir, instanceId, now = () => new Date() }: RecoveryStoreOptions): RecoveryStore {
  const fileOf = (id: string): string => join(dir, `${id}${SUFFIX}`);
  const readEntry = async (id: string): Promise<z.infer<typeof RecoveryFileSchema>> => {
    const parsed = RecoveryFileSchema.safeParse(JSON.parse(await readText(fileOf(id))));
    if (!parsed.success) throw new UserError('Bản tự lưu không đọc được.');
    return parsed.data;
  };
  return {
    async save(id, path, fileVersion, plan) {
      await makeFolder(dir);
      const file = { version: 1, instanceId, path, fileVersion, title: planTitle(plan), savedAt: now().toISOString(), plan };
      await writeFileAtomic(fileOf(id), JSON.stringify(file));
    },
    async list() {
      const names = await readdir(dir).catch(() => [] as string[]);
      const entries: RecoveryEntry[] = [];
      for (const name of names.filter((n) => n.endsWith(SUFFIX))) {
        const id = name.slice(0, -SUFFIX.length);
        // A damaged leftover stays on disk for a person to look at; it is just not offered.
        const entry = await readEntry(id).catch(() => null);
        if (entry === null || entry.instanceId === instanceId) continue;
        entries.push({ id, path: entry.path, title: entry.title, savedAt: entry.savedAt });
      }
      return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async restore(id) {
      let entry: z.infer<typeof RecoveryFileSchema>;
      try {
        entry = await readEntry(id);
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw new UserError('Bản tự lưu không đọc được.');
      }
      try {
        return { plan: parsePlanValue(entry.plan), path: entry.path, version: entry.fileVersion };
      } catch (error) {
        throw new UserError(`Bản tự lưu không khôi phục được: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    async discard(id) {
      await rm(fileOf(id), { force: true });
    },
  };
}
