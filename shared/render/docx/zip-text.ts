/**
 * Text parts written into a DOCX package as UTF-8 bytes. Given a string, JSZip 3.10 cuts it into
 * 16K pieces and encodes each alone, so a character outside the BMP (a surrogate pair) that falls
 * on a piece border is written as two U+FFFD (Stuk/jszip#963, unfixed).
 */
import type JSZip from 'jszip';

const utf8 = new TextEncoder();

export function putText(zip: JSZip, path: string, text: string): void {
  zip.file(path, utf8.encode(text));
}
