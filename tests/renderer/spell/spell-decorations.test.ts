/**
 * The editor's spelling decorations on a Slate value, without a DOM: ranges over the misspelled
 * words of each block, across formatting leaves, broken by cross-references, never on the word
 * being typed.
 */
import { createEditor, type Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import { findMisspellings } from '../../../shared/spell';
import '../../../renderer/editor/slate-types';
import { caretOf, misspellingAt, spellDecorations } from '../../../renderer/spell/spell-decorations';
import { spellLeafClassName } from '../../../renderer/spell/spell-leaf';

const check = (text: string): ReturnType<typeof findMisspellings> => findMisspellings(text, { userWords: ['Agribank'] });

function editorWith(blocks: Block[]): Editor {
  const editor = createEditor();
  editor.isInline = (element) => element.type === 'xref';
  editor.children = blocks;
  return editor;
}

const paragraph = (id: string, children: Block['children']): Block => ({ type: 'paragraph', id, children });

describe('spellDecorations', () => {
  it('marks the misspelled words of a block, and only those', () => {
    const editor = editorWith([paragraph('p1', [{ text: 'Vieejt Nam, Agribank và nhieemj vụ.' }])]);
    expect(spellDecorations([editor.children[0], [0]], check, null)).toEqual([
      { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 6 }, misspelled: true },
      { anchor: { path: [0, 0], offset: 24 }, focus: { path: [0, 0], offset: 31 }, misspelled: true },
    ]);
  });

  it('reads a word split by formatting as one word', () => {
    const editor = editorWith([paragraph('p1', [{ text: 'Thực hiện Vie', bold: true }, { text: 'ejt Nam' }])]);
    expect(spellDecorations([editor.children[0], [0]], check, null)).toEqual([
      { anchor: { path: [0, 0], offset: 10 }, focus: { path: [0, 1], offset: 3 }, misspelled: true },
    ]);
    // Checked leaf by leaf, "Vie" and "ejt" would be read apart.
    expect(findMisspellings('ejt Nam').map((m) => m.word)).toEqual(['ejt']);
  });

  it('ends a run of text at a cross-reference', () => {
    const editor = editorWith([
      paragraph('p1', [{ text: 'theo ' }, { type: 'xref', appendixId: 'pl1', children: [{ text: '' }] }, { text: ' có nhieemj vụ' }]),
    ]);
    expect(spellDecorations([editor.children[0], [0]], check, null)).toEqual([
      { anchor: { path: [0, 2], offset: 4 }, focus: { path: [0, 2], offset: 11 }, misspelled: true },
    ]);
  });

  it('leaves the word at the caret unmarked while it is typed', () => {
    const editor = editorWith([paragraph('p1', [{ text: 'Vieejt Nam nhieemj' }])]);
    editor.selection = { anchor: { path: [0, 0], offset: 18 }, focus: { path: [0, 0], offset: 18 } };
    const ranges = spellDecorations([editor.children[0], [0]], check, caretOf(editor));
    expect(ranges.map((r) => r.anchor.offset)).toEqual([0]);
    editor.selection = { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 18 } };
    expect(caretOf(editor)).toBeNull();
  });

  it('decorates elements only: the editor root and text nodes get nothing', () => {
    const editor = editorWith([paragraph('p1', [{ text: 'Vieejt' }])]);
    expect(spellDecorations([editor, []], check, null)).toEqual([]);
    expect(spellDecorations([{ text: 'Vieejt' }, [0, 0]], check, null)).toEqual([]);
  });
});

describe('misspellingAt', () => {
  it('finds the misspelled word under a point, with its range', () => {
    const editor = editorWith([
      paragraph('p1', [{ text: 'Đúng rồi' }]),
      paragraph('p2', [{ text: 'Kế hoạch nhieemj ', italic: true }, { text: 'vụ' }]),
    ]);
    expect(misspellingAt(editor, { path: [1, 0], offset: 12 }, check)).toEqual({
      word: 'nhieemj',
      range: { anchor: { path: [1, 0], offset: 9 }, focus: { path: [1, 0], offset: 16 } },
    });
    expect(misspellingAt(editor, { path: [0, 0], offset: 2 }, check)).toBeNull();
  });
});

describe('spellLeafClassName', () => {
  it('gives the underline class to decorated leaves only', () => {
    expect(spellLeafClassName({ text: 'x', misspelled: true })).toBe('spell-misspelled');
    expect(spellLeafClassName({ text: 'x', bold: true })).toBeUndefined();
  });
});
