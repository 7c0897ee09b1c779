/**
 * Word's automatic numbering (numbering.xml) turned into the label Word draws: w:num → abstractNum
 * levels (w:start, w:numFmt, w:lvlText "%1.%2."), with counters kept as Word keeps them. Every
 * number comes from the file, so each is bounded: a list "a)" started at 2,000,000,000 would
 * otherwise spell an 82-million-letter label on every paragraph.
 */
import type { Element } from '@xmldom/xmldom';
import { clip, toRoman } from '../../model';
import type { DocxNumbering } from './types';
import { attr, child, children, numberAttr, parseXml } from './xml';

/** Levels 0-8, as in Word. */
const MAX_LEVELS = 9;
/** Word's own limit on a list's start value (its dialog refuses more). */
const MAX_START = 32767;
/**
 * No real label is longer ("1.1.1.1.1.", "Điều 125.", "aaa)"); a label is cut there, and a letter
 * counter stops repeating its letter there, so one paragraph's label is bounded whatever the file says.
 */
export const MAX_LABEL_CHARS = 64;

/** An integer the file gives for a level or a start, within [min, max]; null when it gives none. */
function boundedInteger(value: number | null, min: number, max: number): number | null {
  return value === null ? null : Math.min(max, Math.max(min, Math.trunc(value)));
}

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

interface NumDef {
  /** Counters are shared by every w:num of one abstractNum unless the num overrides a start. */
  readonly counterKey: string;
  readonly levels: readonly (Level | undefined)[];
}

function readLevels(el: Element): (Level | undefined)[] {
  const levels: (Level | undefined)[] = [];
  for (const lvl of children(el, 'lvl')) {
    const index = levelIndex(lvl);
    if (index === null) continue;
    levels[index] = {
      start: boundedInteger(numberAttr(child(lvl, 'start'), 'val'), 0, MAX_START) ?? 1,
      format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
      text: (attr(child(lvl, 'lvlText'), 'val') ?? '').slice(0, MAX_LABEL_CHARS),
    };
  }
  return levels;
}

/** The w:ilvl of an element, or null when it names no level Word has. */
function levelIndex(el: Element): number | null {
  const index = numberAttr(el, 'ilvl') ?? 0;
  return Number.isInteger(index) && index >= 0 && index < MAX_LEVELS ? index : null;
}

/** "a" … "z", then "aa" … "zz" as Word counts; the repeat stops at the label's cap. */
function letters(n: number): string {
  if (n < 1) return '';
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  return (alphabet[(n - 1) % 26] ?? 'a').repeat(Math.min(Math.floor((n - 1) / 26) + 1, MAX_LABEL_CHARS));
}

/** Roman numerals exist from 1 to 3999; Word writes other values as digits. */
function roman(n: number): string {
  return n >= 1 && n <= 3999 ? toRoman(n) : String(n);
}

function formatCounter(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(value);
  }
}

export class NumberingState {
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, number[]>();

  constructor(source: string | null) {
    if (source === null) return;
    const root = parseXml(source, 'word/numbering.xml');
    const abstracts = new Map<string, (Level | undefined)[]>();
    for (const el of children(root, 'abstractNum')) abstracts.set(attr(el, 'abstractNumId') ?? '', readLevels(el));
    for (const num of children(root, 'num')) {
      const numId = attr(num, 'numId') ?? '';
      const abstractId = attr(child(num, 'abstractNumId'), 'val') ?? '';
      const levels = [...(abstracts.get(abstractId) ?? [])];
      const overrides = children(num, 'lvlOverride');
      for (const override of overrides) {
        const index = levelIndex(override);
        if (index === null) continue;
        const replaced = child(override, 'lvl');
        const base = replaced === null ? levels[index] : readLevels(override)[index];
        const start = boundedInteger(numberAttr(child(override, 'startOverride'), 'val'), 0, MAX_START);
        if (base !== undefined) levels[index] = start === null ? base : { ...base, start };
      }
      this.nums.set(numId, { counterKey: overrides.length > 0 ? `num:${numId}` : `abstract:${abstractId}`, levels });
    }
  }

  /** Advances the counters for one numbered paragraph and returns its label, or null. */
  next(numId: string, level: number): DocxNumbering | null {
    const def = this.nums.get(numId);
    const lvl = Number.isInteger(level) && level >= 0 && level < MAX_LEVELS ? def?.levels[level] : undefined;
    if (def === undefined || lvl === undefined) return null;
    const counters = this.counters.get(def.counterKey) ?? [];
    counters[level] = counters[level] === undefined ? lvl.start : counters[level] + 1;
    counters.length = level + 1;
    this.counters.set(def.counterKey, counters);
    const label =
      lvl.format === 'bullet'
        ? lvl.text
        : lvl.text.replace(/%(\d)/g, (_, d: string) => {
            const index = Number(d) - 1;
            const ref = def.levels[index];
            return formatCounter(counters[index] ?? ref?.start ?? 1, ref?.format ?? 'decimal');
          });
    return { numId, level, format: lvl.format, label: label.length <= MAX_LABEL_CHARS ? label : clip(label, MAX_LABEL_CHARS).slice(0, -1) };
  }
}
