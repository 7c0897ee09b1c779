/**
 * The shapes of a plan's lines, from the rules (NĐ 30, HD 36) rather than from any one document:
 * section and item markers, the number/symbol line, the place-and-date line, signer authority,
 * appendix headings. OCR commonly reads the Roman "I" as "l" or "|", so both are accepted.
 */
import { systemOfNumberJoiner } from '../../format';
import { fromRoman, matchItem, toIsoDate, type AuthorityKind, type PartialDate, type System } from '../../model';
import { matchKey, isUppercase } from '../normalize/clean-text';

export const SECTION_HEADING = /^(?:PH[ẦA]N\s+)?([IVXLC]{1,7}|[lI|]{1,3})\s*[.\-–:)]\s*(\S.*)$/u;
export const APPENDIX_HEADING = /^PH[ỤU]\s*L[ỤU]C(?:\s+(?:SỐ\s+)?([IVXLC]{1,6}|\d{1,2}|[A-Z]))?\s*(?:[.:\-–]\s*)?(.*)$/isu;
export const REF_LINE = /^\(?\s*(?:Kèm|Ban hành kèm) theo\b/iu;
export const RECIPIENTS_HEADING = /^N[ơo]i\s*nh[ậa]n\s*(?::\s*)?(.*)$/isu;
export const ARCHIVE = /^L[ưu]u\s*(?::\s*)?(.*?)[.;,]?$/isu;
const DECORATION = /^[-–—_*=.~·•\s]+$/u;

export function isDecoration(text: string): boolean {
  return DECORATION.test(text);
}

export interface SectionMatch {
  readonly number: number;
  readonly dash: boolean;
  readonly title: string;
}

export function matchSection(text: string): SectionMatch | null {
  const m = SECTION_HEADING.exec(text);
  if (m === null) return null;
  const numeral = (m[1] ?? '').replace(/[l|]/g, 'I');
  const number = fromRoman(numeral);
  const title = m[2] ?? '';
  if (number === null || !isUppercase(title)) return null;
  const separator = text
    .slice((m[1] ?? '').length)
    .trimStart()
    .charAt(0);
  return { number, dash: separator === '-' || separator === '–', title: title.trim() };
}

export function startsWithMarker(text: string): boolean {
  return matchSection(text) !== null || matchItem(text) !== null || APPENDIX_HEADING.test(text) || RECIPIENTS_HEADING.test(text);
}

const TYPE_NAMES: readonly [string, string][] = [
  ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'CTr'],
  ['KẾ HOẠCH HÀNH ĐỘNG', 'KH'],
  ['KẾ HOẠCH', 'KH'],
  ['CHƯƠNG TRÌNH', 'CTr'],
  ['THÔNG BÁO', 'TB'],
  ['NGHỊ QUYẾT', 'NQ'],
  ['QUYẾT ĐỊNH', 'QĐ'],
  ['CHỈ THỊ', 'CT'],
  ['BÁO CÁO', 'BC'],
  ['HƯỚNG DẪN', 'HD'],
  ['ĐỀ ÁN', 'ĐA'],
  ['PHƯƠNG ÁN', 'PA'],
  ['KẾT LUẬN', 'KL'],
  ['QUY ĐỊNH', 'QyĐ'],
  ['TỜ TRÌNH', 'TTr'],
];

/** The type code a ký hiệu begins with ("KH-UBND", "KH/TU" → "KH"), if it is a known one; otherwise "". */
export function typeCodeOf(symbol: string): string {
  const code = symbol.split(/[-/]/)[0] ?? '';
  return TYPE_NAMES.some(([, abbreviation]) => abbreviation === code) ? code : '';
}

/** "KẾ HOẠCH" (also "K Ế  H O Ạ C H" from OCR) → its printed form and abbreviation. */
export function matchTypeName(text: string): { typeName: string; docType: string } | null {
  if (text.length > 60 || !isUppercase(text)) return null;
  const folded = matchKey(text).replace(/ /g, '');
  for (const [name, abbreviation] of TYPE_NAMES) {
    if (matchKey(name).replace(/ /g, '') === folded) return { typeName: name, docType: abbreviation };
  }
  return null;
}

