/**
 * Superior documents cited in the preamble: "Thực hiện Nghị quyết số 05-NQ/TU ngày 30/01/2026 của
 * Ban Chấp hành Đảng bộ tỉnh về … (sau đây viết tắt là Nghị quyết số 05-NQ/TU)". Each clause that
 * opens with Thực hiện / Căn cứ / Triển khai … yields the first document it names.
 */
import { systemOfNumberJoiner } from '../../format';
import type { DocumentReference } from '../../model';
import { isoFromText } from './patterns';

const TYPES = [
  'Nghị quyết liên tịch',
  'Nghị quyết',
  'Kế hoạch hành động',
  'Kế hoạch',
  'Chương trình hành động',
  'Chương trình',
  'Chỉ thị',
  'Kết luận',
  'Quyết định',
  'Thông báo kết luận',
  'Thông báo',
  'Hướng dẫn',
  'Đề án',
  'Công văn',
  'Văn bản',
  'Luật',
  'Nghị định',
  'Thông tư liên tịch',
  'Thông tư',
  'Quy định',
  'Quy chế',
  'Công điện',
  'Báo cáo',
  'Tờ trình',
];
const REF = new RegExp(
  `(${TYPES.join('|')})\\s+(?:số\\s*(?::\\s*)?)?(\\d{1,5}[a-z]?)\\s*([-/])\\s*((?:\\d{4}/)?[A-ZĐ][A-ZĐa-zđ0-9]*(?:[-/.][A-ZĐa-zđ0-9]+)*)`,
  'iu',
);
// No two adjacent parts below can both take the same white space (",?" between two "\s*", a lazy
// capture that may end in white space before a "\s*" lookahead): a long run of spaces would be
// tried in every split, and pasted text has such runs.
const OPENER =
  /^(?:Thực hiện|Căn cứ|Triển khai|Thi hành|Theo|Trên cơ sở|Để (?:triển khai|thực hiện|cụ thể hóa)|Nhằm (?:triển khai|thực hiện)|Quán triệt)(?![\p{L}\p{N}])/iu;
const DATE_SHORT = /^\s*(?:,\s*)?ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
const DATE_LONG = /^\s*(?:,\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const ISSUER = /^\s*(?:,\s*)?của\s+(\S(?:.*?\S)?)(?=\s+(?:về|thực hiện|triển khai|tiếp tục|ban hành)\s|\s*[,;()]|\s*$)/u;
const TITLE = /^\s*(?:,\s*)?((?:về|thực hiện|triển khai)\s+\S(?:.*?\S)?)(?=\s*\(|\s*;|\s*,\s+\p{Lu}|\s*\.\s*$|\s*$)/u;
/**
 * A law cited by its name, as laws usually are ("Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày
 * 21 tháng 11 năm 2007", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025"): the name
 * runs to its date or the clause's end. A law cited by number goes through REF like any document.
 */
const NAMED_LAW = /^(Hiến pháp|Bộ luật|Luật|Pháp lệnh)\s+(?=\p{Lu})/u;
const BEFORE_DATE = /\sngày\s/u;
const SHORT_NAME = /^\s*\(\s*(?:\*\s*)?sau đây (?:viết tắt|gọi tắt|gọi chung|gọi) là(?:\s*:)?([^)]*)\)/iu;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

/** The reference a text names first, with what follows it (date, issuer, title, short name). */
export function parseReference(text: string, id: string, role: DocumentReference['role']): DocumentReference | null {
  const m = REF.exec(text);
  if (m === null) return null;
  const system = systemOfNumberJoiner(m[3] ?? '');
  if (system === null) return null;
  let rest = text.slice(m.index + m[0].length);
  let date = '';
  const d = DATE_SHORT.exec(rest) ?? DATE_LONG.exec(rest);
  if (d !== null) {
    date = isoFromText(d[1] ?? '', d[2] ?? '', d[3] ?? '');
    rest = rest.slice(d[0].length);
  }
  let issuer = '';
  const i = ISSUER.exec(rest);
  if (i !== null) {
    issuer = (i[1] ?? '').trim();
    rest = rest.slice(i[0].length);
  }
  let title = '';
  const t = TITLE.exec(rest);
  if (t !== null) {
    title = (t[1] ?? '').trim();
    rest = rest.slice(t[0].length);
  }
  const s = SHORT_NAME.exec(rest);
  return {
    id,
    typeName: capitalise(m[1] ?? ''),
    number: (m[2] ?? '').replace(/\D/g, ''),
    symbol: m[4] ?? '',
    system,
    date,
    issuer,
    title,
    shortName: s === null ? '' : (s[1] ?? '').replace(/[*"“”]/g, '').trim(),
    role,
  };
}

/** A law named without a number, right after the clause's opener; null for anything else. */
function parseNamedLaw(afterOpener: string, id: string, role: DocumentReference['role']): DocumentReference | null {
  const m = NAMED_LAW.exec(afterOpener);
  if (m === null) return null;
  const rest = afterOpener.slice(m[0].length);
  const cut = rest.search(BEFORE_DATE);
  const name = (cut < 0 ? rest : rest.slice(0, cut)).trim().replace(/[;.]$/u, '').trimEnd();
  const d = cut < 0 ? null : (DATE_SHORT.exec(rest.slice(cut)) ?? DATE_LONG.exec(rest.slice(cut)));
  return {
    id,
    typeName: `${m[1] ?? ''} ${name}`,
    number: '',
    symbol: '',
    system: 'nha-nuoc',
    date: d === null ? '' : isoFromText(d[1] ?? '', d[2] ?? '', d[3] ?? ''),
    issuer: '',
    title: '',
    shortName: '',
    role,
  };
}

/** The documents a preamble implements or relies on, one per opening clause, without repeats. */
export function findReferences(paragraphs: readonly string[]): DocumentReference[] {
  const found: DocumentReference[] = [];
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const clause of paragraph.split(/;\s*/)) {
      const opener = OPENER.exec(clause.trim());
      if (opener === null) continue;
      const head = clause.trim();
      const id = `ref${found.length + 1}`;
      const role = /^Căn cứ/iu.test(head) ? 'basis' : 'implements';
      const numbered = parseReference(head, id, role);
      // The document must be what the clause opens with, not one cited deep inside its title.
      const ref =
        numbered !== null && head.search(REF) <= opener[0].length + 12
          ? numbered
          : parseNamedLaw(head.slice(opener[0].length).trim(), id, role);
      if (ref === null) continue;
      const key = `${ref.typeName}|${ref.number}|${ref.symbol}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(ref);
    }
  }
  return found;
}
