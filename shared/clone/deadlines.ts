/**
 * Deadlines as plans write them ("Năm 2026", "2026-2030", "Quý II/2026", "Trước năm 2029",
 * "30/6/2026", "Thường xuyên") and the last day each one allows, so a child's deadline can be
 * compared with its parent's.
 */
import { foldWord } from '../model';

const ROMAN_QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function endOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Lower-case ASCII with "/" and "-" kept: "Quý II/2026" → "quy ii/2026". */
function fold(text: string): string {
  return text
    .split(/\s+/)
    .map((word) =>
      word
        .split(/([/-])/)
        .map((part) => (part === '/' || part === '-' ? part : foldWord(part)))
        .join(''),
    )
    .join(' ');
}

/**
 * The last day a deadline allows, as an ISO date, or null when it names none ("Thường xuyên",
 * "Đã hoàn thành", "Hằng năm").
 */
export function deadlineEnd(text: string): string | null {
  const t = fold(text);
  const before = /truoc nam (\d{4})/.exec(t);
  if (before !== null) return `${Number(before[1]) - 1}-12-31`;
  const ends: string[] = [];
  for (const m of t.matchAll(/(\d{1,2})\/(\d{1,2})\/(\d{4})/g)) {
    ends.push(`${m[3]}-${String(m[2]).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`);
  }
  for (const m of t.matchAll(/quy (iv|iii|ii|i|[1-4])(?:\/| nam )(\d{4})/g)) {
    ends.push(endOfMonth(Number(m[2]), (ROMAN_QUARTERS[m[1] ?? ''] ?? 4) * 3));
  }
  for (const m of t.matchAll(/thang (\d{1,2})(?:\/| nam )(\d{4})/g)) {
    const month = Number(m[1]);
    if (month >= 1 && month <= 12) ends.push(endOfMonth(Number(m[2]), month));
  }
  for (const m of t.matchAll(/6 thang dau nam (\d{4})/g)) ends.push(`${m[1]}-06-30`);
  if (ends.length === 0) {
    for (const m of t.matchAll(/(?:^|[^\d/])((?:19|20)\d{2})(?![\d/])/g)) ends.push(`${m[1]}-12-31`);
  }
  return ends.length === 0 ? null : ends.reduce((a, b) => (b > a ? b : a));
}

/** True when the child's deadline ends after the parent's; deadlines without a date never are. */
export function isLate(childDeadline: string, parentDeadline: string): boolean {
  const child = deadlineEnd(childDeadline);
  const parent = deadlineEnd(parentDeadline);
  return child !== null && parent !== null && child > parent;
}

/**
 * A deadline written into a body paragraph: "hoàn thành trước ngày 30/6/2026", "thời hạn: Quý
 * II/2026". Years that only describe the goal ("trước năm 2030") are not deadlines.
 */
export function bodyDeadline(text: string): string {
  const match =
    /(?:hoàn thành|thời hạn|thời gian hoàn thành)[^.;]{0,20}?((?:quý|tháng) [^\s,.;]+|(?:ngày )?\d{1,2}\/\d{1,2}\/\d{4}|năm \d{4})/iu.exec(
      text.normalize('NFC'),
    );
  if (match?.[1] === undefined) return '';
  const phrase = match[1];
  return phrase.charAt(0).toLocaleUpperCase('vi') + phrase.slice(1);
}
