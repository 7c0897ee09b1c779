/**
 * Golden checks on the DOCX of a Party plan under Hướng dẫn 05-HD/VPTW (27/5/2026): Kế hoạch
 * 58-KH/TU dated 15/6/2026, so that its profile follows the date to HD 05. Each expectation is a
 * value the guide states (its section in the comment), and what changed from HD 36 is checked
 * against the HD 36 rendering of the same plan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type PlanDocument } from '../../../shared/model';
import { setPlanDate } from '../../../shared/model/ops';
import { renderDocx } from '../../../shared/render/docx';
import {
  PARTY_FIXTURE,
  hasPageField,
  loadFixture,
  openDocx,
  paragraphs,
  sectionBodies,
  sections,
  styleProps,
  tables,
  twips,
  type DocxParagraph,
  type DocxParts,
} from './docx-xml';

const RENDER_TIMEOUT = 120_000;
const hd36: PlanDocument = loadFixture(PARTY_FIXTURE);
const plan: PlanDocument = setPlanDate(hd36, { year: 2026, month: 6, day: 15 });
let docx: DocxParts;
let bodies: string[];

beforeAll(async () => {
  docx = await openDocx(await renderDocx(plan, { now: new Date('2026-06-15T00:00:00Z') }));
  bodies = sectionBodies(docx.documentXml);
}, RENDER_TIMEOUT);

function expectNear(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected} ± ${tolerance}`).toBeLessThanOrEqual(tolerance);
}

function sectionParagraphs(index: number): DocxParagraph[] {
  return paragraphs(bodies[index] ?? '');
}

function recipientLines(): string[] {
  const all = tables(bodies[0] ?? '');
  const left = all[all.length - 1]?.rows[0]?.cells[0];
  if (left === undefined) throw new Error('no signature table');
  return left.paragraphs.map((p) => p.text).filter((t) => t !== '');
}

it('the plan follows its date to HD 05', () => {
  expect(hd36.profile).toBe('hd36-2018');
  expect(plan.profile).toBe('hd05-2026');
});

describe('HD 05 page (Phần II, mục IV.3–IV.5)', () => {
  it('is A4 portrait with 20/20/30/15 mm margins and the page number 10 mm from the top', () => {
    const list = sections(docx.documentXml, docx.rels);
    expect(list).toHaveLength(3);
    for (const section of list) {
      expectNear(section.margins.top, 1134, 2);
      expectNear(section.margins.bottom, 1134, 2);
      expectNear(section.margins.left, 1701, 2);
      expectNear(section.margins.right, 850, 2);
      expectNear(section.margins.header, twips(10), 2);
    }
    expect(list[0]?.orient ?? 'portrait').toBe('portrait');
  });

  it('numbers each appendix apart from 1, with no number on its first page (mục IV.5.2)', () => {
    const [body, ...appendices] = sections(docx.documentXml, docx.rels);
    if (body === undefined) throw new Error('no body section');
    expect(body.titlePg).toBe(true);
    expect(appendices).toHaveLength(2);
    for (const section of appendices) {
      expect(section.pgNumStart).toBe(1);
      expect(section.titlePg).toBe(true);
      expect(hasPageField(docx.headers[section.headers.first?.file ?? ''] ?? '')).toBe(false);
      expect(hasPageField(docx.headers[section.headers.default?.file ?? ''] ?? '')).toBe(true);
    }
  });
});

describe('HD 05 header and title (Phần II, mục I.1–I.5; Phụ lục 2)', () => {
  it('writes the organ, "*", the heading, "Số 58-KH/TU", the place and date, the title and "-----"', () => {
    const texts = sectionParagraphs(0)
      .map((p) => p.text)
      .filter((t) => t !== '');
    expect(texts.slice(0, 8)).toEqual([
      'TỈNH ỦY NINH BÌNH',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 58-KH/TU',
      'Ninh Bình, ngày 15 tháng 6 năm 2026',
      'KẾ HOẠCH',
      plan.meta.summary,
      '-----',
    ]);
  });

  it('sizes the parts as Phụ lục 2 says: heading 15 bold, organ 14 bold, number 14, date 14 italic, tên loại 16 bold', () => {
    const props = (style: string): [number | undefined, boolean, boolean] => {
      const p = styleProps(docx.stylesXml, style);
      return [p.size, p.bold, p.italic];
    };
    expect(props('KhMotto1')).toEqual([30, true, false]);
    expect(props('KhIssuingOrgan')).toEqual([28, true, false]);
    expect(props('KhNumber')).toEqual([28, false, false]);
    expect(props('KhPlaceDate')).toEqual([28, false, true]);
    expect(props('KhTypeName')).toEqual([32, true, false]);
  });

  it('sets the body 14 pt, justified, 10 mm first line, 18 pt exactly between lines (mục I.6.2.2)', () => {
    const body = styleProps(docx.stylesXml, 'KhBody');
    expect(body.size).toBe(28);
    expect(body.align).toBe('both');
    expect(body.spacing.lineRule).toBe('exact');
    expect(body.spacing.line).toBe(360);
    expectNear(body.firstLine ?? 0, twips(10), 2);
  });
});

describe('HD 05 signature and nơi nhận (mục I.7, I.9; Phụ lục 2)', () => {
  it('signs T/M with the authority bold, the position not bold, the name bold, all 14 pt', () => {
    const list = sectionParagraphs(0);
    expect(list.find((p) => p.text === 'T/M BAN THƯỜNG VỤ')?.style).toBe('KhSignerAuthority');
    expect(styleProps(docx.stylesXml, 'KhSignerPosition').bold).toBe(false);
    expect(styleProps(docx.stylesXml, 'KhSignerName').bold).toBe(true);
  });

  it('underlines "Nơi nhận:" at 14 pt, ends each line with ";" and the archive line with "." (mục I.9.2.5)', () => {
    const label = styleProps(docx.stylesXml, 'KhRecipientsLabel');
    expect([label.size, label.underline, label.bold, label.italic]).toEqual([28, true, false, false]);
    expect(styleProps(docx.stylesXml, 'KhRecipient').size).toBe(24);
    const lines = recipientLines();
    expect(lines[0]).toBe('Nơi nhận:');
    expect(lines[lines.length - 1]).toBe('- Lưu Văn phòng Tỉnh ủy.');
    const single = plan.recipients.flatMap((r) => ('name' in r ? [`- ${r.name};`] : []));
    expect(lines.slice(1, -1)).toEqual(single);
    expect(lines.some((line) => line.endsWith(','))).toBe(false);
  });
});

describe('HD 05 appendices (Phần II, mục II.1)', () => {
  const REF_LINE = '(Kèm theo Kế hoạch số 58-KH/TU, ngày 15/6/2026 của Ban Thường vụ Tỉnh ủy tỉnh Ninh Bình)';

  it.each([1, 2])('section %i: label, title, the reference line with ", ngày", then "-----"', (index) => {
    const list = sectionParagraphs(index).filter((p) => p.text !== '');
    const ref = list.findIndex((p) => p.style === 'KhAppendixRef');
    expect(list[ref]?.text).toBe(REF_LINE);
    expect(list[ref + 1]?.text).toBe('-----');
    expect(list.slice(ref + 1).some((p) => p.bottomBorder)).toBe(false);
  });
});
