/**
 * Issue 16, points 1, 2 and 8: a plan's unfinished parts are data. Template guidance never
 * prints; every blank ("…") is found wherever it is (body, cells, properties) and marked as
 * unfinished; the number and day the văn thư fills are not blanks; and the checker raises nothing
 * against the templates' own choices, on the templates or on the real plans of the fixtures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockingFindings, checkPlan } from '../../../shared/check';
import { getProfile } from '../../../shared/format';
import { createAgencyDirectory, inlineText, numberItems, type AgencyDirectoryInput, type PlanDocument } from '../../../shared/model';
import { renderDocx } from '../../../shared/render/docx';
import { buildLayout } from '../../../shared/render/layout';
import { openDocx } from '../render/docx-xml';
import { NOW, partyPlan, statePlan, templatePlans } from './helpers';

const agencies = createAgencyDirectory(
  JSON.parse(readFileSync(new URL('../../../templates/agencies.json', import.meta.url), 'utf8')) as AgencyDirectoryInput,
);
const templates = templatePlans();

function guidance(plan: PlanDocument): string[] {
  return [...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)].filter((b) => b.hint === true).map((b) => inlineText(b.children));
}

describe('template guidance', () => {
  it.each(templates.map((t) => [t.id, t.plan] as const))('%s: is listed as unfinished and never printed', async (_id, plan) => {
    const hints = guidance(plan);
    expect(hints.length).toBeGreaterThan(0);
    const layout = JSON.stringify(buildLayout(plan));
    const { documentXml } = await openDocx(await renderDocx(plan, { now: NOW }));
    for (const hint of hints) {
      const start = hint.slice(0, 30);
      expect(layout).not.toContain(start);
      expect(documentXml).not.toContain(start);
    }
    const { unfinished } = blockingFindings(checkPlan(plan, { agencies }));
    expect(unfinished.filter((f) => f.message.startsWith('Còn hướng dẫn của mẫu'))).toHaveLength(hints.length);
  });

  it('takes no number, so the items after it are numbered as printed', () => {
    const plan = structuredClone(statePlan());
    const section = plan.sections[0];
    if (section === undefined) throw new Error('no section');
    const first = section.blocks.find((b) => b.type === 'item' && b.level === 1);
    if (first === undefined) throw new Error('no item');
    section.blocks.unshift({ ...first, id: 'huong-dan', hint: true, children: [{ text: 'Nêu mục đích của kế hoạch' }] });
    expect(JSON.stringify(buildLayout(plan))).not.toContain('Nêu mục đích');
    expect(numberItems(section.blocks).get(first.id)?.label).toBe('1.');
    expect(numberItems(section.blocks).has('huong-dan')).toBe(false);
  });
});

describe('blanks left in the text', () => {
  it('finds every "…" of a filled-in Party plan: body, appendix cells and properties, but not an ellipsis after a word', () => {
    const plan = structuredClone(partyPlan());
    const section = plan.sections[1];
    const row = plan.appendices[0]?.rows.find((r) => r.kind === 'data');
    if (section === undefined || row === undefined) throw new Error('fixture');
    section.blocks.push(
      { type: 'paragraph', id: 'x1', children: [{ text: 'Thực hiện Nghị quyết số …-NQ/TU của Tỉnh ủy.' }] },
      { type: 'bullet', id: 'x2', level: 1, children: [{ text: 'Tăng trưởng đạt ...%/năm.' }] },
      { type: 'paragraph', id: 'x3', children: [{ text: 'Phát triển văn hóa, xã hội… bền vững.' }] },
    );
    row.cells.deadline = 'Hoàn thành trước năm …';
    plan.meta.place = '…';
    const blanks = checkPlan(plan, { agencies }).filter((f) => f.ruleId === 'chua-dien');
    expect(blanks.map((f) => f.location.label)).toEqual([
      'Địa danh',
      'Mục II, đoạn 7',
      'Mục II, đoạn 8 (gạch đầu dòng)',
      expect.stringMatching(/^Phụ lục I, dòng STT 1, cột "Thời gian thực hiện"$/u),
    ]);
    expect(blanks.every((f) => f.unfinished === true)).toBe(true);
    expect(blanks[1]?.message).toContain('"Thực hiện Nghị quyết số …-NQ/TU của Tỉnh ủy."');
  });

  it('finds a task row left without its lead organ or deadline, but not a merged, cooperating or group cell', () => {
    const plan = structuredClone(partyPlan());
    const appendix = plan.appendices[0];
    const rows = appendix?.rows.filter((r) => r.kind === 'data') ?? [];
    const [first, second] = rows;
    const lead = appendix?.columns.find((c) => c.type === 'agency');
    const deadline = appendix?.columns.find((c) => c.type === 'deadline');
    const group = appendix?.rows.find((r) => r.kind === 'group');
    if (first === undefined || second === undefined || lead === undefined || deadline === undefined || group === undefined) {
      throw new Error('fixture');
    }
    const before = checkPlan(plan, { agencies }).filter((f) => f.ruleId === 'chua-dien');
    const cooperating = new Set(appendix?.columns.filter((c) => c.type === 'agencies').map((c) => c.id));
    const without = (cells: Record<string, unknown>, drop: (id: string) => boolean) =>
      Object.fromEntries(Object.entries(cells).filter(([id]) => !drop(id))) as typeof first.cells;
    first.cells = { ...without(first.cells, (id) => id === lead.id || cooperating.has(id)), [deadline.id]: '  ' };
    second.cells = without(second.cells, (id) => id === lead.id);
    second.mergeAbove = [lead.id];
    group.cells = without(group.cells, (id) => id === lead.id);
    const blanks = checkPlan(plan, { agencies })
      .filter((f) => f.ruleId === 'chua-dien')
      .filter((f) => !before.some((b) => b.location.label === f.location.label));
    expect(blanks.map((f) => f.message.split(' (')[0])).toEqual([
      `Ô còn trống: ghi ${lead.label.charAt(0).toLocaleLowerCase('vi')}${lead.label.slice(1)} trước khi trình ký`,
      `Ô còn trống: ghi ${deadline.label.charAt(0).toLocaleLowerCase('vi')}${deadline.label.slice(1)} trước khi trình ký`,
    ]);
    expect(blanks.map((f) => f.location.label)).toEqual([
      expect.stringMatching(new RegExp(`^Phụ lục I, dòng STT 1, cột "${lead.label}"$`, 'u')),
      expect.stringMatching(new RegExp(`^Phụ lục I, dòng STT 1, cột "${deadline.label}"$`, 'u')),
    ]);
    expect(blanks.every((f) => f.unfinished === true)).toBe(true);
  });

  it('does not count the number and day the văn thư fills in', () => {
    const plan: PlanDocument = { ...partyPlan(), meta: { ...partyPlan().meta, number: '', date: { ...partyPlan().meta.date, day: null } } };
    expect(blockingFindings(checkPlan(plan, { agencies })).unfinished).toEqual([]);
  });
});

describe('the checker and the templates agree', () => {
  it.each(templates.map((t) => [t.id, t.plan] as const))('%s: finds nothing but the blanks the template leaves', (_id, plan) => {
    const findings = checkPlan(plan, { agencies });
    expect(findings.filter((f) => f.unfinished !== true).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it.each([
    ['58-KH/TU', partyPlan()],
    ['30/KH-UBND', statePlan()],
  ] as const)('%s: the templates’ forms of its system raise nothing', (_name, fixture) => {
    const sameSystem = templates.filter((t) => getProfile(t.plan.profile).system === getProfile(fixture.profile).system);
    expect(sameSystem.length).toBeGreaterThan(0);
    for (const { plan: template } of sameSystem) {
      const styled: PlanDocument = {
        ...fixture,
        sectionNumbering: template.sectionNumbering,
        appendices: fixture.appendices.map((a, i) => ({
          ...a,
          numberStyle: template.appendices[Math.min(i, template.appendices.length - 1)]?.numberStyle ?? a.numberStyle,
        })),
      };
      const findings = checkPlan(styled, { agencies });
      const onForm = findings.filter(
        (f) => f.location.kind === 'plan' && (f.location.path[0] === 'sectionNumbering' || f.location.path.includes('numberStyle')),
      );
      expect(onForm).toEqual([]);
    }
  });
});
