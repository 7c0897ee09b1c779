/**
 * Word's automatic numbering (numbering.xml) turned into the label Word draws: w:num → abstractNum
 * levels (w:start, w:numFmt, w:lvlText "%1.%2."), with counters kept as Word keeps them.
 */
import type { Element } from '@xmldom/xmldom';
import { toRoman } from '../../model';
import type { DocxNumbering } from './types';
import { attr, child, children, numberAttr, parseXml } from './xml';

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
    const index = numberAttr(lvl, 'ilvl') ?? 0;
    levels[index] = {
      start: numberAttr(child(lvl, 'start'), 'val') ?? 1,
      format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
      text: attr(child(lvl, 'lvlText'), 'val') ?? '',
    };
  }
  return levels;
}

function letters(n: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  return (alphabet[(n - 1) % 26] ?? 'a').repeat(Math.floor((n - 1) / 26) + 1);
}

function formatCounter(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return toRoman(value).toLowerCase();
    case 'upperRoman':
      return toRoman(value);
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
        const index = numberAttr(override, 'ilvl') ?? 0;
        const replaced = child(override, 'lvl');
        const base = replaced === null ? levels[index] : readLevels(override)[index];
        const start = numberAttr(child(override, 'startOverride'), 'val');
        if (base !== undefined) levels[index] = start === null ? base : { ...base, start };
      }
      this.nums.set(numId, { counterKey: overrides.length > 0 ? `num:${numId}` : `abstract:${abstractId}`, levels });
    }
  }

  /** Advances the counters for one numbered paragraph and returns its label, or null. */
  next(numId: string, level: number): DocxNumbering | null {
    const def = this.nums.get(numId);
    const lvl = def?.levels[level];
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
    return { numId, level, format: lvl.format, label };
  }
}
