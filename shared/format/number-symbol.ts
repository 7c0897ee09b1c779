/**
 * Số và ký hiệu in the form of a profile: "Số: 30/KH-UBND" (State: "/" after the number, "-"
 * between groups) or "Số 58-KH/TU" (Party: "-" after the number, "/" before the organ, joint
 * issuers joined by "-"). Every place that writes, reads, checks or adapts a number goes through
 * these functions.
 */
import type { System } from '../model/meta.schema';
import { padDocumentNumber } from '../model/numerals';
import type { FormatProfile, NumberForm } from './profile';
import { latestProfileOf, PROFILES } from './registry';

/** "30/KH-UBND", "58-KH/TU", "05" without a symbol, "" without either. */
export function formatNumberSymbol(number: string, symbol: string, form: NumberForm): string {
  const n = padDocumentNumber(number);
  if (symbol === '') return n;
  return `${n}${form.numberJoiner}${symbol}`;
}

/** The number form documents of a system are cited in. */
export function numberFormOf(system: System): NumberForm {
  return latestProfileOf(system).header.number;
}

/** The number and symbol with blank spaces for the number the văn thư writes in: "        /KH-BQL". */
export function numberCode(number: string, symbol: string, profile: FormatProfile): string {
  const form = profile.header.number;
  if (number !== '') return formatNumberSymbol(number, symbol, form);
  const blank = ' '.repeat(profile.header.blankNumberWidth);
  return symbol === '' ? blank : `${blank}${form.numberJoiner}${symbol}`;
}

/** "Số: 30/KH-UBND", "Số 58-KH/TU", or "Số:        /KH-BQL" when the number is left blank. */
export function numberLine(number: string, symbol: string, profile: FormatProfile): string {
  const prefix = profile.header.number.prefix;
  const code = numberCode(number, symbol, profile);
  return number === '' ? `${prefix}${code}` : `${prefix} ${code}`;
}

/** The abbreviation groups of a symbol, whatever joins them: "KH/TU" → ["KH", "TU"]. */
export function symbolGroups(symbol: string): string[] {
  return symbol.split(/[\s/-]+/u).filter((g) => g !== '');
}

/** Groups (type first, then the organs) joined in the form: ["QC", "BTCTU", "BDVTU"] → "QC/BTCTU-BDVTU". */
export function symbolInForm(groups: readonly string[], form: NumberForm): string {
  const [first = '', ...rest] = groups;
  if (rest.length === 0) return first;
  return `${first}${form.typeJoiner}${rest.join(form.issuersJoiner)}`;
}

/** The symbol of a document of type `docType` issued by an organ whose code is `organSymbol`. */
export function composeSymbol(docType: string, organSymbol: string, form: NumberForm): string {
  return organSymbol === '' ? docType : symbolInForm([docType, ...symbolGroups(organSymbol)], form);
}

/** The symbol rewritten in another form ("KH-UBND" ↔ "KH/UBND"). */
export function adaptSymbol(symbol: string, form: NumberForm): string {
  const groups = symbolGroups(symbol);
  return groups.length < 2 ? symbol : symbolInForm(groups, form);
}

/** Characters special in a regular expression, escaped (a joiner such as "." or "|" is then itself). */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Whether a symbol is written in the form: groups without spaces, joined as the form joins them. */
export function isSymbolInForm(symbol: string, form: NumberForm): boolean {
  const group = '[^\\s/-]+';
  const pattern = new RegExp(`^${group}${escape(form.typeJoiner)}${group}(?:${escape(form.issuersJoiner)}${group})*$`, 'u');
  return pattern.test(symbol);
}

/** The example written in messages: "30/KH-UBND". */
export function numberExample(form: NumberForm): string {
  return formatNumberSymbol(form.example.number, form.example.symbol, form);
}

/** What the form is, in words, for a finding. */
export function describeNumberForm(form: NumberForm): string {
  return `số và ký hiệu viết dạng ${numberExample(form)}: "${form.numberJoiner}" sau số, "${form.typeJoiner}" trước tên cơ quan, không cách chữ`;
}

/**
 * A number line as read in a DOCX, in the form: whether "Số" has the form's colon, the number and
 * the symbol; null when the line is not in the form at all.
 */
export function readNumberLine(text: string, form: NumberForm): { colon: boolean; number: string; symbol: string } | null {
  const pattern = new RegExp(`^Số(:?)\\s*(?:(\\d+)\\s*)?${escape(form.numberJoiner)}\\s*(\\S+)$`, 'u');
  const m = pattern.exec(text);
  if (m === null) return null;
  return { colon: m[1] === ':', number: m[2] ?? '', symbol: m[3] ?? '' };
}

/** Whether the form writes "Số" with a colon. */
export function prefixHasColon(form: NumberForm): boolean {
  return form.prefix.endsWith(':');
}

/** The system whose documents put `joiner` between number and symbol, if exactly one does. */
export function systemOfNumberJoiner(joiner: string): System | null {
  const found = new Set(Object.values(PROFILES).flatMap((p) => (p.header.number.numberJoiner === joiner ? [p.system] : [])));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** The system whose documents write "Số" this way ("Số:" or "Số"), if exactly one does. */
export function systemOfNumberPrefix(prefix: string): System | null {
  const found = new Set(Object.values(PROFILES).flatMap((p) => (p.header.number.prefix === prefix ? [p.system] : [])));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
