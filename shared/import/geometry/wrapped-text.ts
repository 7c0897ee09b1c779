/**
 * Lines back into paragraphs, from where they stand: a line continues the one above when the
 * first word of it would not have fitted at the end of the line above (so that line was wrapped),
 * at the same size and weight, close below it, not indented as a first line and not starting
 * with a marker ("1.", "a)", "-"). A word hyphenated at a line end is joined back.
 */
import type { TextLeaf } from '../../model';
import { startsLowercase } from '../normalize/clean-text';
import { startsWithMarker } from '../recognize/patterns';
import { lineRuns, pushRun, runsText, spaceWidth, type TextLine } from './text-lines';

/**
 * `flow`: running text of a page. `cell`: a table cell. `column`: a column of a borderless
 * block (header, nơi nhận, signature), whose lines stand alone unless a line plainly continues
 * the one above (it starts in lower case, or it continues a "- …" entry not yet ended).
 */
export type WrapMode = 'flow' | 'cell' | 'column';

export interface WrapArea {
  /** Where lines of this area start and end when full. */
  readonly left: number;
  readonly right: number;
  readonly mode: WrapMode;
  readonly centreSlack?: number;
  /** Usual distance between the tops of two lines of one paragraph at a font size; 0 when unknown. */
  readonly pitch?: (size: number) => number;
}

export interface Paragraph {
  readonly lines: TextLine[];
  readonly runs: TextLeaf[];
}

interface Step {
  readonly above: TextLine;
  readonly aboveText: string;
  readonly line: TextLine;
  readonly text: string;
  readonly paragraph: Paragraph;
  /** The area of the line above (its room at the end) and of this line (its indent). */
  readonly aboveArea: WrapArea;
  readonly area: WrapArea;
  /** Space a cell or column keeps inside its edges. */
  readonly inset: number;
}

const LIST_ENTRY = /^[-–—•+]\s/u;

/** The first word of a line, with the width it takes (its share of the first piece). */
function firstWordWidth(line: TextLine): number {
  const first = line.items[0];
  if (first === undefined) return 0;
  const text = first.text.trimStart();
  const space = text.search(/\s/);
  const word = space < 0 ? text : text.slice(0, space);
  const chars = Array.from(text).length;
  return chars === 0 ? 0 : (first.width * Array.from(word).length) / chars;
}

/**
 * Clear of both edges of its area and as far from each. Where the middle is known only roughly
 * (centreSlack), the line must also start well past a paragraph's first-line indent.
 */
export function isCentred(line: TextLine, area: Pick<WrapArea, 'left' | 'right' | 'centreSlack'>): boolean {
  const width = area.right - area.left;
  const middle = (line.left + line.right) / 2;
  const slack = area.centreSlack ?? 0;
  const clear = line.fontSize * 0.5;
  return (
    line.left > area.left + clear + 2 * slack &&
    line.right < area.right - clear &&
    Math.abs(middle - (area.left + area.right) / 2) <= width * 0.02 + 2 + slack
  );
}

/** Nearly as wide as its area. */
const isFull = (line: TextLine, area: Pick<WrapArea, 'left' | 'right'>): boolean =>
  line.right - line.left >= (area.right - area.left) * 0.9;

/** Room left at the end of the line above (on both sides of a centred one). */
function roomAfter({ above, aboveArea, inset }: Step): number {
  return isCentred(above, aboveArea)
    ? aboveArea.right - aboveArea.left - 2 * inset - (above.right - above.left)
    : aboveArea.right - inset - above.right;
}

/**
 * The first word of the line would have fitted at the end of the line above: that line ended its
 * paragraph. A centred paragraph may be narrower than its area (a trích yếu kept within indents):
 * a wide centred line followed by a centred or full one of the same kind was wrapped.
 */
function wordWouldFit(step: Step): boolean {
  const { above, line, aboveArea, area } = step;
  const wide = above.right - above.left >= (aboveArea.right - aboveArea.left) * 0.7;
  if (isCentred(above, aboveArea) && wide && (isCentred(line, area) || isFull(line, area))) return false;
  return firstWordWidth(line) + spaceWidth(line.fontSize) + line.fontSize * 0.3 <= roomAfter(step);
}

function sameSize(a: TextLine, b: TextLine): boolean {
  return Math.abs(a.fontSize - b.fontSize) <= Math.max(a.fontSize, b.fontSize) * 0.15;
}

function tooFarBelow({ above, line, area }: Step): boolean {
  if (above.page !== line.page) return false;
  const pitch = area.pitch?.(line.fontSize) ?? 0;
  return pitch > 0 ? line.top - above.top > pitch * 1.2 : line.top - above.bottom > line.fontSize * 0.75;
}

