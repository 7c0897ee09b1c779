/**
 * The model only ever holds NFC text. Whatever put decomposed text into a leaf (an input method
 * sending a base letter and its combining marks one by one, a paste, a drop), the leaf is fixed
 * with the smallest replacement, so the caret stays where it was relative to the text.
 *
 * Composition is left alone: Slate applies no operation while an IME composes (the text lives in
 * the DOM until compositionend), so normalization never touches a syllable being composed; the
 * committed syllable is fixed when Slate inserts it.
 */
import { Editor, Path, Text, Transforms, type Point } from 'slate';
import { nfcFix, offsetAfterNfcFix, type NfcFix } from '../../shared/paste/nfc-text';

function movedPoint(point: Point, path: Path, fix: NfcFix): Point {
  return Path.equals(point.path, path) ? { path, offset: offsetAfterNfcFix(fix, point.offset) } : point;
}

export function withNfc<T extends Editor>(editor: T): T {
  const { normalizeNode, insertText } = editor;
  editor.insertText = (text, options) => {
    insertText(text.normalize('NFC'), options);
  };
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Text.isText(node)) {
      const fix = nfcFix(node.text);
      if (fix !== null) {
        const selection = editor.selection;
        Editor.withoutNormalizing(editor, () => {
          Transforms.delete(editor, {
            at: { anchor: { path, offset: fix.offset }, focus: { path, offset: fix.offset + fix.removed.length } },
          });
          Transforms.insertText(editor, fix.inserted, { at: { path, offset: fix.offset } });
          // The caret keeps its place in the text: after the decomposed sequence it is after the
          // composed letter, before it it stays before.
          if (selection !== null)
            Transforms.select(editor, { anchor: movedPoint(selection.anchor, path, fix), focus: movedPoint(selection.focus, path, fix) });
        });
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}
