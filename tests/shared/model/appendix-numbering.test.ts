import { describe, expect, it } from 'vitest';
import {
  appendixLabel,
  appendixNumber,
  isTaskRow,
  levelStyle,
  numberRows,
  rowCitations,
  rowStyle,
  type Appendix,
  type Row,
  type RowNumber,
} from '../../../shared/model';
import { parsePlanText } from '../../../shared/plan-file';
import { PARTY_FILE, fixtureText, levels, makeAppendix, move, row } from './helpers';

function stts(appendix: Pick<Appendix, 'rows' | 'levels'>): string[] {
  const numbers = numberRows(appendix);
  return appendix.rows.map((r) => numbers.get(r.id)?.stt ?? '?');
}

function numberOf(numbers: ReadonlyMap<string, RowNumber>, id: string): RowNumber {
  const found = numbers.get(id);
  if (found === undefined) throw new Error(`no number for ${id}`);
  return found;
}

describe('levelStyle', () => {
  const appendix = { levels: levels('roman', 'arabic', 'dash') };

  it('takes the style of the row depth', () => {
    expect(levelStyle(appendix, 0).numbering).toBe('roman');
    expect(levelStyle(appendix, 1).numbering).toBe('arabic');
    expect(levelStyle(appendix, 2).numbering).toBe('dash');
  });

  it('uses the last style for deeper rows', () => {
    expect(levelStyle(appendix, 3).numbering).toBe('dash');
    expect(levelStyle(appendix, 4).numbering).toBe('dash');
  });

  it('keeps bold and italic of the level', () => {
    const styled = {
      levels: [
        { numbering: 'roman' as const, bold: true, italic: false },
        { numbering: 'arabic' as const, bold: false, italic: true },
      ],
    };
    expect(levelStyle(styled, 0)).toEqual({ numbering: 'roman', bold: true, italic: false });
    expect(levelStyle(styled, 1)).toEqual({ numbering: 'arabic', bold: false, italic: true });
  });

  it('falls back to no numbering when the appendix has no levels', () => {
    expect(levelStyle({ levels: [] }, 0)).toEqual({ numbering: 'none', bold: false, italic: false });
  });
});

/** Group A over Roman group I over rows 1 and 2: how both lettered tables below begin. */
const LETTERED_START: Row[] = [row('a', 0), row('i', 1, 'group'), row('d1', 2), row('d2', 2)];

