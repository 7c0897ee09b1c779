/** Page set-up of every Word section: A4, orientation, margins, and the page number. */
import type { Ranged } from '../../format';
import { ptToMm, type DocxSection } from '../../import/docx';
import { atSection, textSizes, type DocxRule } from './docx-rule';

/** Word stores lengths in twentieths of a point: allow the rounding of a few of them. */
const TOLERANCE_MM = 0.5;

function mm(pt: number): number {
  return Math.round(ptToMm(pt) * 10) / 10;
}

function within(value: number, range: Ranged): boolean {
  return value >= range.min - TOLERANCE_MM && value <= range.max + TOLERANCE_MM;
}

function rangeText(range: Ranged, unit: string): string {
  return range.min === range.max ? `${range.min} ${unit}` : `${range.min}–${range.max} ${unit}`;
}

export const paperRule: DocxRule = {
  id: 'kho-giay',
  title: 'Khổ giấy A4',
  concept: 'paper',
  severity: 'lỗi',
  *check({ doc, profile }) {
    const { widthMm, heightMm } = profile.page;
    for (const [i, s] of doc.sections.entries()) {
      const short = Math.min(mm(s.widthPt), mm(s.heightPt));
      const long = Math.max(mm(s.widthPt), mm(s.heightPt));
      if (Math.abs(short - widthMm) > 1 || Math.abs(long - heightMm) > 1) {
        yield { at: atSection(i), message: `Khổ giấy ${short} × ${long} mm, không phải A4 (${widthMm} × ${heightMm} mm)` };
      }
    }
  },
};

export const orientationRule: DocxRule = {
  id: 'huong-trang',
  title: 'Hướng trang của thân văn bản',
  concept: 'orientation',
  severity: 'cảnh báo',
  *check({ doc }) {
    const body = doc.sections[0];
    if (body?.orientation === 'landscape') {
      yield {
        at: atSection(0),
        message: 'Thân văn bản trình bày theo chiều rộng (ngang); chỉ được làm vậy khi bảng, biểu không tách thành phụ lục',
      };
    }
  },
};

export const marginRule: DocxRule = {
  id: 'le-trang',
  title: 'Lề trang',
  concept: 'margins',
  severity: 'lỗi',
  *check({ doc, profile }) {
    const wanted = profile.page.margins;
    const names = { top: 'trên', bottom: 'dưới', left: 'trái', right: 'phải' } as const;
    for (const [i, s] of doc.sections.entries()) {
      const actual = { top: s.margins.topPt, bottom: s.margins.bottomPt, left: s.margins.leftPt, right: s.margins.rightPt };
      const wrong = (Object.keys(names) as (keyof typeof names)[]).filter((side) => !within(mm(actual[side]), wanted[side]));
      if (wrong.length === 0) continue;
      yield {
        at: atSection(i),
        message: `Lề ${wrong.map((side) => `${names[side]} ${mm(actual[side])} mm (đúng: ${rangeText(wanted[side], 'mm')})`).join(', ')}`,
      };
    }
  },
};

/** The header Word shows on the first page of a section. */
function firstPageHeader(s: DocxSection): DocxSection['headers']['default'] {
  return s.titlePage ? s.headers.first : s.headers.default;
}

export const firstPageNumberRule: DocxRule = {
  id: 'so-trang-dau',
  title: 'Không hiện số trang thứ nhất',
  concept: 'pageNumbers',
  severity: 'lỗi',
  *check({ doc, profile }) {
    const body = doc.sections[0];
    if (!profile.pageNumber.hideOnFirstPage || body === undefined) return;
    const shown =
      firstPageHeader(body)?.hasPageField === true || (body.titlePage ? body.footers.first : body.footers.default)?.hasPageField === true;
    if (shown)
      yield {
        at: atSection(0, 'trang 1'),
        message: 'Trang 1 hiện số trang; trang thứ nhất không đánh số (đặt "Trang đầu khác" cho phần này)',
      };
  },
};

export const pageNumberPlaceRule: DocxRule = {
  id: 'vi-tri-so-trang',
  title: 'Vị trí và cỡ chữ số trang',
  concept: 'pageNumbers',
  severity: 'lỗi',
  *check({ doc, profile }) {
    for (const [i, s] of doc.sections.entries()) {
      const inFooter = [s.footers.default, s.footers.first, s.footers.even].some((f) => f?.hasPageField === true);
      if (inFooter) yield { at: atSection(i, 'chân trang'), message: 'Số trang đặt ở chân trang; số trang canh giữa trong lề trên' };
      const header = s.headers.default;
      const field = header?.paragraphs.find((p) => p.hasPageField);
      if (field === undefined) {
        if (i === 0 && !inFooter && header?.hasPageField !== true)
          yield { at: atSection(i, 'đầu trang'), message: 'Văn bản không có số trang' };
        continue;
      }
      if (field.alignment !== 'center')
        yield { at: atSection(i, 'đầu trang'), message: 'Số trang phải canh giữa theo chiều ngang trong lề trên' };
      const range = profile.pageNumber.style.size;
      const wrong = textSizes(field).filter((size) => size < range.min || size > range.max);
      if (wrong.length > 0)
        yield { at: atSection(i, 'đầu trang'), message: `Số trang cỡ chữ ${wrong.join(', ')}; đúng: ${rangeText(range, 'pt')}` };
    }
  },
};
