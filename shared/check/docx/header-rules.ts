/**
 * The header block and the title: Quốc hiệu and Tiêu ngữ (or "ĐẢNG CỘNG SẢN VIỆT NAM") with the
 * line under them, the line or "*" under the issuing organ, the "Số:" form of the system, the
 * place and date, tên loại with the trích yếu and its line or "-----", and the signer's prefix.
 */
import type { RuleMark } from '../../format';
import { formatDay, formatMonth } from '../../model';
import { isRealDate } from '../plan/date-rules';
import { FORMS } from '../plan/number-symbol-rules';
import { typedPrefix } from '../plan/signer-rules';
import { both } from '../rule';
import { at, atSection, type DocxRule, type NumberedParagraph } from './docx-rule';
import { normalise, PARTY_HEADING, QUOC_HIEU } from './recognise';

const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

export const nationalHeadingRule: DocxRule = {
  id: 'quoc-hieu-tieu-ngu',
  title: 'Quốc hiệu, Tiêu ngữ / tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.1', 'HD 36-HD/VPTW, mục II.1.1'),
  *check({ parts, profile }) {
    const texts = parts.motto.map((x) => normalise(x.p.text));
    if (profile.system === 'dang') {
      if (!texts.includes(PARTY_HEADING))
        yield { at: atSection(0, 'góc phải trang 1'), message: 'Thiếu tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" ở góc phải trang 1' };
      return;
    }
    if (!texts.includes(QUOC_HIEU)) yield { at: atSection(0, 'góc phải trang 1'), message: `Thiếu Quốc hiệu "${QUOC_HIEU}"` };
    const motto = parts.motto.find((x) => normalise(x.p.text) !== QUOC_HIEU);
    if (motto === undefined) yield { at: atSection(0, 'góc phải trang 1'), message: `Thiếu Tiêu ngữ "${TIEU_NGU}"` };
    else if (motto.p.text.replace(/\s+/gu, ' ').trim() !== TIEU_NGU) {
      yield {
        at: at(motto),
        message: `Tiêu ngữ viết "${motto.p.text.trim()}"; đúng: "${TIEU_NGU}" (chữ đầu cụm từ viết hoa, gạch nối có cách chữ)`,
      };
    }
  },
};

/** Is there the profile's mark (a drawn line or a line of characters) on or right after `x`? */
function hasMark(mark: RuleMark, x: NumberedParagraph, next: readonly NumberedParagraph[]): boolean {
  if (mark.kind === 'text') return next.some((y) => y.p.text.trim() === mark.text);
  return x.p.ruled || next.some((y) => y.p.ruled);
}

function following(parts: readonly NumberedParagraph[], x: NumberedParagraph, count: number): NumberedParagraph[] {
  return parts.filter((y) => y.n > x.n && y.column === x.column && y.table === x.table).slice(0, count);
}

export const issuerMarkRule: DocxRule = {
  id: 'dau-duoi-co-quan',
  title: 'Đường kẻ hoặc dấu "*" dưới tên cơ quan ban hành',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.2.b', 'HD 36-HD/VPTW, mục II.1.2'),
  *check({ parts, profile, paragraphs }) {
    const issuer = parts.organLines[parts.organLines.length - 1];
    if (issuer === undefined) {
      yield { at: atSection(0, 'góc trái trang 1'), message: 'Không tìm thấy tên cơ quan ban hành ở góc trái trang 1' };
      return;
    }
    const mark = profile.header.issuerMark;
    const found = hasMark(
      mark,
      issuer,
      following(paragraphs, issuer, 2).filter((y) => parts.numberLine === null || y.n < parts.numberLine.n),
    );
    if (!found) {
      yield {
        at: at(issuer),
        message:
          mark.kind === 'text'
            ? `Thiếu dấu "${mark.text}" dưới tên cơ quan ban hành`
            : 'Thiếu đường kẻ ngang, nét liền dưới tên cơ quan ban hành',
      };
    }
  },
};

export const headingMarkRule: DocxRule = {
  id: 'ke-duoi-quoc-hieu',
  title: 'Đường kẻ dưới Tiêu ngữ / tiêu đề của Đảng',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.1.b', 'HD 36-HD/VPTW, mục II.1.1'),
  *check({ parts, profile, paragraphs }) {
    const last = parts.motto[parts.motto.length - 1];
    if (last === undefined) return;
    if (!hasMark(profile.header.mottoMark, last, following(paragraphs, last, 1))) {
      yield { at: at(last), message: 'Thiếu đường kẻ ngang, nét liền dưới dòng này' };
    }
  },
};

