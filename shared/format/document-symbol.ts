/**
 * Ký hiệu of a document another document's ký hiệu names the organ of: the organ's part kept, the
 * tên loại's code changed ("KH/TU" → "BC/TU" for the Party; "KH-UBND" → "BC-UBND" for the State,
 * and "UBND" for a State công văn, which has no code).
 */
import type { FormatProfile } from './profile';

/** The organ's part of a ký hiệu: what follows the tên loại's code "KH" in "KH/TU" or "KH-UBND". */
export function organSymbol(symbol: string, docType: string): string {
  const trimmed = symbol.trim();
  if (docType !== '' && trimmed.toLocaleUpperCase('vi').startsWith(docType.toLocaleUpperCase('vi'))) {
    return trimmed.slice(docType.length).replace(/^[-/]+/u, '');
  }
  return trimmed;
}

export function documentSymbol(profile: FormatProfile, code: string, organ: string): string {
  if (code === '') return organ;
  return organ === '' ? code : `${code}${profile.header.number.symbolJoiner}${organ}`;
}

/** A công văn is known by its tên loại code, CV, in both systems (NĐ 30 only leaves it out of the ký hiệu). */
export const LETTER_DOC_TYPE = 'CV';

export function isLetter(docType: string): boolean {
  return docType === LETTER_DOC_TYPE;
}
