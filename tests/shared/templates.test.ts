/**
 * The template files in templates/: each is a valid template, makes a valid plan, keeps its
 * cross-references and numbering, and follows the data rules (no typed numbers, guidance in every
 * section, NFC text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectStrings } from './model/helpers';
import {
  BROKEN_REFERENCE,
  CURRENT_SCHEMA_VERSION,
  PlanDocumentSchema,
  appendixLabel,
  cellText,
  createCrossRefResolver,
  inlineText,
  isCrossRef,
  numberBody,
  numberRows,
  sectionNumber,
  type Block,
  type CrossRef,
  type PlanDocument,
} from '../../shared/model';
import { TemplateSchema, instantiateTemplate, type Template } from '../../shared/template';

const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const EXPECTED_IDS = [
  'dang-chuong-trinh-hanh-dong',
  'dang-ke-hoach-thuc-hien-nghi-quyet',
  'nha-nuoc-ke-hoach-hanh-dong-ubnd',
  'nha-nuoc-ke-hoach-thuc-hien-ke-hoach-cap-tren',
];

interface TemplateFile {
  readonly file: string;
  readonly text: string;
  readonly raw: unknown;
  readonly template: Template;
}

function loadTemplates(): TemplateFile[] {
  return readdirSync(TEMPLATES_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'agencies.json')
    .sort()
    .map((file) => {
      const text = readFileSync(`${TEMPLATES_DIR}${file}`, 'utf8');
      const raw: unknown = JSON.parse(text);
      return { file, text, raw, template: TemplateSchema.parse(raw) };
    });
}

const templates = loadTemplates();

function byId(id: string): TemplateFile {
  const found = templates.find((t) => t.template.id === id);
  if (found === undefined) throw new Error(`Không có mẫu ${id}`);
  return found;
}

function allBlocks(plan: Pick<PlanDocument, 'preamble' | 'sections'>): Block[] {
  return [...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)];
}

function crossRefs(plan: Pick<PlanDocument, 'preamble' | 'sections'>): CrossRef[] {
  return allBlocks(plan).flatMap((b) => b.children.filter(isCrossRef));
}

/** Every id a plan holds: sections, blocks, appendices, rows (per appendix) and references. */
function planIds(plan: PlanDocument): string[] {
  return [
    ...plan.sections.map((s) => s.id),
    ...allBlocks(plan).map((b) => b.id),
    ...plan.appendices.map((a) => a.id),
    ...plan.appendices.flatMap((a) => a.rows.map((r) => r.id)),
    ...plan.basis.map((r) => r.id),
  ];
}

/** What each row shows: its STT, its "-"/"+" prefix, or '' when it has neither. */
function rowLabels(plan: PlanDocument, appendixId: string): string[] {
  const appendix = plan.appendices.find((a) => a.id === appendixId);
  if (appendix === undefined) throw new Error(`Không có phụ lục ${appendixId}`);
  const numbers = numberRows(appendix);
  return appendix.rows.map((r) => {
    const n = numbers.get(r.id);
    return n === undefined ? '?' : n.stt || n.prefix.trim();
  });
}

function resolvedRefs(plan: PlanDocument): string[] {
  const resolve = createCrossRefResolver(plan);
  return crossRefs(plan).map(resolve);
}

let counter = 0;
const newId = (): string => `new-${++counter}`;
const now = new Date(2026, 3, 15);

describe('templates/ folder', () => {
  it('holds exactly the four templates, named after their ids', () => {
    expect(templates.map((t) => t.file)).toEqual(EXPECTED_IDS.map((id) => `${id}.json`));
  });

  it('covers both rule systems', () => {
    const profiles = new Set(templates.map((t) => t.template.document.profile));
    expect(profiles).toEqual(new Set(['hd36-2018', 'nd30-2020']));
  });
});

