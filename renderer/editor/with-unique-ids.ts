/**
 * Every block keeps an id of its own: splitting a paragraph with Enter or pasting blocks copies
 * the id of the original, so the copy gets a fresh one. Cross-references, cloning traces and the
 * file format rely on ids being unique.
 */
import { Element, Transforms, type Editor } from 'slate';

export function withUniqueIds<T extends Editor>(editor: T, newId: () => string = () => crypto.randomUUID()): T {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    const [, path] = entry;
    if (path.length === 0) {
      const seen = new Set<string>();
      for (const [index, child] of editor.children.entries()) {
        if (!Element.isElement(child) || child.type === 'xref') continue;
        if (seen.has(child.id)) {
          Transforms.setNodes(editor, { id: newId() }, { at: [index] });
          return;
        }
        seen.add(child.id);
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}
