/**
 * What the formatting toolbar and the editor's shortcuts do to the blocks under the selection:
 * marks, block kinds (paragraph, numbered item, letter item, bullet), levels and heading items.
 */
import { Editor, Element, Node, Range, Transforms } from 'slate';
import type { Block, BulletBlock, ItemBlock, ParagraphBlock } from '../../shared/model';
import { itemLevelAt, kindForNewBlock, kindOf, sameKind, shiftedKind, type BlockKind } from '../../shared/model/ops/block-kinds';

export type MarkName = 'bold' | 'italic' | 'underline';
export type NewBlockType = 'paragraph' | 'decimal' | 'letter' | 'bullet';

/** The top-level blocks the selection touches, with their indexes. */
export function selectedBlocks(editor: Editor): [Block, number][] {
  const { selection } = editor;
  if (selection === null) return [];
  const [start, end] = Range.edges(selection);
  const out: [Block, number][] = [];
  for (let i = start.path[0] ?? 0; i <= (end.path[0] ?? -1); i++) {
    const node = editor.children[i];
    if (Element.isElement(node) && node.type !== 'xref') out.push([node, i]);
  }
  return out;
}

/** Gives the block at `index` another kind; one undo step with the rest of the command. */
export function setKind(editor: Editor, index: number, kind: BlockKind): void {
  const block = editor.children[index];
  if (!Element.isElement(block) || block.type === 'xref' || sameKind(kindOf(block), kind)) return;
  const keeps = kind.type === 'item' ? ['level', 'marker', 'heading'] : kind.type === 'bullet' ? ['level'] : [];
  const dropped = ['level', 'marker', 'heading'].filter((key) => key in block && !keeps.includes(key));
  const at = [index];
  Editor.withoutNormalizing(editor, () => {
    if (dropped.length > 0) Transforms.unsetNodes(editor, dropped, { at });
    switch (kind.type) {
      case 'paragraph':
        Transforms.setNodes<ParagraphBlock>(editor, { type: 'paragraph' }, { at });
        break;
      case 'item':
        Transforms.setNodes<ItemBlock>(editor, { type: 'item', level: kind.level, marker: kind.marker, heading: kind.heading }, { at });
        break;
      case 'bullet':
        Transforms.setNodes<BulletBlock>(editor, { type: 'bullet', level: kind.level }, { at });
        break;
    }
  });
}

/** Applies a kind to every selected block; applying the kind they all have already undoes it. */
export function setBlockType(editor: Editor, type: NewBlockType): void {
  const blocks = selectedBlocks(editor);
  const isType = ([block]: [Block, number]): boolean =>
    type === 'paragraph'
      ? block.type === 'paragraph'
      : type === 'bullet'
        ? block.type === 'bullet'
        : block.type === 'item' && block.marker === type;
  const target: NewBlockType = type !== 'paragraph' && blocks.every(isType) ? 'paragraph' : type;
  Editor.withoutNormalizing(editor, () => {
    for (const [block, index] of blocks) {
      if (target !== 'paragraph' && isType([block, index])) continue;
      setKind(editor, index, kindForNewBlock(target, editor.children as Block[], index));
    }
  });
}

/** Tab and Shift+Tab: one level deeper or shallower for the selected items and bullets. */
export function shiftLevel(editor: Editor, delta: 1 | -1): void {
  Editor.withoutNormalizing(editor, () => {
    for (const [block, index] of levelledBlocks(editor)) {
      setKind(editor, index, shiftedKind(kindOf(block), delta, itemLevelAt(editor.children as Block[], index, 'letter')));
    }
  });
}

/** The selected items and bullets: the blocks that have a level. */
export function levelledBlocks(editor: Editor): [Block, number][] {
  return selectedBlocks(editor).filter(([block]) => block.type !== 'paragraph');
}

/** A numbered item as a heading (its own bold line) or as a numbered paragraph of text. */
export function toggleHeading(editor: Editor): void {
  const items = selectedBlocks(editor).filter(([block]) => block.type === 'item');
  const heading = !items.every(([block]) => block.type === 'item' && block.heading);
  Editor.withoutNormalizing(editor, () => {
    for (const [block, index] of items) {
      const kind = kindOf(block);
      if (kind.type === 'item') setKind(editor, index, { ...kind, heading });
    }
  });
}

export function isMarkActive(editor: Editor, mark: MarkName): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

export function toggleMark(editor: Editor, mark: MarkName): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

/** What the toolbar shows as pressed: the marks at the caret and the kind of the selected blocks. */
export interface FormatState {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** The kind all selected blocks share, or null when they differ or nothing is selected. */
  readonly kind: BlockKind | null;
}

export function formatState(editor: Editor): FormatState {
  const marks = editor.selection === null ? null : Editor.marks(editor);
  const kinds = selectedBlocks(editor).map(([block]) => kindOf(block));
  const first = kinds[0];
  return {
    bold: marks?.bold === true,
    italic: marks?.italic === true,
    underline: marks?.underline === true,
    kind: first !== undefined && kinds.every((k) => sameKind(k, first)) ? first : null,
  };
}

/** True when the caret is at the very start of the block at `index`. */
export function atBlockStart(editor: Editor, index: number): boolean {
  const { selection } = editor;
  return selection !== null && Range.isCollapsed(selection) && Editor.isStart(editor, selection.anchor, [index]);
}

export function blockIsEmpty(editor: Editor, index: number): boolean {
  const block = editor.children[index];
  return (
    block !== undefined && Node.string(block) === '' && !(Element.isElement(block) && block.children.some((c) => Element.isElement(c)))
  );
}
