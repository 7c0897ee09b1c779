/**
 * What a received file may be, before anything parses it: its kind by its name's extension, its size
 * cap, and its bytes read from disk within that cap. Light on purpose: the app and the command line
 * load it, while the readers themselves load only in the isolation process.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { readBytes } from './files';
import { UserError } from './user-error';

/**
 * Plans are a few hundred kilobytes. A DOCX or PDF may carry images, so 60 MB; plain text is
 * read line by line by the recognizer, and 10 MB of it is already far beyond any plan.
 */
const SCAN_BYTES = 60 * 1024 * 1024;
export const MAX_IMPORT_BYTES = {
  '.docx': 60 * 1024 * 1024,
  '.pdf': SCAN_BYTES,
  '.txt': 10 * 1024 * 1024,
  '.png': SCAN_BYTES,
  '.jpg': SCAN_BYTES,
  '.jpeg': SCAN_BYTES,
  '.tif': SCAN_BYTES,
  '.tiff': SCAN_BYTES,
} as const;

export type ImportExtension = keyof typeof MAX_IMPORT_BYTES;
export const IMPORT_EXTENSIONS = Object.keys(MAX_IMPORT_BYTES) as readonly ImportExtension[];

function isImportExtension(extension: string): extension is ImportExtension {
  return Object.hasOwn(MAX_IMPORT_BYTES, extension);
}

/** A reviewed DOCX imported without saying what to do with its pending changes and comments. */
export class PendingReviewError extends UserError {
  override readonly name = 'PendingReviewError';
}

export function tooLarge(name: string, size: number, limit: number): UserError {
  return new UserError(
    `Tệp "${name}" quá lớn (${Math.round(size / 1024 / 1024)} MB); chỉ nhận tệp loại này đến ${limit / 1024 / 1024} MB.`,
  );
}

async function readCapped(path: string, limit: number): Promise<Uint8Array> {
  const info = await stat(path).catch(() => null);
  if (info !== null && info.size > limit) throw tooLarge(path, info.size, limit);
  return readBytes(path);
}

/** The import kind of a file by its name, or a Vietnamese refusal. */
export function uploadExtension(name: string): ImportExtension {
  const extension = extname(name).toLowerCase();
  if (!isImportExtension(extension)) {
    throw new UserError(`Không nhập được tệp "${name}": chỉ nhận tệp .docx, .txt, .pdf hoặc ảnh quét .png, .jpg, .tif.`);
  }
  return extension;
}

/** The bytes of a file to import, refused before reading when its kind or size is wrong; the parsing is the reader's. */
export async function readImportFile(path: string): Promise<Uint8Array> {
  return readCapped(path, MAX_IMPORT_BYTES[uploadExtension(path)]);
}
