/**
 * Paste keeps structure where it can: Slate's own fragments go in as they are (with fresh ids),
 * HTML from Word or a browser and plain text become paragraphs, numbered items and bullets with
 * their marks (see shared/paste/pasted-blocks.ts). One line pasted into text stays text.
 */
import { Editor, Element, Node, Transforms } from 'slate';
import type { Block } from '../../shared/model';
import { itemLevelAt, kindOf } from '../../shared/edit/block-kinds';
import { blocksFromPastedLines, linesFromPlainText, type PastedLine } from '../../shared/paste/pasted-blocks';
import { setKind } from './block-commands';
import { linesFromHtml } from './word-html';

const SLATE_FRAGMENT = 'application/x-slate-fragment';

/** True when the caret is in an empty paragraph, which a paste may turn into another kind. */
function inEmptyParagraph(editor: Editor): number | null {
  const index = editor.selection?.anchor.path[0];
  const current = index === undefined ? undefined : editor.children[index];
  return index !== undefined && Element.isElement(current) && current.type === 'paragraph' && Node.string(current) === '' ? index : null;
}

function leavesOf(line: PastedLine): PastedLine['runs'] {
  return line.runs.map((run) => ({ ...run, text: run.text.normalize('NFC') }));
}

export function withPaste<T extends Editor>(editor: T, newId: () => string = () => crypto.randomUUID()): T {
  const { insertData } = editor;
  editor.insertData = (data) => {
    if (data.types.includes(SLATE_FRAGMENT)) {
      insertData(data);
      return;
    }
    const html = data.getData('text/html');
    const lines: PastedLine[] = html !== '' ? linesFromHtml(html) : linesFromPlainText(data.getData('text/plain'));
    if (lines.length === 0) return;
    const empty = inEmptyParagraph(editor);
    const [line] = lines;
    // One line pasted into text is text: a "1." or "-" in it is what the user copied, not a list.
    if (line !== undefined && lines.length === 1 && empty === null) {
      Transforms.insertFragment(editor, [{ type: 'paragraph', id: newId(), children: leavesOf(line).map((run) => ({ ...run })) }]);
      return;
    }
    const index = editor.selection?.anchor.path[0] ?? 0;
    const blocks = blocksFromPastedLines(lines, newId, itemLevelAt(editor.children as Block[], index, 'decimal'));
    const [first] = blocks;
    if (first === undefined) return;
    Editor.withoutNormalizing(editor, () => {
      // Pasting into an empty paragraph gives it the kind of the first pasted block, as Word does;
      // otherwise the first pasted line joins the text at the caret.
      if (empty !== null) setKind(editor, empty, kindOf(first));
      Transforms.insertFragment(editor, blocks);
    });
  };
  return editor;
}
