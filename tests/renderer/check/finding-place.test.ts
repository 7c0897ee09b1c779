/**
 * Where a finding sends the user: every path the checker produces, on the fixtures, the templates
 * and plans broken on purpose (every string decomposed, references to nothing, empty lists), lands
 * on a place that exists: a text range inside the section's blocks, a cell of a row and column
 * that exist, a field the properties panel renders, a section title or an appendix setting.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan, type Finding, type PlanPath } from '../../../shared/check';
import { createAgencyDirectory, isCrossRef, type AgencyDirectoryData, type Block, type PlanDocument } from '../../../shared/model';
import { placeOf, propertyField, stablePath, type Place } from '../../../renderer/check/finding-place';
import { PREAMBLE_ID } from '../../../renderer/state/focus';
import { partyPlan, statePlan, templatePlans } from '../../shared/check/helpers';

const agencies = createAgencyDirectory(
  JSON.parse(readFileSync(new URL('../../../templates/agencies.json', import.meta.url), 'utf8')) as AgencyDirectoryData,
);

/** Every string of the plan in NFD: the NFC rule then reports every text field there is. */
function decomposed<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFD') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => decomposed(v)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decomposed(v)])) as T;
  return value;
}

/** A plan with one of each structural problem the rules report on whole nodes rather than text. */
function broken(plan: PlanDocument): PlanDocument {
  const [first, ...rest] = plan.sections;
  if (first === undefined) throw new Error('no section');
  const [block, ...blocks] = first.blocks;
  if (block === undefined) throw new Error('no block');
  const withRef: Block = {
    ...block,
    children: [...block.children, { type: 'xref', appendixId: 'da-xoa', children: [{ text: '' }] }, { text: '' }],
  };
  return {
    ...plan,
    meta: { ...plan.meta, date: { year: 2026, month: 2, day: 31 }, symbol: 'KH/UBND' },
    basis: plan.basis.map((ref, i) => (i === 0 ? { ...ref, date: '2026-02-30' } : ref)),
    sections: [
      { ...first, blocks: [withRef, ...blocks] },
      ...rest,
      { id: 'muc-trong', title: '', blocks: [{ id: 'doan-trong', type: 'paragraph', children: [{ text: '' }] }] },
    ],
    signer: { authority: [{ kind: 'TUQ', body: 'KT. GIÁM ĐỐC' }], position: '…', name: 'TS. Nguyễn Văn A' },
    recipients: [],
    // The form the State rule corrects ("I-"), so the checker points at the numbering setting.
    sectionNumbering: plan.profile === 'nd30-2020' ? 'roman-dash' : plan.sectionNumbering,
    archive: '',
  };
}

function plans(): { name: string; plan: PlanDocument }[] {
  const base = [
    { name: 'Ban Quản lý', plan: statePlan() },
    { name: '58-KH/TU', plan: partyPlan() },
    ...templatePlans().map(({ id, plan }) => ({ name: id, plan })),
  ];
  return [
    ...base,
    ...base.map(({ name, plan }) => ({ name: `${name} (NFD)`, plan: decomposed(plan) })),
    ...base.slice(0, 2).map(({ name, plan }) => ({ name: `${name} (hỏng)`, plan: broken(plan) })),
  ];
}

function pathFindings(plan: PlanDocument): { finding: Finding; path: PlanPath }[] {
  return checkPlan(plan, { agencies }).flatMap((finding) =>
    finding.location.kind === 'plan' ? [{ finding, path: finding.location.path }] : [],
  );
}

/** The data-field keys the properties panel renders (renderer/properties), by pattern. */
const PANEL_FIELDS = new RegExp(
  [
    String.raw`meta:(header|citation|parentOrgan|number|symbol|typeName|docType|summary|place|date|archive|sectionNumbering|profile|basis)`,
    String.raw`meta:markings\.(secrecy|urgency|circulation|draft|drafterInitials|copies)`,
    String.raw`meta:basis\.[^.]+\.(typeName|number|symbol|date|system|issuer|title|shortName|role)`,
    String.raw`meta:signer\.(position|name|authority\.\d+(\.kind)?)`,
    String.raw`meta:recipients\.(new|\d+\.(name(\.\d+)?|purpose))`,
  ]
    .map((p) => `^${p}$`)
    .join('|'),
  'u',
);

