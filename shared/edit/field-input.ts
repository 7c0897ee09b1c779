/**
 * What the user types in a property field, read into a model value or a Vietnamese message saying
 * why it cannot be one yet. A refused text stays on screen with its message while the user goes on
 * typing; the plan keeps its last valid value.
 */
import { formatDay, formatMonth, parseIsoDate } from '../model/dates';

export type FieldInput<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): FieldInput<T> => ({ ok: true, value });
const refuse = <T>(message: string): FieldInput<T> => ({ ok: false, message });

/** Số văn bản: digits only; blank leaves it for the văn thư to write in at signing. */
export function readDocumentNumber(text: string): FieldInput<string> {
  const trimmed = text.trim();
  if (/^\d*$/u.test(trimmed)) return ok(trimmed);
  return refuse('Số văn bản chỉ gồm chữ số (để trống nếu văn thư sẽ ghi số khi ký).');
}

export const MIN_YEAR = 1945;
export const MAX_YEAR = 2200;

export function readYear(text: string): FieldInput<number> {
  const trimmed = text.trim();
  if (trimmed === '') return refuse('Cần có năm ban hành.');
  if (!/^\d+$/u.test(trimmed)) return refuse('Năm chỉ gồm chữ số, ví dụ 2026.');
  const year = Number(trimmed);
  if (year < MIN_YEAR || year > MAX_YEAR) return refuse(`Năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}.`);
  return ok(year);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A cited document's date as people write it ("29/01/2026", "29/1/2026", "29-1-2026") or as ISO;
 * blank when unknown. Returns the ISO date the model stores.
 */
export function readCitationDate(text: string): FieldInput<string> {
  const trimmed = text.trim();
  if (trimmed === '') return ok('');
  const iso = parseIsoDate(trimmed);
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(trimmed);
  const parts = iso !== null && iso.month !== null && iso.day !== null ? [iso.day, iso.month, iso.year] : match?.slice(1).map(Number);
  const [day, month, year] = parts ?? [];
  if (day === undefined || month === undefined || year === undefined) {
    return refuse('Ngày viết theo dạng ngày/tháng/năm, ví dụ 29/01/2026.');
  }
  if (month < 1 || month > 12) return refuse('Tháng phải từ 1 đến 12.');
  if (year < MIN_YEAR || year > MAX_YEAR) return refuse(`Năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}.`);
  if (day < 1 || day > daysInMonth(year, month)) return refuse(`Tháng ${month} năm ${year} không có ngày ${day}.`);
  return ok(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** The stored ISO date as the field shows it: "29/01/2026". */
export function citationDateText(iso: string): string {
  const date = parseIsoDate(iso);
  if (date === null || date.month === null || date.day === null) return '';
  return `${formatDay(date.day)}/${formatMonth(date.month)}/${date.year}`;
}

/** Số bản: a positive whole number, or blank. */
export function readCopies(text: string): FieldInput<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(null);
  if (!/^\d+$/u.test(trimmed) || Number(trimmed) === 0) return refuse('Số bản là số nguyên dương, ví dụ 30.');
  return ok(Number(trimmed));
}

/** Text the schema needs (organ name, tên loại, a recipient's name): refused when blank. */
export function readRequired(text: string, what: string): FieldInput<string> {
  return text.trim() === '' ? refuse(`${what} không được để trống.`) : ok(text.normalize('NFC'));
}
