/**
 * Facts a received document did not give: the importer leaves them empty rather than invent them,
 * and the checker lists them as unfinished, so export asks before a plan without them leaves.
 */
import type { PlanRule } from './plan-rule';

export const missingIssuerRule: PlanRule = {
  id: 'chua-co-co-quan-ban-hanh',
  title: 'Tên cơ quan ban hành',
  concept: 'organNames',
  severity: 'cảnh báo',
  *check({ plan }) {
    const { header, citation } = plan.meta.issuingOrgan;
    if (header.trim() !== '' && citation.trim() !== '') return;
    const lacking = header.trim() === '' ? 'tên in ở đầu văn bản' : 'tên dùng khi viện dẫn';
    yield { at: ['meta', 'issuingOrgan'], message: `Chưa có tên cơ quan ban hành (${lacking}): ghi trước khi trình ký`, unfinished: true };
  },
};

export const missingYearRule: PlanRule = {
  id: 'chua-co-nam-ban-hanh',
  title: 'Năm ban hành',
  concept: 'placeDate',
  severity: 'cảnh báo',
  *check({ plan }) {
    if (plan.meta.date.year !== null) return;
    yield { at: ['meta', 'date'], message: 'Chưa có năm ban hành: ghi ngày, tháng, năm của văn bản', unfinished: true };
  },
};

export const missingTypeNameRule: PlanRule = {
  id: 'chua-co-ten-loai',
  title: 'Tên loại văn bản',
  concept: 'title',
  severity: 'cảnh báo',
  *check({ plan }) {
    if (plan.meta.typeName.trim() !== '') return;
    yield {
      at: ['meta', 'typeName'],
      message: 'Chưa có tên loại văn bản (KẾ HOẠCH, CHƯƠNG TRÌNH…): ghi trước khi trình ký',
      unfinished: true,
    };
  },
};