describe('numberRows', () => {
  it('numbers [roman, arabic] as groups I, II with data rows restarting at 1', () => {
    const appendix = makeAppendix('pl', [row('g1', 0), row('d1', 1), row('d2', 1), row('d3', 1), row('g2', 0), row('d4', 1), row('d5', 1)]);
    expect(stts(appendix)).toEqual(['I', '1', '2', '3', 'II', '1', '2']);
    const numbers = numberRows(appendix);
    expect(numberOf(numbers, 'g2')).toEqual({ stt: 'II', prefix: '', citation: 'mục II' });
    expect(numberOf(numbers, 'd4')).toEqual({ stt: '1', prefix: '', citation: 'điểm 1' });
    expect(numberOf(numbers, 'd3').citation).toBe('điểm 3');
  });

  it('numbers [outline, outline, outline] as 1, 1.1, 1.1.1, 1.1.2, 1.2, 2, 2.1', () => {
    const appendix = makeAppendix(
      'pl',
      [row('a', 0), row('b', 1), row('c', 2), row('d', 2), row('e', 1), row('f', 0), row('g', 1), row('h', 2), row('i', 0)],
      levels('outline', 'outline', 'outline'),
    );
    expect(stts(appendix)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '2', '2.1', '2.1.1', '3']);
    const numbers = numberRows(appendix);
    expect(numberOf(numbers, 'b')).toEqual({ stt: '1.1', prefix: '', citation: 'điểm 1.1' });
    expect(numberOf(numbers, 'd').citation).toBe('điểm 1.1.2');
    expect(numberOf(numbers, 'i').citation).toBe('điểm 3');
  });

  it('joins the parent numbers under an outline level even when the parent is Roman', () => {
    const appendix = makeAppendix('pl', [row('g', 0), row('a', 1), row('b', 1)], levels('roman', 'outline'));
    expect(stts(appendix)).toEqual(['I', '1.1', '1.2']);
  });

  it('writes dash rows of [roman, arabic, dash] with no STT and a "- " prefix', () => {
    const appendix = makeAppendix(
      'pl',
      [row('g1', 0), row('d1', 1), row('x1', 2), row('x2', 2), row('d2', 1), row('x3', 2), row('g2', 0), row('d3', 1)],
      levels('roman', 'arabic', 'dash'),
    );
    expect(stts(appendix)).toEqual(['I', '1', '', '', '2', '', 'II', '1']);
    const numbers = numberRows(appendix);
    expect(numberOf(numbers, 'x1')).toEqual({ stt: '', prefix: '- ', citation: '' });
    expect(numberOf(numbers, 'x3')).toEqual({ stt: '', prefix: '- ', citation: '' });
    expect(numberOf(numbers, 'd1').prefix).toBe('');
    expect(numberOf(numbers, 'g1').prefix).toBe('');
  });

  it('letters a level: a, b, c, d, đ, e, g', () => {
    const rows = Array.from({ length: 7 }, (_, i) => row(`r${i}`, 0, 'data'));
    const appendix = makeAppendix('pl', rows, levels('letter'));
    expect(stts(appendix)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g']);
    expect(numberOf(numberRows(appendix), 'r4')).toEqual({ stt: 'đ', prefix: '', citation: 'điểm đ' });
  });

  it('restarts letters under each group', () => {
    const appendix = makeAppendix('pl', [row('g1', 0), row('a', 1), row('b', 1), row('g2', 0), row('c', 1)], levels('roman', 'letter'));
    expect(stts(appendix)).toEqual(['I', 'a', 'b', 'II', 'a']);
  });

  it('letters groups A, B above Roman ones and counts rows on across groups when running', () => {
    const appendix = makeAppendix(
      'pl',
      [...LETTERED_START, row('ii', 1, 'group'), row('d3', 2), row('b', 0), row('iii', 1, 'group'), row('d4', 2)],
      levels('upper-letter', 'roman', 'arabic-running'),
    );
    expect(stts(appendix)).toEqual(['A', 'I', '1', '2', 'II', '3', 'B', 'I', '4']);
    const numbers = numberRows(appendix);
    expect(numberOf(numbers, 'b').citation).toBe('mục B');
    // A running number is the row's own in the whole table: cited without its groups.
    expect(rowCitations(appendix).get('d3')).toBe('điểm 3');
    expect(rowCitations(appendix).get('i')).toBe('mục I mục A');
  });

  it('numbers a row with its own numbering like the depth numbered so, and a total line not at all', () => {
    const appendix = makeAppendix(
      'pl',
      [
        ...LETTERED_START,
        row('b', 0),
        { ...row('d3', 1), numbering: 'arabic-running' },
        { ...row('d4', 1), numbering: 'arabic-running' },
        { ...row('tong', 0, 'data'), total: true },
      ],
      [
        { numbering: 'upper-letter', bold: true, italic: false },
        { numbering: 'roman', bold: true, italic: false },
        { numbering: 'arabic-running', bold: false, italic: false },
      ],
    );
    expect(stts(appendix)).toEqual(['A', 'I', '1', '2', 'B', '3', '4', '']);
    expect(rowStyle(appendix, { level: 1, numbering: 'arabic-running' }).bold).toBe(false);
    expect(numberOf(numberRows(appendix), 'tong')).toEqual({ stt: '', prefix: '', citation: '' });
    expect(isTaskRow({ kind: 'data', total: true })).toBe(false);
    expect(isTaskRow({ kind: 'data' })).toBe(true);
  });

  it('writes plus rows with a "+ " prefix and no STT', () => {
    const appendix = makeAppendix('pl', [row('g', 0), row('d', 1), row('p1', 2), row('p2', 2)], levels('roman', 'dash', 'plus'));
    const numbers = numberRows(appendix);
    expect(numberOf(numbers, 'd')).toEqual({ stt: '', prefix: '- ', citation: '' });
    expect(numberOf(numbers, 'p1')).toEqual({ stt: '', prefix: '+ ', citation: '' });
    expect(numberOf(numbers, 'p2')).toEqual({ stt: '', prefix: '+ ', citation: '' });
  });

  it("gives 'none' rows neither number, prefix nor citation", () => {
    const appendix = makeAppendix('pl', [row('g', 0), row('a', 1), row('b', 1)], levels('roman', 'none'));
    const numbers = numberRows(appendix);
    expect(numberOf(numbers, 'a')).toEqual({ stt: '', prefix: '', citation: '' });
    expect(numberOf(numbers, 'b')).toEqual({ stt: '', prefix: '', citation: '' });
    expect(numberOf(numbers, 'g')).toEqual({ stt: 'I', prefix: '', citation: 'mục I' });
  });

  it('applies the last level style to rows deeper than the list of levels', () => {
    const appendix = makeAppendix(
      'pl',
      [row('g', 0), row('a', 1), row('a1', 2), row('a2', 2), row('b', 1), row('b1', 2)],
      levels('roman', 'arabic'),
    );
    expect(stts(appendix)).toEqual(['I', '1', '1', '2', '2', '1']);
  });

  it('numbers top-level data rows without groups', () => {
    const appendix = makeAppendix('pl', [row('a', 0, 'data'), row('b', 0, 'data'), row('c', 0, 'data')], levels('arabic'));
    expect(stts(appendix)).toEqual(['1', '2', '3']);
  });

  it('gives an empty map for an appendix without rows', () => {
    expect(numberRows(makeAppendix('pl', [])).size).toBe(0);
  });

  it('renumbers after rows are reordered', () => {
    const rows: Row[] = [row('g1', 0), row('a', 1), row('b', 1), row('c', 1), row('g2', 0), row('d', 1)];
    const appendix = makeAppendix('pl', rows);
    expect(numberOf(numberRows(appendix), 'c').stt).toBe('3');

    move(rows, 3, 1); // c first in group I
    expect(stts(appendix)).toEqual(['I', '1', '2', '3', 'II', '1']);
    expect(numberOf(numberRows(appendix), 'c')).toEqual({ stt: '1', prefix: '', citation: 'điểm 1' });
    expect(numberOf(numberRows(appendix), 'a').stt).toBe('2');

    move(rows, 4, 0); // group II (without its row) moves to the top
    expect(rows.map((r) => r.id)).toEqual(['g2', 'g1', 'c', 'a', 'b', 'd']);
    const numbers = numberRows(appendix);
    expect(numberOf(numbers, 'g2').stt).toBe('I');
    expect(numberOf(numbers, 'g1').stt).toBe('II');
    expect(numberOf(numbers, 'd').stt).toBe('4');
  });

  it('renumbers after rows are deleted', () => {
    const rows: Row[] = [row('g1', 0), row('a', 1), row('b', 1), row('g2', 0), row('c', 1), row('g3', 0), row('d', 1)];
    const appendix = makeAppendix('pl', rows);
    rows.splice(1, 1); // delete a
    expect(stts(appendix)).toEqual(['I', '1', 'II', '1', 'III', '1']);
    rows.splice(2, 2); // delete group II and its row
    const numbers = numberRows(appendix);
    expect(rows.map((r) => numberOf(numbers, r.id).stt)).toEqual(['I', '1', 'II', '1']);
    expect(numberOf(numbers, 'g3').citation).toBe('mục II');
    expect(numbers.has('a')).toBe(false);
    expect(numbers.has('g2')).toBe(false);
  });

  it('renumbers outline rows after one is deleted', () => {
    const rows: Row[] = [row('a', 0), row('b', 1), row('c', 1), row('d', 2), row('e', 0)];
    const appendix = makeAppendix('pl', rows, levels('outline'));
    rows.splice(1, 1);
    expect(stts(appendix)).toEqual(['1', '1.1', '1.1.1', '2']);
  });
});

