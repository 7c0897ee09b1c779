/**
 * Golden checks on the DOCX of a State plan (NĐ 30/2020, FORMAT.md §A): the BQL plan implementing
 * Kế hoạch 30/KH-UBND, with its number and day left blank for the văn thư. Expected values come
 * from the decree's rules (sizes in pt × 2 = half-points, lengths in mm → twips) and the fixture.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineText, type PlanDocument } from '../../../shared/model';
import { parsePlanText } from '../../../shared/plan-file';
import { readEmbeddedModel, renderDocx } from '../../../shared/render/docx';
import { textWidthMm } from '../../../shared/render/layout';
import {
  STATE_FIXTURE,
  allTags,
  attrs,
  coreProperty,
  docDefaults,
  hasPageField,
  loadFixture,
  mm,
  openDocx,
  paragraphs,
  relationships,
  sectionBodies,
  sections,
  styleProps,
  tables,
  twips,
  type DocxParagraph,
  type DocxParts,
} from './docx-xml';

const NOW = new Date('2026-05-04T08:30:00Z');
/** Rendering a whole plan takes a few seconds on a loaded machine. */
const RENDER_TIMEOUT = 120_000;
const plan: PlanDocument = loadFixture(STATE_FIXTURE);
let bytes: Uint8Array;
let docx: DocxParts;

beforeAll(async () => {
  bytes = await renderDocx(plan, { now: NOW });
  docx = await openDocx(bytes);
}, RENDER_TIMEOUT);

