/** Cross-references are inline voids: their text is computed, never typed into. */
import type { Editor } from 'slate';

export function withXref<T extends Editor>(editor: T): T {
  const { isInline, isVoid } = editor;
  editor.isInline = (element) => element.type === 'xref' || isInline(element);
  editor.isVoid = (element) => element.type === 'xref' || isVoid(element);
  return editor;
}
