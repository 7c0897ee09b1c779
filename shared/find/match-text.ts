/**
 * Where a search string occurs in a text, with or without case and accents. Every comparison form
 * keeps one character per character of the text (Vietnamese letters are precomposed in NFC), so a
 * match's offsets are offsets in the original text.
 */

export interface MatchOptions {
  /** "Ủy ban" does not match "ủy ban". */
  readonly matchCase: boolean;
  /** "Ủy ban" does not match "Uy ban"; the two tone placements (hòa/hoà, thủy/thuỷ) still match. */
  readonly matchAccents: boolean;
}

const MARKS = /\p{M}/gu;

/** One base letter per character: "Ủ" → "U", "đ" → "d"; anything that would change length stays. */
function foldChar(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  const folded = ch.normalize('NFD').replace(MARKS, '');
  return folded.length === 1 ? folded : ch;
}

const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** The toned forms of a vowel, e.g. "o" → ["ò","ó","ỏ","õ","ọ"]. */
function toned(vowel: string): string[] {
  return TONE_MARKS.map((mark) => (vowel + mark).normalize('NFC'));
}

/**
 * The old and new tone placement of the syllable endings oa, oe, uy ("hòa"/"hoà", "khỏe"/"khoẻ",
 * "thủy"/"thuỷ") differ only in which of the two letters carries the mark: the old placement is
 * rewritten as the new one, letter for letter.
 */
const OLD_PLACEMENT = new Map<string, string>(
  (
    [
      ['o', 'a'],
      ['o', 'e'],
      ['u', 'y'],
    ] as const
  ).flatMap(([first, second]) =>
    [false, true].flatMap((upper) => {
      const f = upper ? first.toUpperCase() : first;
      const secondForms = [second, second.toUpperCase()];
      return toned(f).flatMap((tonedFirst, tone) => secondForms.map((s) => [tonedFirst + s, f + (toned(s)[tone] ?? s)] as const));
    }),
  ),
);

/** A toned o/u followed by a, e or y that ends the syllable. */
const OLD_ENDING = /[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aeyAEY](?!\p{L})/gu;

function newPlacement(text: string): string {
  return text.replace(OLD_ENDING, (pair) => OLD_PLACEMENT.get(pair) ?? pair);
}

/** Code units below this are mapped through a table; everything above (CJK, surrogates) stays. */
const TABLE_SIZE = 0x2000;
const tables = new Map<string, Uint16Array>();

/** One table per combination of options: each code unit's comparison form, if it is one unit long. */
function tableFor(foldAccents: boolean, foldCase: boolean): Uint16Array {
  const key = `${String(foldAccents)}${String(foldCase)}`;
  let table = tables.get(key);
  if (table !== undefined) return table;
  table = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    let ch = String.fromCharCode(code);
    if (foldAccents) ch = foldChar(ch);
    if (foldCase) {
      const lower = ch.toLocaleLowerCase('vi');
      if (lower.length === 1) ch = lower;
    }
    table[code] = ch.length === 1 ? ch.charCodeAt(0) : code;
  }
  tables.set(key, table);
  return table;
}

/** Code units turned back into a string by the platform's decoder: one pass, no argument lists. */
const UTF16 = new TextDecoder('utf-16le');

function mapCodeUnits(text: string, table: Uint16Array): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < TABLE_SIZE ? (table[code] ?? code) : code;
  }
  return UTF16.decode(codes);
}

/** The form both the text and the search string are compared in; same length as the input. */
export function comparisonForm(text: string, options: MatchOptions): string {
  const placed = options.matchAccents ? newPlacement(text) : text;
  if (options.matchAccents && options.matchCase) return placed;
  return mapCodeUnits(placed, tableFor(!options.matchAccents, !options.matchCase));
}

export interface TextMatch {
  readonly start: number;
  readonly end: number;
}

/** Every non-overlapping occurrence of `needle` in `haystack`, left to right. */
export function findMatches(haystack: string, needle: string, options: MatchOptions): TextMatch[] {
  if (needle === '' || needle.length > haystack.length) return [];
  return matchesInForm(comparisonForm(haystack, options), needle, options);
}

/** The same, in a text already in its comparison form (`comparisonForm` with the same options). */
export function matchesInForm(form: string, needle: string, options: MatchOptions): TextMatch[] {
  const search = comparisonForm(needle.normalize('NFC'), options);
  if (search === '') return [];
  const matches: TextMatch[] = [];
  for (let at = form.indexOf(search); at !== -1; at = form.indexOf(search, at + search.length)) {
    matches.push({ start: at, end: at + search.length });
  }
  return matches;
}
