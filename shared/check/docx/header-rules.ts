/**
 * The header block and the title: Quốc hiệu and Tiêu ngữ (or "ĐẢNG CỘNG SẢN VIỆT NAM") with the
 * line under them, the line or "*" under the issuing organ, the "Số:" form of the system, the
 * place and date, tên loại with the trích yếu and its line or "-----", and the signer's prefix.
 */
import {
  describeNumberForm,
  isOwnSystemPrefix,
  isSymbolInForm,
  numberLine as formNumberLine,
  prefixHasColon,
  readNumberLine,
  typedAuthorityPrefix,
  type RuleMark,
} from '../../format';
import { formatDay, formatMonth } from '../../model';
import { isRealDate } from '../plan/date-rules';
import { at, atSection, type DocxRule, type NumberedParagraph } from './docx-rule';
import { normalise } from './recognise';

export const nationalHeadingRule: DocxRule = {
  id: 'quoc-hieu-tieu-ngu',
  title: 'Quốc hiệu, Tiêu ngữ / tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"',
  concept: 'motto',
  severity: 'lỗi',
  *check({ parts, profile }) {
    for (const line of profile.header.motto) {
      const found = parts.motto.find((x) => normalise(x.p.text) === normalise(line.text));
      if (found === undefined) {
        yield { at: atSection(0, 'góc phải trang 1'), message: `Thiếu ${line.label} "${line.text}" ở góc phải trang 1` };
        continue;
      }
      // A line in capitals reads alike whatever its case; one in lower case is written exactly.
      const written = found.p.text.replace(/\s+/gu, ' ').trim();
      if (line.style.caps !== true && written !== line.text) {
        yield {
          at: at(found),
          message: `${line.label} viết "${written}"; đúng: "${line.text}" (chữ đầu cụm từ viết hoa, gạch nối có cách chữ)`,
        };
      }
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
  concept: 'issuerMark',
  severity: 'lỗi',
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
  concept: 'mottoMark',
  severity: 'lỗi',
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
  concept: 'numberSymbol',
  severity: 'lỗi',
  *check({ parts, profile }) {
    const line = parts.numberLine;
    if (line === null) {
      yield { at: atSection(0, 'góc trái trang 1'), message: 'Không tìm thấy dòng số và ký hiệu văn bản' };
      return;
    }
    const text = line.p.text.trim();
    const form = profile.header.number;
    const example = formNumberLine(form.example.number, form.example.symbol, profile);
    const read = readNumberLine(text, form);
    if (read === null) {
      yield { at: at(line), message: `"${text}" sai thể thức; đúng dạng "${example}"` };
      return;
    }
    const colon = prefixHasColon(form);
    if (read.colon !== colon)
      yield {
        at: at(line),
        message: colon
          ? `Sau chữ "Số" phải có dấu hai chấm (${form.prefix})`
          : `${profile.shortName} ghi "${form.prefix}" không có dấu hai chấm`,
      };
    if (/^\d$/u.test(read.number)) yield { at: at(line), message: `Số nhỏ hơn 10 phải có số 0 phía trước ("0${read.number}")` };
    if (!isSymbolInForm(read.symbol, form))
      yield { at: at(line), message: `Ký hiệu "${read.symbol}" sai thể thức: ${describeNumberForm(form)}` };
  },
};

const PLACE_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

export const issueDateRule: DocxRule = {
  id: 'dia-danh-ngay-thang',
  title: 'Địa danh và ngày tháng năm ban hành',
  concept: 'placeDate',
  severity: 'lỗi',
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
  concept: 'title',
  severity: 'lỗi',
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
  concept: 'signerAuthority',
  severity: 'lỗi',
  *check({ parts, profile }) {
    for (const x of parts.signer) {
      const typed = typedAuthorityPrefix(x.p.text, profile);
      if (typed === undefined || isOwnSystemPrefix(typed, profile)) continue;
      yield { at: at(x), message: `"${typed.form}" là cách ghi của ${typed.profile.name}` };
    }
  },
};
