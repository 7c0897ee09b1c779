/**
 * How a plan cites another document: "Nghị quyết số 05-NQ/TU ngày 30/01/2026 của Ban Chấp hành
 * Đảng bộ tỉnh". The number takes the form of the cited document's system; the date separator is
 * the citing profile's (HD 05 writes "số 399-QĐ/TW, ngày 09/01/2026").
 */
import { formatIsoAsShortDate } from '../model/dates';
import type { DocumentReference } from '../model/meta.schema';
import { formatNumberSymbol, numberFormOf } from './number-symbol';
import type { FormatProfile } from './profile';

/** "số 05-NQ/TU" part of a citation: the reference's number in its own system's form. */
export function citedNumber(ref: Pick<DocumentReference, 'number' | 'symbol' | 'system'>): string {
  return formatNumberSymbol(ref.number, ref.symbol, numberFormOf(ref.system));
}

export function formatCitation(ref: DocumentReference, citing: FormatProfile): string {
  let text = ref.typeName;
  const code = citedNumber(ref);
  if (code !== '') text += ` số ${code}`;
  const date = formatIsoAsShortDate(ref.date);
  if (date !== '') text += `${code === '' ? ' ' : citing.citation.dateSeparator}ngày ${date}`;
  if (ref.issuer !== '') text += ` của ${ref.issuer}`;
  return text;
}
