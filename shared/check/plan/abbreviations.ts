/**
 * Abbreviations a drafter writes in running text that the trích yếu spells out: NĐ 30 allows
 * common abbreviations only in the parent organ's name (Phụ lục I, mục II.2.a), and a trích yếu is
 * the document's name in the register and in every later citation.
 */
export const SUMMARY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  BCH: 'Ban Chấp hành',
  BTV: 'Ban Thường vụ',
  MTTQ: 'Mặt trận Tổ quốc',
  'KT-XH': 'kinh tế - xã hội',
  CNH: 'công nghiệp hóa',
  HĐH: 'hiện đại hóa',
  CCHC: 'cải cách hành chính',
  CNTT: 'công nghệ thông tin',
  'QP-AN': 'quốc phòng, an ninh',
  KCN: 'khu công nghiệp',
  KKT: 'khu kinh tế',
  BQL: 'Ban Quản lý',
  NSNN: 'ngân sách nhà nước',
  XHCN: 'xã hội chủ nghĩa',
  ĐBQH: 'đại biểu Quốc hội',
  CBCCVC: 'cán bộ, công chức, viên chức',
};

// Longest first, so "QP-AN" wins over a shorter word; the keys hold no regex metacharacters.
const WORDS = Object.keys(SUMMARY_ABBREVIATIONS).sort((a, b) => b.length - a.length);
/** A whole word, not part of a document code ("30/KH-UBND", "05-NQ/TU"). */
const PATTERN = new RegExp(String.raw`(?<![\p{L}\d/\-])(${WORDS.join('|')})(?![\p{L}\d]|[/\-][\p{L}\d])`, 'gu');

export function abbreviationsIn(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((m) => m[1] ?? '');
}

export function expandAbbreviations(text: string): string {
  return text.replace(PATTERN, (word: string) => SUMMARY_ABBREVIATIONS[word] ?? word);
}
