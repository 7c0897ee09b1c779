/**
 * Citations of other documents in the forms the two systems use: Party numbers are written
 * "05-NQ/TU", State numbers "30/KH-UBND".
 */
import { formatIsoAsShortDate } from './dates';
import type { DocumentReference, System } from './meta.schema';
import { padDocumentNumber } from './numerals';

export function formatNumberSymbol(number: string, symbol: string, system: System): string {
  const n = padDocumentNumber(number);
  if (symbol === '') return n;
  return system === 'dang' ? `${n}-${symbol}` : `${n}/${symbol}`;
}

/** "Nghị quyết số 05-NQ/TU ngày 30/01/2026 của Ban Chấp hành Đảng bộ tỉnh" */
export function formatCitation(ref: DocumentReference): string {
  const parts = [ref.typeName];
  const code = formatNumberSymbol(ref.number, ref.symbol, ref.system);
  if (code !== '') parts.push(`số ${code}`);
  const date = formatIsoAsShortDate(ref.date);
  if (date !== '') parts.push(`ngày ${date}`);
  if (ref.issuer !== '') parts.push(`của ${ref.issuer}`);
  return parts.join(' ');
}
