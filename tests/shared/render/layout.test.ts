/**
 * The layout tree of both fixtures, checked without snapshots: sections and page setup, column
 * widths against the text width, the header-block table, group bands and merges in appendix
 * tables, STT numbers recomputed from position, and the end mark.
 */
import { describe, expect, it } from 'vitest';
import { cellText, inlineText, toRoman, type Appendix, type Block, type PlanDocument } from '../../../shared/model';
import {
  buildLayout,
  textWidthMm,
  type LayoutBlock,
  type LayoutCell,
  type LayoutParagraph,
  type LayoutSection,
  type LayoutTable,
} from '../../../shared/render/layout';
import { PARTY_FIXTURE, STATE_FIXTURE, loadFixture } from './docx-xml';

const state = loadFixture(STATE_FIXTURE);
const party = loadFixture(PARTY_FIXTURE);

const PORTRAIT_TEXT_MM = 210 - 30 - 15; // 165
const LANDSCAPE_TEXT_MM = 297 - 30 - 15; // 252

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function clone(plan: PlanDocument): PlanDocument {
  return structuredClone(plan);
}

function paragraphText(p: LayoutParagraph): string {
  return p.runs.map((r) => r.text).join('');
}

function cellTextOf(cell: LayoutCell | undefined): string {
  return (cell?.blocks ?? [])
    .filter((b): b is LayoutParagraph => b.kind === 'paragraph')
    .map(paragraphText)
    .join('\n');
}

function tablesOf(section: LayoutSection | undefined, role: LayoutTable['role']): LayoutTable[] {
  return (section?.blocks ?? []).filter((b): b is LayoutTable => b.kind === 'table' && b.role === role);
}

function tableOf(section: LayoutSection | undefined, role: LayoutTable['role']): LayoutTable {
  const table = tablesOf(section, role)[0];
  if (table === undefined) throw new Error(`no ${role} table`);
  return table;
}

/** Paragraphs of a block list in reading order, through tables. */
function flatParagraphs(blocks: readonly LayoutBlock[]): LayoutParagraph[] {
  return blocks.flatMap((b): LayoutParagraph[] => {
    if (b.kind === 'paragraph') return [b];
    if (b.kind === 'rule') return [];
    return b.rows.flatMap((r) => r.cells.flatMap((c) => flatParagraphs(c.blocks)));
  });
}

function appendixOf(plan: PlanDocument, index: number): Appendix {
  const appendix = plan.appendices[index];
  if (appendix === undefined) throw new Error(`no appendix ${index}`);
  return appendix;
}