function blocksOf(plan: PlanDocument, containerId: string): readonly Block[] | undefined {
  return containerId === PREAMBLE_ID ? plan.preamble : plan.sections.find((s) => s.id === containerId)?.blocks;
}

/** The text node a Slate point names in the section's blocks, as the editor's value holds them. */
function textAt(blocks: readonly Block[], path: readonly number[]): string | undefined {
  const [b, k, inner] = path;
  const child = b === undefined || k === undefined ? undefined : blocks[b]?.children[k];
  if (child === undefined) return undefined;
  if (isCrossRef(child)) return inner === 0 && path.length === 3 ? (child.children[0]?.text ?? '') : undefined;
  return path.length === 2 ? child.text : undefined;
}

/** Why the place does not exist in the plan, or null when it does. */
function problem(plan: PlanDocument, place: Place): string | null {
  switch (place.kind) {
    case 'section-title':
      return plan.sections.some((s) => s.id === place.sectionId) ? null : 'no such section';
    case 'appendix': {
      const appendix = plan.appendices.find((a) => a.id === place.appendixId);
      if (appendix === undefined) return 'no such appendix';
      return place.setting?.kind === 'column' && place.setting.index >= appendix.columns.length ? 'no such column' : null;
    }
    case 'focus': {
      const { focus } = place;
      switch (focus.kind) {
        case 'field':
          return PANEL_FIELDS.test(focus.field) ? null : `no panel field ${focus.field}`;
        case 'cell': {
          const appendix = plan.appendices.find((a) => a.id === focus.appendixId);
          if (appendix?.rows.some((r) => r.id === focus.rowId) !== true) return 'no such row';
          return appendix.columns.some((c) => c.id === focus.columnId) ? null : 'no such column';
        }
        case 'text': {
          const blocks = blocksOf(plan, focus.containerId);
          if (blocks === undefined) return 'no such container';
          for (const point of [focus.selection?.anchor, focus.selection?.focus]) {
            if (point === undefined) return 'no selection';
            const text = textAt(blocks, point.path);
            if (text === undefined || point.offset > text.length) return `no text at ${point.path.join('.')}:${point.offset}`;
          }
          return null;
        }
        case 'outline':
          return 'not a finding place';
      }
    }
  }
}

