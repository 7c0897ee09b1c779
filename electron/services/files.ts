/**
 * File access with Vietnamese errors, and atomic writes: the data goes to a temporary file in the
 * same folder, is flushed to disk, then renamed over the target, so a crash leaves either the old
 * file or the new one, never half of each. The previous version is kept as `<name>.bak`, written
 * the same way, so a crash never leaves half a backup either (older versions are the history's,
 * plan-history.ts). A target that is a symbolic link is written through it: the link stays, its
 * file changes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UserError } from './user-error';

const MESSAGES: Readonly<Record<string, (path: string) => string>> = {
  ENOENT: (path) => `Không tìm thấy tệp "${path}".`,
  ENOTDIR: (path) => `Không tìm thấy tệp "${path}": một phần của đường dẫn không phải thư mục.`,
  EACCES: (path) => `Không có quyền truy cập tệp "${path}".`,
  EPERM: (path) => `Không có quyền truy cập tệp "${path}".`,
  EROFS: (path) => `Ổ đĩa chứa "${path}" chỉ cho đọc, không ghi được.`,
  EISDIR: (path) => `"${path}" là một thư mục, không phải tệp.`,
  ENOSPC: (path) => `Ổ đĩa đã đầy, không ghi được "${path}".`,
  EDQUOT: (path) => `Đã hết dung lượng được cấp trên ổ đĩa, không ghi được "${path}".`,
  EBUSY: (path) => `Tệp "${path}" đang bị chương trình khác giữ; hãy đóng chương trình đó rồi thử lại.`,
  ETXTBSY: (path) => `Tệp "${path}" đang bị chương trình khác giữ; hãy đóng chương trình đó rồi thử lại.`,
  EMFILE: (path) => `Máy đang mở quá nhiều tệp, chưa đọc/ghi được "${path}"; hãy thử lại.`,
  ENFILE: (path) => `Máy đang mở quá nhiều tệp, chưa đọc/ghi được "${path}"; hãy thử lại.`,
  ENAMETOOLONG: (path) => `Tên hoặc đường dẫn tệp "${path}" quá dài.`,
  ELOOP: (path) => `Đường dẫn "${path}" đi vòng qua các liên kết tắt.`,
  EIO: (path) => `Lỗi đọc/ghi ổ đĩa ở "${path}"; ổ đĩa hoặc ổ mạng có thể có vấn đề.`,
  ETIMEDOUT: (path) => `Ổ mạng chứa "${path}" không trả lời; hãy kiểm tra kết nối rồi thử lại.`,
  EEXIST: (path) => `Tệp "${path}" đã có.`,
  EXDEV: (path) => `Không chuyển được tệp giữa hai ổ đĩa khi ghi "${path}".`,
};

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? '';
}

/** A Vietnamese message for a failed read or write; never the system's English one. */
function describe(error: unknown, path: string): string {
  const message = MESSAGES[errorCode(error)];
  if (message !== undefined) return message(path);
  const code = errorCode(error);
  return `Không đọc/ghi được tệp "${path}"${code === '' ? '' : ` (mã lỗi của hệ thống: ${code})`}.`;
}

export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new UserError(describe(error, path));
  }
}

/**
 * Unicode text by its byte order mark (UTF-16 as Windows' Notepad saves it, little or big
 * endian; UTF-8 with or without one), or null when the bytes are not Unicode text.
 */
export function decodeUnicode(bytes: Uint8Array): string | null {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Makes a folder and the ones above it; a Vietnamese error when it cannot (a file in its place, a full disk). */
export async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw new UserError(`Không tạo được thư mục "${path}": ${describe(error, path)}`);
  }
}

export async function readText(path: string): Promise<string> {
  const text = decodeUnicode(await readBytes(path));
  if (text === null) throw new UserError(`Tệp "${path}" không phải văn bản UTF-8.`);
  return text;
}

