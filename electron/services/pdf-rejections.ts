/**
 * pdf.js runs its parser in this thread under Node (its "fake worker"), and on some damaged files
 * it prefetches page dictionaries whose failed promises nothing awaits (pdfjs-dist 5.6,
 * Catalog.getPageDict, found by fuzzing). Node ends the process on such an unhandled rejection,
 * so while a PDF is read, rejections carrying pdf.js's own exceptions are contained; any other
 * one still ends the process, as it would have without this.
 */
import { ImportError } from '../../shared/import';

const PDFJS_EXCEPTIONS = new Set([
  'AbortException',
  'FormatError',
  'InvalidPDFException',
  'MissingPDFException',
  'ParserEOFException',
  'PasswordException',
  'ResponseException',
  'UnexpectedResponseException',
  'UnknownErrorException',
  'XRefEntryException',
  'XRefParseException',
]);

let reading = 0;

function contain(reason: unknown): void {
  if (isPdfJsException(reason)) return;
  // Alone, this listener stands in for Node's default, which is to fail loudly.
  if (process.listenerCount('unhandledRejection') === 1) throw reason;
}

function isPdfJsException(error: unknown): boolean {
  return error instanceof Error && PDFJS_EXCEPTIONS.has(error.name);
}

/**
 * Reads a PDF with pdf.js's stray rejections contained, and its exceptions that do reach the
 * reader (a page dictionary the OCR path asks for, say) turned into a refusal in Vietnamese.
 */
export async function whileReadingPdf<T>(read: () => Promise<T>): Promise<T> {
  if (reading++ === 0) process.on('unhandledRejection', contain);
  try {
    return await read();
  } catch (error) {
    if (isPdfJsException(error)) throw new ImportError('unreadable', 'Tệp PDF bị hỏng: không đọc được nội dung của tệp.');
    throw error;
  } finally {
    // Rejections are reported once the microtasks of their turn have run: wait for one more turn.
    await new Promise((resolve) => setImmediate(resolve));
    if (--reading === 0) process.off('unhandledRejection', contain);
  }
}
