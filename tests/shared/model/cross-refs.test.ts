import { describe, expect, it } from 'vitest';
import { BROKEN_REFERENCE, createCrossRefResolver, inlineText, parsePlanText, type Appendix, type Inline } from '../../../shared/model';
import { PARTY_FILE, fixtureText, levels, makeAppendix, move, row, xref } from './helpers';

/** Three appendices numbered 1, 2, 3; the third is an outline table (1, 1.1, 1.2, 2, 2.1). */
function threeAppendices(): Appendix[] {
  return [
    makeAppendix('pl-a', [row('a-g1', 0), row('a-d1', 1)], levels('roman', 'arabic'), 'arabic'),
    makeAppendix('pl-b', [row('b-d1', 0, 'data'), row('b-d2', 0, 'data')], levels('arabic'), 'arabic'),
    makeAppendix(
      'pl-c',
      [row('c1', 0), row('c11', 1), row('c12', 1), row('c-dash', 2), row('c2', 0), row('c21', 1)],
      levels('outline', 'outline', 'dash'),
      'arabic',
    ),
  ];
}

describe('BROKEN_REFERENCE', () => {
  it('is a visible Vietnamese marker', () => {
    expect(BROKEN_REFERENCE).toBe('[tham chiếu không tồn tại]');
  });
});

