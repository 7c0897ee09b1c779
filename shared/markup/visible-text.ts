/**
 * A fingerprint of a DOCX body's visible text. Stored beside the embedded model at export, and
 * compared at import: when someone edited the document in Word the fingerprints differ, and the
 * importer reads the content instead of trusting the embedded model.
 */
import { decodeEntities } from './entities';

/** The concatenated `w:t` text of a `word/document.xml`, paragraph by paragraph. */
export function visibleText(documentXml: string): string {
  const paragraphs = documentXml.split(/<\/w:p>/);
  return paragraphs
    .map((p) => [...p.matchAll(/<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeEntities(m[1] ?? '')).join(''))
    .join('\n')
    .normalize('NFC');
}

/** FNV-1a, 32 bits, as hex: enough to tell an edited document from an untouched one. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    hash ^= code & 0xff;
    hash = Math.imul(hash, 0x01000193);
    hash ^= code >>> 8;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