describe.each(templates.map((t) => [t.template.id, t] as const))('template %s', (_id, t) => {
  const { template } = t;
  const doc = template.document;

  it('is parsed by TemplateSchema and its id matches the file name', () => {
    expect(TemplateSchema.safeParse(t.raw).success).toBe(true);
    expect(`${template.id}.json`).toBe(t.file);
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.templateId).toBe(template.id);
    expect(template.name).not.toBe('');
    expect(template.description).not.toBe('');
  });

  it('is pretty-printed JSON with 2-space indent, a trailing newline and no BOM', () => {
    expect(t.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(t.text).toBe(`${JSON.stringify(t.raw, null, 2)}\n`);
  });

  it('holds only NFC text', () => {
    expect(t.text).toBe(t.text.normalize('NFC'));
    for (const s of collectStrings(t.raw)) expect(s).toBe(s.normalize('NFC'));
  });

  it('uses unique ids', () => {
    const ids = planIds(doc);
    expect(new Set(ids).size).toBe(ids.length);
    for (const appendix of doc.appendices) {
      const columnIds = appendix.columns.map((c) => c.id);
      expect(new Set(columnIds).size).toBe(columnIds.length);
    }
  });

  it('follows the template conventions', () => {
    expect(doc.sectionNumbering).toBe('roman-dot');
    expect(doc.basisLines).toBe(false);
    expect(doc.meta.number).toBe('');
    expect(doc.meta.date).toEqual({ year: 2026, month: null, day: null });
    expect(doc.signer.name).toBe('');
    expect(doc.sections.length).toBeGreaterThanOrEqual(4);
    expect(doc.sections.at(-1)?.title).toBe('TỔ CHỨC THỰC HIỆN');
    for (const section of doc.sections) {
      // Numbers are computed: titles and texts carry none.
      expect(section.title).not.toMatch(/^[IVXLC]+[.-]\s/);
      expect(section.title).toBe(section.title.toUpperCase());
      // Every section tells the drafter what to write.
      expect(section.blocks.some((b) => b.hint === true && inlineText(b.children).length > 20)).toBe(true);
      for (const block of section.blocks) {
        const text = inlineText(block.children);
        expect(text.trim()).not.toBe('');
        if (block.type === 'item') expect(text).not.toMatch(/^(\d+(\.\d+)*\.?|[a-zđ]\))\s/);
        if (block.type === 'bullet') expect(text).not.toMatch(/^[-+]\s/);
      }
    }
    for (const appendix of doc.appendices) {
      const stt = appendix.columns.find((c) => c.type === 'stt');
      expect(stt?.align).toBe('center');
      expect(appendix.columns.map((c) => c.id)).toContain(appendix.mainColumn);
      for (const row of appendix.rows) {
        // STT is computed, never stored.
        if (stt !== undefined) expect(row.cells[stt.id]).toBeUndefined();
        const titleColumn = row.kind === 'group' && appendix.groupLayout === 'merged' ? appendix.groupColumn : appendix.mainColumn;
        expect(titleColumn).toBeDefined();
        if (titleColumn !== undefined && row.mergeAbove === undefined) {
          expect(row.cells[titleColumn]).toBeTruthy();
        }
      }
    }
  });

  it('refers to every appendix from the body, and every reference resolves', () => {
    const refs = crossRefs(doc);
    const resolve = createCrossRefResolver(doc);
    for (const ref of refs) expect(resolve(ref)).not.toBe(BROKEN_REFERENCE);
    const referenced = new Set(refs.map((r) => r.appendixId));
    for (const appendix of doc.appendices) expect(referenced.has(appendix.id)).toBe(true);
  });

  it('instantiates to a valid plan with fresh ids and the same numbering', () => {
    const plan = instantiateTemplate(template, { newId, now });
    const parsed = PlanDocumentSchema.parse(plan);
    expect(parsed.templateId).toBe(template.id);
    expect(parsed.meta.date).toEqual({ year: 2026, month: 4, day: null });

    // No id survives from the template, and ids stay unique.
    const oldIds = new Set(planIds(doc));
    const ids = planIds(parsed);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(oldIds.has(id)).toBe(false);

    // Cross-references were re-pointed: they resolve, to the same text as in the template.
    const refs = resolvedRefs(parsed);
    expect(refs).not.toContain(BROKEN_REFERENCE);
    expect(refs).toEqual(resolvedRefs(doc));
    doc.appendices.forEach((appendix, i) => {
      const copy = parsed.appendices[i];
      expect(copy).toBeDefined();
      if (copy !== undefined) expect(rowLabels(parsed, copy.id)).toEqual(rowLabels(doc, appendix.id));
    });
  });
});

