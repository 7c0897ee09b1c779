/** applyFix: a pure, validated update of one field. */
import { describe, expect, it } from 'vitest';
import { FixError, applyFix } from '../../../shared/check';
import { statePlan } from './helpers';

describe('applyFix', () => {
  it('sets the field and leaves the input untouched', () => {
    const plan = statePlan();
    const before = structuredClone(plan);
    const after = applyFix(plan, { kind: 'set-field', path: ['signer', 'authority', 0, 'body'], value: 'GIÁM ĐỐC', label: 'x' });
    expect(after.signer.authority[0]).toEqual({ kind: 'KT', body: 'GIÁM ĐỐC' });
    expect(plan).toEqual(before);
  });

  it('refuses a path that does not exist and a value the schema rejects, in Vietnamese', () => {
    const plan = statePlan();
    expect(() => applyFix(plan, { kind: 'set-field', path: ['sections', 99, 'title'], value: 'X', label: 'x' })).toThrow(FixError);
    expect(() => applyFix(plan, { kind: 'set-field', path: ['meta', 'number'], value: 'ba mươi', label: 'x' })).toThrow(
      /Sửa lỗi làm kế hoạch không hợp lệ: Số văn bản chỉ gồm chữ số/u,
    );
    expect(() => applyFix(plan, { kind: 'set-field', path: [], value: 'X', label: 'x' })).toThrow(FixError);
  });
});
