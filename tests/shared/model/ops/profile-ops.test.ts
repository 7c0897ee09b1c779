/** Switching the rule profile changes the profile, and adapts the user's text only when asked; within a system the profile follows the date. */
import { describe, expect, it } from 'vitest';
import { HD05_2026, HD36_2018, ND30_2020 } from '../../../../shared/format';
import { PlanDocumentSchema } from '../../../../shared/model';
import { followDate, setPlanDate, switchProfile } from '../../../../shared/model/ops';
import { partyPlan, statePlan } from './plans';

describe('switchProfile', () => {
  it('changes only the profile when not asked to adapt', () => {
    const plan = statePlan();
    const next = switchProfile(plan, { profile: HD36_2018, adapt: false });
    expect(next.profile).toBe('hd36-2018');
    expect(next.meta).toBe(plan.meta);
    expect(next.archive).toBe(plan.archive);
  });

  it('adapts the symbol and the archive line both ways', () => {
    const plan = statePlan();
    const party = switchProfile(plan, { profile: HD36_2018, adapt: true });
    expect(party.meta.symbol).toBe('KH/BQL');
    expect(party.archive).toBe('VP');
    expect(PlanDocumentSchema.safeParse(party).success).toBe(true);
    const back = switchProfile(party, { profile: ND30_2020, adapt: true });
    expect(back.meta.symbol).toBe('KH-BQL');
    expect(back.archive).toBe('VT, VP');
  });

  it('writes TUQ. as T/L for the Party, which has no thừa ủy quyền', () => {
    const plan = {
      ...statePlan(),
      signer: { authority: [{ kind: 'TUQ' as const, body: 'CHỦ TỊCH' }], position: 'CHÁNH VĂN PHÒNG', name: 'A' },
    };
    const party = switchProfile(plan, { profile: HD05_2026, adapt: true });
    expect(party.signer.authority).toEqual([{ kind: 'TL', body: 'CHỦ TỊCH' }]);
    expect(switchProfile(plan, { profile: HD36_2018, adapt: false }).signer).toBe(plan.signer);
  });

  it('returns the same plan when neither the profile nor the choice changes', () => {
    const plan = partyPlan();
    expect(switchProfile(plan, { profile: HD36_2018, adapt: true })).toBe(plan);
  });

  it('records that the user chose the profile', () => {
    const plan = partyPlan();
    expect(switchProfile(plan, { profile: HD36_2018, adapt: true, choice: 'chosen' }).profileChoice).toBe('chosen');
  });
});

describe('switchProfile on parts of a plan', () => {
  it('keeps the parts it does not need to change, so a caller can tell what adapting rewrites', () => {
    const plan = partyPlan();
    const parts = {
      profile: plan.profile,
      profileChoice: plan.profileChoice,
      meta: { ...plan.meta, symbol: 'KH-TU' },
      signer: plan.signer,
      archive: 'VT, VP',
    };
    const adapted = switchProfile(parts, { profile: ND30_2020, adapt: true });
    expect(adapted.meta).toBe(parts.meta);
    expect(adapted.signer).toBe(parts.signer);
    expect(adapted.archive).toBe('VT, VP');
    expect(Object.keys(adapted).sort()).toEqual(['archive', 'meta', 'profile', 'profileChoice', 'signer']);
  });
});

describe('the profile follows the date', () => {
  it('moves a Party plan to HD 05 when it is dated from 27/5/2026, and back to HD 36 before', () => {
    const plan = partyPlan();
    expect(plan.meta.date).toEqual({ year: 2026, month: 4, day: 15 });
    expect(plan.profile).toBe('hd36-2018');
    const june = setPlanDate(plan, { year: 2026, month: 6, day: 1 });
    expect(june.profile).toBe('hd05-2026');
    expect(setPlanDate(june, { year: 2026, month: 5, day: 26 }).profile).toBe('hd36-2018');
    expect(setPlanDate(june, { year: 2026, month: 5, day: 27 }).profile).toBe('hd05-2026');
  });

  it('reads a blank day as the last day of the month: the văn thư dates the plan at signing', () => {
    expect(setPlanDate(partyPlan(), { year: 2026, month: 5, day: null }).profile).toBe('hd05-2026');
    expect(setPlanDate(partyPlan(), { year: 2026, month: 4, day: null }).profile).toBe('hd36-2018');
  });

  it('keeps a profile the user chose, whatever the date', () => {
    const chosen = { ...partyPlan(), profileChoice: 'chosen' as const };
    expect(setPlanDate(chosen, { year: 2026, month: 9, day: 1 }).profile).toBe('hd36-2018');
  });

  it('never moves a plan to another system', () => {
    const plan = setPlanDate(statePlan(), { year: 2026, month: 9, day: 1 });
    expect(plan.profile).toBe('nd30-2020');
    expect(followDate(plan)).toBe(plan);
  });

  it('opens a Party file saved under HD 36 but dated after HD 05 under HD 05', () => {
    const saved = { ...partyPlan(), meta: { ...partyPlan().meta, date: { year: 2026, month: 7, day: 2 } } };
    expect(saved.profile).toBe('hd36-2018');
    expect(PlanDocumentSchema.parse(saved).profile).toBe('hd36-2018');
    expect(followDate(saved).profile).toBe('hd05-2026');
  });
});
