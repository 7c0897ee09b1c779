/**
 * Paragraphs cut in two by a page break or by a hard line wrap, put back together. A piece that
 * starts in lower case continues the paragraph before it; a word hyphenated at the line end is
 * rejoined; a capitalised piece continues a list paragraph ("- …", "a) …") that did not end its
 * sentence, and a capitalised piece continues a section heading written in capitals.
 */
import { BULLET, LETTER_ITEM, type TextLeaf } from '../../model';
import { isUppercase, startsLowercase } from '../normalize/clean-text';
import { SECTION_HEADING, matchTypeName, startsWithMarker } from '../recognise/patterns';

export type TextParagraph =
  | { kind: 'text'; text: string; runs: TextLeaf[]; footnote: boolean; line: number }
  | { kind: 'row'; cells: string[]; line: number; blankBefore: boolean }
  | { kind: 'blank'; line: number };

type Text = TextParagraph & { kind: 'text' };

const SENTENCE_END = /[.;:!?…)”"'»]$/;
/** A section heading runs to two or three lines at most. */
const MAX_HEADING = 400;

/**
 * A paragraph being put together. Its text is kept in pieces and joined once at the end: a text
 * without structure joins into one long paragraph, and testing or growing one string at every
 * line would copy it every time (quadratic on a large paste).
 */
interface OpenParagraph {
  readonly paragraph: Text;
  readonly pieces: string[];
  length: number;
}

function joinKind(open: OpenParagraph, next: Text): 'none' | 'space' | 'hyphen' {
  const prev = open.paragraph;
  if (prev.footnote || next.footnote || startsWithMarker(next.text)) return 'none';
  const first = open.pieces[0] ?? '';
  // "KẾ HOẠCH" stands alone; the trích yếu below it may begin in lower case ("về công tác…").
  if (open.pieces.length === 1 && matchTypeName(first) !== null) return 'none';
  const tail = (open.pieces[open.pieces.length - 1] ?? '').slice(-2);
  if (/\p{L}-$/u.test(tail) && startsLowercase(next.text)) return 'hyphen';
  if (startsLowercase(next.text)) return /[.!?]$/.test(tail) ? 'none' : 'space';
  if (isUppercase(next.text)) {
    if (next.text.length >= 80 || open.length >= MAX_HEADING || SENTENCE_END.test(tail)) return 'none';
    const sofar = open.pieces.join('');
    return SECTION_HEADING.test(sofar) && isUppercase(sofar) ? 'space' : 'none';
  }
  // The markers are at the start and the rest of the line is free text: the first piece decides.
  const listParagraph = BULLET.test(first) || LETTER_ITEM.test(first);
  return listParagraph && open.length >= 60 && !SENTENCE_END.test(tail) ? 'space' : 'none';
}

function append(open: OpenParagraph, next: Text, kind: 'space' | 'hyphen'): void {
  const runs = open.paragraph.runs;
  const lastRun = runs[runs.length - 1];
  if (kind === 'hyphen') {
    const lastPiece = open.pieces.length - 1;
    open.pieces[lastPiece] = (open.pieces[lastPiece] ?? '').slice(0, -1);
    open.length -= 1;
    if (lastRun !== undefined) lastRun.text = lastRun.text.replace(/-$/, '');
  } else {
    open.pieces.push(' ');
    open.length += 1;
    if (lastRun !== undefined) lastRun.text += ' ';
  }
  open.pieces.push(next.text);
  open.length += next.text.length;
  for (const run of next.runs) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
    else runs.push({ ...run });
  }
}

export function joinBrokenLines(paragraphs: readonly TextParagraph[]): TextParagraph[] {
  const out: TextParagraph[] = [];
  const opened: OpenParagraph[] = [];
  let open: OpenParagraph | null = null;
  for (const p of paragraphs) {
    if (p.kind === 'blank') {
      out.push(p);
      continue;
    }
    if (p.kind === 'row') {
      open = null;
      out.push(p);
      continue;
    }
    const kind = open === null ? 'none' : joinKind(open, p);
    if (open !== null && kind !== 'none') {
      append(open, p, kind);
      continue;
    }
    const copy: Text = { ...p, runs: p.runs.map((r) => ({ ...r })) };
    out.push(copy);
    open = { paragraph: copy, pieces: [p.text], length: p.text.length };
    opened.push(open);
  }
  for (const { paragraph, pieces } of opened) paragraph.text = pieces.join('');
  return out;
}
