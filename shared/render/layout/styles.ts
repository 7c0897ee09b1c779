/**
 * The paragraph styles of a plan, derived from a rule profile. Every paragraph in the layout names
 * one of these, so a user who edits the exported DOCX in Word keeps consistent formatting.
 */
import type { FormatProfile, TextStyle } from '../../format';
import type { LineSpacingRule, ParagraphStyle } from './layout-types';

export const STYLE = {
  body: 'KhBody',
  section: 'KhSection',
  item1: 'KhItem1',
  item2: 'KhItem2',
  item3: 'KhItem3',
  parentOrgan: 'KhParentOrgan',
  issuingOrgan: 'KhIssuingOrgan',
  issuerMark: 'KhIssuerMark',
  number: 'KhNumber',
  motto0: 'KhMotto1',
  motto1: 'KhMotto2',
  placeDate: 'KhPlaceDate',
  marking: 'KhMarking',
  draft: 'KhDraft',
  typeName: 'KhTypeName',
  summary: 'KhSummary',
  summaryMark: 'KhSummaryMark',
  letterSummary: 'KhLetterSummary',
  basis: 'KhBasis',
  recipientsLabel: 'KhRecipientsLabel',
  recipient: 'KhRecipient',
  drafter: 'KhDrafter',
  authority: 'KhSignerAuthority',
  signatureTop: 'KhSignatureTop',
  position: 'KhSignerPosition',
  signerName: 'KhSignerName',
  signatureSpace: 'KhSignatureSpace',
  appendixLabel: 'KhAppendixLabel',
  appendixTitle: 'KhAppendixTitle',
  appendixRef: 'KhAppendixRef',
  tableHeader: 'KhTableHeader',
  tableText: 'KhTableText',
  tableNote: 'KhTableNote',
  rule: 'KhRule',
  summaryRule: 'KhSummaryRule',
  pageNumber: 'KhPageNumber',
} as const;

const SINGLE: LineSpacingRule = { rule: 'multiple', lines: 1 };

interface StyleSpec {
  readonly id: string;
  readonly name: string;
  readonly text: TextStyle;
  readonly align?: ParagraphStyle['align'];
  readonly indentMm?: number;
  readonly before?: number;
  readonly after?: number;
  readonly line?: LineSpacingRule;
  readonly keepWithNext?: boolean;
  readonly outlineLevel?: number;
}

function toStyle(spec: StyleSpec): ParagraphStyle {
  return {
    id: spec.id,
    name: spec.name,
    sizePt: spec.text.size.value,
    bold: spec.text.bold,
    italic: spec.text.italic,
    underline: spec.text.underline ?? false,
    align: spec.align ?? 'center',
    firstLineIndentMm: spec.indentMm ?? 0,
    spaceBeforePt: spec.before ?? 0,
    spaceAfterPt: spec.after ?? 0,
    lineSpacing: spec.line ?? SINGLE,
    keepWithNext: spec.keepWithNext ?? false,
    ...(spec.outlineLevel === undefined ? {} : { outlineLevel: spec.outlineLevel }),
  };
}

export function bodyLineSpacing(profile: FormatProfile): LineSpacingRule {
  const spacing = profile.body.lineSpacing;
  return spacing.rule === 'multiple' ? { rule: 'multiple', lines: spacing.lines.value } : { rule: 'exact', points: spacing.points.value };
}

