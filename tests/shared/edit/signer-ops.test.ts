/** Signature block edits: authority lines added, edited, reordered and removed; role from the directory. */
import { describe, expect, it } from 'vitest';
import {
  addAuthorityStep,
  moveAuthorityStep,
  removeAuthorityStep,
  setAuthorityStep,
  setSignerRole,
  setSignerText,
} from '../../../shared/edit';
import { statePlan } from './plans';

describe('signer edits', () => {
  it('sets the name and position in NFC', () => {
    const plan = statePlan();
    const next = setSignerText(setSignerText(plan, 'name', 'Bu\u0300i Duy Quang'), 'position', 'PHÓ TRƯỞNG BAN');
    expect(next.signer.name).toBe('Bùi Duy Quang');
    expect(next).toBe(setSignerText(next, 'position', 'PHÓ TRƯỞNG BAN'));
    expect(next.signer.position).toBe('PHÓ TRƯỞNG BAN');
  });

  it('adds, edits, moves and removes authority lines', () => {
    let plan = statePlan();
    plan = addAuthorityStep(plan, 'TM', 'ỦY BAN NHÂN DÂN');
    expect(plan.signer.authority).toEqual([
      { kind: 'KT', body: 'TRƯỞNG BAN' },
      { kind: 'TM', body: 'ỦY BAN NHÂN DÂN' },
    ]);
    plan = moveAuthorityStep(plan, 1, 0);
    expect(plan.signer.authority.map((s) => s.kind)).toEqual(['TM', 'KT']);
    plan = setAuthorityStep(plan, 1, { kind: 'TL', body: 'CHỦ TỊCH' });
    expect(plan.signer.authority[1]).toEqual({ kind: 'TL', body: 'CHỦ TỊCH' });
    plan = removeAuthorityStep(plan, 0);
    expect(plan.signer.authority).toEqual([{ kind: 'TL', body: 'CHỦ TỊCH' }]);
  });

  it('ignores positions that do not exist and edits that change nothing', () => {
    const plan = statePlan();
    expect(setAuthorityStep(plan, 5, { body: 'X' })).toBe(plan);
    expect(setAuthorityStep(plan, 0, { kind: 'KT' })).toBe(plan);
    expect(removeAuthorityStep(plan, 3)).toBe(plan);
    expect(moveAuthorityStep(plan, 0, 1)).toBe(plan);
  });

  it('takes authority and position from a directory entry and keeps the name', () => {
    const plan = statePlan();
    const role = {
      authority: [
        { kind: 'TM' as const, body: 'ỦY BAN NHÂN DÂN' },
        { kind: 'KT' as const, body: 'CHỦ TỊCH' },
      ],
      position: 'PHÓ CHỦ TỊCH',
    };
    const next = setSignerRole(plan, role);
    expect(next.signer).toEqual({ ...role, name: 'Bùi Duy Quang' });
    expect(setSignerRole(next, role)).toBe(next);
  });
});
