/**
 * The benchmark plans: the sizes asked for, the same plan for the same seed, valid against the
 * schema, varied wording, and a clone unit that gets a real share of the tasks. No timings here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePlan, type PlanSources } from '../../bench/plan/generate-plan';
import { planAsText } from '../../bench/plan/layout-text';
import { loadPlanSources } from '../../bench/plan/load-sources';
import { planStats } from '../../bench/plan/plan-stats';
import { CLONE_UNIT_ID } from '../../bench/plan/text-maker';
import { findAssignments } from '../../shared/clone';
import { importText } from '../../shared/import';
import { PlanDocumentSchema, type PlanDocument } from '../../shared/model';
import { serializePlan } from '../../shared/plan-file';

let sources: PlanSources;
let small: PlanDocument;
let large: PlanDocument;

beforeAll(async () => {
  sources = await loadPlanSources();
  small = generatePlan(sources, { dataRows: 300, seed: 300 });
  large = generatePlan(sources, { dataRows: 1500, seed: 1500 });
});

describe('generatePlan', () => {
  it('has exactly the data rows asked for, grouped, in several appendices, with a body that grows with them', () => {
    const s = planStats(small);
    const l = planStats(large);
    expect(s.dataRows).toBe(300);
    expect(l.dataRows).toBe(1500);
    expect(s.appendices).toBeGreaterThanOrEqual(3);
    expect(s.groupRows).toBeGreaterThan(20);
    expect(l.bodyBlocks / s.bodyBlocks).toBeGreaterThan(3);
    for (const plan of [small, large]) {
      const kinds = new Set(plan.sections.flatMap((section) => section.blocks.map((b) => (b.type === 'item' ? `item${b.level}` : b.type))));
      expect([...kinds].sort()).toEqual(['bullet', 'item1', 'item2', 'paragraph']);
    }
  });

  it('gives the same plan for the same seed and another one for another seed', () => {
    expect(serializePlan(generatePlan(sources, { dataRows: 300, seed: 300 }))).toBe(serializePlan(small));
    expect(serializePlan(generatePlan(sources, { dataRows: 300, seed: 301 }))).not.toBe(serializePlan(small));
  });

  it('is a valid plan whose cross-references all resolve', () => {
    for (const plan of [small, large]) {
      const parsed = PlanDocumentSchema.safeParse(plan);
      expect(parsed.success, parsed.error?.message).toBe(true);
    }
    expect(planAsText(small)).not.toContain('[tham chiếu không tồn tại]');
  });

  it('does not copy one row: most task texts are distinct and words are NFC', () => {
    expect(planStats(small).distinctTaskShare).toBeGreaterThan(0.9);
    expect(planStats(large).distinctTaskShare).toBeGreaterThan(0.85);
    const text = planAsText(large);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('gives the clone unit a real share of the tasks, as lead and as cooperating', () => {
    const unit = sources.directory.data.organs.find((o) => o.id === CLONE_UNIT_ID);
    if (unit === undefined) throw new Error('no unit');
    const assignments = findAssignments(small, unit, sources.directory);
    const share = assignments.length / planStats(small).taskRows;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.75);
    expect(assignments.some((a) => a.role === 'lead')).toBe(true);
    expect(assignments.some((a) => a.role === 'cooperate')).toBe(true);
  });

  it('reads back from its text as the seeds do: every row placed', () => {
    const { plan } = importText(planAsText(small));
    expect(planStats(plan).dataRows).toBe(300);
  });
});
