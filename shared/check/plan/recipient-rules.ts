/** Nơi nhận: there is one, and it ends with the archive line in the system's form. */
import { both } from '../rule';
import type { PlanRule } from './plan-rule';

export const archiveLineRule: PlanRule = {
  id: 'dong-luu',
  title: 'Dòng "Lưu" ở cuối nơi nhận',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.9.a', 'HD 36-HD/VPTW, thể thức nơi nhận'),
  *check({ plan, profile }) {
    if (plan.archive.trim() !== '') return;
    const example = profile.recipients.archiveFormat.replace('{units}', profile.system === 'dang' ? 'Văn phòng Tỉnh ủy' : 'VT, VP');
    yield { at: ['archive'], message: `Nơi nhận thiếu dòng lưu văn bản ("- ${example}")` };
  },
};

/** "VT" (văn thư) first in a State archive line; the Party line names the office, without "VT". */
const STATE_ARCHIVE = /^VT(,|$)/u;
const PARTY_ARCHIVE_VT = /^VT\s*,\s*/u;

export const archiveFormRule: PlanRule = {
  id: 'dong-luu-the-thuc',
  title: 'Cách ghi dòng "Lưu"',
  sources: {
    'nd30-2020': { severity: 'cảnh báo', cite: 'NĐ 30/2020, Phụ lục I, mục II.9.d' },
    'hd36-2018': { severity: 'gợi ý', cite: 'HD 36-HD/VPTW, thể thức nơi nhận' },
  },
  *check({ plan, profile }) {
    const archive = plan.archive.trim();
    if (archive === '') return;
    if (profile.system === 'nha-nuoc' && !STATE_ARCHIVE.test(archive)) {
      const wanted = `VT, ${archive.replace(/^Lưu:?\s*/u, '')}`;
      yield {
        at: ['archive'],
        message: `Dòng lưu ghi "Lưu: VT, <đơn vị soạn thảo>"; hiện là "Lưu: ${archive}"`,
        fix: { kind: 'set-field', path: ['archive'], value: wanted, label: `Ghi là Lưu: ${wanted}` },
      };
    }
    if (profile.system === 'dang' && PARTY_ARCHIVE_VT.test(archive)) {
      const wanted = archive.replace(PARTY_ARCHIVE_VT, '');
      yield {
        at: ['archive'],
        message: `Văn bản của Đảng ghi "- Lưu <đơn vị>." không có "VT"`,
        fix: { kind: 'set-field', path: ['archive'], value: wanted, label: `Ghi là Lưu ${wanted}` },
      };
    }
  },
};

export const recipientsRule: PlanRule = {
  id: 'noi-nhan',
  title: 'Nơi nhận',
  sources: both('cảnh báo', 'NĐ 30/2020, Phụ lục I, mục II.9.c', 'HD 36-HD/VPTW, thể thức nơi nhận'),
  *check({ plan }) {
    if (plan.recipients.length === 0) yield { at: ['recipients'], message: 'Chưa có nơi nhận nào ngoài dòng lưu' };
  },
};
