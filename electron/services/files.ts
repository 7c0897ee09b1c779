/**
 * File access with Vietnamese errors, and atomic writes: the data goes to a temporary file in the
 * same folder, is flushed to disk, then renamed over the target, so a crash leaves either the old
 * file or the new one, never half of each. The previous version is kept as `<name>.bak`.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from './user-error';

const MESSAGES: Readonly<Record<string, (path: string) => string>> = {
  ENOENT: (path) => `Không tìm thấy tệp "${path}".`,
  EACCES: (path) => `Không có quyền truy cập tệp "${path}".`,
  EPERM: (path) => `Không có quyền truy cập tệp "${path}".`,
  EISDIR: (path) => `"${path}" là một thư mục, không phải tệp.`,
  ENOSPC: (path) => `Ổ đĩa đã đầy, không ghi được "${path}".`,
};

function describe(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const message = MESSAGES[code];
  if (message !== undefined) return message(path);
  return `Không đọc/ghi được tệp "${path}": ${error instanceof Error ? error.message : String(error)}`;
}

export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new UserError(describe(error, path));
  }
}

export async function readText(path: string): Promise<string> {
  const bytes = await readBytes(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`Tệp "${path}" không phải văn bản UTF-8.`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
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
      const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
      if (attempt >= attempts || !TRANSIENT_RENAME_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { backup?: boolean } = {}): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup === true && (await exists(path))) await copyFile(path, `${path}.bak`);
    await renameWithRetry(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(describe(error, path));
  }
}