describe('numbering of each template', () => {
  it('dang-ke-hoach-thuc-hien-nghi-quyet: Phụ lục 1 (I, 1, 2…) and Phụ lục 2 (merged criteria), Arabic as the Party guides number them', () => {
    const doc = byId('dang-ke-hoach-thuc-hien-nghi-quyet').template.document;
    expect(doc.profile).toBe('hd36-2018');
    expect(doc.meta.symbol).toBe('KH/TU');
    expect(doc.appendices.map((a, i, all) => appendixLabel(a, i, all.length))).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    expect(rowLabels(doc, 'pl1')).toEqual(['I', '1', '2', '3', 'II', '1', '2', '3']);
    expect(rowLabels(doc, 'pl2')).toEqual(['I', '', '', 'II', '', '', '']);
    const pl2 = doc.appendices[1];
    expect(pl2?.groupLayout).toBe('merged');
    expect(pl2?.groupColumn).toBe('criteria');
    expect(resolvedRefs(doc)).toEqual(['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 1', 'Phụ lục 2']);
    expect(doc.sections.map((s, i) => `${sectionNumber(i)}. ${s.title}`)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. MỤC TIÊU',
      'III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    const body = numberBody(doc);
    const s3 = doc.sections[2]?.blocks ?? [];
    expect(s3.flatMap((b) => (b.type === 'item' ? [body.get(b.id)?.label] : []))).toEqual(['1.', '2.', '2.1.', '2.2.', '2.3.']);
  });

  it('nha-nuoc-ke-hoach-thuc-hien-ke-hoach-cap-tren: letters run a…đ…g without f', () => {
    const doc = byId('nha-nuoc-ke-hoach-thuc-hien-ke-hoach-cap-tren').template.document;
    expect(doc.profile).toBe('nd30-2020');
    expect(rowLabels(doc, 'pl1')).toEqual(['I', '1', '2', 'II', '1', '2', 'III', '1']);
    const cooperate = doc.appendices[0]?.columns.find((c) => c.id === 'cooperate');
    expect(cooperate?.type).toBe('agencies');
    for (const row of doc.appendices[0]?.rows ?? []) {
      if (row.kind === 'data') expect(Array.isArray(row.cells.cooperate)).toBe(true);
    }
    const body = numberBody(doc);
    const labels = (sectionIndex: number): (string | undefined)[] =>
      (doc.sections[sectionIndex]?.blocks ?? []).flatMap((b) => (b.type === 'item' ? [body.get(b.id)?.label] : []));
    expect(labels(0)).toEqual(['1.', 'a)', 'b)', '2.', 'a)', 'b)', 'c)']);
    expect(labels(2)).toEqual(['1.', 'a)', 'b)', '2.', 'a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', '3.', 'a)', 'b)']);
    expect(resolvedRefs(doc)).toEqual(['Phụ lục']);
  });

  it('nha-nuoc-ke-hoach-hanh-dong-ubnd: indicators I → 1 → "-" and key tasks I → 1', () => {
    const doc = byId('nha-nuoc-ke-hoach-hanh-dong-ubnd').template.document;
    expect(doc.profile).toBe('nd30-2020');
    expect(doc.meta.issuingOrgan.header).toBe('ỦY BAN NHÂN DÂN\nTỈNH …');
    expect(rowLabels(doc, 'pl1')).toEqual(['I', '1', '2', '3', '-', '-', '-', '4', 'II', '1', '2', 'III', '1', '2']);
    const pl1 = doc.appendices[0];
    expect(pl1).toBeDefined();
    if (pl1 === undefined) return;
    const numbers = numberRows(pl1);
    const dashRows = pl1.rows.filter((r) => numbers.get(r.id)?.prefix === '- ');
    expect(dashRows.map((r) => `- ${cellText(r.cells.indicator)}`)).toEqual([
      '- Công nghiệp - Xây dựng',
      '- Dịch vụ',
      '- Nông, lâm nghiệp và thủy sản',
    ]);
    expect(pl1.columns.map((c) => c.type)).toEqual(['stt', 'indicator', 'unit', 'target', 'target', 'agency']);
    expect(rowLabels(doc, 'pl2')).toEqual(['I', '1', '2', 'II', '1', '2', '3']);
    expect(resolvedRefs(doc)).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect(doc.signer.authority).toEqual([
      { kind: 'TM', body: 'ỦY BAN NHÂN DÂN' },
      { kind: 'KT', body: 'CHỦ TỊCH' },
    ]);
  });

  it('dang-chuong-trinh-hanh-dong: Phụ lục 1, 2, 3 and tasks numbered 1 → 1.1 → 1.1.1', () => {
    const doc = byId('dang-chuong-trinh-hanh-dong').template.document;
    expect(doc.profile).toBe('hd36-2018');
    expect(doc.meta.docType).toBe('CTr');
    expect(doc.appendices.map((a, i, all) => appendixLabel(a, i, all.length))).toEqual(['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3']);
    expect(rowLabels(doc, 'pl1')).toEqual(['I', '1', '2', '3', 'II', '1', '2', 'III', '1']);
    expect(rowLabels(doc, 'pl2')).toEqual(['1', '2', '3', '-', '-', '4', '5']);
    expect(rowLabels(doc, 'pl3')).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1']);
    const pl3 = doc.appendices[2];
    expect((pl3?.rows ?? []).map((r) => `${r.level}:${r.kind}`)).toEqual([
      '0:group',
      '1:group',
      '2:data',
      '2:data',
      '1:group',
      '2:data',
      '0:group',
      '1:group',
      '2:data',
      '2:data',
      '1:group',
      '2:data',
    ]);
    expect(resolvedRefs(doc)).toEqual([
      'Phụ lục 1',
      'Phụ lục 2',
      'điểm 1.1 Phụ lục 3',
      'điểm 1.2 Phụ lục 3',
      'điểm 2.1 Phụ lục 3',
      'điểm 2.2 Phụ lục 3',
      'Phụ lục 3',
    ]);
    // The body points at the points of Phụ lục 3 that carry the same number as its own items.
    const resolve = createCrossRefResolver(doc);
    const s3 = doc.sections[2]?.blocks ?? [];
    expect(
      s3.filter((b) => b.children.some((c) => isCrossRef(c) && c.rowId !== undefined)).map((b) => inlineText(b.children, resolve)),
    ).toEqual([
      'Nhiệm vụ cụ thể và phân công thực hiện tại điểm 1.1 Phụ lục 3.',
      'Nhiệm vụ cụ thể và phân công thực hiện tại điểm 1.2 Phụ lục 3.',
      'Nhiệm vụ cụ thể và phân công thực hiện tại điểm 2.1 Phụ lục 3.',
      'Nhiệm vụ cụ thể và phân công thực hiện tại điểm 2.2 Phụ lục 3.',
    ]);
    const body = numberBody(doc);
    expect(s3.flatMap((b) => (b.type === 'item' ? [body.get(b.id)?.label] : []))).toEqual(['1.', '1.1.', '1.2.', '2.', '2.1.', '2.2.']);
  });
});
