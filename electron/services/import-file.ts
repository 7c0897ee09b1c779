/**
 * Importing a document from disk by its extension (.docx, .txt, .pdf): size-capped, with every
 * failure turned into a UserError whose message is Vietnamese.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DocxReadError } from '../../shared/import/docx';
import { ImportError, importDocx, importPdf, importText, type Recognised } from '../../shared/import';
import { readBytes } from './files';
import { UserError } from './user-error';

/**
 * Plans are a few hundred kilobytes. A DOCX or PDF may carry images, so 60 MB; plain text is
 * read line by line by the recogniser, and 10 MB of it is already far beyond any plan.
 */
export const MAX_IMPORT_BYTES = { '.docx': 60 * 1024 * 1024, '.pdf': 60 * 1024 * 1024, '.txt': 10 * 1024 * 1024 } as const;

export const IMPORT_EXTENSIONS = ['.docx', '.txt', '.pdf'] as const;

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Legacy Windows files: TCVN3/VNI text is stored as single bytes, which latin1 keeps one to one.
    return new TextDecoder('latin1').decode(bytes);
  }
}

async function readCapped(path: string, limit: number): Promise<Uint8Array> {
  const info = await stat(path).catch(() => null);
  if (info !== null && info.size > limit) {
    throw new UserError(`Tệp "${path}" quá lớn (${Math.round(info.size / 1024 / 1024)} MB); chỉ nhận tệp loại này đến ${limit / 1024 / 1024} MB.`);
  }
  return readBytes(path);
}

export async function importFile(path: string, options: { ignoreModel?: boolean } = {}): Promise<Recognised> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.docx' && extension !== '.pdf' && extension !== '.txt') {
    throw new UserError(`Không nhập được tệp "${path}": chỉ nhận tệp .docx, .txt hoặc .pdf.`);
  }
  const bytes = await readCapped(path, MAX_IMPORT_BYTES[extension]);
  try {
    if (extension === '.docx') return await importDocx(bytes, options);
    if (extension === '.pdf') return await importPdf(bytes);
    return importText(decodeText(bytes));
  } catch (error) {
    if (error instanceof ImportError || error instanceof DocxReadError) throw new UserError(`${path}: ${error.message}`);
    throw error;
  }
}
