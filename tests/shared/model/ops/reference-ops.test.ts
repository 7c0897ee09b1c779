/** Căn cứ edits: added, edited in NFC, reordered and removed by id. */
import { describe, expect, it } from 'vitest';
import { formatCitation, HD05_2026, HD36_2018, ND30_2020 } from '../../../../shared/format';
import { PlanDocumentSchema } from '../../../../shared/model';
import { addReference, moveReference, newReference, removeReference, updateReference } from '../../../../shared/model/ops';
import { statePlan } from './plans';

describe('reference edits', () => {
  it('adds a blank reference in the plan system that the schema accepts', () => {
    const plan = statePlan();
    const next = addReference(plan, newReference('ref2', ND30_2020));
    expect(next.basis.map((r) => r.id)).toEqual(['ref1', 'ref2']);
    expect(next.basis[1]).toMatchObject({ typeName: 'Kế hoạch', system: 'nha-nuoc', role: 'basis' });
    expect(PlanDocumentSchema.safeParse(next).success).toBe(true);
    expect(newReference('x', HD05_2026).typeName).toBe('Nghị quyết');
  });

  it('edits fields in NFC and refuses a blank type name', () => {
    let plan = addReference(statePlan(), newReference('ref2', HD36_2018));
    plan = updateReference(plan, 'ref2', { number: '05', symbol: 'NQ/TU', date: '2026-01-30', issuer: 'Ban Chấp ha\u0300nh Đảng bộ tỉnh' });
    const ref = plan.basis[1];
    expect(ref?.issuer).toBe('Ban Chấp hành Đảng bộ tỉnh');
    expect(ref === undefined ? '' : formatCitation(ref, ND30_2020)).toBe(
      'Nghị quyết số 05-NQ/TU ngày 30/01/2026 của Ban Chấp hành Đảng bộ tỉnh',
    );
    expect(updateReference(plan, 'ref2', { typeName: '  ' })).toBe(plan);
    expect(updateReference(plan, 'ref2', { number: '05' })).toBe(plan);
    expect(updateReference(plan, 'nope', { number: '1' })).toBe(plan);
  });

  it('moves and removes by id', () => {
    const plan = addReference(addReference(statePlan(), newReference('b', HD36_2018)), newReference('c', HD36_2018));
    expect(moveReference(plan, 'c', 0).basis.map((r) => r.id)).toEqual(['c', 'ref1', 'b']);
    expect(moveReference(plan, 'c', 3)).toBe(plan);
    expect(removeReference(plan, 'ref1').basis.map((r) => r.id)).toEqual(['b', 'c']);
    expect(removeReference(plan, 'zz')).toBe(plan);
  });
});
