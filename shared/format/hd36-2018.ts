/**
 * Hướng dẫn 36-HD/VPTW (03/4/2018), for Party bodies. Values from ../shared/docs/FORMAT.md §B; several
 * are secondary-source values (see FORMAT.md §D), kept here so a successor guide is one new profile.
 */
import { fixed, ranged, style, type FormatProfile } from './profile';

const s14 = fixed(14);
const s14_15 = ranged(14, 14, 15);

export const HD36_2018: FormatProfile = {
  id: 'hd36-2018',
  system: 'dang',
  name: 'Hướng dẫn 36-HD/VPTW (văn bản của Đảng)',
  source: 'HD 36-HD/VPTW',
  page: {
    widthMm: 210,
    heightMm: 297,
    margins: { top: fixed(20), bottom: fixed(20), left: fixed(30), right: fixed(15) },
    headerDistanceMm: 10,
  },
  font: { family: 'Times New Roman', language: 'vi-VN' },
  body: {
    text: style(s14_15),
    firstLineIndentMm: ranged(10, 10, 12.7),
    spacingAfterPt: ranged(6, 6, 12),
    lineSpacing: { rule: 'exact', points: ranged(18, 18, 22) },
    endMark: '.',
  },
  header: {
    leftColumnShare: 0.45,
    parentOrgan: style(s14, { caps: true }),
    issuingOrgan: style(s14, { bold: true, caps: true }),
    issuerMark: { kind: 'text', text: '*' },
    number: { ...style(s14), prefix: 'Số', symbolJoiner: '/' },
    motto: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: style(fixed(15), { bold: true, caps: true }) }],
    mottoMark: { kind: 'line-full' },
    placeDate: style(s14, { italic: true }),
    blankNumberWidth: 8,
  },
  title: {
    typeName: style(ranged(16, 15, 16), { bold: true, caps: true }),
    summary: style(s14_15, { bold: true }),
    summaryMark: { kind: 'text', text: '-----' },
  },
  // HD 36 Phụ lục 3: the công văn's trích yếu under the number, 12 italic, no "V/v"; its code is CV.
  letter: { code: 'CV', summaryPrefix: '', summary: style(fixed(12), { italic: true }) },
  basis: {
    style: style(s14_15),
    linePrefix: '- ',
    lineEnd: ';',
    lastLineEnd: '.',
  },
  headings: {
    section: style(s14_15, { bold: true, caps: true }),
    itemHeading: [style(s14_15, { bold: true }), style(s14_15, { bold: true, italic: true }), style(s14_15, { italic: true })],
  },
  signature: {
    authorityForms: { TM: 'T/M', KT: 'K/T', TL: 'T/L', Q: 'Q.' },
    authority: style(s14, { bold: true, caps: true }),
    position: style(s14, { caps: true }),
    name: style(s14, { bold: true }),
    blankLines: 4,
    recipientsColumnShare: 0.5,
  },
  recipients: {
    label: { ...style(s14, { underline: true }), text: 'Nơi nhận:' },
    item: style(fixed(12)),
    lineEnd: ',',
    archiveFormat: 'Lưu {units}.',
  },
  pageNumber: { style: style(s14), hideOnFirstPage: true },
  appendix: {
    label: { ...style(s14, { bold: true }), text: 'Phụ lục' },
    title: style(s14_15, { bold: true, caps: true }),
    refLine: style(s14, { italic: true }),
    restartPageNumbers: false,
    refDate: 'short',
    table: {
      text: style(ranged(13, 11, 14)),
      header: style(ranged(13, 11, 14), { bold: true }),
      repeatHeader: true,
      cantSplit: true,
      cellMarginMm: 1.5,
    },
  },
  markings: {
    urgency: style(s14, { bold: true, caps: true }),
    circulation: style(fixed(12), { bold: true, caps: true }),
    draft: style(s14, { italic: true }),
    drafter: style(fixed(8)),
  },
};
