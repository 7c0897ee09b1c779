/**
 * Lists as in a word processor: Enter on an empty item or bullet ends the list (the block becomes a
 * paragraph), Enter after a heading item starts a paragraph, Backspace at the start of an item or
 * bullet removes its number first, and "- ", "+ ", "1. ", "1.1. ", "a) " typed at the start of a
 * paragraph turn it into that kind of block.
 *
 * The automatic list is applied as its own step after the typed space has been recorded, as Word
 * does: undo right after it gives back the literal "- " typed, and typing on does not convert again.
 */
import { Editor, Element, Range, Transforms } from 'slate';
import type { Block } from '../../shared/model';
import { kindFromTypedMarker, type BlockKind } from '../../shared/model/ops';
import { atBlockStart, blockIsEmpty, setKind } from './block-commands';

interface PendingList {
  readonly blockId: string;
  readonly marker: string;
  readonly kind: BlockKind;
}

const PENDING_LIST = new WeakMap<Editor, PendingList>();

function topIndex(editor: Editor): number | null {
  const { selection } = editor;
  if (selection === null || !Range.isCollapsed(selection)) return null;
  return selection.anchor.path[0] ?? null;
}

export function withLists<T extends Editor>(editor: T): T {
  const { insertBreak, deleteBackward, insertText } = editor;

  editor.insertBreak = () => {
    const index = topIndex(editor);
    const block = index === null ? undefined : editor.children[index];
    if (index !== null && Element.isElement(block) && block.type !== 'paragraph' && block.type !== 'xref' && blockIsEmpty(editor, index)) {
      setKind(editor, index, { type: 'paragraph' });
      return;
    }
    insertBreak();
    const after = topIndex(editor);
    const next = after === null ? undefined : editor.children[after];
    if (after === null || !Element.isElement(next) || next.type === 'xref' || !blockIsEmpty(editor, after)) return;
    if (next.hint === true) Transforms.unsetNodes(editor, 'hint', { at: [after] });
    if (next.type === 'item' && next.heading) setKind(editor, after, { type: 'paragraph' });
  };

  editor.deleteBackward = (unit) => {
    const index = topIndex(editor);
    const block = index === null ? undefined : editor.children[index];
    if (index !== null && Element.isElement(block) && (block.type === 'item' || block.type === 'bullet') && atBlockStart(editor, index)) {
      setKind(editor, index, { type: 'paragraph' });
      return;
    }
    deleteBackward(unit);
  };

  editor.insertText = (text, options) => {
    insertText(text, options);
    const index = topIndex(editor);
    const block = index === null ? undefined : editor.children[index];
    if (text !== ' ' || index === null || !Element.isElement(block) || block.type !== 'paragraph' || editor.selection === null) return;
    const typed = Editor.string(editor, { anchor: Editor.start(editor, [index]), focus: editor.selection.anchor });
    const kind = kindFromTypedMarker(typed, editor.children as Block[], index);
    if (kind !== null) PENDING_LIST.set(editor, { blockId: block.id, marker: typed, kind });
  };

  return editor;
}

/**
 * Applies the automatic list asked for by the last typed space, if the text is still as typed.
 * Returns true when it changed the editor (a new change follows, to be recorded as its own step).
 */
export function applyPendingList(editor: Editor): boolean {
  const pending = PENDING_LIST.get(editor);
  PENDING_LIST.delete(editor);
  if (pending === undefined) return false;
  const index = editor.children.findIndex((node) => Element.isElement(node) && node.type !== 'xref' && node.id === pending.blockId);
  if (index < 0 || !Editor.string(editor, [index]).startsWith(pending.marker)) return false;
  Editor.withoutNormalizing(editor, () => {
    const start = Editor.start(editor, [index]);
    const end = Editor.after(editor, start, { distance: pending.marker.length }) ?? start;
    Transforms.delete(editor, { at: { anchor: start, focus: end } });
    setKind(editor, index, pending.kind);
  });
  return true;
}
