/**
 * The agency directory on disk: the starting directory shipped in templates/agencies.json merged
 * with the user's own file (same shape; its entries replace or add to the shipped ones). The user's
 * file is written atomically and never overwritten when it cannot be read.
 */
import { access, mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  AgencyDirectoryDataSchema,
  AgencyDirectoryPartSchema,
  createAgencyDirectory,
  formatIssuePath,
  mergeDirectories,
  normalizeNfc,
  vietnameseErrors,
  type AgencyDirectory,
  type AgencyDirectoryData,
} from '../../shared/model';
import { readText, writeFileAtomic } from './files';
import type { KeyValueStore } from './key-value-store';
import { UserError } from './user-error';

export const DEFAULT_AGENCIES_PATH = fileURLToPath(new URL('../../templates/agencies.json', import.meta.url));

/** `$KEHOACH_HOME/agencies.json`, or `~/.kehoach-studio/agencies.json`. */
export function defaultUserAgenciesPath(env: Readonly<Record<string, string | undefined>>): string {
  const home = env.KEHOACH_HOME;
  return join(home !== undefined && home !== '' ? home : join(homedir(), '.kehoach-studio'), 'agencies.json');
}

export interface AgencyDirectoryStore {
  /** The shipped directory merged with the user's. */
  load(): Promise<AgencyDirectory>;
  /** The user's own entries (empty when the user has none yet). */
  loadUser(): Promise<AgencyDirectoryData>;
  saveUser(data: unknown): Promise<void>;
}

export interface AgencyDirectoryStoreOptions {
  readonly builtinPath?: string;
  /** The user's file; null keeps to the shipped directory (tests, read-only use). */
  readonly userPath: string | null;
}

// Both schemas have one type: the full one only adds cross-checks of ids.
type DirectorySchema = typeof AgencyDirectoryPartSchema;

function parseDirectory(value: unknown, path: string, schema: DirectorySchema = AgencyDirectoryDataSchema): AgencyDirectoryData {
  const result = schema.safeParse(normalizeNfc(value), { error: vietnameseErrors });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UserError(`Danh bạ cơ quan "${path}" không hợp lệ ở trường "${formatIssuePath(issue?.path ?? [])}": ${issue?.message ?? ''}`);
  }
  return result.data;
}

async function readDirectory(path: string, schema?: DirectorySchema): Promise<AgencyDirectoryData> {
  let value: unknown;
  try {
    value = JSON.parse(await readText(path));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Danh bạ cơ quan "${path}" không phải JSON hợp lệ.`);
  }
  return parseDirectory(value, path, schema);
}

function mergeWithBuiltin(builtin: AgencyDirectoryData, user: AgencyDirectoryData): AgencyDirectoryData {
  try {
    return mergeDirectories(builtin, user);
  } catch (error) {
    if (error instanceof z.ZodError) {
      const issue = error.issues[0];
      throw new UserError(
        `Danh bạ cơ quan của người dùng mâu thuẫn với danh bạ gốc ở "${formatIssuePath(issue?.path ?? [])}": ${issue?.message ?? ''}`,
      );
    }
    throw error;
  }
}

async function isMissing(path: string): Promise<boolean> {
  try {
    await access(path);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** Where the user's own entries live: a JSON file (the CLI) or the app's settings store. */
interface UserEntries {
  load(): Promise<AgencyDirectoryData>;
  save(valid: AgencyDirectoryData): Promise<void>;
}

function storeOver(builtinPath: string, user: UserEntries, describe: string): AgencyDirectoryStore {
  return {
    async load() {
      const [builtin, own] = await Promise.all([readDirectory(builtinPath), user.load()]);
      return createAgencyDirectory(mergeWithBuiltin(builtin, own));
    },
    loadUser: () => user.load(),
    async saveUser(data) {
      const valid = parseDirectory(data, describe, AgencyDirectoryPartSchema);
      // Refused before writing: a saved directory that contradicts the shipped one would break every load.
      mergeWithBuiltin(await readDirectory(builtinPath), valid);
      await user.save(valid);
    },
  };
}

export function createAgencyDirectoryStore(options: AgencyDirectoryStoreOptions): AgencyDirectoryStore {
  const { userPath } = options;
  return storeOver(
    options.builtinPath ?? DEFAULT_AGENCIES_PATH,
    {
      async load() {
        if (userPath === null || (await isMissing(userPath))) return parseDirectory({}, userPath ?? '');
        return readDirectory(userPath, AgencyDirectoryPartSchema);
      },
      async save(valid) {
        if (userPath === null) throw new UserError('Chưa có thư mục để lưu danh bạ cơ quan của người dùng.');
        await mkdir(dirname(userPath), { recursive: true });
        await writeFileAtomic(userPath, `${JSON.stringify(valid, null, 2)}\n`, { backup: true });
      },
    },
    userPath ?? '',
  );
}

const DIRECTORY_KEYS = ['version', 'province', 'organs', 'collectives'] as const;

/**
 * The user's entries in an electron-store file. Pointed at `$KEHOACH_HOME/agencies.json`, it is the
 * very file the command line reads, so the app and the CLI see one directory.
 */
export function createStoredAgencyDirectory(store: KeyValueStore, builtinPath: string = DEFAULT_AGENCIES_PATH): AgencyDirectoryStore {
  return storeOver(
    builtinPath,
    {
      load: () => {
        const value: Record<string, unknown> = {};
        for (const key of DIRECTORY_KEYS) {
          const item = store.get(key);
          if (item !== undefined) value[key] = item;
        }
        return Promise.resolve(parseDirectory(value, store.path, AgencyDirectoryPartSchema));
      },
      save: (valid) => {
        for (const key of DIRECTORY_KEYS) store.set(key, valid[key]);
        return Promise.resolve();
      },
    },
    store.path,
  );
}
