/**
 * pdf.js runs its parser in this thread under Node (its "fake worker"), and on some damaged files
 * it prefetches page dictionaries whose failed promises nothing awaits (pdfjs-dist 5.6,
 * Catalog.getPageDict, found by fuzzing). Node ends the process on such an unhandled rejection,
 * so while a PDF is read, rejections carrying pdf.js's own exceptions are contained; any other
 * one still ends the process, as it would have without this.
 */
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
  if (reason instanceof Error && PDFJS_EXCEPTIONS.has(reason.name)) return;
  // Alone, this listener stands in for Node's default, which is to fail loudly.
  if (process.listenerCount('unhandledRejection') === 1) throw reason;
}

export async function whileReadingPdf<T>(read: () => Promise<T>): Promise<T> {
  if (reading++ === 0) process.on('unhandledRejection', contain);
  try {
    return await read();
  } finally {
    // Rejections are reported once the microtasks of their turn have run: wait for one more turn.
    await new Promise((resolve) => setImmediate(resolve));
    if (--reading === 0) process.off('unhandledRejection', contain);
  }
}