/** Codes Windows gives while an antivirus or indexer briefly holds the target open. */
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** Renames, retrying transient Windows locks a few times with a growing pause. */
export async function renameWithRetry(
  from: string,
  to: string,
  { attempts = process.platform === 'win32' ? 6 : 1, renameFile = rename }: { attempts?: number; renameFile?: typeof rename } = {},
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await renameFile(from, to);
      return;
    } catch (error) {
      if (attempt >= attempts || !TRANSIENT_RENAME_CODES.has(errorCode(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

/**
 * Temporary files are hidden and end in `.tmp`, so no listing of documents takes one for a plan.
 * Their name says which machine and process wrote them ("<host>-<pid>-<random>"): a save killed
 * half-way leaves one behind, and the next save of the same file removes it once its writer is
 * known to be gone.
 */
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 6);
const TEMP_NAME = /^\.(.+)\.([0-9a-f]{6})-(\d+)-[0-9a-f]{12}\.tmp$/;
/** No save takes a day: a temp that old is stale even when another machine wrote it. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export function tempPathFor(path: string, pid: number = process.pid): string {
  return join(dirname(path), `.${basename(path)}.${HOST_TAG}-${pid}-${randomBytes(6).toString('hex')}.tmp`);
}

export interface TempName {
  /** The name of the file the temp was written for. */
  readonly target: string;
  readonly thisMachine: boolean;
  readonly pid: number;
}

/** What a temp file's name says, or null for any other name. */
export function parseTempName(name: string): TempName | null {
  const match = TEMP_NAME.exec(name);
  if (match === null) return null;
  return { target: match[1] ?? '', thisMachine: match[2] === HOST_TAG, pid: Number(match[3]) };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Removes the temps of `path` left by saves that died: written on this machine by a process that
 * no longer runs, or untouched for a day. A live save by another process keeps its temp; at worst
 * a save from another machine on a shared folder fails and is retried, and its target is intact.
 */
async function removeStaleTemps(path: string): Promise<void> {
  const folder = dirname(path);
  const target = basename(path);
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const temp = parseTempName(name);
      if (temp?.target !== target) return;
      const file = join(folder, name);
      const orphaned = temp.thisMachine && !isRunning(temp.pid);
      const stale =
        orphaned ||
        (await stat(file).then(
          (s) => Date.now() - s.mtimeMs > STALE_AFTER_MS,
          () => false,
        ));
      if (stale) await rm(file, { force: true }).catch(() => undefined);
    }),
  );
}

/** Temp file, flush, rename; the temp is removed when any step fails. */
async function replaceFile(path: string, data: string | Uint8Array, flush = true): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      if (flush) await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * On POSIX a rename reaches the disk when its folder is flushed; without this a power cut right
 * after saving could bring the old version back. Windows cannot open a folder to flush it.
 */
async function flushFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r').catch(() => null);
  if (handle === null) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems (network shares) refuse to flush a folder; the rename itself is done.
  } finally {
    await handle.close();
  }
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Where writing `path` really goes: through a symbolic link to its file, so the link survives. */
async function writeTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return path;
    throw error;
  }
}

export interface WriteOptions {
  /** Keep the previous content as `<path>.bak`. */
  readonly backup?: boolean;
  /**
   * Flush to the disk before and after the rename (the default). A copy that can be lost in a power
   * cut without losing work (a version of the history) skips it, and the sweep of stale temps.
   */
  readonly flush?: boolean;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  if (options.flush === false) {
    await replaceFile(path, data, false).catch((error: unknown) => {
      throw new UserError(describe(error, path));
    });
    return;
  }
  try {
    const target = await writeTarget(path);
    await removeStaleTemps(target);
    if (options.backup === true) {
      const backup = `${target}.bak`;
      await removeStaleTemps(backup);
      const previous = await readIfExists(target);
      if (previous !== null) await replaceFile(backup, previous);
    }
    await replaceFile(target, data);
    await flushFolder(dirname(target));
  } catch (error) {
    throw new UserError(describe(error, path));
  }
}