export function buildStyles(profile: FormatProfile): ParagraphStyle[] {
  const body = profile.body;
  const bodyLine = bodyLineSpacing(profile);
  const indent = body.firstLineIndentMm.value;
  const after = body.spacingAfterPt.value;
  const bodyLike = { align: 'justify', indentMm: indent, after, line: bodyLine } as const;
  const [h1, h2, h3] = profile.headings.itemHeading;
  const table = profile.appendix.table;
  const tiny = { ...body.text, size: { value: 2, min: 2, max: 2 } };
  const specs: StyleSpec[] = [
    { id: STYLE.body, name: 'KH Thân văn bản', text: body.text, ...bodyLike },
    { id: STYLE.section, name: 'KH Mục (I, II)', text: profile.headings.section, ...bodyLike, keepWithNext: true, outlineLevel: 0 },
    { id: STYLE.item1, name: 'KH Khoản (1.)', text: h1, ...bodyLike, keepWithNext: true, outlineLevel: 1 },
    { id: STYLE.item2, name: 'KH Điểm (1.1.)', text: h2, ...bodyLike, keepWithNext: true, outlineLevel: 2 },
    { id: STYLE.item3, name: 'KH Tiểu mục (1.1.1.)', text: h3, ...bodyLike, keepWithNext: true, outlineLevel: 3 },
    { id: STYLE.parentOrgan, name: 'KH Cơ quan chủ quản', text: profile.header.parentOrgan },
    { id: STYLE.issuingOrgan, name: 'KH Cơ quan ban hành', text: profile.header.issuingOrgan },
    { id: STYLE.issuerMark, name: 'KH Dấu dưới cơ quan', text: profile.header.issuingOrgan },
    { id: STYLE.number, name: 'KH Số, ký hiệu', text: profile.header.number, before: 6 },
    { id: STYLE.motto0, name: 'KH Quốc hiệu', text: profile.header.motto[0]?.style ?? profile.header.issuingOrgan },
    { id: STYLE.motto1, name: 'KH Tiêu ngữ', text: profile.header.motto[1]?.style ?? profile.header.issuingOrgan },
    { id: STYLE.placeDate, name: 'KH Địa danh, ngày tháng', text: profile.header.placeDate, before: 6 },
    { id: STYLE.marking, name: 'KH Độ khẩn, phạm vi lưu hành', text: profile.markings.urgency, before: 6 },
    { id: STYLE.draft, name: 'KH Dự thảo', text: profile.markings.draft, align: 'right' },
    { id: STYLE.typeName, name: 'KH Tên loại', text: profile.title.typeName, before: 18, keepWithNext: true },
    { id: STYLE.summary, name: 'KH Trích yếu', text: profile.title.summary, keepWithNext: true },
    { id: STYLE.summaryMark, name: 'KH Dấu dưới trích yếu', text: profile.title.summary, after: 12 },
    { id: STYLE.letterSummary, name: 'KH Trích yếu công văn', text: profile.letter.summary, before: 6, after: 6 },
    { id: STYLE.basis, name: 'KH Căn cứ', text: profile.basis.style, ...bodyLike },
    { id: STYLE.recipientsLabel, name: 'KH Nơi nhận', text: profile.recipients.label, align: 'left' },
    { id: STYLE.recipient, name: 'KH Nơi nhận - dòng', text: profile.recipients.item, align: 'left' },
    { id: STYLE.drafter, name: 'KH Người soạn thảo', text: profile.markings.drafter, align: 'left', before: 6 },
    { id: STYLE.authority, name: 'KH Quyền hạn ký', text: profile.signature.authority },
    { id: STYLE.signatureTop, name: 'KH Khoảng trên chữ ký', text: tiny, line: { rule: 'exact', points: 12 } },
    { id: STYLE.position, name: 'KH Chức vụ người ký', text: profile.signature.position },
    { id: STYLE.signatureSpace, name: 'KH Khoảng ký', text: profile.signature.position },
    { id: STYLE.signerName, name: 'KH Họ tên người ký', text: profile.signature.name },
    { id: STYLE.appendixLabel, name: 'KH Phụ lục', text: profile.appendix.label, keepWithNext: true },
    { id: STYLE.appendixTitle, name: 'KH Tên phụ lục', text: profile.appendix.title, keepWithNext: true },
    { id: STYLE.appendixRef, name: 'KH Kèm theo', text: profile.appendix.refLine, after: 6, keepWithNext: true },
    { id: STYLE.tableHeader, name: 'KH Bảng - tiêu đề', text: table.header, before: 2, after: 2 },
    { id: STYLE.tableText, name: 'KH Bảng - nội dung', text: table.text, align: 'left', before: 2, after: 2 },
    { id: STYLE.tableNote, name: 'KH Bảng - ghi chú', text: { ...table.text, italic: true }, align: 'justify', before: 6 },
    // Rules are empty paragraphs whose bottom border is the line; a tiny exact line height puts the
    // line just under the text above it.
    { id: STYLE.rule, name: 'KH Đường kẻ', text: tiny, before: 1, line: { rule: 'exact', points: 3 } },
    { id: STYLE.summaryRule, name: 'KH Đường kẻ dưới trích yếu', text: tiny, before: 1, after: 12, line: { rule: 'exact', points: 3 } },
    { id: STYLE.pageNumber, name: 'KH Số trang', text: profile.pageNumber.style },
  ];
  return specs.map(toStyle);
}
