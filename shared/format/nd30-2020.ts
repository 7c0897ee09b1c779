/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức văn bản hành chính), for State bodies. Values from
 * ../shared/docs/FORMAT.md §A, read in the decree's text; where the decree gives a range the
 * default is the common choice.
 */
import { PRACTICE_PROVENANCE, PRACTICE_SOURCES } from './practice';
import { fixed, ranged, style, type FormatProfile } from './profile';
import type { Provenance } from './provenance';

const s13_14 = ranged(14, 13, 14);
const s12_13 = ranged(12, 12, 13);

/** A provision of Phụ lục I read in the decree's own text. */
function pl1(section: string, note?: string): Provenance {
  return {
    cite: `NĐ 30/2020, Phụ lục I, mục ${section}`,
    sources: ['N-PL1'],
    confidence: 'verified',
    ...(note === undefined ? {} : { note }),
  };
}

export const ND30_2020: FormatProfile = {
  id: 'nd30-2020',
  system: 'nha-nuoc',
  name: 'Nghị định 30/2020/NĐ-CP (văn bản hành chính)',
  shortName: 'NĐ 30/2020/NĐ-CP',
  systemLabel: 'Nhà nước',
  source: 'NĐ 30/2020',
  guide: {
    title: 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư',
    code: '30/2020/NĐ-CP',
    effectiveFrom: '2020-03-05',
  },
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
    number: {
      ...style(fixed(13)),
      prefix: 'Số:',
      numberJoiner: '/',
      typeJoiner: '-',
      issuersJoiner: '-',
      example: { number: '30', symbol: 'KH-UBND' },
    },
    motto: [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', label: 'Quốc hiệu', style: style(s12_13, { bold: true, caps: true }) },
      { text: 'Độc lập - Tự do - Hạnh phúc', label: 'Tiêu ngữ', style: style(ranged(13, 13, 14), { bold: true }) },
    ],
    mottoMark: { kind: 'line-full' },
    placeDate: { ...style(ranged(13, 13, 14), { italic: true }), separator: ', ' },
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
  citation: { dateSeparator: ' ' },
  headings: {
    section: style(s13_14, { bold: true, caps: true }),
    itemHeading: [style(s13_14, { bold: true }), style(s13_14, { bold: true, italic: true }), style(s13_14, { italic: true })],
    sectionNumbering: 'roman-dot',
  },
  signature: {
    authorityForms: { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' },
    authorityFallback: {},
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
    archiveLead: 'VT',
    archiveExample: 'VT, VP',
  },
  pageNumber: { style: style(s13_14), hideOnFirstPage: true },
  appendix: {
    label: { ...style(fixed(14), { bold: true }), text: 'Phụ lục' },
    numbering: 'roman',
    title: style(s13_14, { bold: true, caps: true }),
    refLine: style(s13_14, { italic: true }),
    refLineMark: { kind: 'line', ratio: 0.3 },
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
  toneMarks: 'as-given',
  drafting: {
    staff: 'cán bộ, công chức, viên chức và người lao động',
    subordinateUnits: 'các phòng, đơn vị thuộc {unit}',
    subordinateRecipients: 'Các phòng, đơn vị thuộc {unit}',
    shortNamePhrase: { text: 'sau đây gọi tắt là', italic: true },
    tasksSectionTitle: 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    archive: null,
    signer: { kind: 'deputy-of-head' },
    citedTypeName: 'Kế hoạch',
    childTemplate: 'nha-nuoc-ke-hoach-thuc-hien-ke-hoach-cap-tren',
    taskTable: { taskLabel: 'Nội dung nhiệm vụ', cooperateColumn: true },
  },
  organWords: { match: 'UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|SỞ|BỘ|BAN QUẢN LÝ|CỤC|CHI CỤC|TRƯỜNG|HĐND', unless: '' },
  sources: {
    ...PRACTICE_SOURCES,
    'N-PL1': {
      title: 'Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức, kỹ thuật trình bày văn bản hành chính)',
      where:
        'github.com/ericphan28/van-ban-plus, docs/van-ban-phap-quy/nghi-dinh/30-2020-ND-CP/van-ban-goc/30.2020.NĐ-CP/Phuluc1.md (commit 2358a468), chuyển từ tệp .docx chính thức',
    },
    'N-PL3': {
      title: 'Nghị định 30/2020/NĐ-CP, Phụ lục III (chữ viết tắt tên loại, mẫu trình bày)',
      where: 'cùng thư mục, Phuluc3.md',
    },
    'N-ND': { title: 'Nghị định 30/2020/NĐ-CP (phần điều khoản)', where: 'cùng thư mục, 30_2020_ND_CP.md' },
  },
  provenance: {
    ...PRACTICE_PROVENANCE,
    paper: pl1('I.1'),
    orientation: pl1('I.2'),
    margins: pl1('I.3'),
    font: pl1('I.4'),
    encoding: pl1('I.4 (Unicode TCVN 6909:2001)'),
    bodyText: pl1('II.6.e'),
    spacing: pl1('II.6.e'),
    endMark: {
      cite: 'NĐ 30/2020, Phụ lục III, mẫu 1.4 (dấu "./." cuối nội dung)',
      sources: ['N-PL3'],
      confidence: 'verified',
      note: 'Các mẫu của Phụ lục III kết thúc nội dung bằng "./."; phần lời của Phụ lục I không nói.',
    },
    motto: pl1('II.1'),
    mottoMark: pl1('II.1.b'),
    headerStyles: pl1('II.1–II.5'),
    organNames: pl1('II.2'),
    issuerMark: pl1('II.2.b'),
    numberSymbol: pl1('II.3'),
    placeDate: pl1('II.4'),
    title: pl1('II.5.b'),
    summaryMark: pl1('II.5.b'),
    abbreviations: pl1('II.5.a và II.2.a'),
    basis: pl1('II.5.b (căn cứ ban hành, ô 6)'),
    citations: pl1('II.6.b'),
    content: pl1('II.6.c'),
    headings: pl1('II.6.d'),
    sectionNumbering: { ...pl1('V.6.b'), severity: 'cảnh báo' },
    signerAuthority: pl1('II.7.b'),
    signerPosition: pl1('II.7.c'),
    signerName: pl1('II.7.c'),
    signerStyle: pl1('II.7.đ và II.9.d'),
    recipients: pl1('II.9.c'),
    recipientsLabel: pl1('II.9.d'),
    recipientLines: pl1('II.9.d'),
    archiveLine: pl1('II.9.a'),
    archiveForm: { ...pl1('II.9.d'), severity: 'cảnh báo' },
    pageNumbers: pl1('I.7'),
    appendixNumbering: pl1('III.1.a'),
    appendixHeading: pl1('III.1'),
    appendixRefLine: pl1('III.1', 'Ngày tháng ghi đầy đủ ("ngày 05 tháng 02 năm 2026") như mẫu 2.1 của Phụ lục III.'),
    appendixReference: pl1('III.1.a'),
    appendixPageNumbers: pl1('III.1.đ'),
    appendixTables: {
      cite: 'thực tiễn trình bày bảng phụ lục (NĐ 30/2020 không quy định)',
      sources: ['SEEDS'],
      confidence: 'practice',
    },
    markings: pl1('III.2–III.4'),
    drafter: pl1('III.3 (ô 12)'),
    toneMarks: {
      cite: 'NĐ 30/2020 không quy định vị trí dấu thanh',
      sources: ['N-PL1'],
      confidence: 'practice',
      note: 'Tên cơ quan giữ cách viết của danh bạ; văn bản của Nghị định viết "CỘNG HÒA", "Ủy ban".',
    },
    agencyNames: {
      cite: 'danh bạ cơ quan (tên chính thức, NĐ 30/2020, Phụ lục I, mục II.2.a)',
      sources: ['KHS-DIRECTORY', 'N-PL1'],
      confidence: 'practice',
    },
    guideInForce: {
      cite: 'NĐ 30/2020/NĐ-CP, Điều 37 (hiệu lực từ ngày ký 05/3/2020; Nghị định 110/2004/NĐ-CP và 09/2010/NĐ-CP hết hiệu lực)',
      sources: ['N-ND'],
      confidence: 'verified',
    },
  },
};
