/**
 * Repairs for the confusions Vietnamese OCR makes, applied only where the context leaves one
 * reading. Capital letters are set small on the line, so their marks are the first thing lost
 * ("PHO CHU TỊCH", "Nơi nhân:") or a capital is read as its lower-case twin ("Cơ QUAN"); "Phụ lục" comes glued
 * or split ("PhụlụcI", "Phụ lu c") behind a speck read as "_"; a section's "III." loses its stop.
 * Anything else is left as read: a word OCR was unsure of keeps its low confidence, so the user
 * sees it marked.
 */
import { foldWord } from '../../model/agency-names';
import { fromRoman, toRoman } from '../../model/numerals';
import { isUppercase } from '../normalize/clean-text';

/** One recognized word with its box in the page's units. */
export interface OcrWord {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  /** 0..1. */
  readonly confidence: number;
}

/**
 * Capital phrases a plan prints by rule (FORMAT.md: the national motto and the Party's name, organ
 * kinds, signing authorities and positions, the document type, "NƠI NHẬN", "PHỤ LỤC"). A run of
 * capitals that folds to one of these can only be that phrase.
 */
const CAPITAL_PHRASES: readonly string[] = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'ĐỘC LẬP - TỰ DO - HẠNH PHÚC',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'ỦY BAN NHÂN DÂN',
  'HỘI ĐỒNG NHÂN DÂN',
  'BAN THƯỜNG VỤ',
  'BAN CHẤP HÀNH',
  'BAN QUẢN LÝ',
  'TỈNH ỦY',
  'THÀNH ỦY',
  'HUYỆN ỦY',
  'ĐẢNG ỦY',
  'ĐẢNG ĐOÀN',
  'BAN CÁN SỰ ĐẢNG',
  'CƠ QUAN',
  'PHÓ CHỦ TỊCH',
  'CHỦ TỊCH',
  'PHÓ BÍ THƯ',
  'BÍ THƯ',
  'PHÓ TRƯỞNG BAN',
  'TRƯỞNG BAN',
  'PHÓ GIÁM ĐỐC',
  'GIÁM ĐỐC',
  'THỨ TRƯỞNG',
  'BỘ TRƯỞNG',
  'CHÁNH VĂN PHÒNG',
  'VĂN PHÒNG',
  'KẾ HOẠCH',
  'NƠI NHẬN',
  'PHỤ LỤC',
];

interface Phrase {
  readonly words: readonly string[];
  readonly folded: readonly string[];
}

const PHRASES: readonly Phrase[] = CAPITAL_PHRASES.map((phrase) => {
  const words = phrase.split(' ').filter((w) => foldWord(w) !== '');
  return { words, folded: words.map(foldWord) };
}).sort((a, b) => b.words.length - a.words.length);

/** Letters only, to compare a word's letters with its capitals. */

