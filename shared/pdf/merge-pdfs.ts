/** Several printed parts → one PDF, remembering how many pages each part had. */
import { PDFDocument } from 'pdf-lib';
import { LOAD_WHOLE } from './pdf-lib-pace';

export interface MergedPdf {
  readonly document: PDFDocument;
  readonly pageCounts: readonly number[];
}

export async function mergePdfs(parts: readonly Uint8Array[]): Promise<MergedPdf> {
  const document = await PDFDocument.create();
  const pageCounts: number[] = [];
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes, LOAD_WHOLE);
    const pages = await document.copyPages(part, part.getPageIndices());
    for (const page of pages) document.addPage(page);
    pageCounts.push(pages.length);
  }
  return { document, pageCounts };
}
