/**
 * pdf.js, loaded the first time the preview is shown (it is not needed to start the app), with
 * its worker. pdf.js 6 has no `eval` path left (the CSP forbids it anyway), and no WebAssembly
 * decoders are used (the CSP does not allow compiling them; the PDFs Chromium prints hold text and
 * lines, not JPEG 2000 or JBIG2 images).
 */
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

export function pdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then(
    (lib) => {
      lib.GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdfjs' });
      return lib;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  const lib = await pdfJs();
  return lib.getDocument({
    data,
    useWasm: false,
    useWorkerFetch: false,
    enableXfa: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  }).promise;
}
