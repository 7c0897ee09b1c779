/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức văn bản hành chính), for State bodies. Values from
 * ../shared/docs/FORMAT.md §A; where the decree gives a range the default is the common choice.
 */
import { fixed, ranged, style, type FormatProfile } from './profile';

const s13_14 = ranged(14, 13, 14);
const s12_13 = ranged(12, 12, 13);

export const ND30_2020: FormatProfile = {
  id: 'nd30-2020',
  system: 'nha-nuoc',
  name: 'Nghị định 30/2020/NĐ-CP (văn bản hành chính)',
  source: 'NĐ 30/2020',
  page: {
    widthMm: 210,
    heightMm: 297,
    margins: {
      top: ranged(20, 20, 25),
      bottom: ranged(20, 20, 25),
      left: ranged(30, 30, 35),
      right: ranged(15, 15, 20),
    },
    headerDistanceMm: 10,
  },
  font: { family: 'Times New Roman', language: 'vi-VN' },
  body: {
    text: style(s13_14),
    firstLineIndentMm: ranged(12.7, 10, 12.7),
    spacingAfterPt: ranged(6, 6, 12),
    lineSpacing: { rule: 'multiple', lines: ranged(1.15, 1, 1.5) },
    endMark: './.',
  },
  header: {
    leftColumnShare: 0.4,
    parentOrgan: style(s12_13, { caps: true }),
    issuingOrgan: style(s12_13, { bold: true, caps: true }),
    issuerMark: { kind: 'line', ratio: 0.4 },
    number: { ...style(fixed(13)), prefix: 'Số:', symbolJoiner: '-' },
    motto: [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: style(s12_13, { bold: true, caps: true }) },
      { text: 'Độc lập - Tự do - Hạnh phúc', style: style(ranged(13, 13, 14), { bold: true }) },
    ],
    mottoMark: { kind: 'line-full' },
    placeDate: style(ranged(13, 13, 14), { italic: true }),
    blankNumberWidth: 8,
  },
  title: {
    typeName: style(s13_14, { bold: true, caps: true }),
    summary: style(s13_14, { bold: true }),
    summaryMark: { kind: 'line', ratio: 0.4 },
  },
  // NĐ 30 Phụ lục I §II.5.b (ô 5b): "V/v …", 12–13, upright, under the number.
  letter: { code: '', summaryPrefix: 'V/v ', summary: style(s12_13) },
  basis: {
    style: style(s13_14, { italic: true }),
    linePrefix: '',
    lineEnd: ';',
    lastLineEnd: '.',
  },
  headings: {
    section: style(s13_14, { bold: true, caps: true }),
    itemHeading: [style(s13_14, { bold: true }), style(s13_14, { bold: true, italic: true }), style(s13_14, { italic: true })],
  },
  signature: {
    authorityForms: { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' },
    authority: style(s13_14, { bold: true, caps: true }),
    position: style(s13_14, { bold: true, caps: true }),
    name: style(s13_14, { bold: true }),
    blankLines: 4,
    recipientsColumnShare: 0.45,
  },
  recipients: {
    label: { ...style(fixed(12), { bold: true, italic: true }), text: 'Nơi nhận:' },
    item: style(fixed(11)),
    lineEnd: ';',
    archiveFormat: 'Lưu: {units}.',
  },
  pageNumber: { style: style(s13_14), hideOnFirstPage: true },
  appendix: {
    label: { ...style(fixed(14), { bold: true }), text: 'Phụ lục' },
    title: style(s13_14, { bold: true, caps: true }),
    refLine: style(s13_14, { italic: true }),
    restartPageNumbers: true,
    refDate: 'long',
    table: {
      text: style(ranged(12, 11, 14)),
      header: style(ranged(12, 11, 14), { bold: true }),
      repeatHeader: true,
      cantSplit: true,
      cellMarginMm: 1.5,
    },
  },
  markings: {
    urgency: style(s13_14, { bold: true, caps: true }),
    circulation: style(s13_14, { bold: true, caps: true }),
    draft: style(s13_14, { italic: true }),
    drafter: style(fixed(11)),
  },
};
