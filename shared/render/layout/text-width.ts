/**
 * Estimated printed width of a line in Times New Roman, from the Times AFM advance widths (the
 * metric-compatible Liberation Serif shares them). Used to size the rules under organ names, the
 * Tiêu ngữ and the trích yếu, which the rules define relative to the text above them.
 */

const FIRST = 32;
// Advance widths in 1/1000 em for characters 32..126.
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278,
  278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
  722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500,
  500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333,
  333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722,
  722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556,
  556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

const PT_TO_MM = 25.4 / 72;

/** Vietnamese letters take the advance of their base letter; ư and ơ are a little wider (the horn). */
function baseOf(char: string): { base: string; extra: number } {
  if (char === 'đ') return { base: 'd', extra: 0 };
  if (char === 'Đ') return { base: 'D', extra: 0 };
  const decomposed = char.normalize('NFD');
  const base = decomposed.charAt(0);
  const horn = decomposed.includes('\u031B') ? 60 : 0;
  return { base, extra: horn };
}

export function textWidthMm(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text.normalize('NFC')) {
    const { base, extra } = baseOf(char);
    const code = base.charCodeAt(0);
    units += (table[code - FIRST] ?? 500) + extra;
  }
  return (units / 1000) * sizePt * PT_TO_MM;
}