export interface NumberSymbol {
  readonly number: string;
  readonly symbol: string;
  /** The system whose documents join number and symbol this way. */
  readonly system: System | null;
}

/** "Số: 30/KH-UBND", "Số 58-KH/TU", "Số:     /KH-BQL", "Số: ……/KH-UBND". */
export function matchNumberSymbol(text: string): NumberSymbol | null {
  const m = /^S[ốôo]\s*(?::\s*)?(?:(\d+)[\s._…]*|[._…][\s._…]*)?([/-])\s*([A-ZĐ][A-ZĐa-z0-9]*(?:\s*[-/.]\s*[A-ZĐa-z0-9]+)*)\s*$/u.exec(
    text,
  );
  if (m === null) return null;
  return { number: m[1] ?? '', symbol: (m[3] ?? '').replace(/\s+/g, ''), system: systemOfNumberJoiner(m[2] ?? '') };
}

export interface PlaceDate {
  readonly place: string;
  readonly date: PartialDate;
}

const validDay = (n: number | null): number | null => (n !== null && n >= 1 && n <= 31 ? n : null);
const validMonth = (n: number | null): number | null => (n !== null && n >= 1 && n <= 12 ? n : null);
const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));

/** "Ninh Bình, ngày 15 tháng 4 năm 2026", with blank day or month allowed. */
export function matchPlaceDate(text: string): PlaceDate | null {
  const cleaned = text.replace(/[._…]+/g, ' ');
  const m = /^(.{2,60}?)\s*,\s*ng[àa]y\s*(?:(\d{1,2})\s*)?th[áa]ng\s*(?:(\d{1,2})\s*)?n[ăa]m\s*(\d{4})/iu.exec(cleaned);
  if (m === null) return null;
  const month = validMonth(num(m[3]));
  return { place: (m[1] ?? '').trim(), date: { year: Number(m[4]), month, day: month === null ? null : validDay(num(m[2])) } };
}

/** "dd/mm/yyyy" or "ngày dd tháng mm năm yyyy" → ISO, or ''. */
export function isoFromText(day: string, month: string, year: string): string {
  const d = validDay(num(day));
  const m = validMonth(num(month));
  return d === null || m === null ? '' : toIsoDate({ year: Number(year), month: m, day: d });
}

export interface AuthorityMatch {
  readonly kind: AuthorityKind;
  readonly body: string;
}

const AUTHORITY_TOKENS: Readonly<Record<string, AuthorityKind>> = { TM: 'TM', KT: 'KT', TL: 'TL', TUQ: 'TUQ', Q: 'Q' };

/** "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "KT. TRƯỞNG BAN", "Q. GIÁM ĐỐC". */
export function matchAuthority(text: string): AuthorityMatch | null {
  const m = /^(T\s*(?:[./]\s*)?M|K\s*(?:[./]\s*)?T|T\s*(?:[./]\s*)?L|T\s*(?:[./]\s*)?UQ|Q)(?:\s*([./:]))?\s+(\S.*)$/su.exec(text);
  if (m === null || !isUppercase(text)) return null;
  const token = (m[1] ?? '').replace(/[\s./]/g, '');
  const kind = AUTHORITY_TOKENS[token];
  if (kind === undefined || (kind === 'Q' && m[2] === undefined)) return null;
  return { kind, body: (m[3] ?? '').trim() };
}

/** Lines written where the signature goes on a copy: "(Đã ký)", "[daky]", "Đã ký". */
export function isSignedMark(text: string): boolean {
  return /^[([]?\s*(đã\s*ký|da\s*ky|daky|ký|chữ ký|đã ký và đóng dấu)\s*[)\]]?\.?$/iu.test(text);
}