describe('appendixNumber and appendixLabel', () => {
  const roman = { numberStyle: 'roman' as const };
  const arabic = { numberStyle: 'arabic' as const };

  it('numbers appendices in Roman numerals (NĐ 30)', () => {
    expect([0, 1, 2].map((i) => appendixNumber(roman, i, 3))).toEqual(['I', 'II', 'III']);
    expect([0, 1, 2].map((i) => appendixLabel(roman, i, 3))).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
    expect(appendixLabel(roman, 3, 4)).toBe('Phụ lục IV');
  });

  it('numbers appendices in Arabic numerals (HD 36)', () => {
    expect([0, 1, 2].map((i) => appendixNumber(arabic, i, 3))).toEqual(['1', '2', '3']);
    expect(appendixLabel(arabic, 2, 3)).toBe('Phụ lục 3');
    expect(appendixLabel(arabic, 0, 2)).toBe('Phụ lục 1');
  });

  it('gives a lone appendix no number', () => {
    expect(appendixNumber(roman, 0, 1)).toBe('');
    expect(appendixNumber(arabic, 0, 1)).toBe('');
    expect(appendixLabel(roman, 0, 1)).toBe('Phụ lục');
    expect(appendixLabel(arabic, 0, 1)).toBe('Phụ lục');
  });
});

