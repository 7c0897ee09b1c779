/** Unplaced import lines put into a section or an appendix, or left out, before the plan is made. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import';
import { cellText, inlineText, numberItems, numberRows, type Block, type PlanDocument, type Section } from '../../../shared/model';
import { appendLineToAppendix, appendLineToSection, placeUnplacedLines, splitUnplacedCells } from '../../../shared/paste/place-unplaced';
import { partyPlan } from '../edit/plans';

function ids(): () => string {
  let n = 0;
  return () => `new${String(++n)}`;
}

function section(plan: PlanDocument, id: string): Section {
  const found = plan.sections.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no section ${id}`);
  return found;
}

function lastBlock(plan: PlanDocument, id: string): Block | undefined {
  return section(plan, id).blocks.at(-1);
}

describe('placing a line in a section', () => {
  it('appends a plain line as a paragraph and leaves the input plan untouched', () => {
    const plan = partyPlan();
    const placed = appendLineToSection(plan, 's1', 'Bảo đảm sự lãnh đạo của cấp ủy.', ids());
    expect(section(placed, 's1').blocks).toHaveLength(section(plan, 's1').blocks.length + 1);
    expect(lastBlock(placed, 's1')).toEqual({ type: 'paragraph', id: 'new1', children: [{ text: 'Bảo đảm sự lãnh đạo của cấp ủy.' }] });
    expect(placed.sections[1]).toBe(plan.sections[1]);
  });

  it('reads a typed marker as the item or bullet it stands for, without the marker', () => {
    const plan = partyPlan();
    const decimal = appendLineToSection(plan, 's1', '3. Kiểm tra, giám sát việc thực hiện.', ids());
    const item = lastBlock(decimal, 's1');
    expect(item).toMatchObject({ type: 'item', level: 1, marker: 'decimal', children: [{ text: 'Kiểm tra, giám sát việc thực hiện.' }] });
    expect(numberItems(section(decimal, 's1').blocks).get(item?.id ?? '')?.number).toBe('3');

    // After "2.1." in section III a letter point goes one level under it.
    expect(lastBlock(appendLineToSection(plan, 's3', 'a) Rà soát quy hoạch.', ids()), 's3')).toMatchObject({
      type: 'item',
      level: 3,
      marker: 'letter',
    });
    expect(lastBlock(appendLineToSection(plan, 's4', '- Báo cáo kết quả.', ids()), 's4')).toMatchObject({ type: 'bullet', level: 1 });
    expect(lastBlock(appendLineToSection(plan, 's4', '+ Hằng quý.', ids()), 's4')).toMatchObject({
      type: 'bullet',
      level: 2,
      children: [{ text: 'Hằng quý.' }],
    });
  });

  it('writes NFC and replaces the one empty paragraph of a new section', () => {
    const plan: PlanDocument = {
      ...partyPlan(),
      sections: [{ id: 'empty', title: 'MỚI', blocks: [{ type: 'paragraph', id: 'p', children: [{ text: '' }] }] }],
    };
    const placed = appendLineToSection(plan, 'empty', 'Thu\u0309y lơ\u0323i'.normalize('NFD'), ids());
    expect(section(placed, 'empty').blocks).toEqual([{ type: 'paragraph', id: 'new1', children: [{ text: 'Thủy lợi' }] }]);
  });

  it('changes nothing for an unknown section or a blank line', () => {
    const plan = partyPlan();
    expect(appendLineToSection(plan, 'khong-co', 'Nội dung', ids())).toBe(plan);
    expect(appendLineToSection(plan, 's1', '   ', ids())).toBe(plan);
  });
});

describe('placing a line in an appendix', () => {
  it('appends a plain line as a data row with the text in the main column', () => {
    const plan = partyPlan();
    const appendix = plan.appendices[0];
    const placed = appendLineToAppendix(plan, 'pl1', 'Tổ chức hội nghị sơ kết.', ids());
    const rows = placed.appendices[0]?.rows ?? [];
    expect(rows).toHaveLength((appendix?.rows.length ?? 0) + 1);
    expect(rows.at(-1)).toEqual({ id: 'new1', kind: 'data', level: 1, cells: { task: 'Tổ chức hội nghị sơ kết.' } });
    expect(placed.appendices[1]).toBe(plan.appendices[1]);
  });

  it('spreads a table row (tabs or " | ") across the columns, its STT setting the level', () => {
    const plan = partyPlan();
    expect(splitUnplacedCells('5 | Rà soát | Sở Nội vụ')).toEqual(['5', 'Rà soát', 'Sở Nội vụ']);
    const row = appendLineToAppendix(plan, 'pl1', '8\tRà soát tiêu chí\tSở Xây dựng\tNăm 2026', ids()).appendices[0]?.rows.at(-1);
    expect(row).toEqual({
      id: 'new1',
      kind: 'data',
      level: 1,
      cells: { task: 'Rà soát tiêu chí', lead: 'Sở Xây dựng', deadline: 'Năm 2026' },
    });

    const group = appendLineToAppendix(plan, 'pl1', 'VIII | NHIỆM VỤ KHÁC', ids());
    const last = group.appendices[0];
    expect(last?.rows.at(-1)).toMatchObject({ kind: 'group', level: 0, cells: { task: 'NHIỆM VỤ KHÁC' } });
    expect(numberRows(last ?? { rows: [], levels: [] }).get('new1')?.stt).toBe('VIII');
  });

  it('changes nothing for an unknown appendix or a blank line', () => {
    const plan = partyPlan();
    expect(appendLineToAppendix(plan, 'khong-co', 'Nội dung', ids())).toBe(plan);
    expect(appendLineToAppendix(plan, 'pl2', '', ids())).toBe(plan);
  });
});

describe('placing the unplaced lines of an import', () => {
  const seed = readFileSync(new URL('../../fixtures/seeds/thong-bao-dang-hoi-nghi-so-ket.txt', import.meta.url), 'utf8');

  it('puts the lines given a place where they go, in order, and leaves the others out', () => {
    const { plan, report } = importText(seed);
    const footnote = report.unplaced[0];
    expect(footnote?.reason).toMatch(/chú thích/u);
    const sectionId = plan.sections[0]?.id ?? '';
    const placed = placeUnplacedLines(
      plan,
      [
        { text: footnote?.text ?? '', target: { kind: 'section', sectionId } },
        { text: 'Dòng bỏ qua', target: null },
        { text: '- Dòng thứ hai', target: { kind: 'section', sectionId } },
      ],
      ids(),
    );
    const tail = section(placed, sectionId).blocks.slice(-2);
    expect(tail.map((b) => [b.type, inlineText(b.children)])).toEqual([
      ['paragraph', footnote?.text],
      ['bullet', 'Dòng thứ hai'],
    ]);
    expect(JSON.stringify(placed)).not.toContain('Dòng bỏ qua');
    expect(placeUnplacedLines(plan, [{ text: 'x', target: null }], ids())).toBe(plan);
  });

  it('fills appendix rows from the seed plan the same way', () => {
    const { plan } = importText(
      readFileSync(new URL('../../fixtures/seeds/ke-hoach-dang-ninh-binh-58-KH-TU.txt', import.meta.url), 'utf8'),
    );
    const appendix = plan.appendices[1];
    const placed = placeUnplacedLines(
      plan,
      [{ text: 'Tiêu chí bổ sung', target: { kind: 'appendix', appendixId: appendix?.id ?? '' } }],
      ids(),
    );
    const row = placed.appendices[1]?.rows.at(-1);
    expect(row?.kind).toBe('data');
    expect(cellText(row?.cells[appendix?.mainColumn ?? ''])).toBe('Tiêu chí bổ sung');
  });
});
