/**
 * The plan's rules for a section's text, as Slate plugins over any editor: unique ids, references
 * as inline voids, NFC text, template guidance, lists and paste. They import only `slate`, so the
 * same composition runs in the app (over slate-react's editor) and in Node tests.
 */
import type { Editor } from 'slate';
import { withHints } from './with-hints';
import { withLists } from './with-lists';
import { withNfc } from './with-nfc';
import { withPaste } from './with-paste';
import { withUniqueIds } from './with-unique-ids';
import { withXref } from './with-xref';

export function withSectionRules<T extends Editor>(editor: T, newId: () => string = () => crypto.randomUUID()): T {
  return withPaste(withLists(withHints(withNfc(withXref(withUniqueIds(editor, newId))))), newId);
}
