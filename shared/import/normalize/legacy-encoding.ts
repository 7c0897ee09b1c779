/**
 * Vietnamese text typed in the pre-Unicode 8-bit encodings, read back as Latin-1 letters:
 * TCVN3 (ABC, fonts ".VnTime") and VNI (fonts "VNI-Times"). Detected when the text has none of the
 * letters only Unicode Vietnamese has (ạ…ỹ, ă, ơ, ư, đ) but many of the encoding's signatures.
 */

/** TCVN3 byte (as a Latin-1 character) → Unicode, lower case; ".VnTimeH" fonts show them in capitals. */
const TCVN3_FROM = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦';
const TCVN3_TO = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
/** Characters that occur in TCVN3 text but not in Unicode Vietnamese. */
const TCVN3_SIGNATURE = /[µ¸¶·¹¨»¾¼½Æ©ÇËÌÐÎÏÑªÒÕÖ×ÝØÜÞß«åæç¬ïñ÷þ¡¢§£¤¥¦]/g;

const TONES: readonly [string, string][] = [
  ['ù', '\u0301'],
  ['ø', '\u0300'],
  ['û', '\u0309'],
  ['õ', '\u0303'],
  ['ï', '\u0323'],
];
const HAT_TONES: readonly [string, string][] = [
  ['á', '\u0301'],
  ['à', '\u0300'],
  ['å', '\u0309'],
  ['ã', '\u0303'],
  ['ä', '\u0323'],
];
const BREVE_TONES: readonly [string, string][] = [
  ['é', '\u0301'],
  ['è', '\u0300'],
  ['ú', '\u0309'],
  ['ü', '\u0303'],
  ['ë', '\u0323'],
];

function buildVniTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (vni: string, unicode: string): void => {
    table.set(vni, unicode.normalize('NFC'));
    table.set(vni.toUpperCase(), unicode.toUpperCase().normalize('NFC'));
  };
  // Plain vowels and ơ (ô), ư (ö) take the five tone marks ù ø û õ ï.
  for (const [vni, base] of [
    ['a', 'a'],
    ['e', 'e'],
    ['o', 'o'],
    ['u', 'u'],
    ['y', 'y'],
    ['ô', 'ơ'],
    ['ö', 'ư'],
  ] as const) {
    for (const [mark, combining] of TONES) add(`${vni}${mark}`, `${base}${combining}`);
  }
  // â ê ô are written with "â" after the vowel, the tone taking the hat's own forms á à å ã ä.
  for (const [vowel, base] of [
    ['a', 'â'],
    ['e', 'ê'],
    ['o', 'ô'],
  ] as const) {
    add(`${vowel}â`, base);
    for (const [mark, combining] of HAT_TONES) add(`${vowel}${mark}`, `${base}${combining}`);
  }
  add('aê', 'ă');
  for (const [mark, combining] of BREVE_TONES) add(`a${mark}`, `ă${combining}`);
  // i and the dot-below y are single characters; ơ, ư, đ too.
  for (const [vni, unicode] of [
    ['í', 'í'],
    ['ì', 'ì'],
    ['æ', 'ỉ'],
    ['ó', 'ĩ'],
    ['ò', 'ị'],
    ['î', 'ỵ'],
    ['ô', 'ơ'],
    ['ö', 'ư'],
    ['ñ', 'đ'],
  ] as const) {
    add(vni, unicode);
  }
  return table;
}

let vniTable: Map<string, string> | null = null;
const VNI_SIGNATURE = /[aeouyAEOUYôöÔÖ][ùøûõïÙØÛÕÏ]|[aeoAEO][âåäÂÅÄ]|[aA][êëÊË]|[ñÑ]/g;
const UNICODE_ONLY = /[ạ-ỹẠ-ỸăĂơƠưƯđĐĩĨũŨ]/;

function decodeTcvn3(text: string): string {
  let out = '';
  for (const char of text) {
    const index = TCVN3_FROM.indexOf(char);
    out += index >= 0 ? (TCVN3_TO[index] ?? char) : char;
  }
  return out;
}

function decodeVni(text: string): string {
  vniTable ??= buildVniTable();
  const table = vniTable;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = table.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    const char = text.charAt(i);
    out += table.get(char) ?? char;
  }
  return out;
}

export type LegacyEncoding = 'tcvn3' | 'vni' | null;

export function detectLegacyEncoding(text: string): LegacyEncoding {
  if (UNICODE_ONLY.test(text)) return null;
  const tcvn = text.match(TCVN3_SIGNATURE)?.length ?? 0;
  const vni = text.match(VNI_SIGNATURE)?.length ?? 0;
  if (Math.max(tcvn, vni) < 3) return null;
  return tcvn >= vni ? 'tcvn3' : 'vni';
}

export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === 'tcvn3') return decodeTcvn3(text);
  if (encoding === 'vni') return decodeVni(text);
  return text;
}

/** Converts the whole text when it is in TCVN3 or VNI; Unicode text is returned unchanged. */
export function decodeLegacyVietnamese(text: string): string {
  return decodeLegacy(text, detectLegacyEncoding(text));
}

/** The legacy encoding a font name implies (".VnTime", ".VnTimeH" → TCVN3; "VNI-Times" → VNI). */
export function encodingOfFont(font: string): LegacyEncoding {
  if (/^\.?vn[a-z]/i.test(font) && font.startsWith('.')) return 'tcvn3';
  if (/^vni[-\s]/i.test(font)) return 'vni';
  return null;
}
