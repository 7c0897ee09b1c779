/**
 * Importing a document from disk by its extension (.docx, .txt, .pdf, and scans as .png, .jpg,
 * .jpeg, .tif, .tiff): size-capped, with every failure turned into a UserError whose message is
 * Vietnamese.
 */
import { DocxReadError, readDocx, type PendingReview } from '../../shared/import/docx';
import { ImportError, importDocx, importText, type DocxImportOptions, type Recognized } from '../../shared/import';
import type { ImportedDocument } from '../../shared/import/ocr';
import { MAX_IMPORT_BYTES, PendingReviewError, tooLarge, uploadExtension, type ImportExtension } from './import-kinds';
import type { ScanImportOptions } from './ocr/import-scan';
import { whileReadingPdf } from './pdf-rejections';
import { UserError } from './user-error';

export type ImportOptions = DocxImportOptions & ScanImportOptions;

interface DecodedText {
  readonly text: string;
  readonly warning: string | null;
}

/**
 * UTF-8 when the bytes are; otherwise either UTF-8 damaged in a few places (a cut download: most
 * non-ASCII characters still decode, the rest become "�") or a legacy Windows file, whose
 * TCVN3/VNI text is stored as single bytes that latin1 keeps one to one for the recognizer.
 */
function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    // One damaged place may give several "�" in a row: count the runs.
    let damaged = 0;
    let decoded = 0;
    let previous = '';
    for (const char of lenient) {
      if (char === '\uFFFD' && previous !== '\uFFFD') damaged++;
      else if (char > '\u007f' && char !== '\uFFFD') decoded++;
      previous = char;
    }
    if (decoded > damaged) {
      return {
        text: lenient,
        warning: `Tệp có ${String(damaged)} chỗ không đúng mã UTF-8 (tệp có thể bị hỏng); các chỗ đó được thay bằng dấu "�".`,
      };
    }
    return {
      text: new TextDecoder('latin1').decode(bytes),
      warning: 'Tệp không dùng mã UTF-8; đã đọc theo bảng mã cũ (TCVN3, VNI hoặc Windows-1252), hãy kiểm tra lại chữ có dấu.',
    };
  }
}

function importTextBytes(bytes: Uint8Array): Recognized {
  const { text, warning } = decodeText(bytes);
  const result = importText(text);
  if (warning !== null) result.report.warnings.unshift(warning);
  return result;
}

/** Bytes already read, imported by extension; `name` names the file in messages. */
export async function importBytes(
  bytes: Uint8Array,
  extension: ImportExtension,
  name: string,
  options: ImportOptions = {},
): Promise<ImportedDocument> {
  try {
    if (extension === '.docx') return await importDocx(bytes, options);
    // The scan readers (canvas, OCR engine) load only for a PDF or an image: a DOCX or a text starts without them.
    if (extension === '.pdf')
      return await whileReadingPdf(async () => (await import('./ocr/import-scan')).importPdfWithOcr(bytes, options));
    if (extension === '.txt') return importTextBytes(bytes);
    return await (await import('./ocr/import-scan')).importImage(bytes, options);
  } catch (error) {
    if (error instanceof ImportError && error.code === 'pending-review') throw new PendingReviewError(`${name}: ${error.message}`);
    if (error instanceof ImportError || error instanceof DocxReadError) throw new UserError(`${name}: ${error.message}`);
    throw error;
  }
}

/** A file chosen in the app (its bytes, no path), with the same caps as a file read from disk. */
export async function importUpload(name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportedDocument> {
  const extension = uploadExtension(name);
  if (bytes.length > MAX_IMPORT_BYTES[extension]) throw tooLarge(name, bytes.length, MAX_IMPORT_BYTES[extension]);
  return importBytes(bytes, extension, name, options);
}

const NOTHING_PENDING: PendingReview = { insertions: 0, deletions: 0, moves: 0, formatting: 0, comments: 0 };

/** What a chosen DOCX still has pending from a review, so the app can ask before importing it. */
export async function uploadPendingReview(name: string, bytes: Uint8Array): Promise<PendingReview> {
  const extension = uploadExtension(name);
  if (extension !== '.docx') return NOTHING_PENDING;
  if (bytes.length > MAX_IMPORT_BYTES[extension]) throw tooLarge(name, bytes.length, MAX_IMPORT_BYTES[extension]);
  try {
    return (await readDocx(bytes)).pendingReview;
  } catch (error) {
    if (error instanceof DocxReadError) throw new UserError(`${name}: ${error.message}`);
    throw error;
  }
}

/** Text pasted into the app. */
export function importPastedText(text: string): Recognized {
  try {
    return importText(text.normalize('NFC'));
  } catch (error) {
    if (error instanceof ImportError) throw new UserError(`Văn bản dán vào: ${error.message}`);
    throw error;
  }
}
