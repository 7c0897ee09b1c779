/**
 * The DOCX option for a clerk who goes on editing in Word (issue 18, point 6): sections and items
 * numbered by Word's own multilevel list tied to the plan's styles, the numbers gone from the text,
 * letters and anything Word would count differently kept as text.
 */
import { describe, expect, it } from 'vitest';
import type { Block, PlanDocument } from '../../../shared/model';
import { renderDocx } from '../../../shared/render/docx';
import { allTags, attrs, elements, loadFixture, openDocx, paragraphs, PARTY_FIXTURE, STATE_FIXTURE, styleXml, tagAttr } from './docx-xml';

const NOW = new Date('2026-05-04T00:00:00Z');

interface Numbered {
  readonly text: string;
  readonly style: string;
  /** w:numId and w:ilvl of the paragraph's own w:numPr, or null when it has none. */
  readonly num: { readonly id: string; readonly level: string } | null;
}

async function exported(plan: PlanDocument, wordNumbering: boolean): Promise<{ body: Numbered[]; numbering: string; styles: string }> {
  const docx = await openDocx(await renderDocx(plan, { now: NOW, wordNumbering }));
  const body = paragraphs(docx.documentXml).map((p): Numbered => {
    const numPr = elements(p.xml, 'w:numPr')[0];
    return {
      text: p.text,
      style: p.style,
      num: numPr === undefined ? null : { id: tagAttr(numPr, 'w:numId', 'w:val') ?? '', level: tagAttr(numPr, 'w:ilvl', 'w:val') ?? '' },
    };
  });
  return { body, numbering: (await docx.zip.file('word/numbering.xml')?.async('string')) ?? '', styles: docx.stylesXml };
}

/** The abstract list the body's paragraphs use, level by level: format, text and style. */
function bodyLevels(numbering: string, numId: string): { format: string; text: string; style: string | undefined }[] {
  const num = elements(numbering, 'w:num').find((n) => attrs(n.slice(0, n.indexOf('>') + 1))['w:numId'] === numId) ?? '';
  const abstractId = tagAttr(num, 'w:abstractNumId', 'w:val');
  const abstract = elements(numbering, 'w:abstractNum').find((a) => a.includes(`w:abstractNumId="${abstractId}"`)) ?? '';
  expect(tagAttr(abstract, 'w:multiLevelType', 'w:val')).toBe('multilevel');
  expect(abstract).not.toContain('w:tentative');
  return elements(abstract, 'w:lvl').map((lvl) => ({
    format: tagAttr(lvl, 'w:numFmt', 'w:val') ?? '',
    text: tagAttr(lvl, 'w:lvlText', 'w:val') ?? '',
    style: tagAttr(lvl, 'w:pStyle', 'w:val'),
  }));
}

describe("DOCX with Word's numbering", () => {
  it('58-KH/TU: every section and numbered item in one multilevel list, its number drawn by Word', async () => {
    const plan = loadFixture(PARTY_FIXTURE);
    const plain = await exported(plan, false);
    const word = await exported(plan, true);
    expect(plain.body.every((p) => p.num === null)).toBe(true);
    expect(word.body).toHaveLength(plain.body.length);
    const sections = word.body.filter((p) => p.style === 'KhSection');
    expect(sections).toHaveLength(plan.sections.length);
    const listIds = new Set(word.body.flatMap((p) => (p.num === null ? [] : [p.num.id])));
    expect(listIds.size).toBe(1);
    const [listId = ''] = listIds;
    expect(bodyLevels(word.numbering, listId)).toEqual([
      { format: 'upperRoman', text: '%1.', style: 'KhSection' },
      { format: 'decimal', text: '%2.', style: 'KhItem1' },
      { format: 'decimal', text: '%2.%3.', style: 'KhItem2' },
      { format: 'decimal', text: '%2.%3.%4.', style: 'KhItem3' },
      { format: 'decimal', text: '%2.%3.%4.%5.', style: undefined },
    ]);
    // Each numbered paragraph is the plain export's paragraph without its number.
    plain.body.forEach((p, i) => {
      const w = word.body[i];
      if (w?.num === null || w === undefined) {
        expect(w?.text).toBe(p.text);
        return;
      }
      const number = p.text.slice(0, p.text.length - w.text.length);
      expect(p.text.endsWith(w.text)).toBe(true);
      expect(number).toMatch(w.style === 'KhSection' ? /^[IVXL]+\. $/ : /^\d+(\.\d+)*\. $/);
      expect(w.num.level).toBe(w.style === 'KhSection' ? '0' : String(number.split('.').length - 1));
    });
    expect(word.body.filter((p) => p.num !== null).length).toBeGreaterThan(plan.sections.length);
    // The styles carry their level, so applying "KH Khoản (1.)" in Word numbers the paragraph.
    expect(tagAttr(styleXml(word.styles, 'KhItem1') ?? '', 'w:ilvl', 'w:val')).toBe('1');
    expect(allTags(styleXml(plain.styles, 'KhItem1') ?? '', 'w:numPr')).toEqual([]);
  });

  it('keeps letter items as text, out of the list, in a style tied to a level', async () => {
    const plan = loadFixture(STATE_FIXTURE);
    const word = await exported(plan, true);
    const letters = word.body.filter((p) => /^[a-zđ]\) /.test(p.text));
    expect(letters.length).toBeGreaterThan(0);
    for (const p of letters) expect(p.num === null || p.num.id === '0').toBe(true);
    for (const p of word.body.filter((q) => q.style.startsWith('KhItem') && /^[a-zđ]\) /.test(q.text))) expect(p.num?.id).toBe('0');
  });

  it('leaves the numbers as text in a list where a letter shares a level with numbers', async () => {
    const item = (id: string, marker: 'decimal' | 'letter', text: string): Block => ({
      type: 'item',
      id,
      level: 1,
      marker,
      heading: false,
      children: [{ text }],
    });
    const base = loadFixture(STATE_FIXTURE);
    const mixed: PlanDocument = {
      ...base,
      sections: base.sections.map((s, i) =>
        i === 0 ? { ...s, blocks: [item('m1', 'decimal', 'Một.'), item('m2', 'letter', 'Chữ.'), item('m3', 'decimal', 'Ba.')] } : s,
      ),
    };
    const word = await exported(mixed, true);
    // Word would number the third item 2.; the model prints 3., so the section keeps its text.
    expect(word.body.filter((p) => ['1. Một.', 'b) Chữ.', '3. Ba.'].includes(p.text)).map((p) => p.num)).toEqual([null, null, null]);
    expect(word.body.find((p) => p.style === 'KhSection')?.num?.level).toBe('0');
  });

  it('numbers sections "I-" when the plan writes them so', async () => {
    const plan = { ...loadFixture(PARTY_FIXTURE), sectionNumbering: 'roman-dash' as const };
    const word = await exported(plan, true);
    const listId = word.body.find((p) => p.num !== null)?.num?.id ?? '';
    expect(bodyLevels(word.numbering, listId)[0]?.text).toBe('%1-');
  });
});
