/**
 * Number forms used in Vietnamese official documents: Roman numerals for sections and groups, and
 * the Vietnamese letter sequence for điểm, which has đ and skips f, j, w, z.
 */

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`Không viết được số La Mã cho ${n}`);
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

export function fromRoman(text: string): number | null {
  const s = text.trim().toUpperCase();
  if (!/^[MDCLXVI]+$/.test(s)) return null;
  let total = 0;
  let i = 0;
  for (const [value, symbol] of ROMAN) {
    while (s.startsWith(symbol, i)) {
      total += value;
      i += symbol.length;
    }
  }
  return i === s.length && total <= 3999 && toRoman(total) === s ? total : null;
}

export const VIETNAMESE_LETTERS: readonly string[] = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

/** 1 → a, 5 → đ, 23 → y, 24 → aa: past y the sequence doubles the letters, as drafters do. */
export function toVietnameseLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Không có chữ cái thứ ${n}`);
  const count = VIETNAMESE_LETTERS.length;
  const letter = VIETNAMESE_LETTERS[(n - 1) % count] ?? 'a';
  return letter.repeat(Math.floor((n - 1) / count) + 1);
}

/** Document numbers below 10 take a leading zero ("05"); an empty number stays empty. */
export function padDocumentNumber(number: string): string {
  return /^\d$/.test(number) ? `0${number}` : number;
}
