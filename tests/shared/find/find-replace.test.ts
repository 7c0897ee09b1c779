/** Find and replace across a plan: accents and case, every kind of place, formatting kept, one result. */
import { describe, expect, it } from 'vitest';
import { findInPlan, findMatches, replaceMatches, spliceInlineText, XREF_CHAR } from '../../../shared/find';
import { inlineText, type PlanDocument } from '../../../shared/model';
import { partyPlan } from '../edit/plans';

const LOOSE = { matchCase: false, matchAccents: false };
const EXACT = { matchCase: true, matchAccents: true };

describe('findMatches', () => {
  it('finds "uy ban" in both tone placements and any case when accents and case are ignored', () => {
    const text = 'Ủy ban nhân dân và Uỷ ban MTTQ; UỶ BAN kiểm tra';
    expect(findMatches(text, 'uy ban', LOOSE).map((m) => text.slice(m.start, m.end))).toEqual(['Ủy ban', 'Uỷ ban', 'UỶ BAN']);
  });

  it('with accents, still matches the other tone placement but not a different tone', () => {
    const text = 'hòa nhập, hoà giải, hỏa hoạn, thủy lợi, thuỷ sản';
    expect(findMatches(text, 'hoà', { matchCase: false, matchAccents: true }).map((m) => text.slice(m.start, m.end))).toEqual([
      'hòa',
      'hoà',
    ]);
    expect(findMatches(text, 'thủy', { matchCase: false, matchAccents: true })).toHaveLength(2);
    expect(findMatches(text, 'hoa', { matchCase: false, matchAccents: true })).toHaveLength(0);
  });

  it('with case, "ủy ban" does not match "Ủy ban"; "d" matches "đ" only without accents', () => {
    expect(findMatches('Ủy ban', 'ủy ban', EXACT)).toHaveLength(0);
    expect(findMatches('Sở Tư pháp', 'so tu phap', LOOSE)).toHaveLength(1);
    expect(findMatches('đảng bộ', 'dang bo', LOOSE)).toHaveLength(1);
    expect(findMatches('đảng bộ', 'dang bo', { matchCase: false, matchAccents: true })).toHaveLength(0);
  });

  it('finds a decomposed search string in NFC text', () => {
    expect(findMatches('Ninh Bình', 'Bi\u0300nh', EXACT)).toEqual([{ start: 5, end: 9 }]);
  });
});

describe('spliceInlineText', () => {
  const children = [
    { text: 'Giao ' },
    { text: 'Sở Nội vụ', bold: true },
    { type: 'xref' as const, appendixId: 'a', children: [{ text: '' }] },
    { text: ' chủ trì' },
  ];

  it('replaces inside a formatted leaf and keeps its formatting', () => {
    expect(spliceInlineText(children, 5, 14, 'Sở Tư pháp').slice(0, 2)).toEqual([{ text: 'Giao ' }, { text: 'Sở Tư pháp', bold: true }]);
  });

  it("replaces across leaves, taking the first leaf's formatting", () => {
    const out = spliceInlineText(children, 2, 8, 'XX');
    expect(out.slice(0, 2)).toEqual([{ text: 'GiXX' }, { text: 'Nội vụ', bold: true }]);
  });

  it('counts a cross-reference as one character and removes it when a range covers it', () => {
    expect(spliceInlineText(children, 14, 15, '')).toEqual([{ text: 'Giao ' }, { text: 'Sở Nội vụ', bold: true }, { text: ' chủ trì' }]);
    expect(XREF_CHAR).toHaveLength(1);
  });

  it('appends at the end and inserts at the start', () => {
    expect(spliceInlineText([{ text: 'ab' }], 2, 2, 'c')).toEqual([{ text: 'abc' }]);
    expect(spliceInlineText([{ text: 'ab', italic: true }], 0, 0, 'c')).toEqual([{ text: 'cab', italic: true }]);
  });
});

function allText(plan: PlanDocument): string {
  return JSON.stringify(plan);
}

