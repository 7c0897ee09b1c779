/**
 * Reading one file of a tracking workspace: a .kehoach as it is, a DOCX (ours through its embedded
 * model, any other through the importer), a PDF, a scan or a text file through the importer, all in
 * the isolation process (ReceivedFiles.readTracked: the bytes cross, never the path). The file is
 * checked before and after it is read, so one still being written (copied in, saved over) is
 * reported as changing instead of being read half; what a reading gave is cached by the bytes.
 */
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ReceivedFile } from '../../shared/track';
import { readBytes } from './files';
import { MAX_IMPORT_BYTES, uploadExtension } from './import-kinds';
import type { ReceivedFiles } from './received-files';
import { contentHash, type CachedReading, type ReadingCache } from './tracking-cache';
import { UserError } from './user-error';

/** A plan file is a few hundred kilobytes; 20 MB is far beyond any. */
const MAX_PLAN_BYTES = 20 * 1024 * 1024;

function sizeLimit(name: string): number {
  const extension = extname(name).toLowerCase();
  return extension === '.kehoach' ? MAX_PLAN_BYTES : MAX_IMPORT_BYTES[uploadExtension(name)];
}

/**
 * The reading of a file's bytes in the isolation process. A reading it could not finish (too much
 * memory, too long, stopped) is said as the reason, and not cached: the same bytes may read on a
 * quieter machine.
 */
async function readInIsolation(file: StableFile, received: ReceivedFiles): Promise<{ reading: CachedReading; keep: boolean }> {
  try {
    return { reading: await received.readTracked(file.name, file.bytes), keep: true };
  } catch (error) {
    if (error instanceof UserError) return { reading: { kind: 'unreadable', reason: error.message }, keep: false };
    throw error;
  }
}

/** A file read whole while it stayed still, with the hash of its bytes. */
export interface StableFile {
  readonly kind: 'stable';
  readonly name: string;
  readonly modified: string;
  readonly bytes: Uint8Array;
  readonly hash: string;
}

function unreadable(name: string, modified: string, reason: string, changing = false): ReceivedFile {
  return { kind: 'unreadable', file: name, modified, reason, changing };
}

/** The file's bytes, or why it cannot be read now (too large, not a kind we read, changing). */
export async function readStable(
  folder: string,
  name: string,
  readFile: (path: string) => Promise<Uint8Array> = readBytes,
): Promise<StableFile | ReceivedFile> {
  const path = join(folder, name);
  let limit: number;
  try {
    limit = sizeLimit(name);
  } catch (error) {
    if (error instanceof UserError)
      return unreadable(name, '', `Không đọc được tệp "${name}": chỉ nhận tệp .kehoach, .docx, .txt, .pdf hoặc ảnh quét .png, .jpg, .tif.`);
    throw error;
  }
  const before = await stat(path).catch(() => null);
  if (before === null) return unreadable(name, '', `Tệp "${name}" không còn trong thư mục.`, true);
  const modified = before.mtime.toISOString();
  if (before.size > limit) {
    return unreadable(
      name,
      modified,
      `Tệp "${name}" quá lớn (${String(Math.round(before.size / 1024 / 1024))} MB); chỉ nhận đến ${String(limit / 1024 / 1024)} MB.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof UserError) return unreadable(name, modified, error.message);
    throw error;
  }
  const after = await stat(path).catch(() => null);
  if (after === null || after.mtimeMs !== before.mtimeMs || after.size !== before.size || bytes.length !== after.size) {
    return unreadable(name, modified, `Tệp "${name}" đang được ghi hoặc thay đổi trong lúc đọc; sẽ đọc lại khi tệp ổn định.`, true);
  }
  return { kind: 'stable', name, modified, bytes, hash: contentHash(bytes) };
}

/** What the file's bytes are: from the cache when these bytes were read before, else read now and kept. */
export async function readingOf(file: StableFile, cache: ReadingCache, received: ReceivedFiles): Promise<ReceivedFile> {
  let reading = await cache.get(file.hash);
  if (reading === null) {
    const read = await readInIsolation(file, received);
    reading = read.reading;
    // The cache only saves time: a folder the app may not write to (read-only share) is still read.
    if (read.keep) await cache.put(file.hash, reading).catch(() => undefined);
  }
  return reading.kind === 'plan'
    ? { kind: 'plan', file: file.name, modified: file.modified, source: reading.source, plan: reading.plan }
    : unreadable(file.name, file.modified, reading.reason);
}

export async function readReceivedFile(
  folder: string,
  name: string,
  cache: ReadingCache,
  received: ReceivedFiles,
  readFile: (path: string) => Promise<Uint8Array> = readBytes,
): Promise<ReceivedFile> {
  const file = await readStable(folder, name, readFile);
  return file.kind === 'stable' ? readingOf(file, cache, received) : file;
}
