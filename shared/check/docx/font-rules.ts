/**
 * Fonts and sizes: one font family (the profile's), body text in its size range, and each part of
 * the header, title, nơi nhận and signature in the size and emphasis its rule gives.
 */
import type { TextStyle } from '../../format';
import type { DocxLocation } from '../finding';
import type { Issue } from '../rule';
import { allRuns, at, textSizes, type DocxContext, type DocxRule, type NumberedParagraph } from './docx-rule';

export const fontFamilyRule: DocxRule = {
  id: 'phong-chu',
  title: 'Phông chữ',
  concept: 'font',
  severity: 'lỗi',
  *check({ paragraphs, profile }) {
    const wanted = profile.font.family.toLocaleLowerCase('en');
    const seen = new Map<string, { first: NumberedParagraph; count: number }>();
    for (const x of paragraphs) {
      const fonts = new Set(
        x.p.runs.filter((r) => r.text.trim() !== '' && r.font !== '' && r.font.toLocaleLowerCase('en') !== wanted).map((r) => r.font),
      );
      for (const font of fonts) {
        const entry = seen.get(font);
        if (entry === undefined) seen.set(font, { first: x, count: 1 });
        else entry.count += 1;
      }
    }
    for (const [font, { first, count }] of seen) {
      yield { at: at(first), message: `Phông chữ "${font}" ở ${count} đoạn (đoạn đầu tiên ở đây); văn bản dùng ${profile.font.family}` };
    }
  },
};

export const bodySizeRule: DocxRule = {
  id: 'co-chu-than',
  title: 'Cỡ chữ phần nội dung',
  concept: 'bodyText',
  severity: 'lỗi',
  *check({ parts, profile }) {
    const range = profile.body.text.size;
    const wrong = new Map<number, { first: NumberedParagraph; count: number }>();
    for (const x of parts.body) {
      for (const size of textSizes(x.p).filter((s) => s < range.min || s > range.max)) {
        const entry = wrong.get(size);
        if (entry === undefined) wrong.set(size, { first: x, count: 1 });
        else entry.count += 1;
      }
    }
    for (const [size, { first, count }] of wrong) {
      yield {
        at: at(first),
        message: `Chữ cỡ ${size} pt ở ${count} đoạn nội dung (đoạn đầu tiên ở đây); đúng: ${range.min === range.max ? range.min : `${range.min}–${range.max}`} pt`,
      };
    }
  },
};

/** Compares one paragraph with the style its rule gives: size range, bold, italic, underline. */
export function styleIssues(x: NumberedParagraph, name: string, style: TextStyle): Issue<DocxLocation>[] {
  const problems: string[] = [];
  const range = style.size;
  const sizes = textSizes(x.p).filter((s) => s < range.min || s > range.max);
  if (sizes.length > 0)
    problems.push(`cỡ chữ ${sizes.join(', ')} pt (đúng: ${range.min === range.max ? range.min : `${range.min}–${range.max}`} pt)`);
  if (x.p.runs.some((r) => r.text.trim() !== '')) {
    if (style.bold !== allRuns(x.p, 'bold')) problems.push(style.bold ? 'phải in đậm' : 'không in đậm');
    if (style.italic !== allRuns(x.p, 'italic')) problems.push(style.italic ? 'phải in nghiêng' : 'không in nghiêng');
    if ((style.underline ?? false) && !allRuns(x.p, 'underline')) problems.push('phải gạch chân');
  }
  return problems.length === 0 ? [] : [{ at: at(x), message: `${name}: ${problems.join(', ')}` }];
}

function headerElements({ parts, profile }: DocxContext): [NumberedParagraph, string, TextStyle][] {
  const out: [NumberedParagraph, string, TextStyle][] = [];
  parts.motto.forEach((x, i) => {
    const line = profile.header.motto[Math.min(i, profile.header.motto.length - 1)];
    if (line !== undefined) out.push([x, line.label, line.style]);
  });
  const bold = parts.organLines.filter((x) => allRuns(x.p, 'bold'));
  for (const x of parts.organLines) {
    const issuer = bold.includes(x) || bold.length === 0;
    out.push([
      x,
      issuer ? 'Tên cơ quan ban hành' : 'Tên cơ quan chủ quản',
      issuer ? profile.header.issuingOrgan : profile.header.parentOrgan,
    ]);
  }
  if (parts.numberLine !== null) out.push([parts.numberLine, 'Số, ký hiệu', profile.header.number]);
  if (parts.placeDate !== null) out.push([parts.placeDate, 'Địa danh, ngày tháng', profile.header.placeDate]);
  if (parts.typeName !== null) out.push([parts.typeName, 'Tên loại văn bản', profile.title.typeName]);
  for (const x of parts.summary) out.push([x, 'Trích yếu', profile.title.summary]);
  return out;
}

export const headerStyleRule: DocxRule = {
  id: 'the-thuc-phan-dau',
  title: 'Cỡ chữ, kiểu chữ phần đầu văn bản',
  concept: 'headerStyles',
  severity: 'lỗi',
  *check(context) {
    for (const [x, name, style] of headerElements(context)) yield* styleIssues(x, name, style);
  },
};

export const closingStyleRule: DocxRule = {
  id: 'the-thuc-noi-nhan-chu-ky',
  title: 'Cỡ chữ, kiểu chữ nơi nhận và chữ ký',
  concept: 'signerStyle',
  severity: 'cảnh báo',
  *check({ parts, profile }) {
    const label = parts.recipients.find((x) => /^Nơi nhận/u.test(x.p.text.trim()));
    if (label !== undefined) yield* styleIssues(label, '"Nơi nhận:"', profile.recipients.label);
    for (const x of parts.recipients.filter((r) => r.p.text.trim().startsWith('-'))) {
      const range = profile.recipients.item.size;
      const wrong = textSizes(x.p).filter((s) => s < range.min || s > range.max);
      if (wrong.length > 0)
        yield {
          at: at(x),
          message: `Dòng nơi nhận cỡ chữ ${wrong.join(', ')} pt (đúng: ${range.min === range.max ? range.min : `${range.min}–${range.max}`} pt)`,
        };
    }
    const signer = parts.signer.filter((x) => x.p.text.trim() !== '');
    const name = signer[signer.length - 1];
    const titles = signer.slice(0, -1);
    // The last title line is the position (CHỦ TỊCH), the lines above it the authority (TM., KT.).
    for (const [i, x] of titles.entries()) {
      const position = i === titles.length - 1;
      yield* styleIssues(
        x,
        position ? 'Chức vụ người ký' : 'Quyền hạn ký',
        position ? profile.signature.position : profile.signature.authority,
      );
    }
    if (name !== undefined) yield* styleIssues(name, 'Họ tên người ký', profile.signature.name);
  },
};
