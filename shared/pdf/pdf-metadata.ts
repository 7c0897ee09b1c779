/**
 * Document information a records system and a signing tool read: title = trích yếu, author = the
 * issuing organ, the language. Nothing interactive is added (no AcroForm), so a later digital
 * signature signs exactly these pages.
 */
import type { PDFDocument } from 'pdf-lib';
import type { DocumentProperties } from '../render/layout';

export const PDF_CREATOR = 'Kế hoạch Studio';

export function setPdfMetadata(document: PDFDocument, properties: DocumentProperties, language: string, now: Date): void {
  document.setTitle(properties.title, { showInWindowTitleBar: true });
  document.setAuthor(properties.author);
  document.setSubject(properties.subject);
  document.setKeywords(
    properties.keywords
      .split(';')
      .map((k) => k.trim())
      .filter((k) => k !== ''),
  );
  document.setCreator(PDF_CREATOR);
  document.setProducer(`${PDF_CREATOR} (Chromium, pdf-lib)`);
  document.setLanguage(language);
  document.setCreationDate(now);
  document.setModificationDate(now);
}
