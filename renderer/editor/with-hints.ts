/**
 * Template guidance paragraphs (`hint`) are meant to be replaced: once the drafter writes in one,
 * it is their text, and the checker stops reporting it as unreplaced guidance.
 */
import type { Editor } from 'slate';
import { Element, Transforms } from 'slate';

export function withHints<T extends Editor>(editor: T): T {
  const { apply } = editor;
  editor.apply = (op) => {
    apply(op);
    if (op.type !== 'insert_text' && op.type !== 'remove_text') return;
    const index = op.path[0];
    const block = index === undefined ? undefined : editor.children[index];
    if (index !== undefined && Element.isElement(block) && block.type !== 'xref' && block.hint === true) {
      Transforms.unsetNodes(editor, 'hint', { at: [index] });
    }
  };
  return editor;
}