describe('placeOf', () => {
  it('takes every finding of every plan to a place that exists', () => {
    const shapes = new Set<string>();
    for (const { name, plan } of plans()) {
      for (const { finding, path } of pathFindings(plan)) {
        const place = placeOf(plan, path);
        const where = `${name}: ${finding.ruleId} at ${path.join('.')}`;
        expect(place, where).not.toBeNull();
        if (place !== null) expect(problem(plan, place), where).toBeNull();
        shapes.add(path.map((p) => (typeof p === 'number' ? '#' : p)).join('.'));
      }
    }
    // The kinds of path the rules produce, so that the test above saw each of them.
    for (const shape of [
      'meta.symbol',
      'meta.date',
      'meta.issuingOrgan.header',
      'meta.issuingOrgan.citation',
      'basis.#.date',
      'basis.#.shortName',
      'basis.#.title',
      'preamble.#.children.#.text',
      'sections.#',
      'sections.#.title',
      'sections.#.blocks.#',
      'sections.#.blocks.#.children.#',
      'sections.#.blocks.#.children.#.text',
      'appendices.#',
      'appendices.#.title',
      'appendices.#.columns.#.label',
      'appendices.#.rows.#.cells.lead',
      'appendices.#.rows.#.cells.cooperate.#',
      'signer.authority.#.kind',
      'signer.authority.#.body',
      'signer.name',
      'recipients',
      'recipients.#.name',
      'archive',
      'sectionNumbering',
    ]) {
      expect(shapes, shape).toContain(shape);
    }
  });

  it('names the places a drafter expects', () => {
    const plan = partyPlan();
    const section = plan.sections[2];
    const appendix = plan.appendices[0];
    const row = appendix?.rows[3];
    expect(placeOf(plan, ['meta', 'number'])).toEqual({ kind: 'focus', focus: { kind: 'field', field: 'meta:number' } });
    expect(placeOf(plan, ['meta', 'issuingOrgan', 'header'])).toEqual({ kind: 'focus', focus: { kind: 'field', field: 'meta:header' } });
    expect(placeOf(plan, ['signer', 'authority', 0, 'kind'])).toEqual({
      kind: 'focus',
      focus: { kind: 'field', field: 'meta:signer.authority.0.kind' },
    });
    expect(placeOf(plan, ['recipients'])).toEqual({ kind: 'focus', focus: { kind: 'field', field: 'meta:recipients.new' } });
    // The first nơi nhận is a group (several names "để báo cáo"), the third a single name.
    expect(placeOf(plan, ['recipients', 0, 'names', 1])).toEqual({
      kind: 'focus',
      focus: { kind: 'field', field: 'meta:recipients.0.name.1' },
    });
    expect(placeOf(plan, ['recipients', 2, 'name'])).toEqual({ kind: 'focus', focus: { kind: 'field', field: 'meta:recipients.2.name' } });
    expect(placeOf(plan, ['basis', 0])).toEqual({
      kind: 'focus',
      focus: { kind: 'field', field: `meta:basis.${plan.basis[0]?.id ?? ''}.title` },
    });
    const text = section?.blocks[1]?.children[0];
    expect(placeOf(plan, ['sections', 2, 'blocks', 1, 'children', 0, 'text'])).toEqual({
      kind: 'focus',
      focus: {
        kind: 'text',
        containerId: section?.id,
        selection: {
          anchor: { path: [1, 0], offset: 0 },
          focus: { path: [1, 0], offset: text !== undefined && !isCrossRef(text) ? text.text.length : -1 },
        },
      },
    });
    expect(placeOf(plan, ['sections', 2, 'title'])).toEqual({ kind: 'section-title', sectionId: section?.id });
    expect(placeOf(plan, ['appendices', 0, 'rows', 3, 'cells', 'lead'])).toEqual({
      kind: 'focus',
      focus: { kind: 'cell', appendixId: appendix?.id, rowId: row?.id, columnId: 'lead' },
    });
    // A row as a whole (its trace, its source) is shown in the column that holds its text.
    expect(placeOf(plan, ['appendices', 0, 'rows', 3, 'sourceRef'])).toEqual({
      kind: 'focus',
      focus: { kind: 'cell', appendixId: appendix?.id, rowId: row?.id, columnId: appendix?.mainColumn },
    });
    expect(placeOf(plan, ['appendices', 0, 'title'])).toEqual({ kind: 'appendix', appendixId: appendix?.id, setting: { kind: 'title' } });
    expect(placeOf(plan, ['appendices', 0, 'numberStyle'])).toEqual({ kind: 'appendix', appendixId: appendix?.id });
    expect(placeOf(plan, ['templateId'])).toBeNull();
    expect(placeOf(plan, ['sections', 99])).toBeNull();
  });

  it('shows property findings under the panel field they belong to', () => {
    const plan = statePlan();
    const ref = plan.basis[0];
    expect(propertyField(plan, ['meta', 'issuingOrgan', 'citation'])).toBe('meta:citation');
    expect(propertyField(plan, ['basis', 0, 'symbol'])).toBe(`meta:basis.${ref?.id ?? ''}.symbol`);
    expect(propertyField(plan, ['basis', 0])).toBe(`meta:basis.${ref?.id ?? ''}`);
    expect(propertyField(plan, ['signer', 'authority', 1, 'body'])).toBe('meta:signer.authority.1');
    expect(propertyField(plan, ['recipients'])).toBe('meta:recipients');
    expect(propertyField(plan, ['sections', 0, 'title'])).toBeNull();
  });
});

describe('stablePath', () => {
  it('names a spot by ids, so it stays the same when rows are inserted before it', () => {
    const plan = partyPlan();
    const appendix = plan.appendices[0];
    const row = appendix?.rows[2];
    if (appendix === undefined || row === undefined) throw new Error('fixture changed');
    const inserted: PlanDocument = {
      ...plan,
      appendices: [
        { ...appendix, rows: [{ id: 'dong-moi', kind: 'data', level: 1, cells: {} }, ...appendix.rows] },
        ...plan.appendices.slice(1),
      ],
    };
    const before = stablePath(plan, ['appendices', 0, 'rows', 2, 'cells', 'lead']);
    expect(before).toBe(`appendices.#${appendix.id}.rows.#${row.id}.cells.lead`);
    expect(stablePath(inserted, ['appendices', 0, 'rows', 3, 'cells', 'lead'])).toBe(before);
  });
});
