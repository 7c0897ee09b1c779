import { describe, expect, it } from 'vitest';
import { numberBody, numberItems, sectionLabel, sectionNumber, type Block } from '../../../shared/model';
import { parsePlanText } from '../../../shared/plan-file';
import { PARTY_FILE, STATE_FILE, bullet, fixtureText, item, labelsOf, move, paragraph } from './helpers';

describe('sectionNumber and sectionLabel', () => {
  it('numbers sections with Roman numerals from index 0', () => {
    expect([0, 1, 2, 3, 4, 8, 9].map(sectionNumber)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'X']);
  });

  it("writes 'roman-dot' as III. (NĐ 30) and 'roman-dash' as III- (Party)", () => {
    expect(sectionLabel(2, 'roman-dot')).toBe('III.');
    expect(sectionLabel(2, 'roman-dash')).toBe('III-');
    expect(sectionLabel(0, 'roman-dot')).toBe('I.');
    expect(sectionLabel(3, 'roman-dash')).toBe('IV-');
  });
});

describe('numberItems', () => {
  it('gives an empty map for a list without items', () => {
    expect(numberItems([]).size).toBe(0);
    expect(numberItems([paragraph('p1'), bullet('b1'), bullet('b2', 2)]).size).toBe(0);
  });

  it('numbers decimal levels 1 → 1.1 → 1.1.1', () => {
    const numbers = numberItems([item('k1', 1), item('k11', 2), item('k111', 3)]);
    expect(numbers.get('k1')).toEqual({ number: '1', label: '1.' });
    expect(numbers.get('k11')).toEqual({ number: '1.1', label: '1.1.' });
    expect(numbers.get('k111')).toEqual({ number: '1.1.1', label: '1.1.1.' });
  });

  it('numbers a fourth decimal level', () => {
    const numbers = numberItems([item('a', 1), item('b', 2), item('c', 3), item('d', 4), item('e', 4)]);
    expect(numbers.get('d')?.label).toBe('1.1.1.1.');
    expect(numbers.get('e')?.label).toBe('1.1.1.2.');
  });

  it('counts siblings and resets deeper counters when a higher level appears', () => {
    const blocks = [
      item('1', 1),
      item('1.1', 2),
      item('1.2', 2),
      item('1.2.1', 3),
      item('1.2.2', 3),
      item('1.3', 2),
      item('1.3.1', 3),
      item('2', 1),
      item('2.1', 2),
      item('2.1.1', 3),
      item('3', 1),
    ];
    const numbers = numberItems(blocks);
    expect(blocks.map((b) => numbers.get(b.id)?.number)).toEqual(blocks.map((b) => b.id));
    expect(labelsOf(blocks, numbers)).toEqual(['1.', '1.1.', '1.2.', '1.2.1.', '1.2.2.', '1.3.', '1.3.1.', '2.', '2.1.', '2.1.1.', '3.']);
  });

  it('letters the points under a khoản a) … g), with đ and without f', () => {
    const points = ['a', 'b', 'c', 'd', 'đ', 'e', 'g'].map((_, i) => item(`p${i + 1}`, 2, 'letter'));
    const blocks = [item('k1', 1), ...points];
    const numbers = numberItems(blocks);
    expect(labelsOf(blocks, numbers)).toEqual(['1.', 'a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']);
    expect(numbers.get('p5')).toEqual({ number: 'đ', label: 'đ)' });
    expect(points.map((p) => numbers.get(p.id)?.number)).not.toContain('f');
  });

  it('restarts the letters under each khoản', () => {
    const blocks = [
      item('k1', 1),
      item('k1a', 2, 'letter'),
      item('k1b', 2, 'letter'),
      item('k1c', 2, 'letter'),
      item('k2', 1),
      item('k2a', 2, 'letter'),
    ];
    const numbers = numberItems(blocks);
    expect(labelsOf(blocks, numbers)).toEqual(['1.', 'a)', 'b)', 'c)', '2.', 'a)']);
  });

  it('letters the third level under 1.1.', () => {
    const blocks = [item('k1', 1), item('k11', 2), item('x', 3, 'letter'), item('y', 3, 'letter'), item('k12', 2), item('z', 3, 'letter')];
    expect(labelsOf(blocks, numberItems(blocks))).toEqual(['1.', '1.1.', 'a)', 'b)', '1.2.', 'a)']);
  });

  it('doubles the letter after the 23rd point', () => {
    const blocks = [item('k1', 1), ...Array.from({ length: 25 }, (_, i) => item(`p${i + 1}`, 2, 'letter'))];
    const numbers = numberItems(blocks);
    expect(numbers.get('p23')?.label).toBe('y)');
    expect(numbers.get('p24')?.label).toBe('aa)');
    expect(numbers.get('p25')?.label).toBe('bb)');
  });

  it('ignores bullets and paragraphs between items', () => {
    const blocks: Block[] = [
      paragraph('intro'),
      item('k1', 1),
      paragraph('p'),
      bullet('b1'),
      bullet('b2', 2),
      item('k11', 2),
      bullet('b3'),
      item('k12', 2),
      paragraph('q'),
      item('k2', 1),
      bullet('b4'),
      item('k21', 2, 'letter'),
    ];
    const numbers = numberItems(blocks);
    expect(numbers.size).toBe(5);
    for (const id of ['intro', 'p', 'b1', 'b2', 'b3', 'q', 'b4']) expect(numbers.has(id)).toBe(false);
    expect(labelsOf(blocks, numbers)).toEqual(['1.', '1.1.', '1.2.', '2.', 'a)']);
    const itemsOnly = blocks.filter((b) => b.type === 'item');
    expect(labelsOf(itemsOnly, numberItems(itemsOnly))).toEqual(labelsOf(blocks, numbers));
  });

  it('renumbers from position after an item is moved', () => {
    const blocks = [item('A', 1), item('A1', 2), item('A2', 2), item('B', 1), item('C', 1)];
    const before = numberItems(blocks);
    expect(before.get('C')?.label).toBe('3.');
    expect(before.get('A2')?.label).toBe('1.2.');

    move(blocks, 4, 0); // C first
    const after = numberItems(blocks);
    expect(after.get('C')?.label).toBe('1.');
    expect(after.get('A')?.label).toBe('2.');
    expect(after.get('A1')?.label).toBe('2.1.');
    expect(after.get('A2')?.label).toBe('2.2.');
    expect(after.get('B')?.label).toBe('3.');

    move(blocks, 3, 2); // A2 before A1
    const swapped = numberItems(blocks);
    expect(swapped.get('A2')?.label).toBe('2.1.');
    expect(swapped.get('A1')?.label).toBe('2.2.');
  });

  it('moves a sub-item to another parent and restarts its number there', () => {
    const blocks = [item('A', 1), item('A1', 2), item('A2', 2), item('B', 1), item('B1', 2)];
    move(blocks, 2, 3); // A2 now sits after B, before B1
    const numbers = numberItems(blocks);
    expect(labelsOf(blocks, numbers)).toEqual(['1.', '1.1.', '2.', '2.1.', '2.2.']);
    expect(numbers.get('A2')?.label).toBe('2.1.');
    expect(numbers.get('B1')?.label).toBe('2.2.');
  });

  it('renumbers from position after an item is deleted', () => {
    const blocks = [item('A', 1), item('A1', 2, 'letter'), item('A2', 2, 'letter'), item('A3', 2, 'letter'), item('B', 1), item('C', 1)];
    blocks.splice(1, 1); // delete a)
    blocks.splice(3, 1); // delete B
    const numbers = numberItems(blocks);
    expect(numbers.get('A2')?.label).toBe('a)');
    expect(numbers.get('A3')?.label).toBe('b)');
    expect(numbers.get('C')?.label).toBe('2.');
    expect(numbers.has('A1')).toBe(false);
    expect(numbers.has('B')).toBe(false);
  });

  it('renumbers after an item is inserted at the top', () => {
    const blocks = [item('A', 1), item('B', 1)];
    blocks.unshift(item('new', 1));
    const numbers = numberItems(blocks);
    expect(labelsOf(blocks, numbers)).toEqual(['1.', '2.', '3.']);
    expect(numbers.get('B')?.number).toBe('3');
  });

  it('does not change the blocks it numbers', () => {
    const blocks = [item('A', 1), item('A1', 2), bullet('b')];
    const copy = structuredClone(blocks);
    numberItems(blocks);
    expect(blocks).toEqual(copy);
  });

  // A level that skips its parent (a khoản followed directly by 1.1.1., or a section opening with
  // a 1.1. item) is valid in the schema. numberItems counts the missing parent as 1 (`c || 1`), so
  // it should print "1.1.1." and "1.1."; it prints "1..1." and ".1." instead (sparse counter array).
  it('counts a skipped parent level as 1 (item level 1 then level 3 → 1.1.1.)', () => {
    const numbers = numberItems([item('k1', 1), item('deep', 3)]);
    expect(numbers.get('deep')).toEqual({ number: '1.1.1', label: '1.1.1.' });
  });

  it('counts a missing level-1 parent as 1 (a list starting at level 2 → 1.1., 1.2.)', () => {
    const numbers = numberItems([item('x', 2), item('y', 2)]);
    expect(numbers.get('x')).toEqual({ number: '1.1', label: '1.1.' });
    expect(numbers.get('y')).toEqual({ number: '1.2', label: '1.2.' });
  });
});

