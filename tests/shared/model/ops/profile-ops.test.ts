/** Switching the rule system changes the profile, and adapts the user's text only when asked. */
import { describe, expect, it } from 'vitest';
import { PlanDocumentSchema } from '../../../../shared/model';
import { adaptArchive, adaptSymbol, switchProfile } from '../../../../shared/model/ops';
import { partyPlan, statePlan } from './plans';

describe('adaptSymbol', () => {
  it.each([
    ['KH-UBND', 'dang', 'KH/UBND'],
    ['KH-BQL', 'dang', 'KH/BQL'],
    ['KH/TU', 'dang', 'KH/TU'],
    ['QC-BTCTU-BDVTU', 'dang', 'QC/BTCTU-BDVTU'],
    ['KH/TU', 'nha-nuoc', 'KH-TU'],
    ['QC/BTCTU-BDVTU', 'nha-nuoc', 'QC-BTCTU-BDVTU'],
    ['KH-UBND', 'nha-nuoc', 'KH-UBND'],
    ['KH', 'dang', 'KH'],
    ['', 'nha-nuoc', ''],
  ] as const)('%s for %s is %s', (symbol, system, expected) => {
    expect(adaptSymbol(symbol, system)).toBe(expected);
  });
});

describe('adaptArchive', () => {
  it('drops the văn thư for Party documents and adds it for State ones', () => {
    expect(adaptArchive('VT, VP', 'dang')).toBe('VP');
    expect(adaptArchive('VT,VP', 'dang')).toBe('VP');
    expect(adaptArchive('Văn phòng Tỉnh ủy', 'nha-nuoc')).toBe('VT, Văn phòng Tỉnh ủy');
    expect(adaptArchive('VT, VP', 'nha-nuoc')).toBe('VT, VP');
    expect(adaptArchive('Văn phòng Tỉnh ủy', 'dang')).toBe('Văn phòng Tỉnh ủy');
    expect(adaptArchive('', 'nha-nuoc')).toBe('');
  });
});

describe('switchProfile', () => {
  it('changes only the profile when not asked to adapt', () => {
    const plan = statePlan();
    const next = switchProfile(plan, { profile: 'hd36-2018', system: 'dang', adapt: false });
    expect(next.profile).toBe('hd36-2018');
    expect(next.meta).toBe(plan.meta);
    expect(next.archive).toBe(plan.archive);
  });

  it('adapts the symbol and the archive line both ways', () => {
    const plan = statePlan();
    const party = switchProfile(plan, { profile: 'hd36-2018', system: 'dang', adapt: true });
    expect(party.meta.symbol).toBe('KH/BQL');
    expect(party.archive).toBe('VP');
    expect(PlanDocumentSchema.safeParse(party).success).toBe(true);
    const back = switchProfile(party, { profile: 'nd30-2020', system: 'nha-nuoc', adapt: true });
    expect(back.meta.symbol).toBe('KH-BQL');
    expect(back.archive).toBe('VT, VP');
  });

  it('writes TUQ. as T/L for the Party, which has no thừa ủy quyền', () => {
    const plan = {
      ...statePlan(),
      signer: { authority: [{ kind: 'TUQ' as const, body: 'CHỦ TỊCH' }], position: 'CHÁNH VĂN PHÒNG', name: 'A' },
    };
    const party = switchProfile(plan, { profile: 'hd36-2018', system: 'dang', adapt: true });
    expect(party.signer.authority).toEqual([{ kind: 'TL', body: 'CHỦ TỊCH' }]);
    expect(switchProfile(plan, { profile: 'hd36-2018', system: 'dang', adapt: false }).signer).toBe(plan.signer);
  });

  it('returns the same plan when the profile does not change', () => {
    const plan = partyPlan();
    expect(switchProfile(plan, { profile: 'hd36-2018', system: 'dang', adapt: true })).toBe(plan);
  });
});

describe('switchProfile on parts of a plan', () => {
  it('keeps the parts it does not need to change, so a caller can tell what adapting rewrites', () => {
    const plan = partyPlan();
    const parts = { profile: plan.profile, meta: { ...plan.meta, symbol: 'KH-TU' }, signer: plan.signer, archive: 'VT, VP' };
    const adapted = switchProfile(parts, { profile: 'nd30-2020', system: 'nha-nuoc', adapt: true });
    expect(adapted.meta).toBe(parts.meta);
    expect(adapted.signer).toBe(parts.signer);
    expect(adapted.archive).toBe('VT, VP');
    expect(Object.keys(adapted).sort()).toEqual(['archive', 'meta', 'profile', 'signer']);
  });
});