/** The text without its trailing Roman or Arabic numeral (a loop: /[IVXLC\d]+$/ rescans from each digit). */
function withoutTrailingNumeral(text: string): string {
  let end = text.length;
  while (end > 0 && /[IVXLC\d]/u.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
function letters(text: string): string {
  return Array.from(text)
    .filter((c) => c.toLowerCase() !== c.toUpperCase())
    .join('');
}

function isCapitalWord(text: string): boolean {
  const l = letters(text);
  return l !== '' && l === l.toUpperCase();
}

/** "Cơ" in a line of capitals: one capital and the rest lower case is a capital read small. */
function raiseSmallCapitals(words: OcrWord[]): OcrWord[] {
  const lineLetters = letters(words.map((w) => w.text).join(''));
  if (lineLetters.length < 4 || !isUppercase(lineLetters)) return words;
  return words.map((word, i) => {
    const l = letters(word.text);
    if (l.length < 2 || l.length > 4 || isCapitalWord(word.text)) return word;
    if (l.charAt(0) !== l.charAt(0).toUpperCase()) return word;
    const neighbours = [words[i - 1], words[i + 1]].filter((w): w is OcrWord => w !== undefined && letters(w.text) !== '');
    if (neighbours.length === 0 || !neighbours.every((w) => isCapitalWord(w.text))) return word;
    return { ...word, text: word.text.toUpperCase() };
  });
}

/** Capital runs that fold to a rule phrase take the phrase's marks ("PHO CHU TỊCH" → "PHÓ CHỦ TỊCH"). */
function restoreCapitalMarks(words: OcrWord[]): OcrWord[] {
  const out = [...words];
  for (let i = 0; i < out.length; i++) {
    for (const phrase of PHRASES) {
      const span = out.slice(i, i + phrase.words.length);
      if (span.length < phrase.words.length) continue;
      if (!span.every((w, k) => isCapitalWord(w.text) && foldWord(w.text) === phrase.folded[k])) continue;
      span.forEach((w, k) => {
        const target = phrase.words[k] ?? w.text;
        // Keep what surrounds the letters ("TỊCH," keeps its comma).
        const core = /[\p{L}\p{M}]+(?:[-/][\p{L}\p{M}]+)*/u.exec(w.text);
        if (core === null) return;
        out[i + k] = { ...w, text: w.text.slice(0, core.index) + target + w.text.slice(core.index + core[0].length) };
      });
      i += phrase.words.length - 1;
      break;
    }
  }
  return out;
}

const JUNK = /^[_\-–—.,'"`|~*:;]+$/u;
const APPENDIX_FOLDED = /^phuluc([ivxlc]{1,6}|\d{1,2})?$/;

/** Boxes for the pieces of a span split in proportion to their length. */
function splitSpan(span: readonly OcrWord[], pieces: readonly string[]): OcrWord[] {
  const first = span[0];
  const last = span[span.length - 1];
  if (first === undefined || last === undefined) return [];
  const total = pieces.reduce((sum, p) => sum + p.length + 1, -1);
  const width = last.x1 - first.x0;
  const confidence = Math.min(...span.map((w) => w.confidence));
  const y0 = Math.min(...span.map((w) => w.y0));
  const y1 = Math.max(...span.map((w) => w.y1));
  let offset = 0;
  return pieces.map((text) => {
    const x0 = first.x0 + (width * offset) / total;
    offset += text.length + 1;
    const x1 = first.x0 + (width * Math.min(total, offset - 1)) / total;
    return { text, x0, y0, x1, y1, confidence };
  });
}

/** "_ PhụlụcI", "Phụ lu c II", "PHULUC 2" at the start of a line → "Phụ lục I", "PHỤ LỤC 2". */
function repairAppendixHeading(words: OcrWord[]): OcrWord[] {
  let start = 0;
  while (start < words.length - 1 && JUNK.test(words[start]?.text ?? '')) start++;
  for (let count = 1; count <= 4 && start + count <= words.length; count++) {
    const span = words.slice(start, start + count);
    const joined = span.map((w) => foldWord(w.text)).join('');
    const match = APPENDIX_FOLDED.exec(joined);
    if (match === null) continue;
    // Stop at the shortest span that is the whole heading word(s); the next word must not be glued on.
    const capitals = isCapitalWord(withoutTrailingNumeral(span.map((w) => w.text).join('')) || 'x');
    const numeral = match[1] === undefined ? [] : [/^\d+$/.test(match[1]) ? match[1] : match[1].toUpperCase()];
    const small = !capitals && span[0]?.text.charAt(0) === span[0]?.text.charAt(0).toLowerCase();
    const pieces = [capitals ? 'PHỤ' : small ? 'phụ' : 'Phụ', capitals ? 'LỤC' : 'lục', ...numeral];
    const already = span.map((w) => w.text).join(' ');
    if (start === 0 && already.toLowerCase() === pieces.join(' ').toLowerCase()) return words;
    return [...splitSpan(span, pieces), ...words.slice(start + count)];
  }
  return words;
}

/** Marks no Vietnamese text uses, which OCR makes of specks and of what is left of a wiped rule. */
const SPECKS = /[\^_|~`]+/gu;

function dropSpecks(words: OcrWord[]): OcrWord[] {
  return words.flatMap((word) => {
    const text = word.text.replace(SPECKS, '');
    if (text === word.text) return [word];
    return text.trim() === '' ? [] : [{ ...word, text }];
  });
}

const ROMAN = /^[IVXLC]{1,5}$/u;
/**
 * What a numeral's upright strokes become when they touch or break: "II" read as "H" (the serifs
 * of two bold I's joined), "I" as "1", "l" or "|", and "I." as "L" (the stop joined to the foot of
 * the I: a plan has no fiftieth section). None of these opens a Vietnamese word; a number of ones
 * alone ("1.", "11.") is an item's number and stays.
 */
const ROMAN_STROKES = /^(?:[IVXH1l|]{1,5}\.?|[IVXH1l|]{0,4}L)$/u;

function romanOf(token: string): string | null {
  const joinedStop = token.endsWith('L') ? `${token.slice(0, -1)}I.` : token;
  const stop = joinedStop.endsWith('.') ? '.' : '';
  const numeral = joinedStop
    .slice(0, joinedStop.length - stop.length)
    .replace(/H/gu, 'II')
    .replace(/[1l|]/gu, 'I');
  if (!ROMAN.test(numeral)) return null;
  // Four bold I's ("III." with its stop read as a stroke) are no numeral; the clock-face reading
  // keeps them a section number (sections are numbered by their place, not by what is printed).
  return (fromRoman(numeral) === null && /^I+$/u.test(numeral) ? toRoman(numeral.length) : numeral) + stop;
}

/**
 * "II NHIỆM VỤ, GIẢI PHÁP", "H. MỤC TIÊU": a Roman number opening a line of capitals is a section
 * heading whose full stop OCR lost, or whose strokes it misread; the stop and the numeral are put
 * back. The number itself does not matter: sections are numbered by their place.
 */
function restoreSectionStop(words: OcrWord[]): OcrWord[] {
  const [first, ...rest] = words;
  if (first === undefined || rest.length < 1 || !ROMAN_STROKES.test(first.text) || /^1+\.?$/u.test(first.text)) return words;
  const numeral = romanOf(first.text);
  const title = rest.map((w) => w.text).join(' ');
  if (numeral === null || letters(title).length < 4 || !isUppercase(letters(title))) return words;
  return [{ ...first, text: numeral.endsWith('.') ? numeral : `${numeral}.` }, ...rest];
}

/**
 * "Nơi nhân:", "Noi nhan:": the label over the nơi nhận list (FORMAT.md), set small and italic, loses
 * the dot under its "ậ" first. Two words opening a line that fold to "noi nhan" before a colon have
 * no other reading.
 */
function restoreRecipientsLabel(words: OcrWord[]): OcrWord[] {
  const [first, second, ...rest] = words;
  if (first === undefined || second === undefined || foldWord(first.text) !== 'noi' || foldWord(second.text) !== 'nhan') return words;
  if (!second.text.endsWith(':') && rest[0]?.text !== ':') return words;
  const capitals = isCapitalWord(first.text) && isCapitalWord(second.text);
  const label = capitals ? ['NƠI', 'NHẬN'] : ['Nơi', 'nhận'];
  const colon = second.text.endsWith(':') ? ':' : '';
  return [{ ...first, text: label[0] ?? first.text }, { ...second, text: `${label[1] ?? ''}${colon}` }, ...rest];
}

/** One line's words with the certain repairs made, in reading order. */
export function repairOcrLine(words: readonly OcrWord[]): OcrWord[] {
  return restoreRecipientsLabel(restoreSectionStop(restoreCapitalMarks(raiseSmallCapitals(repairAppendixHeading(dropSpecks([...words]))))));
}
