/**
 * Golden checks on the DOCX of a Party plan (HD 36-HD/VPTW, FORMAT.md §B): Kế hoạch 58-KH/TU of
 * the Tỉnh ủy Ninh Bình, with two landscape appendices (a band-grouped task table and a criteria
 * table with merged group cells). Expected values come from the guide and the fixture.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cellText, inlineText, numberRows, toRoman, type Appendix, type PlanDocument } from '../../../shared/model';
import { renderDocx } from '../../../shared/render/docx';
import { textWidthMm } from '../../../shared/render/layout';
import {
  PARTY_FIXTURE,
  hasPageField,
  loadFixture,
  mm,
  openDocx,
  paragraphs,
  sectionBodies,
  sections,
  styleProps,
  tables,
  twips,
  type DocxParagraph,
  type DocxParts,
  type DocxTable,
} from './docx-xml';

const RENDER_TIMEOUT = 120_000;
const plan: PlanDocument = loadFixture(PARTY_FIXTURE);
let docx: DocxParts;
let bodies: string[];

beforeAll(async () => {
  docx = await openDocx(await renderDocx(plan, { now: new Date('2026-04-15T00:00:00Z') }));
  bodies = sectionBodies(docx.documentXml);
}, RENDER_TIMEOUT);

function expectNear(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected} ± ${tolerance}`).toBeLessThanOrEqual(tolerance);
}

function appendix(index: number): Appendix {
  const found = plan.appendices[index];
  if (found === undefined) throw new Error(`fixture has no appendix ${index}`);
  return found;
}

function sectionParagraphs(index: number): DocxParagraph[] {
  return paragraphs(bodies[index] ?? '');
}

function find(list: readonly DocxParagraph[], text: string): DocxParagraph {
  const found = list.find((p) => p.text === text);
  if (found === undefined) throw new Error(`no paragraph "${text}"`);
  return found;
}

function appendixTable(index: number): DocxTable {
  const table = tables(bodies[index + 1] ?? '')[0];
  if (table === undefined) throw new Error(`no table in appendix ${index}`);
  return table;
}

describe('HD 36 page setup (§B.1)', () => {
  it('has a portrait body section and two landscape appendix sections, all A4 with 20/20/30/15 mm margins', () => {
    const list = sections(docx.documentXml, docx.rels);
    expect(list).toHaveLength(1 + plan.appendices.length);
    expect(list).toHaveLength(3);
    const [body, ...appendices] = list;
    if (body === undefined) throw new Error('no body section');
    expect(body.orient ?? 'portrait').toBe('portrait');
    expectNear(body.width, 11906, 2);
    expectNear(body.height, 16838, 2);
    for (const section of appendices) {
      expect(section.orient).toBe('landscape');
      expectNear(section.width, 16838, 2);
      expectNear(section.height, 11906, 2);
    }
    for (const section of list) {
      expectNear(section.margins.top, 1134, 2);
      expectNear(section.margins.bottom, 1134, 2);
      expectNear(section.margins.left, 1701, 2);
      expectNear(section.margins.right, 850, 2);
      // Page number 10 mm from the top edge.
      expectNear(section.margins.header, twips(10), 2);
    }
  });
});

describe('HD 36 header block and title (§B.2–B.3)', () => {
  it('writes the Party header lines, the tên loại, the trích yếu and "-----" in order', () => {
    const texts = sectionParagraphs(0)
      .map((p) => p.text)
      .filter((t) => t !== '');
    expect(texts.slice(0, 8)).toEqual([
      'TỈNH ỦY NINH BÌNH',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 58-KH/TU',
      'Ninh Bình, ngày 15 tháng 4 năm 2026',
      'KẾ HOẠCH',
      plan.meta.summary,
      '-----',
    ]);
  });

  it('writes "Số" without a colon and April without a leading zero', () => {
    const list = sectionParagraphs(0);
    expect(list.some((p) => p.text.startsWith('Số:'))).toBe(false);
    expect(find(list, 'Số 58-KH/TU').style).toBe('KhNumber');
    expect(find(list, 'Ninh Bình, ngày 15 tháng 4 năm 2026').style).toBe('KhPlaceDate');
  });

  it('puts "*" on its own centred line under the organ, not a rule', () => {
    const list = sectionParagraphs(0);
    const organ = list.findIndex((p) => p.text === 'TỈNH ỦY NINH BÌNH');
    expect(list[organ]?.style).toBe('KhIssuingOrgan');
    const next = list.slice(organ + 1).find((p) => p.text !== '' || p.bottomBorder);
    expect(next?.text).toBe('*');
    expect(next?.bottomBorder).toBe(false);
    const starAlign = next?.align ?? styleProps(docx.stylesXml, next?.style ?? '').align;
    expect(starAlign).toBe('center');
  });

  it('draws one rule in the header, under "ĐẢNG CỘNG SẢN VIỆT NAM", as long as the title', () => {
    const section = bodies[0] ?? '';
    const list = paragraphs(section);
    const firstBody = list.findIndex((p) => p.style === 'KhBody');
    const rules = list.slice(0, firstBody).filter((p) => p.bottomBorder);
    expect(rules).toHaveLength(1); // "*" and "-----" replace the State rules
    const header = tables(section)[0];
    const right = header?.rows[0]?.cells[1];
    if (right === undefined) throw new Error('no header cell');
    const rule = right.paragraphs.find((p) => p.bottomBorder);
    expect(rule).toBeDefined();
    expect(right.paragraphs.map((p) => p.text).filter((t) => t !== '')).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    const lengthMm = mm(right.width - (rule?.indentLeft ?? 0) - (rule?.indentRight ?? 0));
    expectNear(lengthMm, textWidthMm('ĐẢNG CỘNG SẢN VIỆT NAM', 15, true), 1);
    expect(rule?.indentLeft).toBe(rule?.indentRight);
  });

  it('sizes and weights the header and title styles', () => {
    const motto = styleProps(docx.stylesXml, 'KhMotto1');
    expect(find(sectionParagraphs(0), 'ĐẢNG CỘNG SẢN VIỆT NAM').style).toBe('KhMotto1');
    expect(motto.size).toBe(30);
    expect(motto.bold).toBe(true);
    const organ = styleProps(docx.stylesXml, 'KhIssuingOrgan');
    expect([organ.size, organ.bold]).toEqual([28, true]);
    const number = styleProps(docx.stylesXml, 'KhNumber');
    expect([number.size, number.bold, number.italic]).toEqual([28, false, false]);
    const placeDate = styleProps(docx.stylesXml, 'KhPlaceDate');
    expect([placeDate.size, placeDate.italic]).toEqual([28, true]);
    const typeName = styleProps(docx.stylesXml, 'KhTypeName');
    expect(find(sectionParagraphs(0), 'KẾ HOẠCH').style).toBe('KhTypeName');
    expect([typeName.size, typeName.bold]).toEqual([32, true]);
    const summary = styleProps(docx.stylesXml, 'KhSummary');
    expect(summary.bold).toBe(true);
    expect(summary.size).toBeGreaterThanOrEqual(28);
    expect(summary.size).toBeLessThanOrEqual(30);
  });

  it('sets body text at 14 pt, justified, 10 mm first line, 18 pt exact line spacing', () => {
    const body = styleProps(docx.stylesXml, 'KhBody');
    expect(body.size).toBe(28);
    expect(body.align).toBe('both');
    expect(body.spacing.line).toBe(360);
    expect(body.spacing.lineRule).toBe('exact');
    expectNear(body.firstLine ?? 0, twips(10), 2);
    expect(body.spacing.after ?? 0).toBeGreaterThanOrEqual(120);
  });
});

describe('HD 36 page numbers', () => {
  it('hides the number on page 1 of the body and runs the numbers on into the appendices', () => {
    const [body, ...appendices] = sections(docx.documentXml, docx.rels);
    if (body === undefined) throw new Error('no body section');
    expect(body.titlePg).toBe(true);
    const first = docx.headers[body.headers.first?.file ?? ''];
    expect(first).toBeDefined();
    expect(hasPageField(first ?? '')).toBe(false);
    expect(hasPageField(docx.headers[body.headers.default?.file ?? ''] ?? '')).toBe(true);
    expect(appendices).toHaveLength(2);
    for (const section of appendices) {
      expect(section.pgNumStart).toBeUndefined();
      expect(section.titlePg).toBe(false);
      const header = docx.headers[section.headers.default?.file ?? ''];
      expect(header).toBeDefined();
      expect(hasPageField(header ?? '')).toBe(true);
      expect(paragraphs(header ?? '')[0]?.style).toBe('KhPageNumber');
    }
    const pageNumber = styleProps(docx.stylesXml, 'KhPageNumber');
    expect([pageNumber.size, pageNumber.align]).toEqual([28, 'center']);
  });
});

describe('HD 36 body and signature (§B.4–B.6)', () => {
  it('keeps a single "." at the end of the last paragraph (Party end mark, no doubling)', () => {
    const list = sectionParagraphs(0);
    const signatureTop = list.findIndex((p) => p.style === 'KhSignatureTop');
    const last = list
      .slice(0, signatureTop)
      .filter((p) => p.style === 'KhBody' || p.style.startsWith('KhItem'))
      .pop();
    const lastBlock = plan.sections[plan.sections.length - 1]?.blocks.at(-1);
    if (last === undefined || lastBlock === undefined) throw new Error('no last paragraph');
    expect(last.text).toBe(inlineText(lastBlock.children));
    expect(last.text.endsWith('báo cáo theo quy định.')).toBe(true);
    expect(last.text).not.toMatch(/\.\.$|\.\/\.$/);
  });

  it('signs "T/M BAN THƯỜNG VỤ" (bold) / "PHÓ BÍ THƯ" (not bold) / "Đinh Thị Lụa" (bold)', () => {
    const list = sectionParagraphs(0);
    expect(find(list, 'T/M BAN THƯỜNG VỤ').style).toBe('KhSignerAuthority');
    expect(find(list, 'PHÓ BÍ THƯ').style).toBe('KhSignerPosition');
    expect(find(list, 'Đinh Thị Lụa').style).toBe('KhSignerName');
    const authority = styleProps(docx.stylesXml, 'KhSignerAuthority');
    const position = styleProps(docx.stylesXml, 'KhSignerPosition');
    const name = styleProps(docx.stylesXml, 'KhSignerName');
    expect([authority.size, authority.bold]).toEqual([28, true]);
    expect([position.size, position.bold]).toEqual([28, false]);
    expect([name.size, name.bold]).toEqual([28, true]);
  });

  it('underlines "Nơi nhận:" (14 pt, not bold or italic) and ends recipients with "," and the archive line with "."', () => {
    const label = styleProps(docx.stylesXml, 'KhRecipientsLabel');
    expect(label.underline).toBe(true);
    expect(label.bold).toBe(false);
    expect(label.italic).toBe(false);
    expect(label.size).toBe(28);
    expect(styleProps(docx.stylesXml, 'KhRecipient').size).toBe(24);

    const all = tables(bodies[0] ?? '');
    const left = all[all.length - 1]?.rows[0]?.cells[0];
    if (left === undefined) throw new Error('no signature table');
    const lines = left.paragraphs.map((p) => p.text).filter((t) => t !== '');
    expect(lines[0]).toBe('Nơi nhận:');
    expect(left.paragraphs[0]?.style).toBe('KhRecipientsLabel');
    expect(lines[lines.length - 1]).toBe('- Lưu Văn phòng Tỉnh ủy.');
    const single = plan.recipients.flatMap((r) => ('name' in r ? [`- ${r.name},`] : []));
    expect(lines.slice(1, -1)).toEqual(single);
  });

  it('draws the "(để báo cáo)" brace group as a nested table with a line right of the names', () => {
    const all = tables(bodies[0] ?? '');
    const left = all[all.length - 1]?.rows[0]?.cells[0];
    const group = left?.tables[0];
    const [names, purpose] = group?.rows[0]?.cells ?? [];
    if (names === undefined || purpose === undefined) throw new Error('no brace group');
    expect(names.rightBorder).toBe(true);
    expect(purpose.rightBorder).toBe(false);
    expect(purpose.text).toBe('(để báo cáo)');
    expect(names.paragraphs.map((p) => p.text)).toEqual([
      '- Ban Bí thư Trung ương Đảng,',
      '- Các Ban xây dựng Đảng Trung ương,',
      '- Ủy ban Kiểm tra Trung ương,',
      '- Văn phòng Trung ương Đảng,',
    ]);
  });
});

describe('HD 36 appendix headings', () => {
  const REF_LINE = '(Kèm theo Kế hoạch số 58-KH/TU ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy tỉnh Ninh Bình)';

  it.each([0, 1])('appendix %i starts its section with label, title lines and reference line', (index) => {
    const list = sectionParagraphs(index + 1).filter((p) => p.text !== '');
    const titleLines = appendix(index).title.split('\n');
    expect(list.slice(0, 2 + titleLines.length).map((p) => [p.style, p.text])).toEqual([
      ['KhAppendixLabel', `Phụ lục ${toRoman(index + 1)}`],
      ...titleLines.map((line) => ['KhAppendixTitle', line]),
      ['KhAppendixRef', REF_LINE],
    ]);
  });

  it('styles the label bold 14 pt, the title bold, the reference line italic', () => {
    const label = styleProps(docx.stylesXml, 'KhAppendixLabel');
    expect([label.size, label.bold, label.align]).toEqual([28, true, 'center']);
    const title = styleProps(docx.stylesXml, 'KhAppendixTitle');
    expect([title.bold, title.align]).toEqual([true, 'center']);
    const ref = styleProps(docx.stylesXml, 'KhAppendixRef');
    expect([ref.italic, ref.bold, ref.align]).toEqual([true, false, 'center']);
  });
});

describe('HD 36 appendix tables', () => {
  const LANDSCAPE_TEXT_WIDTH = twips(297 - 30 - 15); // 252 mm ≈ 14287 twips

  it.each([0, 1])('table %i: fixed layout, full text width, repeated header row, rows never split', (index) => {
    const table = appendixTable(index);
    expect(table.layout).toBe('fixed');
    expect(table.grid).toHaveLength(appendix(index).columns.length);
    expectNear(
      table.grid.reduce((a, b) => a + b, 0),
      LANDSCAPE_TEXT_WIDTH,
      10,
    );
    expect(table.rows[0]?.header).toBe(true);
    expect(table.rows.slice(1).every((r) => !r.header)).toBe(true);
    expect(table.rows.every((r) => r.cantSplit)).toBe(true);
    expect(table.rows[0]?.cells.map((c) => c.text)).toEqual(appendix(index).columns.map((c) => c.label));
  });

  it('Phụ lục I: header + 7 group bands + 47 tasks, groups spanning the 4 columns after STT', () => {
    const table = appendixTable(0);
    expect(table.rows).toHaveLength(1 + 7 + 47);
    const data = table.rows.slice(1);
    const bands = data.filter((r) => r.cells.length === 2);
    expect(bands).toHaveLength(7);
    for (const band of bands) {
      expect(band.cells[1]?.gridSpan).toBe(4);
      // Level 0 rows are bold (the appendix's level style).
      expect(band.cells.every((c) => /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(c.xml))).toBe(true);
    }
    for (const row of data.filter((r) => r.cells.length !== 2)) {
      expect(row.cells).toHaveLength(5);
      expect(row.cells.every((c) => c.gridSpan === 1)).toBe(true);
    }
  });

  it('Phụ lục I: STT reads I, 1…11, II, 1…3, III, 1…15, IV, 1…7, V, 1…6, VI, 1…2, VII, 1…3', () => {
    const sizes = [11, 3, 15, 7, 6, 2, 3];
    const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];
    const expected = sizes.flatMap((size, g) => [romans[g] ?? '', ...Array.from({ length: size }, (_, i) => String(i + 1))]);
    const stt = appendixTable(0)
      .rows.slice(1)
      .map((r) => r.cells[0]?.text);
    expect(stt).toHaveLength(54);
    expect(stt).toEqual(expected);
  });

  it('Phụ lục I: each band carries its group title, each task row its cells', () => {
    const pl1 = appendix(0);
    const numbers = numberRows(pl1);
    const data = appendixTable(0).rows.slice(1);
    pl1.rows.forEach((row, i) => {
      const cells = data[i]?.cells ?? [];
      if (row.kind === 'group') {
        expect(cells[1]?.text).toBe(cellText(row.cells.task));
      } else {
        expect(cells.map((c) => c.text)).toEqual([
          numbers.get(row.id)?.stt,
          ...['task', 'lead', 'deadline', 'note'].map((id) => cellText(row.cells[id])),
        ]);
      }
    });
  });

  it('Phụ lục II: STT and group title merge down over each group (vMerge restart / continue)', () => {
    const pl2 = appendix(1);
    const table = appendixTable(1);
    const data = table.rows.slice(1);
    const groups = pl2.rows.filter((r) => r.kind === 'group');
    const sizes = groups.map((g) => {
      const start = pl2.rows.indexOf(g);
      let n = 0;
      for (let i = start + 1; i < pl2.rows.length && pl2.rows[i]?.kind === 'data'; i++) n++;
      return n;
    });
    expect(sizes).toEqual([6, 4, 6]);
    // Group rows are not drawn themselves: header + 16 data rows.
    expect(table.rows).toHaveLength(1 + 16);
    let at = 0;
    sizes.forEach((size, g) => {
      for (let i = 0; i < size; i++) {
        const row = data[at + i];
        expect(row?.cells).toHaveLength(6);
        const [stt, group] = row?.cells ?? [];
        const merge = i === 0 ? 'restart' : 'continue';
        expect(stt?.vMerge, `row ${at + i} STT`).toBe(merge);
        expect(group?.vMerge, `row ${at + i} group`).toBe(merge);
        if (i === 0) {
          expect(stt?.text).toBe(toRoman(g + 1));
          expect(group?.text).toBe(cellText(groups[g]?.cells.group));
        }
      }
      at += size;
    });
  });

  it('Phụ lục II: the row marked mergeAbove ["rule"] continues the "Quy định" cell above it', () => {
    const pl2 = appendix(1);
    const dataRows = pl2.rows.filter((r) => r.kind === 'data');
    const marked = dataRows.findIndex((r) => r.mergeAbove?.includes('rule') === true);
    expect(marked).toBeGreaterThan(0);
    const ruleColumn = pl2.columns.findIndex((c) => c.id === 'rule');
    expect(ruleColumn).toBe(2);
    const data = appendixTable(1).rows.slice(1);
    const above = data[marked - 1]?.cells[ruleColumn];
    const continued = data[marked]?.cells[ruleColumn];
    expect(above?.vMerge).toBe('restart');
    expect(above?.text).toBe(cellText(dataRows[marked - 1]?.cells.rule));
    expect(continued?.vMerge).toBe('continue');
    expect(continued?.text).toBe('');
    // The other cells of the marked row are its own.
    expect(data[marked]?.cells[3]?.text).toBe(cellText(dataRows[marked]?.cells.action));
    // Only that cell merges: the rule cells of other rows stand alone.
    const merged = data.filter((r) => r.cells[ruleColumn]?.vMerge !== undefined);
    expect(merged).toHaveLength(2);
  });

  // Only the first cell of a vertical merge carries text: copies in continuation cells would be
  // seen by text extraction, re-import and the fingerprint, and come back when a user unmerges.
  it('Phụ lục II: continuation cells of a merged group hold no text', () => {
    const data = appendixTable(1).rows.slice(1);
    const continued = data.flatMap((r) => r.cells.slice(0, 2)).filter((c) => c.vMerge === 'continue');
    expect(continued.length).toBe(2 * (16 - 3));
    expect(continued.map((c) => c.text).filter((t) => t !== '')).toEqual([]);
  });
});
