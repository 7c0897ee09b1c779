/**
 * Hướng dẫn 05-HD/VPTW ngày 27/5/2026 of the Văn phòng Trung ương Đảng, for Party documents dated
 * from its effective date (it takes effect on signing and replaces HD 36). Values are read in the
 * guide's text as a public repository extracted it from "Hướng dẫn 05.docx"; each cites the
 * guide's own section. Where the guide is silent (the appendix label's style, tables) the value is
 * HD 36's practice and says so.
 */
import { PARTY_DRAFTING, PARTY_ORGAN_WORDS } from './party-practice';
import { PRACTICE_PROVENANCE, PRACTICE_SOURCES } from './practice';
import { fixed, ranged, style, type FormatProfile } from './profile';
import type { Confidence, Provenance } from './provenance';

const s14 = fixed(14);
const s14_15 = ranged(14, 14, 15);

/** A provision read in the guide's text (Phần II unless the section says otherwise). */
function hd05(section: string, confidence: Confidence = 'high', note?: string, sources: readonly string[] = ['HD05-TXT']): Provenance {
  return { cite: `HD 05-HD/VPTW, ${section}`, sources, confidence, ...(note === undefined ? {} : { note }) };
}

/** The guide says nothing: HD 36's practice is kept. */
function silent(what: string, note: string): Provenance {
  return { cite: `HD 05-HD/VPTW không quy định ${what}`, sources: ['HD05-TXT', 'SEEDS'], confidence: 'practice', note };
}

