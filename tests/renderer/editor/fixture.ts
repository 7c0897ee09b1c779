/**
 * Slate-style fixtures for the section editor's plugins: each case is a file exporting `fixture`
 * with the blocks and selection before (`input`), what the user did (`run`), and the blocks and
 * selection after (`output`). The editor is the app's composition (withSectionRules) over Slate's
 * plain editor, with ids numbered new-1, new-2… so that the output can be written down.
 */
import { createEditor, type Descendant, type Editor, type Range } from 'slate';
import type { Block, ItemMarker, TextLeaf } from '../../../shared/model';
import { withSectionRules } from '../../../renderer/editor/section-rules';

export interface EditorState {
  readonly children: Descendant[];
  readonly selection: Range | null;
}

export interface EditorFixture {
  readonly input: EditorState;
  readonly run: (editor: Editor) => void;
  readonly output: EditorState;
  /** More to check after `run`, beyond the blocks and the selection. */
  readonly check?: (editor: Editor) => void;
}

export function fixtureEditor(input: EditorState): Editor {
  let next = 0;
  // slate-react would add insertData; its own fragment format is not what these cases paste.
  const base = createEditor();
  base.insertData = () => {
    throw new Error('Slate fragments are pasted by slate-react, not by the plan rules');
  };
  const editor = withSectionRules(base, () => `new-${String(++next)}`);
  editor.children = structuredClone(input.children);
  editor.selection = input.selection === null ? null : structuredClone(input.selection);
  return editor;
}

type Leaves = string | TextLeaf[];
const leaves = (text: Leaves): TextLeaf[] => (typeof text === 'string' ? [{ text }] : text);

export const para = (id: string, text: Leaves, hint?: true): Block => ({
  type: 'paragraph',
  id,
  children: leaves(text),
  ...(hint === undefined ? {} : { hint }),
});

export const item = (id: string, level: number, marker: ItemMarker, text: Leaves, heading = false): Block => ({
  type: 'item',
  id,
  level,
  marker,
  heading,
  children: leaves(text),
});

export const bullet = (id: string, level: number, text: Leaves): Block => ({ type: 'bullet', id, level, children: leaves(text) });

/** A collapsed selection in block `block`, leaf `leaf`, at `offset`. */
export function caret(block: number, offset: number, leaf = 0): Range {
  const point = { path: [block, leaf], offset };
  return { anchor: point, focus: point };
}

/** What a paste hands the editor: the clipboard's formats and their data. */
export function clipboard(data: Readonly<Record<string, string>>): DataTransfer {
  return { types: Object.keys(data), getData: (type: string) => data[type] ?? '' } as unknown as DataTransfer;
}
