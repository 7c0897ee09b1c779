/**
 * Every block keeps an id of its own: splitting a paragraph with Enter copies the id of the
 * original, and pasted blocks (from another section, or twice) carry ids that already exist, so
 * those get fresh ones. Cross-references, cloning traces and the file format rely on unique ids.
 */
import { Element, Transforms, type Editor, type Node } from 'slate';

const newUuid = (): string => crypto.randomUUID();

export function withUniqueIds<T extends Editor>(editor: T, newId: () => string = newUuid): T {
  const { normalizeNode, insertFragment } = editor;
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
  // Normalization keeps the first of two equal ids, which may be the pasted one; a pasted block
  // must never take over the id of a block that cross-references or traces point to.
  editor.insertFragment = (fragment, options) => {
    const fresh = fragment.map((node): Node => (Element.isElement(node) && node.type !== 'xref' ? { ...node, id: newId() } : node));
    insertFragment(fresh, options);
  };
  return editor;
}
