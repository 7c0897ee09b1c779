import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/model';
import {
  itemLevelAt,
  kindForNewBlock,
  kindFromTypedMarker,
  kindOf,
  sameKind,
  shiftedKind,
  withKind,
} from '../../../../shared/model/ops/block-kinds';

const p = (id: string): Block => ({ type: 'paragraph', id, children: [{ text: id }] });
const item = (id: string, level: number, marker: 'decimal' | 'letter' = 'decimal'): Block => ({
  type: 'item',
  id,
  level,
  marker,
  heading: false,
  children: [{ text: id }],
});

describe('block kinds', () => {
  it('changes kind keeping id, text and hint', () => {
    const block: Block = { type: 'paragraph', id: 'a', hint: true, children: [{ text: 'Nội dung', bold: true }] };
    const changed = withKind(block, { type: 'bullet', level: 2 });
    expect(changed).toEqual({ type: 'bullet', id: 'a', hint: true, level: 2, children: [{ text: 'Nội dung', bold: true }] });
    expect(withKind(changed, { type: 'paragraph' })).toEqual(block);
    expect(kindOf(item('x', 3, 'letter'))).toEqual({ type: 'item', level: 3, marker: 'letter', heading: false });
  });

  it('shifts levels within their bounds', () => {
    expect(shiftedKind({ type: 'item', level: 4, marker: 'decimal', heading: false }, 1)).toMatchObject({ level: 4 });
    expect(shiftedKind({ type: 'item', level: 2, marker: 'decimal', heading: false }, -1)).toMatchObject({ level: 1 });
    expect(shiftedKind({ type: 'bullet', level: 1 }, 1)).toEqual({ type: 'bullet', level: 2 });
    expect(shiftedKind({ type: 'bullet', level: 2 }, 1)).toEqual({ type: 'bullet', level: 2 });
    expect(shiftedKind({ type: 'paragraph' }, 1)).toEqual({ type: 'paragraph' });
    expect(sameKind({ type: 'bullet', level: 1 }, { type: 'bullet', level: 2 })).toBe(false);
  });

  it('goes a) → - → + with Tab and back with Shift+Tab, as a clerk writes a list (issue 16)', () => {
    const letter = { type: 'item', level: 2, marker: 'letter', heading: false } as const;
    expect(shiftedKind(letter, 1)).toEqual({ type: 'bullet', level: 1 });
    expect(shiftedKind({ type: 'bullet', level: 1 }, 1)).toEqual({ type: 'bullet', level: 2 });
    expect(shiftedKind({ type: 'bullet', level: 2 }, -1)).toEqual({ type: 'bullet', level: 1 });
    expect(shiftedKind({ type: 'bullet', level: 1 }, -1, 3)).toEqual({ type: 'item', level: 3, marker: 'letter', heading: false });
    expect(shiftedKind(letter, -1)).toEqual({ ...letter, level: 1 });
  });

  it('puts a new letter item under the decimal item before it', () => {
    const blocks = [item('1', 1), p('t'), item('1.1', 2)];
    expect(itemLevelAt(blocks, 3, 'letter')).toBe(3);
    expect(itemLevelAt(blocks, 2, 'letter')).toBe(2);
    expect(itemLevelAt([item('a', 2, 'letter')], 1, 'letter')).toBe(2);
    expect(itemLevelAt(blocks, 3, 'decimal')).toBe(2);
    expect(itemLevelAt([], 0, 'decimal')).toBe(1);
    expect(itemLevelAt([], 0, 'letter')).toBe(2);
    expect(kindForNewBlock('letter', blocks, 1)).toEqual({ type: 'item', level: 2, marker: 'letter', heading: false });
  });
});

describe('markers typed at the start of a paragraph', () => {
  it('reads bullets, decimal items of each depth and letter items', () => {
    expect(kindFromTypedMarker('- ', [], 0)).toEqual({ type: 'bullet', level: 1 });
    expect(kindFromTypedMarker('+ ', [], 0)).toEqual({ type: 'bullet', level: 2 });
    expect(kindFromTypedMarker('1. ', [], 0)).toEqual({ type: 'item', level: 1, marker: 'decimal', heading: false });
    expect(kindFromTypedMarker('2.3. ', [], 0)).toEqual({ type: 'item', level: 2, marker: 'decimal', heading: false });
    expect(kindFromTypedMarker('1.1.2 ', [], 0)).toMatchObject({ level: 3 });
    expect(kindFromTypedMarker('a) ', [item('1', 1)], 1)).toEqual({ type: 'item', level: 2, marker: 'letter', heading: false });
  });

  it('leaves other text alone', () => {
    for (const typed of ['-', '1.', '2026 ', 'Năm ', '1 ', '• ', 'a. ', '-- ']) expect(kindFromTypedMarker(typed, [], 0)).toBeNull();
  });
});
