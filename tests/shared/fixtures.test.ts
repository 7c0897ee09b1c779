import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectStrings } from './model/helpers';
import { cellText, inlineText, numberItems, numberRows, type Appendix, type Block, type PlanDocument } from '../../shared/model';
import { parsePlanText, serializePlan } from '../../shared/plan-file';

function fixtureText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
}

const PARTY_FILE = 'ke-hoach-58-KH-TU.kehoach';
const STATE_FILE = 'ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach';

function appendix(plan: PlanDocument, index: number): Appendix {
  const found = plan.appendices[index];
  if (found === undefined) throw new Error(`no appendix ${index}`);
  return found;
}

function sectionBlocks(plan: PlanDocument, index: number): Block[] {
  const section = plan.sections[index];
  if (section === undefined) throw new Error(`no section ${index}`);
  return section.blocks;
}

describe.each([PARTY_FILE, STATE_FILE])('fixture %s', (file) => {
  const text = fixtureText(file);

  it('parses and is stored in canonical form', () => {
    const plan = parsePlanText(text);
    expect(serializePlan(plan)).toBe(text);
  });

  it('holds only NFC text', () => {
    const strings = collectStrings(JSON.parse(text));
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) expect(s).toBe(s.normalize('NFC'));
  });

  it('keeps no extraction markup in the text', () => {
    for (const s of collectStrings(JSON.parse(text))) {
      expect(s).not.toMatch(/\*|<\/?i>|\\geq|\t/);
    }
  });
});

describe('Kế hoạch 58-KH/TU (Tỉnh ủy Ninh Bình)', () => {
  const plan = parsePlanText(fixtureText(PARTY_FILE));

  it('has the header data of the Party plan', () => {
    expect(plan.profile).toBe('hd36-2018');
    expect(plan.meta.number).toBe('58');
    expect(plan.meta.symbol).toBe('KH/TU');
    expect(plan.meta.date).toEqual({ year: 2026, month: 4, day: 15 });
    expect(plan.meta.parentOrgan).toBe('');
    expect(plan.meta.issuingOrgan.header).toBe('TỈNH ỦY NINH BÌNH');
    expect(plan.basis).toHaveLength(1);
    expect(plan.basis[0]?.shortName).toBe('Nghị quyết số 05-NQ/TU');
    expect(plan.preamble).toHaveLength(1);
  });

  it('has the four sections', () => {
    expect(plan.sections.map((s) => s.title)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'MỤC TIÊU',
      'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
      'TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('numbers the items of section III as the original', () => {
    const blocks = sectionBlocks(plan, 2);
    const numbers = numberItems(blocks);
    const labels = blocks.flatMap((b) => (b.type === 'item' ? [numbers.get(b.id)?.label] : []));
    expect(labels).toEqual(['1.', '2.', '2.1.', '2.2.', '2.3.', '2.4.', '2.5.', '2.6.', '2.7.']);
    expect(blocks.filter((b) => b.type === 'bullet')).toHaveLength(27);
  });

  it('joins words split across page breaks', () => {
    const all = plan.sections.flatMap((s) => s.blocks.map((b) => inlineText(b.children))).join('\n');
    for (const joined of ['Xây dựng đội ngũ', 'Phủ Lý - Hoa Lư', 'phim trường', 'của từng vùng']) {
      expect(all).toContain(joined);
    }
  });

  it('has Phụ lục I with groups I…VII and 47 tasks numbered from 1 in each group', () => {
    const pl1 = appendix(plan, 0);
    const groups = pl1.rows.filter((r) => r.kind === 'group');
    const data = pl1.rows.filter((r) => r.kind === 'data');
    expect(groups).toHaveLength(7);
    expect(data).toHaveLength(47);
    const numbers = numberRows(pl1);
    expect(groups.map((r) => numbers.get(r.id)?.stt)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);

    const perGroup: string[][] = [];
    for (const row of pl1.rows) {
      if (row.kind === 'group') perGroup.push([]);
      else perGroup[perGroup.length - 1]?.push(numbers.get(row.id)?.stt ?? '');
    }
    expect(perGroup.map((g) => g.length)).toEqual([11, 3, 15, 7, 6, 2, 3]);
    for (const g of perGroup) expect(g).toEqual(g.map((_, i) => String(i + 1)));
  });

  it('has Phụ lục II with three criteria groups and sixteen rows', () => {
    const pl2 = appendix(plan, 1);
    expect(pl2.groupLayout).toBe('merged');
    expect(pl2.groupColumn).toBe('group');
    const groups = pl2.rows.filter((r) => r.kind === 'group');
    const data = pl2.rows.filter((r) => r.kind === 'data');
    expect(groups).toHaveLength(3);
    expect(data).toHaveLength(16);
    const numbers = numberRows(pl2);
    expect(groups.map((r) => numbers.get(r.id)?.stt)).toEqual(['I', 'II', 'III']);
    expect(data.every((r) => numbers.get(r.id)?.stt === '')).toBe(true);
    expect(groups.map((r) => cellText(r.cells.group))).toEqual([
      'Vai trò, vị trí và điều kiện phát triển kinh tế - xã hội',
      'Mức độ đô thị hóa',
      'Trình độ phát triển hạ tầng và tổ chức không gian đô thị',
    ]);

    const merged = pl2.rows.filter((r) => r.mergeAbove !== undefined);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.mergeAbove).toEqual(['rule']);
    expect(merged[0]?.cells.rule).toBeUndefined();
    expect(cellText(merged[0]?.cells.action)).toMatch(/^Đánh giá năng lực chống chịu/);

    const texts = pl2.rows.flatMap((r) => Object.values(r.cells).map((c) => cellText(c)));
    expect(texts).toContain('Quy mô dân số đô thị ≥ 2.500.000 người');
    expect(texts).toContain('- Tỷ lệ đô thị hóa hiện trạng 31,5%;\n- Dự kiến đạt tối thiểu 60%');
  });

  it('has the signer and recipients', () => {
    expect(plan.signer).toEqual({
      authority: [{ kind: 'TM', body: 'BAN THƯỜNG VỤ' }],
      position: 'PHÓ BÍ THƯ',
      name: 'Đinh Thị Lụa',
    });
    expect(plan.recipients[0]).toEqual({
      purpose: '(để báo cáo)',
      names: ['Ban Bí thư Trung ương Đảng', 'Các Ban xây dựng Đảng Trung ương', 'Ủy ban Kiểm tra Trung ương', 'Văn phòng Trung ương Đảng'],
    });
    expect(plan.recipients).toHaveLength(8);
    expect(plan.recipients[plan.recipients.length - 1]).toEqual({ name: 'Các sở, ban, ngành, đoàn thể tỉnh' });
    expect(plan.archive).toBe('Văn phòng Tỉnh ủy');
  });
});