describe('findInPlan / replaceMatches on 58-KH/TU', () => {
  it('finds in the body, the cells and the properties, and replaces all at once', () => {
    const plan = partyPlan();
    const matches = findInPlan(plan, 'uy ban', LOOSE);
    const kinds = new Set(matches.map((m) => m.unit.kind));
    expect(kinds).toEqual(new Set(['block', 'cell', 'field']));
    const replaced = replaceMatches(plan, matches, 'UB');
    expect(findInPlan(replaced, 'uy ban', LOOSE)).toHaveLength(0);
    expect(findInPlan(replaced, 'UB', EXACT).length).toBeGreaterThanOrEqual(matches.length);
    expect(allText(plan)).toContain('Ủy ban'); // the input is untouched (and frozen)
  });

  it('searches the same plan again, with other words and options, as a fresh search would', () => {
    const plan = partyPlan();
    const searches = [
      ['uy ban', LOOSE],
      ['Ủy ban', EXACT],
      ['UY BAN', { matchCase: true, matchAccents: false }],
      ['uy ban nh', LOOSE],
      ['ủy ban', { matchCase: false, matchAccents: true }],
    ] as const;
    for (const [query, options] of searches) {
      const again = findInPlan(plan, query, options).map((m) => [m.unit.path, m.start, m.end]);
      expect(again).toEqual(findInPlan({ ...plan }, query, options).map((m) => [m.unit.path, m.start, m.end]));
    }
    expect(findInPlan(plan, 'UY BAN', { matchCase: true, matchAccents: false })).not.toHaveLength(findInPlan(plan, 'uy ban', LOOSE).length);
  });

  it('replaces one match only, in a block, keeping the other text', () => {
    const plan = partyPlan();
    const matches = findInPlan(plan, 'Ủy ban', EXACT).filter((m) => m.unit.kind === 'block');
    const first = matches[0];
    if (first === undefined || first.unit.kind !== 'block') throw new Error('no match in a block');
    const replaced = replaceMatches(plan, [first], 'Ủy ban nhân dân tỉnh (UBND)');
    const [, i, , j] = first.unit.path as [string, number, string, number];
    const before = inlineText(plan.sections[i]?.blocks[j]?.children ?? []);
    const after = inlineText(replaced.sections[i]?.blocks[j]?.children ?? []);
    expect(after).toBe(before.slice(0, first.start) + 'Ủy ban nhân dân tỉnh (UBND)' + before.slice(first.end));
    expect(findInPlan(replaced, 'Ủy ban', EXACT)).toHaveLength(matches.length + findInPlan(plan, 'Ủy ban', EXACT).length - matches.length);
  });

  it('replaces one agency of a list without splitting the others', () => {
    const base = partyPlan();
    const [appendix] = base.appendices;
    const [first] = appendix?.rows ?? [];
    if (appendix === undefined || first === undefined) throw new Error('58-KH/TU has an appendix');
    const agencies = ['Các sở, ban, ngành tỉnh', 'Ban Tuyên giáo Tỉnh ủy'];
    const rows = [{ ...first, cells: { ...first.cells, [appendix.mainColumn]: agencies } }, ...appendix.rows.slice(1)];
    const plan = { ...base, appendices: [{ ...appendix, rows }, ...base.appendices.slice(1)] };
    const match = findInPlan(plan, 'ban tuyen giao', LOOSE).find((m) => m.unit.kind === 'cell' && m.unit.rowId === first.id);
    if (match === undefined) throw new Error('the agency is found');
    const replaced = replaceMatches(plan, [match], 'Ban Tuyên giáo và Dân vận');
    expect(replaced.appendices[0]?.rows[0]?.cells[appendix.mainColumn]).toEqual([
      'Các sở, ban, ngành tỉnh',
      'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    ]);
  });

  it('refuses a replacement that empties a required field, leaving the plan as it was', () => {
    const plan = partyPlan();
    const single = plan.recipients.find((entry) => 'name' in entry);
    if (single === undefined || !('name' in single)) throw new Error('58-KH/TU has a single recipient');
    const recipient = findInPlan(plan, single.name, EXACT).filter((m) => m.unit.kind === 'field' && m.unit.path[0] === 'recipients');
    expect(recipient.length).toBeGreaterThan(0);
    expect(() => replaceMatches(plan, recipient, '')).toThrow(/bắt buộc/);
  });
});