describe('sections and page setup', () => {
  it('State plan: one portrait body section, numbers restart, page 1 hidden', () => {
    const layout = buildLayout(state);
    expect(layout.sections.map((s) => [s.role, s.page.orientation])).toEqual([['body', 'portrait']]);
    const body = layout.sections[0];
    expect(body?.page).toMatchObject({ widthMm: 210, heightMm: 297, headerDistanceMm: 10 });
    expect(body?.page.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(body?.pageNumbers).toEqual({ restart: true, hideOnFirstPage: true });
    expect(layout.font).toEqual({ family: 'Times New Roman', language: 'vi-VN' });
  });

  it('Party plan: body then two landscape appendices whose page numbers run on', () => {
    const layout = buildLayout(party);
    expect(layout.sections.map((s) => [s.role, s.page.orientation])).toEqual([
      ['body', 'portrait'],
      ['appendix', 'landscape'],
      ['appendix', 'landscape'],
    ]);
    for (const section of layout.sections.slice(1)) {
      expect(section.page).toMatchObject({ widthMm: 297, heightMm: 210 });
      expect(section.page.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
      expect(section.pageNumbers).toEqual({ restart: false, hideOnFirstPage: false });
    }
  });

  it('State appendices restart their page numbers (NĐ 30 Phụ lục I §III.1.đ)', () => {
    const plan = clone(state);
    plan.appendices = [{ ...appendixOf(party, 0), id: 'pl-state' }];
    const layout = buildLayout(plan);
    expect(layout.sections.map((s) => s.role)).toEqual(['body', 'appendix']);
    expect(layout.sections[1]?.pageNumbers.restart).toBe(true);
  });
});

describe('header block', () => {
  it.each([
    ['State', state, 0.4],
    ['Party', party, 0.45],
  ] as const)('%s: a borderless two-column table as wide as the 165 mm text width', (_, plan, share) => {
    const body = buildLayout(plan).sections[0];
    const first = body?.blocks[0];
    expect(first?.kind).toBe('table');
    const header = tableOf(body, 'header-block');
    expect(header).toBe(first);
    expect(header.borders).toBe(false);
    expect(header.columnsMm).toHaveLength(2);
    expect(sum(header.columnsMm)).toBeCloseTo(PORTRAIT_TEXT_MM, 1);
    expect(header.columnsMm[0]).toBeCloseTo(PORTRAIT_TEXT_MM * share, 0);
    // Row 2 holds số/ký hiệu (left) level with địa danh, ngày tháng (right).
    expect(header.rows).toHaveLength(2);
    expect(header.rows[1]?.cells.map((c) => c.blocks[0]?.kind === 'paragraph' && c.blocks[0].style)).toEqual(['KhNumber', 'KhPlaceDate']);
  });

  it('State: the Quốc hiệu fits on one line of the right column', () => {
    const header = tableOf(buildLayout(state).sections[0], 'header-block');
    const right = header.columnsMm[1] ?? 0;
    expect(textWidthMm('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true)).toBeLessThan(right);
  });

  it('State: rule under the organ 1/3–1/2 of its name, under the Tiêu ngữ its full length, centred in the column', () => {
    const header = tableOf(buildLayout(state).sections[0], 'header-block');
    const [left, right] = header.rows[0]?.cells ?? [];
    const leftRule = left?.blocks.find((b) => b.kind === 'rule');
    const rightRule = right?.blocks.find((b) => b.kind === 'rule');
    if (leftRule?.kind !== 'rule' || rightRule?.kind !== 'rule') throw new Error('rules missing');
    const organ = Math.max(textWidthMm('BAN QUẢN LÝ KHU KINH TẾ', 12, true), textWidthMm('VÀ CÁC KHU CÔNG NGHIỆP', 12, true));
    expect(leftRule.widthMm).toBeGreaterThanOrEqual(organ / 3);
    expect(leftRule.widthMm).toBeLessThanOrEqual(organ / 2);
    expect(leftRule.containerMm).toBe(header.columnsMm[0]);
    expect(rightRule.widthMm).toBeCloseTo(textWidthMm('Độc lập - Tự do - Hạnh phúc', 13, true), 0);
    expect(rightRule.containerMm).toBe(header.columnsMm[1]);
  });

  it('Party: "*" under the organ and no rule in the left column', () => {
    const header = tableOf(buildLayout(party).sections[0], 'header-block');
    const left = header.rows[0]?.cells[0];
    expect(left?.blocks.some((b) => b.kind === 'rule')).toBe(false);
    expect(left?.blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : b.kind))).toEqual(['TỈNH ỦY NINH BÌNH', '*']);
  });
});

describe('signature block', () => {
  it.each([
    ['State', state],
    ['Party', party],
  ] as const)('%s: nơi nhận and signature share the 165 mm text width in one unsplittable row', (_, plan) => {
    const signature = tableOf(buildLayout(plan).sections[0], 'signature');
    expect(sum(signature.columnsMm)).toBeCloseTo(PORTRAIT_TEXT_MM, 1);
    expect(signature.rows).toHaveLength(1);
    expect(signature.rows[0]?.cantSplit).toBe(true);
  });

  it('Party: the brace group fits inside the nơi nhận column', () => {
    const signature = tableOf(buildLayout(party).sections[0], 'signature');
    const left = signature.rows[0]?.cells[0];
    const group = left?.blocks.find((b): b is LayoutTable => b.kind === 'table' && b.role === 'recipient-group');
    expect(group).toBeDefined();
    expect(sum(group?.columnsMm ?? [])).toBeCloseTo(signature.columnsMm[0] ?? 0, 1);
    expect(group?.rows[0]?.cells[0]?.rightBorder).toBe(true);
    expect(cellTextOf(group?.rows[0]?.cells[1])).toBe('(để báo cáo)');
  });
});

describe('appendix tables', () => {
  const layout = buildLayout(party);
  const pl1 = tableOf(layout.sections[1], 'appendix');
  const pl2 = tableOf(layout.sections[2], 'appendix');

  it('share the 252 mm landscape text width in proportion to the column widths', () => {
    for (const [table, appendix] of [
      [pl1, appendixOf(party, 0)],
      [pl2, appendixOf(party, 1)],
    ] as const) {
      expect(Math.abs(sum(table.columnsMm) - LANDSCAPE_TEXT_MM)).toBeLessThanOrEqual(0.3);
      const total = sum(appendix.columns.map((c) => c.width));
      appendix.columns.forEach((c, i) => {
        expect(table.columnsMm[i]).toBeCloseTo((c.width / total) * LANDSCAPE_TEXT_MM, 0);
      });
      expect(table.borders).toBe(true);
      expect(table.rows[0]?.header).toBe(true);
      expect(table.rows.every((r) => r.cantSplit === true)).toBe(true);
    }
  });

  it('band layout (Phụ lục I): each group row is STT + one cell spanning the 4 other columns', () => {
    expect(pl1.rows).toHaveLength(1 + 7 + 47);
    const bands = pl1.rows.slice(1).filter((r) => r.cells.length !== 5);
    expect(bands).toHaveLength(7);
    for (const band of bands) {
      expect(band.cells).toHaveLength(2);
      expect(band.cells[1]?.colSpan).toBe(4);
    }
    expect(bands.map((b) => cellTextOf(b.cells[0]))).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
  });

  it('merged layout (Phụ lục II): group rows are not drawn; STT and group title merge down beside their rows', () => {
    expect(pl2.rows).toHaveLength(1 + 16);
    const data = pl2.rows.slice(1);
    const merges = data.map((r) => [r.cells[0]?.vMerge, r.cells[1]?.vMerge]);
    const pattern = (n: number): (string | undefined)[][] => [
      ['restart', 'restart'],
      ...Array.from({ length: n - 1 }, () => ['continue', 'continue']),
    ];
    expect(merges).toEqual([...pattern(6), ...pattern(4), ...pattern(6)]);
    const restarts = data.filter((r) => r.cells[0]?.vMerge === 'restart');
    expect(restarts.map((r) => cellTextOf(r.cells[0]))).toEqual(['I', 'II', 'III']);
    const groups = appendixOf(party, 1).rows.filter((r) => r.kind === 'group');
    expect(restarts.map((r) => cellTextOf(r.cells[1]))).toEqual(groups.map((g) => cellText(g.cells.group)));
  });

  it('merged layout (Phụ lục II): mergeAbove ["rule"] continues the cell above and empties its own', () => {
    const data = pl2.rows.slice(1);
    const marked = appendixOf(party, 1)
      .rows.filter((r) => r.kind === 'data')
      .findIndex((r) => r.mergeAbove?.includes('rule') === true);
    expect(data[marked - 1]?.cells[2]?.vMerge).toBe('restart');
    expect(data[marked]?.cells[2]?.vMerge).toBe('continue');
    expect(cellTextOf(data[marked]?.cells[2])).toBe('');
  });
});

describe('STT numbers come from position', () => {
  function sttColumn(plan: PlanDocument, appendix: number): string[] {
    const table = tableOf(buildLayout(plan).sections[appendix + 1], 'appendix');
    return table.rows.slice(1).map((r) => cellTextOf(r.cells[0]));
  }

  function mainColumn(plan: PlanDocument, appendix: number): string[] {
    const table = tableOf(buildLayout(plan).sections[appendix + 1], 'appendix');
    return table.rows.slice(1).map((r) => cellTextOf(r.cells[1]));
  }

  it('renumbers tasks reversed inside a group 1…n again', () => {
    const plan = clone(party);
    const rows = appendixOf(plan, 0).rows;
    const groupI = rows.slice(1, 12);
    expect(groupI.every((r) => r.kind === 'data')).toBe(true);
    appendixOf(plan, 0).rows = [...rows.slice(0, 1), ...[...groupI].reverse(), ...rows.slice(12)];

    const before = sttColumn(party, 0);
    const after = sttColumn(plan, 0);
    expect(after).toEqual(before);
    expect(after.slice(0, 12)).toEqual(['I', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    // The texts moved; the numbers did not.
    expect(mainColumn(plan, 0).slice(1, 12)).toEqual([...mainColumn(party, 0).slice(1, 12)].reverse());
  });

  it('renumbers groups when the last group is moved to the front', () => {
    const plan = clone(party);
    const rows = appendixOf(plan, 0).rows;
    const lastGroup = rows.map((r) => r.kind).lastIndexOf('group');
    appendixOf(plan, 0).rows = [...rows.slice(lastGroup), ...rows.slice(0, lastGroup)];

    const stt = sttColumn(plan, 0);
    const sizes = [3, 11, 3, 15, 7, 6, 2];
    expect(stt).toEqual(sizes.flatMap((n, g) => [toRoman(g + 1), ...Array.from({ length: n }, (_, i) => String(i + 1))]));
    expect(mainColumn(plan, 0)[0]).toBe(cellText(rows[lastGroup]?.cells.task));
  });

  it('renumbers merged groups of Phụ lục II after a move', () => {
    const plan = clone(party);
    const rows = appendixOf(plan, 1).rows;
    const second = rows.findIndex((r, i) => i > 0 && r.kind === 'group');
    appendixOf(plan, 1).rows = [...rows.slice(second), ...rows.slice(0, second)];
    const table = tableOf(buildLayout(plan).sections[2], 'appendix');
    const restarts = table.rows.slice(1).filter((r) => r.cells[0]?.vMerge === 'restart');
    expect(restarts.map((r) => cellTextOf(r.cells[0]))).toEqual(['I', 'II', 'III']);
    expect(cellTextOf(restarts[0]?.cells[1])).toBe(cellText(rows[second]?.cells.group));
  });
});

describe('end mark', () => {
  function lastBodyText(plan: PlanDocument): string {
    const body = buildLayout(plan).sections[0];
    const list = flatParagraphs(body?.blocks ?? []);
    const signatureTop = list.findIndex((p) => p.style === 'KhSignatureTop');
    const last = list
      .slice(0, signatureTop)
      .filter((p) => p.style === 'KhBody' || p.style.startsWith('KhItem'))
      .pop();
    return last === undefined ? '' : paragraphText(last);
  }

  function withLastText(plan: PlanDocument, text: string): PlanDocument {
    const copy = clone(plan);
    const section = copy.sections[copy.sections.length - 1];
    const last = section?.blocks[section.blocks.length - 1];
    if (section === undefined || last === undefined) throw new Error('no last block');
    const replaced: Block = { ...last, children: [{ text }] };
    section.blocks[section.blocks.length - 1] = replaced;
    return copy;
  }

  it('State: adds "./." after the last paragraph, replacing a final "." or ";"', () => {
    const last = state.sections.at(-1)?.blocks.at(-1);
    expect(lastBodyText(state)).toBe(`3. ${inlineText(last?.children ?? [])}./.`);
    expect(lastBodyText(withLastText(state, 'Kết thúc.'))).toBe('3. Kết thúc./.');
    expect(lastBodyText(withLastText(state, 'Kết thúc;'))).toBe('3. Kết thúc./.');
    expect(lastBodyText(withLastText(state, 'Kết thúc./.'))).toBe('3. Kết thúc./.');
  });

  it('Party: ends with a single "."', () => {
    expect(lastBodyText(party).endsWith('báo cáo theo quy định.')).toBe(true);
    expect(lastBodyText(withLastText(party, 'Kết thúc'))).toBe('Kết thúc.');
    expect(lastBodyText(withLastText(party, 'Kết thúc.'))).toBe('Kết thúc.');
  });
});
