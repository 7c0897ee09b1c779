/**
 * Hướng dẫn 36-HD/VPTW (2018), for Party documents dated before Hướng dẫn 05-HD/VPTW took effect.
 * Values from ../shared/docs/FORMAT.md §B: the guide's own text was read only where public pages
 * quote it; the rest is from secondary summaries, and each value says which.
 */
import { PARTY_DRAFTING, PARTY_ORGAN_WORDS } from './party-practice';
import { PRACTICE_PROVENANCE, PRACTICE_SOURCES } from './practice';
import { fixed, ranged, style, type FormatProfile } from './profile';
import type { Confidence, Provenance } from './provenance';

const s14 = fixed(14);
const s14_15 = ranged(14, 14, 15);

function hd36(section: string, sources: readonly string[], confidence: Confidence, note?: string): Provenance {
  return { cite: `HD 36-HD/VPTW, ${section}`, sources, confidence, ...(note === undefined ? {} : { note }) };
}

export const HD36_2018: FormatProfile = {
  id: 'hd36-2018',
  system: 'dang',
  name: 'Hướng dẫn 36-HD/VPTW (văn bản của Đảng)',
  shortName: 'HD 36-HD/VPTW',
  systemLabel: 'Đảng',
  source: 'HD 36-HD/VPTW',
  guide: {
    title: 'Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng',
    code: '36-HD/VPTW',
    effectiveFrom: '2018-04-03',
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
  // HD 36 Phụ lục 3: the công văn's trích yếu under the number, 12 italic, no "V/v"; its code is CV.
  letter: { code: 'CV', summaryPrefix: '', summary: style(fixed(12), { italic: true }) },
  basis: {
    style: style(s14_15),
    linePrefix: '- ',
    lineEnd: ';',
    lastLineEnd: '.',
  },
  citation: { dateSeparator: ' ' },
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
    lineEnd: ',',
    archiveFormat: 'Lưu {units}.',
    archiveLead: '',
    archiveExample: 'Văn phòng Tỉnh ủy',
  },
  pageNumber: { style: style(s14), hideOnFirstPage: true },
  appendix: {
    label: { ...style(s14, { bold: true }), text: 'Phụ lục' },
    numbering: 'arabic',
    title: style(s14_15, { bold: true, caps: true }),
    refLine: style(s14, { italic: true }),
    refLineMark: null,
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
  toneMarks: 'as-given',
  drafting: PARTY_DRAFTING,
  organWords: PARTY_ORGAN_WORDS,
  sources: {
    ...PRACTICE_SOURCES,
    'P-1.1': {
      title: 'thuvienphapluat.vn trích HD 36, mục II.1.1 (tiêu đề)',
      where:
        'https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/40E51-hd-cach-trinh-bay-tieu-de-dang-cong-san-viet-nam-trong-van-ban-cua-dang.html',
    },
    'P-1.2': {
      title: 'thuvienphapluat.vn trích HD 36, mục II.1.2 (tên cơ quan ban hành)',
      where:
        'https://thuvienphapluat.vn/hoi-dap-phap-luat/40E57-hd-cach-trinh-bay-ten-co-quan-ban-hanh-van-ban-trong-van-ban-cua-dang.html',
    },
    'P-1.7': {
      title: 'thuvienphapluat.vn trích HD 36, mục II.1.7.1 (quyền hạn ký, bị cắt)',
      where:
        'https://thuvienphapluat.vn/hoi-dap-phap-luat/40E6A-hd-cach-trinh-bay-quyen-han-chuc-vu-ho-ten-va-chu-ky-cua-nguoi-co-tham-quyen-trong-van-ban-cua-dang.html',
    },
    'P-PL3': {
      title: 'thuvienphapluat.vn trích bảng Phụ lục 3 của HD 36 (đến dòng "Tên mục")',
      where: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/40E84-hd-mau-trinh-bay-the-thuc-van-ban-va-ban-sao-van-ban-cua-dang.html',
    },
    'P-VINH': {
      title: 'Tóm tắt HD 36 của Văn phòng Đảng ủy Trường Đại học Vinh',
      where: 'https://vpdangdoan.vinhuni.edu.vn/thong-bao-van-ban/seo/huong-dan-ve-the-thuc-va-ky-thuat-trinh-bay-van-ban-cua-dang-86250',
    },
    'P-LAW': {
      title: 'lawnet.vn, tóm tắt tiếng Anh HD 36 mục II.1.3 (đánh số)',
      where:
        'https://lawnet.vn/en/laws/guideline-36-hd-vptw-format-for-symbols-of-document-names-name-of-issuing-agency-and-place-date-mon-18284.html',
    },
    'P-BT': {
      title: 'Sổ tay Đảng ủy Khối Bình Thuận (trang cũ, số đo khác)',
      where: 'https://stdt.danguykhoibinhthuan.vn/sotay/cong-tac-van-phong-cap-uy/the-thuc-van-ban/so-do-bo-tri-cac-thanh-phan',
    },
    'G-VBD': { title: 'Tóm tắt "theo HD 36" của kho wp37/vbdang', where: 'github.com/wp37/vbdang, references/quy_tac_the_thuc_dang.md' },
    'G-Q': { title: 'Bộ câu hỏi trắc nghiệm công khai dẫn HD 36 (mục 1.5.2)', where: '../shared/docs/FORMAT.md §B.3' },
    'G-HD05': { title: 'Các bản tóm tắt công khai của HD 05 (so sánh với HD 36)', where: '../shared/docs/FORMAT.md §B, §F' },
  },
  provenance: {
    ...PRACTICE_PROVENANCE,
    paper: hd36('mục II (khổ giấy A4)', ['P-VINH'], 'high'),
    orientation: hd36('mục II (trình bày theo chiều dài khổ A4)', ['G-HD05'], 'medium'),
    margins: hd36(
      'mục II (định lề trang)',
      ['G-VBD', 'G-HD05'],
      'medium',
      'Một trang cũ không dẫn hướng dẫn nào ghi 25/25/35/15 mm (P-BT).',
    ),
    font: hd36('Phụ lục 3 (phông chữ Times New Roman)', ['P-PL3'], 'high'),
    encoding: hd36('mục II (bộ mã TCVN 6909:2001)', ['P-VINH'], 'high'),
    bodyText: hd36(
      'Phụ lục 3 (phần nội dung)',
      ['P-PL3', 'G-VBD'],
      'high',
      'Cỡ 14–15 đọc trong bảng Phụ lục 3; thụt đầu dòng khoảng 10 mm theo tóm tắt.',
    ),
    spacing: hd36('mục II (khoảng cách đoạn, dòng)', ['G-VBD', 'G-HD05'], 'low', 'Tóm tắt ghi "ít nhất 18 pt" hoặc "18–22 pt, Exactly".'),
    endMark: hd36('kết thúc nội dung', ['G-HD05'], 'low', 'Dấu "." cuối nội dung chỉ thấy trong tóm tắt của HD 05.'),
    motto: hd36('mục II.1.1', ['P-1.1', 'P-PL3'], 'high'),
    mottoMark: hd36('mục II.1.1', ['P-1.1'], 'high'),
    headerStyles: hd36('Phụ lục 3', ['P-PL3'], 'high'),
    organNames: hd36('mục II.1.2', ['P-1.2', 'P-PL3'], 'high'),
    issuerMark: hd36('mục II.1.2', ['P-1.2'], 'high'),
    numberSymbol: hd36('mục II.1.3', ['P-PL3', 'P-LAW'], 'high'),
    placeDate: hd36('mục II.1.4', ['P-PL3'], 'high'),
    title: hd36('mục II.1.5', ['P-PL3'], 'high'),
    summaryMark: hd36('mục II.1.5', ['G-Q', 'G-VBD', 'G-HD05'], 'medium'),
    abbreviations: hd36('mục II.1.5', ['G-VBD'], 'medium'),
    basis: hd36('căn cứ ban hành', ['G-VBD', 'G-HD05'], 'low', 'Căn cứ cuối ghi "," (G-VBD) hoặc "." (tóm tắt HD 05).'),
    citations: hd36('mục II.1.3', ['P-PL3'], 'medium'),
    content: hd36('mục II.1.6', ['G-VBD'], 'medium'),
    headings: { ...hd36('mục II.1.6', ['G-VBD'], 'medium'), severity: 'cảnh báo' },
    // No sectionNumbering: the guide writes its own sections "I-" but does not rule on a plan's;
    // Kế hoạch 58-KH/TU writes "I.". A Party plan is not held to either form.
    signerAuthority: hd36(
      'mục II.1.7.1',
      ['P-1.7', 'G-VBD'],
      'high',
      'T/M, K/T đọc trong văn bản trích; T/L, Q. theo tóm tắt; không có T/UQ.',
    ),
    signerCollective: { ...hd36('mục II.1.7.1', ['G-VBD', 'G-HD05'], 'medium'), severity: 'cảnh báo' },
    signerPosition: hd36('mục II.1.7.1', ['P-1.7'], 'medium'),
    signerName: hd36('mục II.1.7.1', ['G-VBD'], 'medium'),
    signerStyle: hd36('thể thức chữ ký và nơi nhận', ['G-VBD', 'G-HD05'], 'medium'),
    recipients: hd36('thể thức nơi nhận', ['G-VBD', 'G-HD05'], 'medium'),
    recipientsLabel: hd36('thể thức nơi nhận', ['G-VBD', 'G-HD05'], 'medium'),
    recipientLines: hd36(
      'thể thức nơi nhận',
      ['G-VBD', 'G-HD05'],
      'low',
      'G-VBD ghi dấu "," cuối mỗi dòng; ví dụ của các tóm tắt HD 05 ghi ";".',
    ),
    archiveLine: hd36('thể thức nơi nhận', ['G-HD05'], 'medium'),
    archiveForm: { ...hd36('thể thức nơi nhận', ['G-HD05'], 'medium'), severity: 'gợi ý' },
    pageNumbers: hd36('mục II (số trang)', ['G-VBD', 'G-HD05'], 'medium'),
    appendixNumbering: { ...hd36('Phụ lục 1, 3 (phụ lục đánh số Ả Rập)', ['P-1.1', 'P-PL3', 'P-BT'], 'high'), severity: 'gợi ý' },
    appendixHeading: {
      cite: 'HD 36-HD/VPTW, phụ lục văn bản (theo NĐ 30/2020, Phụ lục I, mục III.1)',
      sources: ['G-HD05'],
      confidence: 'practice',
      severity: 'cảnh báo',
      note: 'Không tìm được quy định của HD 36 về tiêu đề phụ lục; theo cách trình bày của NĐ 30.',
    },
    appendixRefLine: {
      cite: 'HD 36-HD/VPTW, phụ lục văn bản',
      sources: ['SEEDS'],
      confidence: 'practice',
      note: 'Không tìm được quy định; ngày viết ngắn như 58-KH/TU ("ngày 15/4/2026").',
    },
    appendixReference: {
      cite: 'HD 36-HD/VPTW, phụ lục văn bản (theo NĐ 30/2020, Phụ lục I, mục III.1)',
      sources: ['G-HD05'],
      confidence: 'practice',
      severity: 'cảnh báo',
    },
    appendixPageNumbers: {
      cite: 'HD 36-HD/VPTW không quy định số trang phụ lục',
      sources: ['G-VBD'],
      confidence: 'practice',
      note: 'Số trang phụ lục nối tiếp phần nội dung.',
    },
    appendixTables: { cite: 'thực tiễn trình bày bảng phụ lục (HD 36-HD/VPTW không quy định)', sources: ['SEEDS'], confidence: 'practice' },
    markings: hd36('thành phần thể thức bổ sung', ['G-VBD', 'P-BT'], 'medium'),
    drafter: hd36('ký hiệu người đánh máy (ô 12)', ['G-VBD'], 'low', 'Cỡ 8 chỉ thấy trong G-VBD.'),
    toneMarks: hd36(
      'không quy định vị trí dấu thanh',
      ['P-PL3'],
      'practice',
      'Ví dụ trong Phụ lục 3 viết "HUYỆN UỶ ĐỊNH HOÁ" nhưng văn bản thật viết cả "TỈNH ỦY"; giữ cách viết của danh bạ.',
    ),
    agencyNames: {
      cite: 'danh bạ cơ quan (tên chính thức của cơ quan, tổ chức)',
      sources: ['KHS-DIRECTORY'],
      confidence: 'practice',
    },
    guideInForce: hd36(
      'hiệu lực từ ngày ký',
      ['G-HD05'],
      'medium',
      'Ngày ký 03/4/2018 theo các trang trích; văn bản HD 05 ghi "ngày 04/3/2018". HD 36 hết hiệu lực khi HD 05 (27/5/2026) có hiệu lực.',
    ),
  },
};