function expectNear(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected} ± ${tolerance}`).toBeLessThanOrEqual(tolerance);
}

function bodyParagraphs(): DocxParagraph[] {
  return paragraphs(sectionBodies(docx.documentXml)[0] ?? '');
}

function find(text: string): DocxParagraph {
  const found = paragraphs(docx.documentXml).find((p) => p.text === text);
  if (found === undefined) throw new Error(`no paragraph "${text}"`);
  return found;
}

function indexOfText(list: readonly DocxParagraph[], text: string): number {
  const index = list.findIndex((p) => p.text === text);
  if (index < 0) throw new Error(`no paragraph "${text}"`);
  return index;
}

describe('NĐ 30 page setup (§A.1)', () => {
  it('has one A4 portrait section with 20/20/30/15 mm margins and the header 10 mm from the edge', () => {
    const list = sections(docx.documentXml, docx.rels);
    expect(list).toHaveLength(1); // no appendices in this plan
    const body = list[0];
    if (body === undefined) throw new Error('no section');
    expectNear(body.width, 11906, 2);
    expectNear(body.height, 16838, 2);
    expectNear(body.width, twips(210), 2);
    expectNear(body.height, twips(297), 2);
    expect(body.orient ?? 'portrait').toBe('portrait');
    expectNear(body.margins.top, 1134, 2);
    expectNear(body.margins.bottom, 1134, 2);
    expectNear(body.margins.left, 1701, 2);
    expectNear(body.margins.right, 850, 2);
    expectNear(body.margins.top, twips(20), 2);
    expectNear(body.margins.left, twips(30), 2);
    expectNear(body.margins.right, twips(15), 2);
    expectNear(body.margins.header, 567, 2);
    expectNear(body.margins.header, twips(10), 2);
  });

  it('uses Times New Roman and Vietnamese (vi-VN) as the document defaults', () => {
    const defaults = docDefaults(docx.stylesXml);
    expect(defaults.fonts['w:ascii']).toBe('Times New Roman');
    expect(defaults.fonts['w:hAnsi']).toBe('Times New Roman');
    expect(defaults.lang).toBe('vi-VN');
  });
});

describe('NĐ 30 paragraph styles (§A.1–A.6)', () => {
  it('body text: 14 pt, justified, first line 12.7 mm, ≥ 6 pt after, 1–1.5 lines', () => {
    const body = styleProps(docx.stylesXml, 'KhBody');
    expect(body.size).toBe(28);
    expect(body.align).toBe('both');
    expectNear(body.firstLine ?? 0, 720, 2);
    expectNear(body.firstLine ?? 0, twips(12.7), 2);
    expect(body.bold).toBe(false);
    expect(body.italic).toBe(false);
    expect(body.spacing.after ?? 0).toBeGreaterThanOrEqual(120);
    if (body.spacing.lineRule === 'auto' || body.spacing.lineRule === undefined) {
      expect(body.spacing.line ?? 240).toBeGreaterThanOrEqual(240);
      expect(body.spacing.line ?? 240).toBeLessThanOrEqual(360);
    }
  });

  it.each([
    // id, half-points, bold, italic
    ['KhIssuingOrgan', 24, true, false],
    ['KhParentOrgan', 24, false, false],
    ['KhMotto1', 24, true, false], // Quốc hiệu
    ['KhMotto2', 26, true, false], // Tiêu ngữ
    ['KhNumber', 26, false, false],
    ['KhPlaceDate', 26, false, true],
    ['KhTypeName', 28, true, false],
    ['KhSummary', 28, true, false],
    ['KhRecipientsLabel', 24, true, true],
    ['KhRecipient', 22, false, false],
    ['KhSignerAuthority', 28, true, false],
    ['KhSignerPosition', 28, true, false],
    ['KhSignerName', 28, true, false],
    ['KhPageNumber', 28, false, false],
  ] as const)('%s is %i half-points, bold %s, italic %s', (id, size, bold, italic) => {
    const style = styleProps(docx.stylesXml, id);
    expect(style.size).toBe(size);
    expect(style.bold).toBe(bold);
    expect(style.italic).toBe(italic);
  });

  it('centres the header lines, the title and the signature; recipients flush left', () => {
    for (const id of [
      'KhParentOrgan',
      'KhIssuingOrgan',
      'KhMotto1',
      'KhMotto2',
      'KhNumber',
      'KhPlaceDate',
      'KhTypeName',
      'KhSummary',
      'KhSignerAuthority',
      'KhSignerPosition',
      'KhSignerName',
    ]) {
      expect(styleProps(docx.stylesXml, id).align, id).toBe('center');
    }
    for (const id of ['KhRecipientsLabel', 'KhRecipient']) {
      expect(['left', 'start']).toContain(styleProps(docx.stylesXml, id).align);
    }
  });
});

describe('NĐ 30 header block and title (§A.2–A.3)', () => {
  const NUMBER_LINE = `Số:${' '.repeat(8)}/KH-BQL`;
  // formatLongDate writes "ngày <day> tháng"; a blank day is 6 spaces, so 1 + 6 + 1 spaces.
  const DATE_LINE = `Ninh Bình, ngày${' '.repeat(8)}tháng 02 năm 2026`;

  it('writes the header strings, the tên loại and the trích yếu in document order', () => {
    const texts = bodyParagraphs()
      .map((p) => p.text)
      .filter((t) => t !== '');
    expect(texts.slice(0, 9)).toEqual([
      'UBND TỈNH NINH BÌNH',
      'BAN QUẢN LÝ KHU KINH TẾ',
      'VÀ CÁC KHU CÔNG NGHIỆP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      NUMBER_LINE,
      DATE_LINE,
      'KẾ HOẠCH',
      plan.meta.summary,
    ]);
  });

  it('gives each header line its style', () => {
    expect(find('UBND TỈNH NINH BÌNH').style).toBe('KhParentOrgan');
    expect(find('BAN QUẢN LÝ KHU KINH TẾ').style).toBe('KhIssuingOrgan');
    expect(find('VÀ CÁC KHU CÔNG NGHIỆP').style).toBe('KhIssuingOrgan');
    expect(find('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').style).toBe('KhMotto1');
    expect(find('Độc lập - Tự do - Hạnh phúc').style).toBe('KhMotto2');
    expect(find(NUMBER_LINE).style).toBe('KhNumber');
    expect(find(DATE_LINE).style).toBe('KhPlaceDate');
    expect(find('KẾ HOẠCH').style).toBe('KhTypeName');
    expect(find(plan.meta.summary).style).toBe('KhSummary');
  });

  it('keeps the blank spaces of the number and the day (xml:space="preserve")', () => {
    for (const line of [NUMBER_LINE, DATE_LINE]) {
      const tag = allTags(find(line).xml, 'w:t')[0];
      expect(tag, line).toBeDefined();
      expect(attrs(tag ?? '<x/>')['xml:space'], line).toBe('preserve');
    }
  });

  it('puts the number and the place-date on the same row of the header table (ô 3 and ô 4)', () => {
    const header = tables(sectionBodies(docx.documentXml)[0] ?? '')[0];
    const row = header?.rows[1];
    expect(row?.cells.map((c) => c.text)).toEqual([NUMBER_LINE, DATE_LINE]);
  });

  it('draws three centred rules: under the issuing organ, under the Tiêu ngữ and under the trích yếu', () => {
    const list = bodyParagraphs();
    const firstBody = list.findIndex((p) => p.style === 'KhBody');
    const rules = list.slice(0, firstBody).filter((p) => p.bottomBorder);
    expect(rules).toHaveLength(3);
    const previous = rules.map((rule) => {
      const at = list.indexOf(rule);
      return list
        .slice(0, at)
        .reverse()
        .find((p) => p.text !== '')?.text;
    });
    expect(previous).toEqual(['VÀ CÁC KHU CÔNG NGHIỆP', 'Độc lập - Tự do - Hạnh phúc', plan.meta.summary]);
    for (const rule of rules) {
      expect(rule.text).toBe('');
      expect(rule.indentLeft ?? 0).toBeGreaterThan(0);
      expect(rule.indentLeft).toBe(rule.indentRight);
    }
  });

  it('sizes the rules by the rules: 1/3–1/2 of the organ name, the full Tiêu ngữ, 1/3–1/2 of a trích yếu line', () => {
    const section = sectionBodies(docx.documentXml)[0] ?? '';
    const header = tables(section)[0];
    const [left, right] = header?.rows[0]?.cells ?? [];
    if (left === undefined || right === undefined) throw new Error('no header cells');
    const ruleIn = (paras: readonly DocxParagraph[]): DocxParagraph => {
      const rule = paras.find((p) => p.bottomBorder);
      if (rule === undefined) throw new Error('no rule');
      return rule;
    };
    const lengthMm = (rule: DocxParagraph, containerTwips: number): number =>
      mm(containerTwips - (rule.indentLeft ?? 0) - (rule.indentRight ?? 0));

    // Issuing organ: bold 12 pt, the longer of its two lines.
    const organMm = Math.max(textWidthMm('BAN QUẢN LÝ KHU KINH TẾ', 12, true), textWidthMm('VÀ CÁC KHU CÔNG NGHIỆP', 12, true));
    const issuerRule = lengthMm(ruleIn(left.paragraphs), left.width);
    expect(issuerRule).toBeGreaterThanOrEqual(organMm / 3 - 0.5);
    expect(issuerRule).toBeLessThanOrEqual(organMm / 2 + 0.5);

    // Tiêu ngữ: bold 13 pt, the rule as long as the text.
    const mottoMm = textWidthMm('Độc lập - Tự do - Hạnh phúc', 13, true);
    expectNear(lengthMm(ruleIn(right.paragraphs), right.width), mottoMm, 1);

    // Trích yếu: it wraps, so one full line is the 165 mm text width.
    const sectionParas = paragraphs(section);
    const summaryAt = indexOfText(sectionParas, plan.meta.summary);
    const summaryRule = sectionParas.slice(summaryAt + 1).find((p) => p.bottomBorder);
    if (summaryRule === undefined) throw new Error('no trích yếu rule');
    const summaryLine = Math.min(textWidthMm(plan.meta.summary, 14, true), 165);
    const ruleMm = lengthMm(summaryRule, twips(165));
    expect(ruleMm).toBeGreaterThanOrEqual(summaryLine / 3 - 0.5);
    expect(ruleMm).toBeLessThanOrEqual(summaryLine / 2 + 0.5);
  });
});

describe('NĐ 30 page numbers (§A.1)', () => {
  it('hides the number on page 1 and centres a PAGE field in the top margin on the others', () => {
    const [body] = sections(docx.documentXml, docx.rels);
    if (body === undefined) throw new Error('no section');
    expect(body.titlePg).toBe(true);
    expect(body.pgNumStart).toBe(1);
    const first = docx.headers[body.headers.first?.file ?? ''];
    const other = docx.headers[body.headers.default?.file ?? ''];
    expect(first).toBeDefined();
    expect(other).toBeDefined();
    expect(hasPageField(first ?? '')).toBe(false);
    expect(first ?? '').not.toMatch(/PAGE/);
    expect(hasPageField(other ?? '')).toBe(true);
    const numberParagraph = paragraphs(other ?? '')[0];
    expect(numberParagraph?.style).toBe('KhPageNumber');
    expect(numberParagraph?.align ?? styleProps(docx.stylesXml, 'KhPageNumber').align).toBe('center');
    expect(styleProps(docx.stylesXml, 'KhPageNumber').size).toBe(28);
  });
});

describe('NĐ 30 body (§A.4)', () => {
  it('writes section headings, khoản with titles and lettered điểm with their styles', () => {
    expect(find('I. MỤC ĐÍCH, YÊU CẦU').style).toBe('KhSection');
    expect(find('II. MỤC TIÊU').style).toBe('KhSection');
    expect(find('IV. TỔ CHỨC THỰC HIỆN').style).toBe('KhSection');
    expect(find('1. Mục đích').style).toBe('KhItem1');
    expect(find('2. Yêu cầu').style).toBe('KhItem1');
    const lettered = bodyParagraphs().filter((p) => p.text.startsWith('a) '));
    expect(lettered.length).toBeGreaterThan(0);
    expect(lettered[0]?.style).toBe('KhBody');
  });

  it('letters the điểm of III.2 in the Vietnamese alphabet: a) b) c) d) đ) e) g)', () => {
    const section = plan.sections[2];
    const items = section?.blocks.filter((b) => b.type === 'item' && b.level === 1) ?? [];
    const second = items[1];
    const third = items[2];
    if (second === undefined || third === undefined) throw new Error('fixture changed');
    const list = bodyParagraphs();
    const from = indexOfText(list, `2. ${inlineText(second.children)}`);
    const to = indexOfText(list, `3. ${inlineText(third.children)}`);
    const letters = list.slice(from + 1, to).map((p) => /^(\p{L})\) /u.exec(p.text)?.[1]);
    expect(letters).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g']);
  });

  it('ends the last body paragraph with the State end mark "./."', () => {
    const list = bodyParagraphs();
    const signatureTop = list.findIndex((p) => p.style === 'KhSignatureTop');
    const bodyStyles = new Set(['KhBody', 'KhSection', 'KhItem1', 'KhItem2', 'KhItem3']);
    const last = list
      .slice(0, signatureTop < 0 ? undefined : signatureTop)
      .filter((p) => bodyStyles.has(p.style))
      .pop();
    const lastBlock = plan.sections[plan.sections.length - 1]?.blocks.at(-1);
    if (last === undefined || lastBlock === undefined) throw new Error('no last paragraph');
    // The fixture's last khoản "3. … chỉ đạo thực hiện" has no final punctuation.
    expect(last.text).toBe(`3. ${inlineText(lastBlock.children)}./.`);
    expect(last.text.endsWith('./.')).toBe(true);
    expect(last.text).not.toMatch(/\.\.\/\.$|\.\/\.\/\.$/);
  });
});

describe('NĐ 30 signature and nơi nhận (§A.5–A.6)', () => {
  function signatureCells(): { recipients: string[]; signer: string[] } {
    const all = tables(sectionBodies(docx.documentXml)[0] ?? '');
    const table = all[all.length - 1];
    const [left, right] = table?.rows[0]?.cells ?? [];
    if (left === undefined || right === undefined) throw new Error('no signature table');
    return { recipients: left.paragraphs.map((p) => p.text), signer: right.paragraphs.map((p) => p.text) };
  }

  it('puts nơi nhận on the left and the signature on the right, level with each other', () => {
    const { recipients, signer } = signatureCells();
    expect(recipients).toEqual([
      'Nơi nhận:',
      '- UBND tỉnh (để báo cáo);',
      '- Lãnh đạo Ban;',
      '- Các phòng, đơn vị trực thuộc;',
      '- Lưu: VT, VP.',
      'ĐTS',
    ]);
    expect(signer[0]).toBe('KT. TRƯỞNG BAN');
    expect(signer[1]).toBe('PHÓ TRƯỞNG BAN');
    expect(signer[signer.length - 1]).toBe('Bùi Duy Quang');
    // Room for the signature and seal between chức vụ and họ tên (3–4 blank lines in practice).
    const blanks = signer.slice(2, -1);
    expect(blanks.length).toBeGreaterThanOrEqual(3);
    expect(blanks.every((t) => t === '')).toBe(true);
  });

  it('styles the signature and recipient lines', () => {
    expect(find('KT. TRƯỞNG BAN').style).toBe('KhSignerAuthority');
    expect(find('PHÓ TRƯỞNG BAN').style).toBe('KhSignerPosition');
    expect(find('Bùi Duy Quang').style).toBe('KhSignerName');
    expect(find('Nơi nhận:').style).toBe('KhRecipientsLabel');
    expect(find('- UBND tỉnh (để báo cáo);').style).toBe('KhRecipient');
    expect(find('- Lưu: VT, VP.').style).toBe('KhRecipient');
    const drafter = find('ĐTS');
    expect(drafter.style).toBe('KhDrafter');
    expect(styleProps(docx.stylesXml, 'KhDrafter').size).toBe(22); // ô 12: 11 pt
  });
});

describe('embedded model', () => {
  const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';

  it('stores the plan in customXml/item1.xml, related from the main document', () => {
    expect(docx.zip.file('customXml/item1.xml')).not.toBeNull();
    expect(docx.zip.file('customXml/itemProps1.xml')).not.toBeNull();
    const related = [...relationships(docx.rels).values()].filter((r) => r.type === REL_CUSTOM_XML);
    expect(related.map((r) => r.target)).toEqual(['../customXml/item1.xml']);
    const overrides = allTags(docx.contentTypes, 'Override').map(attrs);
    expect(overrides).toContainEqual({
      ContentType: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
      PartName: '/customXml/itemProps1.xml',
    });
  });

  it('gives back the same plan, and says the content matches', async () => {
    const model = await readEmbeddedModel(docx.zip);
    expect(model).not.toBeNull();
    expect(model?.contentMatches).toBe(true);
    expect(parsePlanText(model?.json ?? '')).toEqual(plan);
  });

  it('keeps characters outside the BMP wherever they fall in the part', { timeout: RENDER_TIMEOUT }, async () => {
    // JSZip encodes a string in 16K pieces: one of the two runs puts a surrogate pair across a border.
    const astral = '\u{1D465}'.repeat(20_000);
    const summary = `${plan.meta.summary} ${astral}x${astral}`;
    const model = await readEmbeddedModel(
      await JSZip.loadAsync(await renderDocx({ ...plan, meta: { ...plan.meta, summary } }, { now: NOW })),
    );
    expect(model?.contentMatches).toBe(true);
    expect(parsePlanText(model?.json ?? '').meta.summary).toBe(summary);
  });

  it('notices an edit of the visible text', { timeout: RENDER_TIMEOUT }, async () => {
    const edited = docx.documentXml.replace('>Bùi Duy Quang</w:t>', '>Bùi Duy Quảng</w:t>');
    expect(edited).not.toBe(docx.documentXml);
    const zip = await JSZip.loadAsync(bytes);
    zip.file('word/document.xml', edited);
    const reopened = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array' }));
    const model = await readEmbeddedModel(reopened);
    expect(model?.contentMatches).toBe(false);
    expect(parsePlanText(model?.json ?? '')).toEqual(plan);
  });
});

describe('determinism and document properties', () => {
  it('renders the same bytes twice for the same `now`', { timeout: RENDER_TIMEOUT }, async () => {
    const again = await renderDocx(plan, { now: NOW });
    const reopened = await openDocx(again);
    expect(reopened.documentXml).toBe(docx.documentXml);
    expect(reopened.coreXml).toBe(docx.coreXml);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('records `now` as created/modified, the trích yếu as title and the organ as creator', () => {
    expect(coreProperty(docx.coreXml, 'dcterms:created')).toBe('2026-05-04T08:30:00Z');
    expect(coreProperty(docx.coreXml, 'dcterms:modified')).toBe('2026-05-04T08:30:00Z');
    expect(coreProperty(docx.coreXml, 'dc:title')).toBe(plan.meta.summary);
    expect(coreProperty(docx.coreXml, 'dc:creator')).toBe('Ban Quản lý Khu kinh tế và các khu công nghiệp');
  });

  it('changes only the timestamps for another `now`', { timeout: RENDER_TIMEOUT }, async () => {
    const later = await openDocx(await renderDocx(plan, { now: new Date('2027-01-02T03:04:05Z') }));
    expect(later.documentXml).toBe(docx.documentXml);
    expect(coreProperty(later.coreXml, 'dcterms:created')).toBe('2027-01-02T03:04:05Z');
  });
});