describe('numberBody', () => {
  it('numbers the preamble and each section independently (58-KH/TU)', () => {
    const plan = parsePlanText(fixtureText(PARTY_FILE));
    const numbers = numberBody(plan);
    const itemCount = [...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)].filter((b) => b.type === 'item').length;
    expect(numbers.size).toBe(itemCount);
    expect(numbers.size).toBe(19);
    expect(plan.sections.map((s) => labelsOf(s.blocks, numbers))).toEqual([
      ['1.', '2.'],
      ['1.', '2.', '3.', '4.', '5.'],
      ['1.', '2.', '2.1.', '2.2.', '2.3.', '2.4.', '2.5.', '2.6.', '2.7.'],
      ['1.', '2.', '3.'],
    ]);
  });

  it('agrees with numberItems on every section (30-KH/UBND)', () => {
    const plan = parsePlanText(fixtureText(STATE_FILE));
    const numbers = numberBody(plan);
    expect(numbers.size).toBe(39);
    for (const section of plan.sections) {
      for (const [id, n] of numberItems(section.blocks)) expect(numbers.get(id)).toEqual(n);
    }
    expect(labelsOf(plan.sections[0]?.blocks ?? [], numbers)).toEqual(['1.', 'a)', 'b)', '2.', 'a)', 'b)', 'c)']);
    expect(numbers.get('s3-b9')?.label).toBe('đ)');
    expect(numbers.get('s3-b11')?.label).toBe('g)');
    expect(numbers.get('s3-b26')?.label).toBe('8.');
  });

  it('renumbers a section when its items are reordered', () => {
    const plan = parsePlanText(fixtureText(PARTY_FILE));
    const section = plan.sections[1];
    if (section === undefined) throw new Error('no section II');
    const itemIndices = section.blocks.flatMap((b, i) => (b.type === 'item' ? [i] : []));
    const firstItem = itemIndices[0] ?? -1;
    const lastItem = itemIndices[itemIndices.length - 1] ?? -1;
    const movedId = section.blocks[lastItem]?.id ?? '';
    expect(numberBody(plan).get(movedId)?.label).toBe('5.');
    move(section.blocks, lastItem, firstItem);
    const numbers = numberBody(plan);
    expect(numbers.get(movedId)?.label).toBe('1.');
    expect(labelsOf(section.blocks, numbers)).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });

  it('numbers preamble items separately from the sections', () => {
    const numbers = numberBody({
      preamble: [item('pre', 1)],
      sections: [
        { id: 's1', title: 'MỤC ĐÍCH', blocks: [item('s1k1', 1), item('s1k2', 1)] },
        { id: 's2', title: 'NHIỆM VỤ', blocks: [item('s2k1', 1)] },
      ],
    });
    expect(numbers.get('pre')?.label).toBe('1.');
    expect(numbers.get('s1k1')?.label).toBe('1.');
    expect(numbers.get('s1k2')?.label).toBe('2.');
    expect(numbers.get('s2k1')?.label).toBe('1.');
  });
});
