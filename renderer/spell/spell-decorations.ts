/**
 * Misspellings as Slate ranges. A block's adjacent text leaves are checked as one text, so a word
 * split by formatting ("Vi" bold + "ệt") is read whole; an inline element (a cross-reference) ends
 * the run. The word the caret touches is left unmarked: it is still being typed, and changing the
 * leaves under an input method's composition would disturb it.
 */
import { Editor, Element, Range, Text, type Path, type Point } from 'slate';
import type { Misspelling } from '../../shared/spell';

export type CheckText = (text: string) => readonly Misspelling[];

/** A decoration: Slate copies `misspelled` onto the leaves it covers. */
export type MisspelledRange = Range & { readonly misspelled: true };

interface Piece {
  readonly path: Path;
  readonly start: number;
  readonly end: number;
}

interface TextRun {
  readonly text: string;
  readonly pieces: readonly Piece[];
}

function textRuns(element: Element, path: Path): TextRun[] {
  const runs: TextRun[] = [];
  let pieces: Piece[] = [];
  let text = '';
  const close = (): void => {
    if (pieces.length > 0) runs.push({ text, pieces });
    pieces = [];
    text = '';
  };
  element.children.forEach((child, index) => {
    if (!Text.isText(child)) {
      close();
      return;
    }
    pieces.push({ path: [...path, index], start: text.length, end: text.length + child.text.length });
    text += child.text;
  });
  close();
  return runs;
}

/** The point at `offset` of the run; a word's start belongs to the leaf it begins in, its end to the leaf it ends in. */
function pointAt(run: TextRun, offset: number, edge: 'start' | 'end'): Point {
  const piece = run.pieces.find((p) => (edge === 'start' ? offset < p.end : offset <= p.end)) ?? run.pieces.at(-1);
  if (piece === undefined) throw new Error('pointAt on an empty run');
  return { path: piece.path, offset: offset - piece.start };
}

function rangesOf(element: Element, path: Path, check: CheckText): { range: Range; word: string }[] {
  return textRuns(element, path).flatMap((run) =>
    check(run.text).map((m) => ({ range: { anchor: pointAt(run, m.start, 'start'), focus: pointAt(run, m.end, 'end') }, word: m.word })),
  );
}

/** Slate's `decorate` for one node entry: ranges on the misspelled words of an element's text. */
export function spellDecorations([node, path]: [unknown, Path], check: CheckText, caret: Point | null): MisspelledRange[] {
  if (!Element.isElement(node)) return [];
  return rangesOf(node, path, check)
    .filter(({ range }) => caret === null || !Range.includes(range, caret))
    .map(({ range }) => ({ ...range, misspelled: true }));
}

/** The misspelled word at `point` (a right-click), with its range. */
export function misspellingAt(editor: Editor, point: Point, check: CheckText): { range: Range; word: string } | null {
  const block = Editor.above(editor, { at: point, match: (n): n is Element => Element.isElement(n) && Editor.isBlock(editor, n) });
  if (block === undefined) return null;
  return rangesOf(block[0], block[1], check).find(({ range }) => Range.includes(range, point)) ?? null;
}

/** The collapsed caret, if any: the word it touches is not marked. */
export function caretOf(editor: Editor): Point | null {
  return editor.selection !== null && Range.isCollapsed(editor.selection) ? editor.selection.focus : null;
}