describe('Phụ lục I of Kế hoạch 58-KH/TU', () => {
  const plan = parsePlanText(fixtureText(PARTY_FILE));
  const pl1 = plan.appendices[0];
  if (pl1 === undefined) throw new Error('the fixture has no Phụ lục I');

  it('is labelled Phụ lục I of two', () => {
    expect(plan.appendices).toHaveLength(2);
    expect(appendixLabel(pl1, 0, plan.appendices.length)).toBe('Phụ lục I');
    expect(plan.appendices[1] && appendixLabel(plan.appendices[1], 1, plan.appendices.length)).toBe('Phụ lục II');
  });

  it('has groups I … VII whose rows restart at 1 (11, 3, 15, 7, 6, 2, 3 rows)', () => {
    const numbers = numberRows(pl1);
    const groups: { stt: string; rows: string[] }[] = [];
    for (const r of pl1.rows) {
      const n = numberOf(numbers, r.id);
      if (r.level === 0) groups.push({ stt: n.stt, rows: [] });
      else groups[groups.length - 1]?.rows.push(n.stt);
    }
    expect(groups.map((g) => g.stt)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(groups.map((g) => g.rows.length)).toEqual([11, 3, 15, 7, 6, 2, 3]);
    for (const g of groups) expect(g.rows).toEqual(g.rows.map((_, i) => String(i + 1)));
  });

  it('cites group rows as "mục" and task rows as "điểm"', () => {
    const numbers = numberRows(pl1);
    const first = pl1.rows[0];
    const second = pl1.rows[1];
    expect(first && numberOf(numbers, first.id).citation).toBe('mục I');
    expect(second && numberOf(numbers, second.id).citation).toBe('điểm 1');
  });

  it('renumbers the following groups when group II is deleted', () => {
    const copy = structuredClone(pl1);
    const start = copy.rows.findIndex((r) => r.level === 0 && numberOf(numberRows(pl1), r.id).stt === 'II');
    copy.rows.splice(start, 4); // group II and its three rows
    const groupStts = copy.rows.filter((r) => r.level === 0).map((r) => numberOf(numberRows(copy), r.id).stt);
    expect(groupStts).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(copy.rows.filter((r) => r.level === 1)).toHaveLength(44);
  });
});
