/** What a switch of rule system changes in print, line by line, with and without adapting the text. */
import { describe, expect, it } from 'vitest';
import { getProfile } from '../../../shared/format';
import { parsePlanText } from '../../../shared/plan-file';
import { describeSwitch, switchMessage } from '../../../renderer/properties/profile-switch';
import { fixtureText, PARTY_FILE, STATE_FILE } from '../../shared/model/helpers';

const state = getProfile('nd30-2020');
const party = getProfile('hd36-2018');

describe('describeSwitch', () => {
  it('lists the number, signing, archive, heading and appendix lines of a State plan going to the Party', () => {
    const plan = parsePlanText(fixtureText(STATE_FILE));
    const change = describeSwitch(plan, state, party);
    const byLabel = Object.fromEntries(change.lines.map((line) => [line.label, line]));
    expect(byLabel['Số và ký hiệu']).toEqual({
      label: 'Số và ký hiệu',
      before: 'Số:        /KH-BQL',
      after: 'Số        -KH/BQL',
      kept: 'Số        -KH-BQL',
    });
    expect(byLabel['Thẩm quyền ký']).toEqual({
      label: 'Thẩm quyền ký',
      before: 'KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN',
      after: 'K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN',
    });
    expect(byLabel['Dòng lưu']).toMatchObject({ before: '- Lưu: VT, VP.', after: '- Lưu VP.', kept: '- Lưu VT, VP.' });
    expect(byLabel['Góc phải trang đầu']?.after).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(byLabel['Dòng “Kèm theo” của phụ lục']?.after).toContain('ngày …/02/2026');
    expect(change.adapts).toBe(true);
    expect(switchMessage(change)).toContain('“Chỉ đổi thể thức” giữ nguyên chữ đã nhập');
  });

  it('has nothing to adapt when the text already fits the new system', () => {
    const plan = parsePlanText(fixtureText(PARTY_FILE));
    const change = describeSwitch({ ...plan, meta: { ...plan.meta, symbol: 'KH' }, archive: 'Văn phòng Tỉnh ủy' }, party, party);
    expect(change.adapts).toBe(false);
    expect(change.lines).toEqual([]);
    expect(switchMessage(change)).toContain('Nội dung đã nhập giữ nguyên.');
  });
});
