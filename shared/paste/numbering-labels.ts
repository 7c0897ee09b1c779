/**
 * Numbers written as text in pasted tables ("I", "1.", "1.2", "a)", "-", "+"). The app computes
 * numbers from position, so a pasted number is not kept as text: it tells the row's level instead.
 */
import type { Appendix, RowNumbering } from '../model/appendix.schema';
import { levelStyle } from '../model/appendix-numbering';
import { fromRoman, VIETNAMESE_LETTERS } from '../model/numerals';

export interface NumberLabel {
  readonly numbering: RowNumbering;
  /** Number of parts of an outline number ("1.2.3" → 3); 1 otherwise. */
  readonly depth: number;
}

const OUTLINE = /^\d{1,3}(?:\.\d{1,3})+\.?$/;
const ARABIC = /^\d{1,3}\.?$/;
const ROMAN = /^[IVXLC]+\.?$/;
const LETTER = /^([a-zđ])[.)]?$/;

/** What an STT cell holds, or null when it is not a number of any kind. */
export function readNumberLabel(text: string): NumberLabel | null {
  const label = text.trim().normalize('NFC');
  if (label === '-' || label === '–' || label === '•') return { numbering: 'dash', depth: 1 };
  if (label === '+') return { numbering: 'plus', depth: 1 };
  if (OUTLINE.test(label)) return { numbering: 'outline', depth: label.replace(/\.$/, '').split('.').length };
  if (ARABIC.test(label)) return { numbering: 'arabic', depth: 1 };
  if (ROMAN.test(label) && fromRoman(label.replace(/\.$/, '')) !== null) return { numbering: 'roman', depth: 1 };
  const letter = LETTER.exec(label)?.[1];
  if (letter !== undefined && VIETNAMESE_LETTERS.includes(letter)) return { numbering: 'letter', depth: 1 };
  return null;
}

/** A number typed at the start of a cell's text: "1. Xây dựng…", "a) Rà soát…", "- Công nghiệp". */
const LEADING = /^(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|[IVXLC]+\.|[a-zđ]\)|[-–+•])\s+/u;

export function splitLeadingLabel(text: string): { label: NumberLabel | null; rest: string } {
  const match = LEADING.exec(text);
  const label = match?.[1] === undefined ? null : readNumberLabel(match[1]);
  if (match === null || label === null) return { label: null, rest: text };
  return { label, rest: text.slice(match[0].length) };
}

/** The level whose numbering writes a label like this one, or null when the appendix has none. */
export function levelForLabel(appendix: Pick<Appendix, 'levels'>, label: NumberLabel): number | null {
  const count = appendix.levels.length;
  if (label.numbering === 'outline' || (label.numbering === 'arabic' && !appendix.levels.some((l) => l.numbering === 'arabic'))) {
    const level = label.depth - 1;
    return levelStyle(appendix, level).numbering === 'outline' ? Math.min(level, 4) : null;
  }
  for (let level = 0; level < count; level++) {
    if (appendix.levels[level]?.numbering === label.numbering) return level;
  }
  return null;
}
