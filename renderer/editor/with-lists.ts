/**
 * Lists as in a word processor: Enter on an empty item or bullet ends the list (the block becomes a
 * paragraph), Enter after a heading item starts a paragraph, Backspace at the start of an item or
 * bullet removes its number first, and "- ", "+ ", "1. ", "1.1. ", "a) " typed at the start of a
 * paragraph turn it into that kind of block.
 *
 * The automatic list is applied in the same change as the typed space (a later change would race
 * with the keys typed next), but the text as typed is kept aside so the document store can record
 * it as a step of its own, as Word does: undo right after the conversion gives back the literal
 * "- ", and typing on does not convert again.
 */
import { Editor, Element, Range, Transforms, type Descendant } from 'slate';
import type { Block } from '../../shared/model';
import { kindFromTypedMarker } from '../../shared/edit/block-kinds';
import { atBlockStart, blockIsEmpty, setKind } from './block-commands';

/** The section's content just before a typed marker was turned into a list. */
export interface TypedBeforeList {
  readonly children: Descendant[];
  readonly selection: Range | null;
}

const TYPED_BEFORE_LIST = new WeakMap<Editor, TypedBeforeList>();

/** The content as typed before the last automatic list, once (then forgotten). */
export function takeTypedBeforeList(editor: Editor): TypedBeforeList | undefined {
  const typed = TYPED_BEFORE_LIST.get(editor);
  TYPED_BEFORE_LIST.delete(editor);
  return typed;
}

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
    if (kind === null) return;
    TYPED_BEFORE_LIST.set(editor, { children: editor.children, selection: editor.selection });
    Editor.withoutNormalizing(editor, () => {
      const start = Editor.start(editor, [index]);
      const end = Editor.after(editor, start, { distance: typed.length }) ?? start;
      Transforms.delete(editor, { at: { anchor: start, focus: end } });
      setKind(editor, index, kind);
    });
  };

  return editor;
}