describe('Kế hoạch của Ban Quản lý KKT thực hiện Kế hoạch 30/KH-UBND', () => {
  const plan = parsePlanText(fixtureText(STATE_FILE));

  it('leaves the number and day blank', () => {
    expect(plan.profile).toBe('nd30-2020');
    expect(plan.meta.number).toBe('');
    expect(plan.meta.symbol).toBe('KH-BQL');
    expect(plan.meta.date).toEqual({ year: 2026, month: 2, day: null });
    expect(plan.meta.parentOrgan).toBe('UBND TỈNH NINH BÌNH');
    expect(plan.meta.markings.drafterInitials).toBe('ĐTS');
    expect(plan.basis[0]?.shortName).toBe('Kế hoạch số 30/KH-UBND');
    expect(plan.appendices).toEqual([]);
  });

  it('has four sections', () => {
    expect(plan.sections).toHaveLength(4);
    expect(plan.sections.map((s) => s.title)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'MỤC TIÊU',
      'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
      'TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('letters the points of III.2 a, b, c, d, đ, e, g', () => {
    const blocks = sectionBlocks(plan, 2);
    const numbers = numberItems(blocks);
    const start = blocks.findIndex((b) => numbers.get(b.id)?.label === '2.');
    const end = blocks.findIndex((b, i) => i > start && b.type === 'item' && b.level === 1);
    expect(start).toBeGreaterThanOrEqual(0);
    const letters = blocks.slice(start + 1, end).map((b) => numbers.get(b.id)?.label);
    expect(letters).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']);
    expect(blocks[start]?.type === 'item' && blocks[start].heading).toBe(true);
  });

  it('leaves the end mark to the renderer', () => {
    const last = sectionBlocks(plan, 3).at(-1);
    expect(last).toBeDefined();
    expect(inlineText(last?.children ?? [])).toMatch(/chỉ đạo thực hiện$/);
  });

  it('has the signer and recipients', () => {
    expect(plan.signer).toEqual({
      authority: [{ kind: 'KT', body: 'TRƯỞNG BAN' }],
      position: 'PHÓ TRƯỞNG BAN',
      name: 'Bùi Duy Quang',
    });
    expect(plan.recipients).toEqual([
      { name: 'UBND tỉnh', purpose: '(để báo cáo)' },
      { name: 'Lãnh đạo Ban' },
      { name: 'Các phòng, đơn vị trực thuộc' },
    ]);
    expect(plan.archive).toBe('VT, VP');
  });
});