export const HD05_2026: FormatProfile = {
  id: 'hd05-2026',
  system: 'dang',
  name: 'Hướng dẫn 05-HD/VPTW (văn bản của Đảng, từ 27/5/2026)',
  shortName: 'HD 05-HD/VPTW',
  systemLabel: 'Đảng',
  source: 'HD 05-HD/VPTW',
  guide: {
    title: 'Hướng dẫn số 05-HD/VPTW ngày 27/5/2026 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng',
    code: '05-HD/VPTW',
    effectiveFrom: '2026-05-27',
  },
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
    number: {
      ...style(s14),
      prefix: 'Số',
      numberJoiner: '-',
      typeJoiner: '/',
      issuersJoiner: '-',
      example: { number: '58', symbol: 'KH/TU' },
    },
    motto: [
      { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', label: 'Tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"', style: style(fixed(15), { bold: true, caps: true }) },
    ],
    mottoMark: { kind: 'line-full' },
    placeDate: { ...style(s14, { italic: true }), separator: ', ' },
    blankNumberWidth: 8,
  },
  title: {
    typeName: style(ranged(16, 15, 16), { bold: true, caps: true }),
    summary: style(s14_15, { bold: true }),
    summaryMark: { kind: 'text', text: '-----' },
  },
  // As HD 36 (FORMAT.md §F: the công văn's trích yếu 12 italic, no "V/v"); its code is CV.
  letter: { code: 'CV', summaryPrefix: '', summary: style(fixed(12), { italic: true }) },
  basis: {
    style: style(s14_15),
    linePrefix: '- ',
    lineEnd: ';',
    lastLineEnd: '.',
  },
  citation: { dateSeparator: ', ' },
  headings: {
    section: style(s14_15, { bold: true, caps: true }),
    itemHeading: [style(s14_15, { bold: true }), style(s14_15, { bold: true, italic: true }), style(s14_15, { italic: true })],
    sectionNumbering: 'roman-dash',
  },
  signature: {
    authorityForms: { TM: 'T/M', KT: 'K/T', TL: 'T/L', Q: 'Q.' },
    authorityFallback: { TUQ: 'TL' },
    authority: style(s14, { bold: true, caps: true }),
    position: style(s14, { caps: true }),
    name: style(s14, { bold: true }),
    blankLines: 4,
    recipientsColumnShare: 0.5,
  },
  recipients: {
    label: { ...style(s14, { underline: true }), text: 'Nơi nhận:' },
    item: style(fixed(12)),
    lineEnd: ';',
    archiveFormat: 'Lưu {units}.',
    archiveLead: '',
    archiveExample: 'Văn phòng Tỉnh uỷ',
  },
  pageNumber: { style: style(s14), hideOnFirstPage: true },
  appendix: {
    label: { ...style(s14, { bold: true }), text: 'Phụ lục' },
    numbering: 'arabic',
    title: style(s14_15, { bold: true, caps: true }),
    refLine: style(s14, { italic: true }),
    refLineMark: { kind: 'text', text: '-----' },
    restartPageNumbers: true,
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
    drafter: style(fixed(11)),
  },
  toneMarks: 'hoà',
  drafting: PARTY_DRAFTING,
  organWords: PARTY_ORGAN_WORDS,
  sources: {
    ...PRACTICE_SOURCES,
    'HD05-TXT': {
      title: 'Hướng dẫn số 05-HD/VPTW ngày 27/5/2026, văn bản trích từ tệp "Hướng dẫn 05.docx" (21 trang)',
      where: 'github.com/newstar94/Chuan-Hoa, shared/docs/extracted_text/HD05.txt (commit 7ead1957); chưa đối chiếu bản công bố chính thức',
    },
    'CH-AUDIT': {
      title: 'Bản rà soát quy tắc NĐ 30 và HD 05 (2/9/2026) của dự án Chuan-Hoa',
      where: 'github.com/newstar94/Chuan-Hoa, shared/docs/implementation/Rule_Format_Audit_ND30_HD05_2026-09-02.md',
    },
    QD399: {
      title: 'Quy định số 399-QĐ/TW ngày 09/01/2026 của Ban Bí thư về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng',
      where:
        'https://nhansu.vn/van-ban-phap-luat/Quy-dinh-399-QD-TW-2026-the-loai-tham-quyen-ban-hanh-va-the-thuc-van-ban-cua-Dang-690017.html',
    },
  },
  provenance: {
    ...PRACTICE_PROVENANCE,
    paper: hd05('Phần II, mục IV.3'),
    orientation: hd05('Phần II, mục IV.4.1 và IV.4.3', 'high', 'Trang dọc; bảng, biểu có thể trình bày theo chiều ngang.'),
    margins: hd05('Phần II, mục IV.4', 'high', 'Trên 20, dưới 20, trái 30, phải 15 mm; mặt sau khi in hai mặt: trái 15, phải 30 mm.'),
    font: hd05('Phần II, mục IV.1'),
    encoding: hd05('Phần II, mục IV.1 (Unicode TCVN 6909:2001)'),
    bodyText: hd05('Phần II, mục I.6.2.2 và Phụ lục 2 (mục 6)', 'high', 'Cỡ 14–15, dàn đều hai lề, lùi đầu dòng khoảng 10 mm.'),
    spacing: hd05('Phần II, mục I.6.2.2', 'high', 'Khoảng cách đoạn tối thiểu 6 pt; dòng từ 18 pt đến 22 pt (Exactly).'),
    endMark: hd05('Phần II, mục I.6.2.2', 'high', 'Kết thúc nội dung văn bản có dấu chấm (.).'),
    motto: hd05('Phần II, mục I.1'),
    mottoMark: hd05('Phần II, mục I.1.2'),
    headerStyles: hd05('Phụ lục 2'),
    organNames: hd05('Phần II, mục I.2'),
    issuerMark: hd05('Phần II, mục I.2.2.1'),
    numberSymbol: hd05('Phần II, mục I.3.2.2'),
    placeDate: hd05('Phần II, mục I.4.2.2'),
    title: hd05('Phần II, mục I.5.2'),
    summaryMark: hd05('Phần II, mục I.5.2.1', 'high', 'Phía dưới trích yếu có 05 dấu gạch nối (-).'),
    abbreviations: hd05('Phần II, mục I.6.1.3'),
    basis: hd05(
      'Phần II, mục I.6.2.3',
      'high',
      'Trước mỗi căn cứ có dấu gạch ngang (-), sau mỗi căn cứ dấu chấm phẩy (;), căn cứ cuối cùng dấu chấm (.).',
    ),
    citations: hd05(
      'Phần II, mục I.6.1.4',
      'medium',
      'Viện dẫn ghi đủ tên loại, số, ký hiệu, ngày, cơ quan, trích yếu; dấu phẩy trước "ngày" theo cách ghi của chính Hướng dẫn ("Quy định số 399-QĐ/TW, ngày 09/01/2026 của Ban Bí thư").',
    ),
    content: hd05('Phần II, mục I.6.1.6'),
    headings: { ...hd05('Phần II, mục I.6.2.4'), severity: 'cảnh báo' },
    // No sectionNumbering: the guide does not rule on a plan's section numbers (its own text writes
    // "I-", Kế hoạch 58-KH/TU and the Party templates "I."), so a Party plan is not held to either.
    signerAuthority: hd05('Phần II, mục I.7.1.1', 'high', 'T/M, K/T, T/L và Q. (quyền cấp trưởng); không có thừa uỷ quyền.'),
    signerCollective: {
      ...hd05('Phần II, mục I.7.1.4.b', 'high', 'Văn bản của ban thường vụ: "T/M BAN THƯỜNG VỤ / BÍ THƯ (hoặc PHÓ BÍ THƯ)".'),
      severity: 'cảnh báo',
    },
    signerPosition: hd05('Phần II, mục I.7.1.2'),
    signerName: hd05('Phần II, mục I.7.1.3'),
    signerStyle: hd05('Phụ lục 2 (mục 7 và 9)', 'high', 'Quyền hạn in hoa đậm 14; chức vụ in hoa đứng 14, không đậm; họ tên đậm 14.'),
    recipients: hd05('Phần II, mục I.9'),
    recipientsLabel: hd05('Phần II, mục I.9.2.1 và Phụ lục 2 (mục 9)', 'high', '"Nơi nhận" cỡ 14, đứng, có gạch chân; các dòng cỡ 12.'),
    recipientLines: hd05(
      'Phần II, mục I.9.2.5',
      'high',
      'Sau mỗi nơi nhận có dấu chấm phẩy (;); kết thúc nơi lưu có dấu chấm. HD 36 theo các bản tóm tắt ghi dấu phẩy.',
    ),
    archiveLine: hd05(
      'Phần II, mục I.9.2.5 và Phụ lục 2 (mục 9)',
      'high',
      'Ví dụ "- Lưu Văn phòng Tỉnh uỷ.", không có dấu hai chấm, không có "VT".',
    ),
    archiveForm: { ...hd05('Phụ lục 2 (mục 9)', 'high'), severity: 'gợi ý' },
    pageNumbers: hd05(
      'Phần II, mục IV.5.1',
      'high',
      'Chữ số Ả-rập, ở giữa, cách mép trên 10 mm, không hiện ở trang thứ nhất; cỡ 14 (Phụ lục 2, mục 15).',
    ),
    appendixNumbering: {
      ...hd05('Phần II, mục II.1.1', 'high', 'Có từ hai phụ lục trở lên thì ghi số thứ tự bằng chữ số Ả-rập.'),
      severity: 'cảnh báo',
    },
    appendixHeading: { ...hd05('Phần II, mục II.1.2'), severity: 'cảnh báo' },
    appendixRefLine: hd05(
      'Phần II, mục II.1.2',
      'medium',
      'Chỉ dẫn gồm số, ký hiệu, ngày tháng năm và tên cơ quan ban hành; cách ghi "(Kèm theo … số …, ngày 27/5/2026 của …)" và dòng "-----" dưới đó theo các phụ lục của chính Hướng dẫn. Cỡ chữ, kiểu chữ không quy định: giữ như HD 36.',
    ),
    appendixReference: { ...hd05('Phần II, mục II.1.1'), severity: 'lỗi' },
    appendixPageNumbers: hd05('Phần II, mục IV.5.2', 'high', 'Số trang của phụ lục ghi riêng cho từng phụ lục.'),
    appendixTables: silent('bảng trong phụ lục', 'Lặp dòng tiêu đề, không ngắt dòng giữa trang: theo thực tiễn.'),
    markings: hd05('Phần II, mục II.3–II.4 và Phụ lục 2 (mục 11–12)'),
    drafter: hd05('Phần II, mục II.5 và Phụ lục 2 (mục 13)', 'high', 'Cỡ 11, đứng (HD 36 theo tóm tắt: cỡ 8).'),
    toneMarks: hd05(
      'cách viết của chính Hướng dẫn',
      'medium',
      'Hướng dẫn không quy định vị trí dấu thanh nhưng tự viết "uỷ", "hoà", "khoá" gần như khắp nơi ("TỈNH UỶ ĐIỆN BIÊN", "ĐẢNG UỶ PHƯỜNG BA ĐÌNH"); tên cơ quan lấy từ danh bạ được viết theo cách này.',
    ),
    agencyNames: {
      cite: 'danh bạ cơ quan (tên chính thức theo văn bản thành lập, HD 05-HD/VPTW, Phần II, mục I.2.1)',
      sources: ['KHS-DIRECTORY', 'HD05-TXT'],
      confidence: 'practice',
    },
    guideInForce: hd05(
      'Phần III.1',
      'high',
      'Hướng dẫn có hiệu lực từ ngày ký (27/5/2026), thay thế Hướng dẫn số 36-HD/VPTW; Quy định 399-QĐ/TW ngày 09/01/2026 thay Quy định 66-QĐ/TW.',
      ['HD05-TXT', 'QD399'],
    ),
  },
};
