/**
 * The markers of body items, from the rules (NĐ 30, HD 36/05): "1." or "1.2." decimals, "a)"
 * letters, "-" and "+" bullets. Here in the model because editing (typing, pasting) and reading a
 * received document both need them.
 */
export const DECIMAL_ITEM = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$|^(\d{1,2})\s*(?:[.)]|[-–](?!\s*\d))\s*(\S.*)$/u;
export const LETTER_ITEM = /^([a-zđ])\s*\)\s*(\S.*)$/u;
export const BULLET = /^([-–—•●▪◦∙+])\s*(\S.*)$/u;

export type ItemMatch =
  | { readonly kind: 'decimal'; readonly depth: number; readonly text: string }
  | { readonly kind: 'letter'; readonly text: string }
  | { readonly kind: 'bullet'; readonly level: 1 | 2; readonly text: string };

export function matchItem(text: string): ItemMatch | null {
  const decimal = DECIMAL_ITEM.exec(text);
  if (decimal !== null) {
    const number = decimal[1] ?? decimal[3] ?? '';
    return { kind: 'decimal', depth: number.split('.').length, text: (decimal[2] ?? decimal[4] ?? '').trim() };
  }
  const letter = LETTER_ITEM.exec(text);
  if (letter !== null) return { kind: 'letter', text: (letter[2] ?? '').trim() };
  const bullet = BULLET.exec(text);
  if (bullet !== null) return { kind: 'bullet', level: bullet[1] === '+' ? 2 : 1, text: (bullet[2] ?? '').trim() };
  return null;
}

/** An automatic numbering label from Word read as the same kinds of marker. */
export function matchLabel(label: string, text: string): ItemMatch | null {
  const trimmed = label.trim();
  if (trimmed === '') return null;
  if (/^[IVXLC]+[.-]?$/.test(trimmed)) return null;
  return matchItem(`${trimmed} ${text}`) ?? { kind: 'bullet', level: 1, text };
}