function continuesColumn({ aboveText, text, paragraph }: Step): boolean {
  if (startsLowercase(text)) return true;
  return LIST_ENTRY.test(runsText(paragraph.runs)) && !/[;,.]$/.test(aboveText) && text !== text.toUpperCase();
}

/** An indented line starts a paragraph, unless a block indented as a whole goes on at its indent. */
function indentedStart({ above, line, area, paragraph }: Step): boolean {
  const indent = line.fontSize * 0.6;
  if (isCentred(line, area) || line.left <= area.left + indent) return false;
  return !(paragraph.lines.length > 1 && Math.abs(line.left - above.left) <= indent / 2);
}

/**
 * A marker at the start of a line is the paragraph's own text when the paragraph was indented,
 * this line is not, and the line above was full: "… mỗi ý viết thành một điểm a), b)," / "c)…".
 * An item of a document that indents its paragraphs is indented too.
 */
function wrappedMarker({ above, line, aboveArea, area, paragraph }: Step): boolean {
  if (area.mode !== 'flow') return false;
  const indent = line.fontSize * 0.6;
  const first = paragraph.lines[0];
  return first !== undefined && first.left > area.left + indent && line.left <= area.left + indent && isFull(above, aboveArea);
}

/** One word filling its cell to the edge ("ST" over "T" in a narrow STT column): it goes on below. */
function brokenWord(step: Step): boolean {
  return step.area.mode === 'cell' && !/\s/.test(step.aboveText) && roomAfter(step) < step.above.fontSize * 0.3;
}

function continues(step: Step): boolean {
  const { above, line, text } = step;
  if (!sameSize(above, line)) return false;
  // A lone letter's weight is not read from a scan, so it cannot part the rest of a broken word.
  const weightParts =
    above.bold !== line.bold && !(line.bold && startsLowercase(text)) && !(brokenWord(step) && Array.from(text).length === 1);
  if (weightParts) return false;
  if ((startsWithMarker(text) && !wrappedMarker(step)) || tooFarBelow(step)) return false;
  if (step.area.mode === 'column') return continuesColumn(step);
  if (wordWouldFit(step)) return false;
  return step.area.mode === 'cell' || !indentedStart(step);
}

/**
 * How a wrapped line joins the one above: with a space, or with nothing when the line above
 * broke at a hyphen inside a word ("2021-" / "2030", "20-" / "CTr/TU": Vietnamese text is not
 * hyphenated, so the hyphen is the word's own) or inside a word too long for its column ("ST" /
 * "T" in a narrow STT column).
 */
function joiner(step: Step): string {
  if (/[\p{L}\p{N}]-$/u.test(step.aboveText) && /^[\p{L}\p{N}]/u.test(step.text)) return '';
  return brokenWord(step) ? '' : ' ';
}

function append(paragraph: Paragraph, line: TextLine, runs: readonly TextLeaf[], separator: string): void {
  const last = paragraph.runs[paragraph.runs.length - 1];
  if (last !== undefined && separator !== '') pushRun(paragraph.runs, separator, last);
  for (const run of runs) pushRun(paragraph.runs, run.text, run);
  paragraph.lines.push(line);
}

/**
 * The lines of one area (a cell, a column, or running text whose area may change from page to
 * page) as paragraphs.
 */
export function wrapParagraphs(lines: readonly TextLine[], areaOf: WrapArea | ((line: TextLine) => WrapArea)): Paragraph[] {
  const area = (line: TextLine): WrapArea => (typeof areaOf === 'function' ? areaOf(line) : areaOf);
  let inset = 0;
  if (typeof areaOf !== 'function' && areaOf.mode !== 'flow') {
    // Text in a cell or column starts a little in from its edge; the same room is kept at the end.
    inset = Infinity;
    for (const l of lines) inset = Math.min(inset, l.left - areaOf.left);
    inset = Math.max(0, Math.min(8, inset));
  }
  const out: Paragraph[] = [];
  let above: { line: TextLine; text: string } | null = null;
  for (const line of lines) {
    const runs = lineRuns(line);
    const text = runsText(runs);
    if (text === '') continue;
    const paragraph = out[out.length - 1];
    const step: Step | null =
      above === null || paragraph === undefined
        ? null
        : { above: above.line, aboveText: above.text, line, text, paragraph, aboveArea: area(above.line), area: area(line), inset };
    if (step !== null && paragraph !== undefined && continues(step)) append(paragraph, line, runs, joiner(step));
    else out.push({ lines: [line], runs: runs.map((r) => ({ ...r })) });
    above = { line, text };
  }
  return out;
}

export const paragraphText = (p: Paragraph): string => runsText(p.runs);
