/**
 * Text repair common to every reader: Unicode NFC, stray control and zero-width characters,
 * non-breaking and repeated spaces, and the TeX symbols that PDF-to-text tools leave ("\geq").
 */
import { editDistance, ownEntry } from '../../model';

const TEX_SYMBOLS: Readonly<Record<string, string>> = {
  geq: '≥',
  ge: '≥',
  leq: '≤',
  le: '≤',
  neq: '≠',
  ne: '≠',
  times: '×',
  pm: '±',
  approx: '≈',
  rightarrow: '→',
  to: '→',
  cdot: '·',
  div: '÷',
  '%': '%',
  infty: '∞',
};

export function replaceTex(text: string): string {
  return text
    .replace(/\$?\\([a-z]+|%)\b\$?/gi, (match, name: string) => ownEntry(TEX_SYMBOLS, name.toLowerCase()) ?? match)
    .replace(/\$\s*([≥≤≠×±≈→·÷∞%])\s*\$/g, '$1');
}

/** One line: NFC, no control characters, single spaces, trimmed. */
export function cleanLine(text: string): string {
  return cleanFragment(text).trim();
}

/** Like cleanLine, but keeps the spaces at both ends (a run inside a line). */
export function cleanFragment(text: string): string {
  return (
    replaceTex(text.normalize('NFC'))
      .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
      // Control characters come from broken extractions and would corrupt the DOCX XML.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\u00a0\u2000-\u200a\u202f\u3000]/g, ' ')
      .replace(/[\t ]{2,}/g, ' ')
  );
}

const VIETNAMESE_LOWER = /^[a-zàáâãèéêìíòóôõùúýăđĩũơưạ-ỹ]/u;

export function startsLowercase(text: string): boolean {
  return VIETNAMESE_LOWER.test(text);
}

/** Share of letters that are capitals: headings and organ names are written in capitals. */
export function upperRatio(text: string): number {
  const letters = Array.from(text).filter((c) => c.toLowerCase() !== c.toUpperCase());
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toUpperCase()).length / letters.length;
}

export function isUppercase(text: string): boolean {
  return upperRatio(text) >= 0.85;
}

/** Lower case without diacritics, đ → d, punctuation to single spaces: for tolerant comparison. */
export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/**
 * `similarity(a, b) >= threshold`, without finishing the edit distance once it is sure to be too
 * far: a page of long rows compared with a short header stops after a few characters.
 */
export function isSimilar(a: string, b: string, threshold: number): boolean {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return true;
  // Any distance up to the limit is exact; past it editDistance answers limit + 1, still too far.
  const limit = Math.ceil((1 - threshold) * longest);
  return 1 - editDistance(a, b, limit) / longest >= threshold;
}