export const numberLineRule: DocxRule = {
  id: 'dong-so-ky-hieu',
  title: 'Dòng "Số:" và ký hiệu',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.3.c', 'HD 36-HD/VPTW, mục II.1.3'),
  *check({ parts, profile }) {
    const line = parts.numberLine;
    if (line === null) {
      yield { at: atSection(0, 'góc trái trang 1'), message: 'Không tìm thấy dòng số và ký hiệu văn bản' };
      return;
    }
    const text = line.p.text.trim();
    const party = profile.system === 'dang';
    const match = (party ? /^Số(:?)\s*(?:(\d+)\s*)?-\s*(\S+)$/u : /^Số(:?)\s*(?:(\d+)\s*)?\/\s*(\S+)$/u).exec(text);
    const example = party ? 'Số 58-KH/TU' : 'Số: 30/KH-UBND';
    if (match === null) {
      yield { at: at(line), message: `"${text}" sai thể thức; đúng dạng "${example}"` };
      return;
    }
    const [, colon = '', number = '', symbol = ''] = match;
    if (party === (colon === ':'))
      yield {
        at: at(line),
        message: party ? 'Văn bản của Đảng ghi "Số" không có dấu hai chấm' : 'Sau chữ "Số" phải có dấu hai chấm (Số:)',
      };
    if (/^\d$/u.test(number)) yield { at: at(line), message: `Số nhỏ hơn 10 phải có số 0 phía trước ("0${number}")` };
    if (!FORMS[profile.system].pattern.test(symbol))
      yield { at: at(line), message: `Ký hiệu "${symbol}" sai thể thức; đúng dạng "${example}"` };
  },
};

const PLACE_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

export const issueDateRule: DocxRule = {
  id: 'dia-danh-ngay-thang',
  title: 'Địa danh và ngày tháng năm ban hành',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.4', 'HD 36-HD/VPTW, mục II.1.4'),
  *check({ parts }) {
    const line = parts.placeDate;
    if (line === null) {
      yield { at: atSection(0, 'góc phải trang 1'), message: 'Không tìm thấy dòng địa danh, ngày … tháng … năm …' };
      return;
    }
    const match = PLACE_DATE.exec(line.p.text);
    if (match === null) return; // Day or month left blank for the văn thư.
    const [whole, day = '', month = '', year = ''] = match;
    if (!isRealDate(Number(day), Number(month), Number(year))) {
      yield { at: at(line), message: `"${whole}" không phải ngày có thật` };
      return;
    }
    const wanted = `ngày ${formatDay(Number(day))} tháng ${formatMonth(Number(month))} năm ${year}`;
    if (whole.toLocaleLowerCase('vi') !== wanted)
      yield { at: at(line), message: `Viết "${wanted}": ngày nhỏ hơn 10 và tháng 1, 2 có số 0 phía trước` };
  },
};

export const titleRule: DocxRule = {
  id: 'ten-loai-trich-yeu',
  title: 'Tên loại, trích yếu và đường kẻ dưới trích yếu',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.5.b', 'HD 36-HD/VPTW, mục II.1.5'),
  *check({ parts, profile, paragraphs }) {
    if (parts.typeName === null) {
      yield { at: atSection(0), message: 'Không tìm thấy tên loại văn bản (KẾ HOẠCH, …) dưới phần đầu' };
      return;
    }
    const last = parts.summary[parts.summary.length - 1];
    if (last === undefined) {
      yield { at: at(parts.typeName), message: 'Thiếu trích yếu nội dung ngay dưới tên loại văn bản' };
      return;
    }
    const mark = profile.title.summaryMark;
    if (!hasMark(mark, last, following(paragraphs, last, 1))) {
      yield {
        at: at(last),
        message: mark.kind === 'text' ? `Thiếu dòng "${mark.text}" dưới trích yếu` : 'Thiếu đường kẻ ngang, nét liền dưới trích yếu',
      };
    }
  },
};

export const signerPrefixRule: DocxRule = {
  id: 'dong-quyen-han-ky',
  title: 'Cách ghi quyền hạn ký',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.7.b', 'HD 36-HD/VPTW, mục II.1.7.1'),
  *check({ parts, profile }) {
    for (const x of parts.signer) {
      const typed = typedPrefix(x.p.text, profile);
      if (typed === undefined || typed.profile.system === profile.system) continue;
      yield { at: at(x), message: `"${typed.form}" là cách ghi của ${typed.profile.name}` };
    }
  },
};
