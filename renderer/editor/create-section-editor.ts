/** A section's Slate editor with the plan's rules for text, lists, references and paste. */
import { createEditor, Editor } from 'slate';
import { withReact, type ReactEditor } from 'slate-react';
import { withSectionRules } from './section-rules';

/**
 * Blocks per lowest-level chunk. Slate suggests 1000 for huge documents; a section has a few
 * hundred blocks, and measured on a 300-block section (about 60 pages) chunks of 20 kept a
 * keystroke's commit near 8 ms where no chunking took over 20 ms.
 */
export const CHUNK_SIZE = 20;

export function createSectionEditor(): Editor & ReactEditor {
  const editor = withSectionRules(withReact(createEditor()));
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  // Text typed between two runs takes the formatting of the run before it, as in Word: typing at
  // the start of a bold word after plain text is plain, at the end of a bold word bold.
  editor.leafEdgeAffinity = () => 'backward';
  return editor;
}
