/**
 * The world as it is on the plan's date: a căn cứ or a mention of a format text replaced by then
 * (Hướng dẫn 36-HD/VPTW after 27/5/2026), and a date that has not come yet.
 */
import { citedNumber, replacedReference, replacedTextsIn } from '../../format';
import { formatShortDate, formatIsoAsShortDate, type IssueDate } from '../../model';
import type { PlanRule } from './plan-rule';

export const replacedBasisRule: PlanRule = {
  id: 'can-cu-het-hieu-luc',
  title: 'Căn cứ văn bản đã được thay thế',
  concept: 'guideInForce',
  severity: 'lỗi',
  *check({ plan }) {
    for (const [i, ref] of plan.basis.entries()) {
      const replaced = replacedReference(ref, plan.meta.date);
      if (replaced === undefined) continue;
      const by = replaced.by;
      const successor = `${by.typeName} số ${citedNumber(by)}`;
      yield {
        at: ['basis', i],
        message: `${ref.typeName} số ${citedNumber(ref)} đã được thay bằng ${successor} từ ngày ${formatIsoAsShortDate(replaced.replacedOn)}; văn bản ngày ${formatShortDate(plan.meta.date)} căn cứ văn bản đang có hiệu lực`,
        fix: { kind: 'set-field', path: ['basis', i], value: { ...ref, ...by }, label: `Căn cứ ${successor}` },
      };
    }
  },
};

export const replacedMentionRule: PlanRule = {
  id: 'dan-van-ban-het-hieu-luc',
  title: 'Viện dẫn văn bản đã được thay thế',
  concept: 'guideInForce',
  severity: 'cảnh báo',
  *check({ plan, prose }) {
    for (const field of prose) {
      for (const replaced of replacedTextsIn(field.text, plan.meta.date)) {
        yield {
          at: field.path,
          message: `Nhắc tới ${replaced.code}, đã được thay bằng ${replaced.by.typeName} số ${citedNumber(replaced.by)} từ ngày ${formatIsoAsShortDate(replaced.replacedOn)}`,
        };
      }
    }
  },
};

/** The first day a partial date can mean: "tháng 3 năm 2027" is not yet in December 2026. */
function earliestDay(date: IssueDate): Date | null {
  return date.year === null ? null : new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

export const futureDateRule: PlanRule = {
  id: 'ngay-tuong-lai',
  title: 'Ngày ban hành chưa đến',
  concept: 'placeDate',
  severity: 'cảnh báo',
  *check({ plan, today }) {
    if (today === undefined) return;
    const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
    const earliest = earliestDay(plan.meta.date);
    if (earliest === null || earliest.getTime() <= todayUtc) return;
    yield {
      at: ['meta', 'date'],
      message: `Ngày ban hành ${formatShortDate(plan.meta.date)} chưa đến (hôm nay ${formatShortDate({ year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() })}): kiểm tra lại năm, tháng`,
    };
  },
};