describe('createCrossRefResolver', () => {
  it('names an appendix by its label ("Phụ lục II")', () => {
    const appendices = [makeAppendix('x', []), makeAppendix('y', []), makeAppendix('z', [])];
    const resolve = createCrossRefResolver({ appendices });
    expect(resolve(xref('x'))).toBe('Phụ lục I');
    expect(resolve(xref('y'))).toBe('Phụ lục II');
    expect(resolve(xref('z'))).toBe('Phụ lục III');
  });

  it('names a row of the third Arabic-numbered appendix ("điểm 1.1 Phụ lục 3")', () => {
    const resolve = createCrossRefResolver({ appendices: threeAppendices() });
    expect(resolve(xref('pl-c', 'c11'))).toBe('điểm 1.1 Phụ lục 3');
    expect(resolve(xref('pl-c', 'c12'))).toBe('điểm 1.2 Phụ lục 3');
    expect(resolve(xref('pl-c', 'c21'))).toBe('điểm 2.1 Phụ lục 3');
    expect(resolve(xref('pl-c'))).toBe('Phụ lục 3');
  });

  it('cites Roman group rows as "mục" and Arabic rows as "điểm" of their group', () => {
    const resolve = createCrossRefResolver({ appendices: threeAppendices() });
    expect(resolve(xref('pl-a', 'a-g1'))).toBe('mục I Phụ lục 1');
    expect(resolve(xref('pl-a', 'a-d1'))).toBe('điểm 1 mục I Phụ lục 1');
    expect(resolve(xref('pl-b', 'b-d2'))).toBe('điểm 2 Phụ lục 2');
  });

  it('cites a row without a number by the point it sits in', () => {
    const resolve = createCrossRefResolver({ appendices: threeAppendices() });
    expect(resolve(xref('pl-c', 'c-dash'))).toBe('điểm 1.2 Phụ lục 3');
  });

  it('names a point numbered per group with its group, so points 2 of two groups differ (issue 16)', () => {
    const appendices = [
      makeAppendix('pl', [row('g1', 0), row('g1-1', 1), row('g1-2', 1), row('g2', 0), row('g2-1', 1), row('g2-2', 1)]),
      makeAppendix('other', []),
    ];
    const resolve = createCrossRefResolver({ appendices });
    expect(resolve(xref('pl', 'g1-2'))).toBe('điểm 2 mục I Phụ lục I');
    expect(resolve(xref('pl', 'g2-2'))).toBe('điểm 2 mục II Phụ lục I');
  });

  it('writes a lone appendix without a number', () => {
    const appendices = [makeAppendix('only', [row('g', 0), row('d', 1)])];
    const resolve = createCrossRefResolver({ appendices });
    expect(resolve(xref('only'))).toBe('Phụ lục');
    expect(resolve(xref('only', 'd'))).toBe('điểm 1 mục I Phụ lục');
  });

  it('follows the appendices when they are reordered (same reference object)', () => {
    const appendices = threeAppendices();
    const ref = xref('pl-c', 'c11');
    const whole = xref('pl-a');
    expect(createCrossRefResolver({ appendices })(ref)).toBe('điểm 1.1 Phụ lục 3');

    move(appendices, 2, 0);
    const resolve = createCrossRefResolver({ appendices });
    expect(resolve(ref)).toBe('điểm 1.1 Phụ lục 1');
    expect(resolve(whole)).toBe('Phụ lục 2');
  });

  it('follows a row when rows are moved (same reference object)', () => {
    const appendices = threeAppendices();
    const ref = xref('pl-c', 'c11');
    const rows = appendices[2]?.rows;
    if (rows === undefined) throw new Error('no third appendix');

    move(rows, 1, 2); // c12 before c11
    expect(createCrossRefResolver({ appendices })(ref)).toBe('điểm 1.2 Phụ lục 3');

    move(rows, 4, 0); // group 2 (c2) to the top: c11 is now under group 2
    expect(rows.map((r) => r.id)).toEqual(['c2', 'c1', 'c12', 'c11', 'c-dash', 'c21']);
    expect(createCrossRefResolver({ appendices })(ref)).toBe('điểm 2.2 Phụ lục 3');
  });

  it('follows a row when an earlier row is deleted', () => {
    const appendices = threeAppendices();
    const ref = xref('pl-c', 'c21');
    appendices[2]?.rows.splice(0, 4); // group 1 and its rows
    expect(createCrossRefResolver({ appendices })(ref)).toBe('điểm 1.1 Phụ lục 3');
  });

  it('follows the appendix number when an earlier appendix is deleted', () => {
    const appendices = threeAppendices();
    const ref = xref('pl-c', 'c11');
    appendices.splice(0, 1);
    expect(createCrossRefResolver({ appendices })(ref)).toBe('điểm 1.1 Phụ lục 2');
    appendices.splice(0, 1);
    expect(createCrossRefResolver({ appendices })(ref)).toBe('điểm 1.1 Phụ lục');
  });

  it('computes numbers when the resolver is built (one resolver per render)', () => {
    const appendices = threeAppendices();
    const ref = xref('pl-c', 'c11');
    const resolve = createCrossRefResolver({ appendices });
    move(appendices, 2, 0);
    expect(resolve(ref)).toBe('điểm 1.1 Phụ lục 3');
    expect(createCrossRefResolver({ appendices })(ref)).toBe('điểm 1.1 Phụ lục 1');
  });

  it('marks a reference to a missing appendix as broken', () => {
    const resolve = createCrossRefResolver({ appendices: threeAppendices() });
    expect(resolve(xref('pl-missing'))).toBe(BROKEN_REFERENCE);
    expect(resolve(xref('pl-missing', 'c11'))).toBe(BROKEN_REFERENCE);
    expect(createCrossRefResolver({ appendices: [] })(xref('pl-c'))).toBe(BROKEN_REFERENCE);
  });

  it('marks a reference to a missing row as broken', () => {
    const appendices = threeAppendices();
    const resolve = createCrossRefResolver({ appendices });
    expect(resolve(xref('pl-c', 'nope'))).toBe(BROKEN_REFERENCE);
    expect(resolve(xref('pl-b', 'c11'))).toBe(BROKEN_REFERENCE); // row of another appendix
  });

  it('marks a reference broken once its row or appendix is deleted', () => {
    const appendices = threeAppendices();
    const rowRef = xref('pl-c', 'c12');
    const appRef = xref('pl-b');
    appendices[2]?.rows.splice(2, 1);
    appendices.splice(1, 1);
    const resolve = createCrossRefResolver({ appendices });
    expect(resolve(rowRef)).toBe(BROKEN_REFERENCE);
    expect(resolve(appRef)).toBe(BROKEN_REFERENCE);
  });

  it('resolves rows of the 58-KH/TU appendices', () => {
    const plan = parsePlanText(fixtureText(PARTY_FILE));
    const resolve = createCrossRefResolver(plan);
    const pl1 = plan.appendices[0];
    const pl2 = plan.appendices[1];
    if (pl1 === undefined || pl2 === undefined) throw new Error('fixture appendices missing');
    const thirdGroup = pl1.rows.filter((r) => r.level === 0)[2];
    const lastRow = pl1.rows[pl1.rows.length - 1];
    expect(thirdGroup && resolve(xref(pl1.id, thirdGroup.id))).toBe('mục III Phụ lục I');
    expect(lastRow && resolve(xref(pl1.id, lastRow.id))).toBe('điểm 3 mục VII Phụ lục I');
    const criterion = pl2.rows.find((r) => r.level === 1);
    // An unnumbered criterion row is cited by the group it sits in.
    expect(criterion && resolve(xref(pl2.id, criterion.id))).toBe('mục I Phụ lục II');
  });
});

describe('inlineText with a resolver', () => {
  const resolve = createCrossRefResolver({ appendices: threeAppendices() });

  it('writes the computed reference text in place of the cross-reference', () => {
    const children: Inline[] = [{ text: 'Nhiệm vụ cụ thể tại ' }, xref('pl-c', 'c11'), { text: '.' }];
    expect(inlineText(children, resolve)).toBe('Nhiệm vụ cụ thể tại điểm 1.1 Phụ lục 3.');
  });

  it('ignores the text stored inside the cross-reference', () => {
    const stale: Inline = { type: 'xref', appendixId: 'pl-b', children: [{ text: 'Phụ lục 9' }] };
    expect(inlineText([{ text: '(' }, stale, { text: ')' }], resolve)).toBe('(Phụ lục 2)');
  });

  it('writes broken references visibly', () => {
    expect(inlineText([{ text: 'Xem ' }, xref('gone')], resolve)).toBe(`Xem ${BROKEN_REFERENCE}`);
  });

  it('drops cross-references when no resolver is given', () => {
    expect(inlineText([{ text: 'Xem ' }, xref('pl-c', 'c11'), { text: ' kèm theo.' }])).toBe('Xem  kèm theo.');
  });
});
