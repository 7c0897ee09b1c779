/**
 * A received document checked by the rules of its own date: a year before any guide (before 1945)
 * or still to come is said plainly, and a format text it cites that was replaced by its date is
 * pointed out.
 */
import { citedNumber, profileFor, replacedTextsIn } from '../../format';
import { formatIsoAsShortDate, formatShortDate } from '../../model';
import { at, atSection, type DocxRule } from './docx-rule';

/** The first year a document of the Democratic Republic can bear; older dates are misread or mistyped. */
const FIRST_YEAR = 1945;

export const issueYearRule: DocxRule = {
  id: 'nam-ban-hanh',
  title: 'Năm ban hành có thể có',
  concept: 'placeDate',
  severity: 'lỗi',
  *check({ parts, today, profile }) {
    const date = parts.date;
    if (date === null) return;
    const where = parts.placeDate === null ? atSection(0, 'góc phải trang 1') : at(parts.placeDate);
    if (date.year < FIRST_YEAR) {
      yield {
        at: where,
        message: `Năm ban hành ${date.year} trước năm ${FIRST_YEAR}: không có văn bản nào theo thể thức này; văn bản được kiểm tra theo ${profileFor(profile.system, date).shortName}, hướng dẫn cũ nhất có trong ứng dụng`,
      };
      return;
    }
    if (today === undefined) return;
    const first = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
    if (first <= Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) return;
    yield {
      at: where,
      message: `Ngày ban hành ${formatShortDate(date)} chưa đến (hôm nay ${formatShortDate({ year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() })}): kiểm tra lại năm, tháng`,
    };
  },
};

export const replacedTextRule: DocxRule = {
  id: 'dan-van-ban-het-hieu-luc',
  title: 'Viện dẫn văn bản đã được thay thế',
  concept: 'guideInForce',
  severity: 'cảnh báo',
  *check({ parts, paragraphs }) {
    const date = parts.date;
    if (date === null) return;
    for (const x of paragraphs) {
      for (const replaced of replacedTextsIn(x.p.text, date)) {
        yield {
          at: at(x),
          message: `Nhắc tới ${replaced.code}, đã được thay bằng ${replaced.by.typeName} số ${citedNumber(replaced.by)} từ ngày ${formatIsoAsShortDate(replaced.replacedOn)}`,
        };
      }
    }
  },
};
