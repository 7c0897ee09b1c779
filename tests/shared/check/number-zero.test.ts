/** Both guides write a document number under 10 with a leading 0: "Số: 07/KH-UBND", "Số 05-HD/VPTW". */
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../shared/check';
import type { PlanDocument } from '../../../shared/model';
import { findingsOf, partyPlan, statePlan } from './helpers';

function withNumber(plan: PlanDocument, number: string): PlanDocument {
  return { ...plan, meta: { ...plan.meta, number } };
}

describe('a document number under 10', () => {
  it('is a cảnh báo under NĐ 30 and HD 36 alike, fixed to two digits', () => {
    for (const plan of [statePlan(), partyPlan()]) {
      const seven = withNumber(plan, '7');
      const [finding, ...rest] = findingsOf(seven, 'so-van-ban-so-0');
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: 'cảnh báo', location: { path: ['meta', 'number'] } });
      expect(finding?.message).toContain('Số văn bản "7" nhỏ hơn 10: ghi thêm số 0 phía trước ("07")');
      if (finding?.fix === undefined) throw new Error('no fix');
      expect(applyFix(seven, finding.fix).meta.number).toBe('07');
    }
  });

  it('is no finding when padded, when 10 or more, or when left blank for the văn thư', () => {
    for (const number of ['07', '10', '58', '']) expect(findingsOf(withNumber(statePlan(), number), 'so-van-ban-so-0')).toEqual([]);
  });
});
