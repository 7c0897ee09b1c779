/** Nơi nhận edits: singles and brace groups, grouped, ungrouped, reordered; never an empty name. */
import { describe, expect, it } from 'vitest';
import { PlanDocumentSchema } from '../../../shared/model';
import {
  addGroupName,
  addRecipient,
  DEFAULT_GROUP_PURPOSE,
  groupWithNext,
  moveGroupName,
  moveRecipientEntry,
  removeGroupName,
  removeRecipientEntry,
  setRecipientName,
  setRecipientPurpose,
  takeOutOfGroup,
  ungroupRecipients,
} from '../../../shared/edit';
import { partyPlan, statePlan } from './plans';

describe('recipient edits', () => {
  it('adds a named recipient and refuses a blank one', () => {
    const plan = statePlan();
    const next = addRecipient(plan, '  Sở Tài chi\u0301nh ', '(để phối hợp)');
    expect(next.recipients.at(-1)).toEqual({ name: 'Sở Tài chính', purpose: '(để phối hợp)' });
    expect(addRecipient(plan, '   ')).toBe(plan);
    expect(addRecipient(plan, 'Lãnh đạo Ban', '', 0).recipients[0]).toEqual({ name: 'Lãnh đạo Ban' });
  });

  it('renames, and refuses a blank name', () => {
    const plan = statePlan();
    expect(setRecipientName(plan, 1, 'Lãnh đạo Ban Quản lý').recipients[1]).toEqual({ name: 'Lãnh đạo Ban Quản lý' });
    expect(setRecipientName(plan, 1, ' ')).toBe(plan);
    expect(setRecipientName(plan, 1, 'Lãnh đạo\n Ban').recipients[1]).toEqual({ name: 'Lãnh đạo Ban' });
    const party = partyPlan();
    expect(setRecipientName(party, 0, 'Bộ Chính trị', 1).recipients[0]).toEqual({
      purpose: '(để báo cáo)',
      names: ['Ban Bí thư Trung ương Đảng', 'Bộ Chính trị', 'Ủy ban Kiểm tra Trung ương', 'Văn phòng Trung ương Đảng'],
    });
  });

  it('clears a single purpose (the key goes) but never a group purpose', () => {
    const plan = statePlan();
    const cleared = setRecipientPurpose(plan, 0, '');
    expect(cleared.recipients[0]).toEqual({ name: 'UBND tỉnh' });
    expect('purpose' in (cleared.recipients[0] ?? {})).toBe(false);
    const party = partyPlan();
    expect(setRecipientPurpose(party, 0, '')).toBe(party);
    expect(setRecipientPurpose(party, 0, '(để biết)').recipients[0]).toMatchObject({ purpose: '(để biết)' });
  });

  it('moves and removes entries', () => {
    const plan = statePlan();
    const moved = moveRecipientEntry(plan, 0, 2);
    expect(moved.recipients.map((r) => ('name' in r ? r.name : ''))).toEqual(['Lãnh đạo Ban', 'Các phòng, đơn vị trực thuộc', 'UBND tỉnh']);
    expect(moveRecipientEntry(plan, 0, 3)).toBe(plan);
    expect(removeRecipientEntry(plan, 1).recipients).toHaveLength(2);
    expect(removeRecipientEntry(plan, 7)).toBe(plan);
  });

  it('groups an entry with the next one, keeping the first purpose', () => {
    const plan = statePlan();
    const grouped = groupWithNext(plan, 0);
    expect(grouped.recipients[0]).toEqual({ purpose: '(để báo cáo)', names: ['UBND tỉnh', 'Lãnh đạo Ban'] });
    expect(grouped.recipients).toHaveLength(2);
    const again = groupWithNext(grouped, 0);
    expect(again.recipients).toEqual([{ purpose: '(để báo cáo)', names: ['UBND tỉnh', 'Lãnh đạo Ban', 'Các phòng, đơn vị trực thuộc'] }]);
    expect(groupWithNext(again, 0)).toBe(again);
    const noPurpose = groupWithNext(plan, 1);
    expect(noPurpose.recipients[1]).toEqual({ purpose: DEFAULT_GROUP_PURPOSE, names: ['Lãnh đạo Ban', 'Các phòng, đơn vị trực thuộc'] });
    expect(PlanDocumentSchema.safeParse(noPurpose).success).toBe(true);
  });

  it('ungroups into lines that keep the purpose, and takes one name out', () => {
    const party = partyPlan();
    const ungrouped = ungroupRecipients(party, 0);
    expect(ungrouped.recipients.slice(0, 4)).toEqual([
      { name: 'Ban Bí thư Trung ương Đảng', purpose: '(để báo cáo)' },
      { name: 'Các Ban xây dựng Đảng Trung ương', purpose: '(để báo cáo)' },
      { name: 'Ủy ban Kiểm tra Trung ương', purpose: '(để báo cáo)' },
      { name: 'Văn phòng Trung ương Đảng', purpose: '(để báo cáo)' },
    ]);
    expect(ungroupRecipients(party, 1)).toBe(party);
    const out = takeOutOfGroup(party, 0, 1);
    expect(out.recipients[0]).toMatchObject({
      names: ['Ban Bí thư Trung ương Đảng', 'Ủy ban Kiểm tra Trung ương', 'Văn phòng Trung ương Đảng'],
    });
    expect(out.recipients[1]).toEqual({ name: 'Các Ban xây dựng Đảng Trung ương' });
  });

  it('edits the names of a group; the last name removed removes the group', () => {
    const party = partyPlan();
    let plan = addGroupName(party, 0, 'Bộ Chính trị');
    expect(plan.recipients[0]).toMatchObject({ names: expect.arrayContaining(['Bộ Chính trị']) as unknown });
    plan = moveGroupName(plan, 0, 4, 0);
    expect(plan.recipients[0]).toMatchObject({
      names: [
        'Bộ Chính trị',
        'Ban Bí thư Trung ương Đảng',
        'Các Ban xây dựng Đảng Trung ương',
        'Ủy ban Kiểm tra Trung ương',
        'Văn phòng Trung ương Đảng',
      ],
    });
    const one = { ...party, recipients: [{ purpose: '(để biết)', names: ['A'] }] };
    expect(removeGroupName(one, 0, 0).recipients).toEqual([]);
    expect(addGroupName(party, 1, 'X')).toBe(party);
    expect(takeOutOfGroup(one, 0, 0).recipients).toEqual([{ name: 'A', purpose: '(để biết)' }]);
  });
});
