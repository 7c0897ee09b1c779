/**
 * Every template in templates/ makes a plan that renders: the tên loại is there, one Word section
 * per appendix in the appendix's orientation, page numbers per the profile, and no broken
 * cross-reference text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { getProfile, numberLine } from '../../../shared/format';
import { BROKEN_REFERENCE, parsePlanText, type PlanDocument } from '../../../shared/model';
import { readEmbeddedModel, renderDocx } from '../../../shared/render/docx';
import { TemplateSchema, instantiateTemplate, type Template } from '../../../shared/template';
import { hasPageField, openDocx, paragraphs, sections, type DocxParts } from './docx-xml';

const RENDER_TIMEOUT = 120_000;
const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));
const NOW = new Date('2026-05-04T00:00:00Z');

const templates: Template[] = readdirSync(TEMPLATES_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'agencies.json')
  .sort()
  .map((f) => TemplateSchema.parse(JSON.parse(readFileSync(`${TEMPLATES_DIR}${f}`, 'utf8'))));

function instantiate(template: Template): PlanDocument {
  let counter = 0;
  return instantiateTemplate(template, { newId: () => `id-${++counter}`, now: NOW });
}

it('finds the four templates', () => {
  expect(templates).toHaveLength(4);
});

describe.each(templates.map((t) => [t.id, t] as const))('template %s', (_, template) => {
  const plan = instantiate(template);
  let docx: DocxParts;

  beforeAll(async () => {
    docx = await openDocx(await renderDocx(plan, { now: NOW }));
  }, RENDER_TIMEOUT);

  it('prints the tên loại in capitals as the KhTypeName paragraph', () => {
    const typeName = template.document.meta.typeName.toLocaleUpperCase('vi');
    expect(docx.documentXml).toContain(typeName);
    const titles = paragraphs(docx.documentXml).filter((p) => p.style === 'KhTypeName');
    expect(titles.map((p) => p.text)).toEqual([typeName]);
  });

  it('has one section for the body and one per appendix, in each appendix orientation', () => {
    const list = sections(docx.documentXml, docx.rels);
    const sectPrCount = docx.documentXml.match(/<w:sectPr[\s>]/g)?.length ?? 0;
    expect(sectPrCount).toBe(1 + plan.appendices.length);
    expect(list).toHaveLength(1 + plan.appendices.length);
    expect(list[0]?.orient ?? 'portrait').toBe('portrait');
    plan.appendices.forEach((appendix, i) => {
      const section = list[i + 1];
      if (appendix.orientation === 'landscape') {
        expect(section?.orient, `appendix ${i}`).toBe('landscape');
        expect(Math.abs((section?.width ?? 0) - 16838)).toBeLessThanOrEqual(2);
        expect(Math.abs((section?.height ?? 0) - 11906)).toBeLessThanOrEqual(2);
      } else {
        expect(section?.orient ?? 'portrait', `appendix ${i}`).toBe('portrait');
        expect(Math.abs((section?.width ?? 0) - 11906)).toBeLessThanOrEqual(2);
      }
    });
  });

  it('numbers appendix pages per the profile: restart per appendix (State) or run on (Party)', () => {
    const list = sections(docx.documentXml, docx.rels);
    expect(list[0]?.titlePg).toBe(true);
    for (const section of list.slice(1)) {
      if (getProfile(plan.profile).appendix.restartPageNumbers) expect(section.pgNumStart).toBe(1);
      else expect(section.pgNumStart).toBeUndefined();
      expect(hasPageField(docx.headers[section.headers.default?.file ?? ''] ?? '')).toBe(true);
    }
  });

  it('resolves every cross-reference', () => {
    expect(docx.documentXml).not.toContain(BROKEN_REFERENCE);
    expect(docx.documentXml).not.toContain('[tham chiếu không tồn tại]');
  });

  it('leaves the number and the day blank, with the month written per the rules', () => {
    const texts = paragraphs(docx.documentXml).map((p) => p.text);
    expect(texts).toContain(numberLine('', plan.meta.symbol, getProfile(plan.profile)));
    // May: no leading zero (only months 1 and 2 take one).
    expect(texts.some((t) => t.includes(`ngày${' '.repeat(8)}tháng 5 năm 2026`))).toBe(true);
  });

  it('embeds the plan it was made from', async () => {
    const model = await readEmbeddedModel(docx.zip);
    expect(model?.contentMatches).toBe(true);
    expect(parsePlanText(model?.json ?? '')).toEqual(plan);
  });
});
