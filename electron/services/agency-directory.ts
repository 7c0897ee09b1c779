/**
 * The agency directory on disk: the starting directory shipped in templates/agencies.json (the home
 * province, written by hand) and templates/directory/vietnam-2025.json (every province and commune
 * since the 2025 reorganisation, built by scripts/build-agency-directory.mjs), merged with the
 * user's own file (same shape; its entries replace or add to the shipped ones). The user's file is
 * written atomically and never overwritten when it cannot be read.
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
  directoryProvinces,
  formatIssuePath,
  mergeDirectories,
  normalizeNfc,
  vietnameseErrors,
  type AgencyDirectory,
  type AgencyDirectoryData,
  type AgencyDirectoryInput,
} from '../../shared/model';
import { readText, writeFileAtomic } from './files';
import type { KeyValueStore } from './key-value-store';
import { UserError } from './user-error';

export const DEFAULT_AGENCIES_PATH = fileURLToPath(new URL('../../templates/agencies.json', import.meta.url));
export const DEFAULT_NATIONAL_PATH = fileURLToPath(new URL('../../templates/directory/vietnam-2025.json', import.meta.url));

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
  /**
   * The country's provinces and communes added to the built-in directory; null leaves them out. By
   * default they are added to the shipped home province only (they name its bodies as successors).
   */
  readonly nationalPath?: string | null;
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

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readText(path));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Danh bạ cơ quan "${path}" không phải JSON hợp lệ.`);
  }
}

async function readDirectory(path: string, schema?: DirectorySchema): Promise<AgencyDirectoryData> {
  return parseDirectory(await readJson(path), path, schema);
}

/** A Zod error of a directory as the user's message, naming the file; other errors as they are. */
function directoryError(error: unknown, what: string): unknown {
  if (!(error instanceof z.ZodError)) return error;
  const issue = error.issues[0];
  return new UserError(`${what} ở "${formatIssuePath(issue?.path ?? [])}": ${issue?.message ?? ''}`);
}

function mergeWithBuiltin(builtin: AgencyDirectoryData, user: AgencyDirectoryData): AgencyDirectoryData {
  try {
    return mergeDirectories(builtin, user);
  } catch (error) {
    throw directoryError(error, 'Danh bạ cơ quan của người dùng mâu thuẫn với danh bạ gốc');
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

/**
 * The shipped directories read so far, by their paths: they never change while the app runs, and
 * the country's is large (every CLI command and every store of a process share one reading, and so
 * one built directory while the user has no entries of their own).
 */
const shippedReads = new Map<string, Promise<AgencyDirectoryData>>();

/** The shipped directory: the home province's file with the country's added. */
function shippedDirectory(builtinPath: string, nationalPath: string | null): () => Promise<AgencyDirectoryData> {
  const key = JSON.stringify([builtinPath, nationalPath]);
  const read = async (): Promise<AgencyDirectoryData> => {
    const home = await readDirectory(builtinPath);
    if (nationalPath === null) return home;
    // Validated once, merged: the country's file names the home province's bodies as parents and
    // successors. It is written in NFC by its script (a test checks), so it is not normalised again.
    const national = await readJson(nationalPath);
    try {
      return mergeDirectories(home, national as AgencyDirectoryInput);
    } catch (error) {
      throw directoryError(error, `Danh bạ cơ quan "${nationalPath}" không hợp lệ`);
    }
  };
  return () => {
    const known = shippedReads.get(key);
    if (known !== undefined) return known;
    const reading = read();
    shippedReads.set(key, reading);
    // A failed read is tried again on the next load, not remembered.
    reading.catch(() => shippedReads.delete(key));
    return reading;
  };
}

function defaultNational(builtinPath: string | undefined): string | null {
  return builtinPath === undefined ? DEFAULT_NATIONAL_PATH : null;
}

function storeOver(shipped: () => Promise<AgencyDirectoryData>, user: UserEntries, describe: string): AgencyDirectoryStore {
  // The last directory built, by the user's entries it was built with: every call of the app and
  // the tracking screen loads it, and the user's entries change only when saved.
  let last: { builtin: AgencyDirectoryData; own: string; directory: AgencyDirectory } | undefined;
  return {
    async load() {
      const [builtin, own] = await Promise.all([shipped(), user.load()]);
      const key = JSON.stringify(own);
      if (last !== undefined && last.builtin === builtin && last.own === key) return last.directory;
      const directory = createAgencyDirectory(mergeWithBuiltin(builtin, own));
      last = { builtin, own: key, directory };
      return directory;
    },
    loadUser: () => user.load(),
    async saveUser(data) {
      const valid = parseDirectory(data, describe, AgencyDirectoryPartSchema);
      // Refused before writing: a saved directory that contradicts the shipped one would break every load.
      mergeWithBuiltin(await shipped(), valid);
      await user.save(valid);
    },
  };
}

/**
 * The home province the user chose ("" back to the shipped one), kept in the user's entries: only
 * a province the directory has. The directory as it then reads.
 */
export async function setHomeProvince(store: AgencyDirectoryStore, province: string): Promise<AgencyDirectory> {
  const nfc = province.normalize('NFC');
  if (nfc !== '' && !directoryProvinces((await store.load()).data).includes(nfc)) {
    throw new UserError(`Danh mục không có tỉnh, thành phố "${nfc}". Hãy chọn trong danh sách.`);
  }
  await store.saveUser({ ...(await store.loadUser()), province: nfc });
  return store.load();
}

export function createAgencyDirectoryStore(options: AgencyDirectoryStoreOptions): AgencyDirectoryStore {
  const { userPath } = options;
  return storeOver(
    shippedDirectory(
      options.builtinPath ?? DEFAULT_AGENCIES_PATH,
      options.nationalPath === undefined ? defaultNational(options.builtinPath) : options.nationalPath,
    ),
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
export function createStoredAgencyDirectory(store: KeyValueStore, builtinPath?: string): AgencyDirectoryStore {
  return storeOver(
    shippedDirectory(builtinPath ?? DEFAULT_AGENCIES_PATH, defaultNational(builtinPath)),
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
