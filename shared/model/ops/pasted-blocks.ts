/**
 * Pasted text becomes body blocks: one block per line or paragraph, with the markers that Word's
 * lists or a typist wrote ("1.", "1.1.", "a)", "-", "+") read as item and bullet kinds and stripped
 * from the text, since the editor computes every number itself. The clipboard's HTML is read into
 * `PastedLine`s in the renderer; this part is pure so it can be tested on its own.
 */
import { matchItem, matchLabel, type ItemMatch } from '../item-markers';
import type { Block } from '../body.schema';
import type { TextLeaf } from '../inline.schema';
import { MAX_BULLET_LEVEL, MAX_ITEM_LEVEL } from './block-kinds';

export interface PastedRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

export interface PastedLine {
  readonly runs: readonly PastedRun[];
  /** The number or bullet Word drew for a list paragraph ("1.", "a)", "-", "•"), without the text. */
  readonly listLabel?: string;
  /** Word's list level (mso-list "level2" → 2) or the nesting depth of an HTML list. */
  readonly listLevel?: number;
}

/** Plain text: one line per line, blank lines dropped. */
export function linesFromPlainText(text: string): PastedLine[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ runs: [{ text: line }] }));
}

const sameMarks = (a: PastedRun, b: PastedRun): boolean => a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;

function leaf(run: PastedRun): TextLeaf {
  return {
    text: run.text.normalize('NFC'),
    ...(run.bold === true ? { bold: true } : {}),
    ...(run.italic === true ? { italic: true } : {}),
    ...(run.underline === true ? { underline: true } : {}),
  };
}

/** Runs with the first `count` characters dropped, outer spaces trimmed and equal marks merged. */
function content(runs: readonly PastedRun[], count: number): TextLeaf[] {
  let skip = count;
  const kept: PastedRun[] = [];
  for (const run of runs) {
    const text = run.text.slice(Math.min(skip, run.text.length));
    skip = Math.max(0, skip - run.text.length);
    if (text === '') continue;
    const last = kept[kept.length - 1];
    if (last !== undefined && sameMarks(last, run)) kept[kept.length - 1] = { ...last, text: last.text + text };
    else kept.push({ ...run, text });
  }
  const first = kept[0];
  if (first !== undefined) kept[0] = { ...first, text: first.text.trimStart() };
  const last = kept[kept.length - 1];
  if (last !== undefined) kept[kept.length - 1] = { ...last, text: last.text.trimEnd() };
  const leaves = kept.filter((run) => run.text !== '').map(leaf);
  return leaves.length > 0 ? leaves : [{ text: '' }];
}

/** Symbol bullets Word draws (Symbol and Wingdings glyphs among them); "-" and "+" read as ours. */
const WORD_BULLETS = /^[•●▪◦∙·o§Øü\uf0b7\uf0a7\uf0d8\uf076]$/u;

function matchWordLabel(label: string, line: PastedLine, text: string): ItemMatch | null {
  const trimmed = label.trim();
  if (WORD_BULLETS.test(trimmed)) return { kind: 'bullet', level: Math.min(line.listLevel ?? 1, MAX_BULLET_LEVEL) === 2 ? 2 : 1, text };
  return matchLabel(trimmed, text);
}

/**
 * The blocks of pasted lines. `decimalLevelBefore` is the level of the decimal item before the
 * paste, so pasted "a)" points go under it as the importer would put them.
 */
export function blocksFromPastedLines(lines: readonly PastedLine[], newId: () => string, decimalLevelBefore = 1): Block[] {
  let decimalLevel = decimalLevelBefore;
  const blocks: Block[] = [];
  for (const line of lines) {
    const plain = line.runs.map((r) => r.text).join('');
    const leading = plain.length - plain.trimStart().length;
    const text = plain.trim();
    const label = line.listLabel ?? '';
    const match = label === '' ? matchItem(text) : matchWordLabel(label, line, text);
    const id = newId();
    if (match === null) {
      blocks.push({ type: 'paragraph', id, children: content(line.runs, 0) });
      continue;
    }
    // A literal marker typed in the text is dropped with it; Word's own label is not in the runs.
    const children = content(line.runs, label === '' ? leading + text.length - match.text.length : 0);
    if (match.kind === 'bullet') {
      blocks.push({ type: 'bullet', id, level: match.level, children });
      continue;
    }
    const level =
      match.kind === 'decimal'
        ? Math.min(match.depth > 1 ? match.depth : (line.listLevel ?? 1), MAX_ITEM_LEVEL)
        : Math.min(decimalLevel + 1, MAX_ITEM_LEVEL);
    if (match.kind === 'decimal') decimalLevel = level;
    // A numbered line written all in bold is a heading item ("1. Mục tiêu"), as the importer reads it.
    const heading = match.kind === 'decimal' && children.every((c) => c.bold === true);
    blocks.push({ type: 'item', id, level, marker: match.kind === 'letter' ? 'letter' : 'decimal', heading, children });
  }
  return blocks;
}
