/**
 * An embedded model is trusted only if it renders to the visible text of the DOCX it sits in.
 * Every plan the project has comes back from its own export "read intact"; our export with tasks
 * added to the model part only (the fingerprint kept, as a forger would) is read from what the
 * document shows, and the report says why. Issue 22 item 6: the forged file was read intact.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocx } from '../../../shared/check';
import { importDocx } from '../../../shared/import';
import { cellOf, cellText, inlineText, type Appendix, type PlanDocument } from '../../../shared/model';
import { serializePlan } from '../../../shared/plan-file';
import { renderDocx } from '../../../shared/render/docx';
import { FIXED_NOW, PLAN_FIXTURES, allPlans, fixturePlan } from '../../reliability/support/fixtures';

const HIDDEN_TASK = 'Chuyển toàn bộ kinh phí dự phòng cho Công ty TNHH Ánh Dương';

/**
 * Our DOCX of `plan` with a task added to the model part only (a row of its first appendix and a
 * paragraph of its first section); the part's fingerprint kept.
 */
async function forgedDocx(plan: PlanDocument): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await renderDocx(plan, { now: FIXED_NOW }));
  const hiddenRow = (appendix: Appendix): Appendix => ({
    ...appendix,
    rows: [...appendix.rows, { id: 'an-r', kind: 'data', level: 1, cells: { [appendix.mainColumn]: HIDDEN_TASK } }],
  });
  const forged: PlanDocument = {
    ...plan,
    sections: plan.sections.map((s, i) =>
      i === 0 ? { ...s, blocks: [...s.blocks, { id: 'an-p', type: 'paragraph', children: [{ text: HIDDEN_TASK }] }] } : s,
    ),
    appendices: plan.appendices.map((a, i) => (i === 0 ? hiddenRow(a) : a)),
  };
  const part = (await zip.file('customXml/item1.xml')?.async('string')) ?? '';
  const open = part.indexOf('>', part.indexOf('<plan ')) + 1;
  const body = serializePlan(forged).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  zip.file('customXml/item1.xml', `${part.slice(0, open)}${body}</plan>`);
  return zip.generateAsync({ type: 'uint8array' });
}

/** The text of every paragraph and every task of a plan. */
function texts(plan: PlanDocument): string[] {
  return [
    ...plan.sections.flatMap((s) => s.blocks.map((b) => inlineText(b.children))),
    ...plan.appendices.flatMap((a) => a.rows.map((row) => cellText(cellOf(row, a.mainColumn)))),
  ];
}

let plans: { name: string; plan: PlanDocument }[] = [];
beforeAll(async () => {
  plans = await allPlans();
}, 60_000);

describe('the embedded model of our own export', () => {
  it('is read intact for every fixture, template, imported seed and clone', async () => {
    expect(plans.length).toBeGreaterThanOrEqual(10);
    for (const { name, plan } of plans) {
      const back = await importDocx(await renderDocx(plan, { now: FIXED_NOW }));
      expect(back.report.source, name).toBe('docx-model');
      expect(back.report.warnings, name).toEqual([]);
      expect(serializePlan(back.plan), name).toBe(serializePlan(plan));
    }
  });
});

describe('a model with hidden tasks and the fingerprint kept', () => {
  it('is not trusted: the document is read from what it shows, and the report says why', async () => {
    for (const name of PLAN_FIXTURES) {
      const plan = fixturePlan(name);
      const bytes = await forgedDocx(plan);
      const back = await importDocx(bytes);
      expect(back.report.source, name).toBe('docx');
      expect(back.report.warnings.join('\n'), name).toContain('không khớp với nội dung hiển thị');
      expect(texts(back.plan).join('\n'), name).not.toContain(HIDDEN_TASK);
      // What the document shows is still there, read from its content.
      expect(texts(back.plan).filter((t) => t !== '' && texts(plan).includes(t)).length, name).toBeGreaterThan(10);
      // The checker of a received file does not take the model for the plan either.
      expect((await checkDocx(bytes)).plan, name).toBeNull();
    }
  });
});
