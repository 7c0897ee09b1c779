/**
 * Where each value of a profile comes from and how sure it is. A value read in the regulation is
 * not the same as one read in a third party's summary, and the user who asks "why" (the properties
 * panel, a checker finding) is shown which it is.
 */

/** How sure a value is, from the text itself down to common practice. */
export const CONFIDENCES = ['verified', 'high', 'medium', 'low', 'practice'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = {
  verified: 'đã đối chiếu văn bản gốc',
  high: 'tin cậy cao (bản trích văn bản)',
  medium: 'tin cậy vừa (tóm tắt của bên thứ ba)',
  low: 'tin cậy thấp (các nguồn không thống nhất)',
  practice: 'văn bản không quy định; theo thực tiễn trình bày',
};

/** A text a value was read from. */
export interface SourceRef {
  /** What it is, in Vietnamese: "Nghị định 30/2020/NĐ-CP, Phụ lục I". */
  readonly title: string;
  /** Where a reader finds it: a repository path and commit, or an address. */
  readonly where: string;
}

/** The checker's severities, written the same way as in shared/check. */
export type ProvisionSeverity = 'lỗi' | 'cảnh báo' | 'gợi ý';

export interface Provenance {
  /** The provision, as a finding cites it: "NĐ 30/2020, Phụ lục I, mục II.3". */
  readonly cite: string;
  /** Keys into the profile's `sources`. */
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  /** What the sources said, or why the value was chosen where they are silent or disagree. */
  readonly note?: string;
  /** The severity a rule on this concept has under this profile, when not the rule's own. */
  readonly severity?: ProvisionSeverity;
}

/**
 * Every concept a profile value or a checker rule belongs to, with the name a user reads. A rule
 * on a concept a profile has no provenance for does not run under that profile.
 */
export const CONCEPTS = {
  paper: 'Khổ giấy',
  orientation: 'Hướng trang',
  margins: 'Lề trang',
  font: 'Phông chữ',
  encoding: 'Bộ mã ký tự',
  bodyText: 'Cỡ chữ, căn lề, thụt đầu dòng phần nội dung',
  spacing: 'Khoảng cách đoạn, dòng',
  endMark: 'Dấu kết thúc nội dung',
  motto: 'Quốc hiệu, Tiêu ngữ / tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"',
  mottoMark: 'Đường kẻ dưới Tiêu ngữ / tiêu đề',
  headerStyles: 'Cỡ chữ, kiểu chữ phần đầu văn bản',
  organNames: 'Tên cơ quan ban hành, cơ quan cấp trên',
  issuerMark: 'Đường kẻ hoặc dấu "*" dưới tên cơ quan ban hành',
  numberSymbol: 'Số và ký hiệu văn bản',
  placeDate: 'Địa danh và ngày, tháng, năm ban hành',
  title: 'Tên loại và trích yếu nội dung',
  summaryMark: 'Đường kẻ hoặc "-----" dưới trích yếu',
  abbreviations: 'Chữ viết tắt',
  basis: 'Căn cứ ban hành',
  citations: 'Viện dẫn văn bản khác',
  sectionNumbering: 'Đánh số mục lớn',
  headings: 'Trình bày phần, mục, khoản, điểm',
  content: 'Bố cục nội dung',
  template: 'Phần chưa xong: hướng dẫn của mẫu, chỗ trống',
  signerAuthority: 'Quyền hạn ký (thay mặt, ký thay, thừa lệnh…)',
  signerCollective: 'Ký thay mặt tập thể cấp ủy',
  signerStyle: 'Chức vụ, họ tên người ký',
  signerPosition: 'Chức vụ người ký',
  signerName: 'Họ tên người ký (không ghi học hàm, học vị)',
  recipients: 'Nơi nhận văn bản',
  recipientsLabel: 'Chữ "Nơi nhận"',
  recipientLines: 'Các dòng nơi nhận và dấu cuối dòng',
  archiveLine: 'Dòng lưu văn bản',
  archiveForm: 'Cách ghi dòng lưu văn bản',
  pageNumbers: 'Số trang',
  appendixNumbering: 'Đánh số phụ lục',
  appendixHeading: 'Tiêu đề phụ lục',
  appendixRefLine: 'Dòng chỉ dẫn dưới tiêu đề phụ lục',
  appendixReference: 'Chỉ dẫn phụ lục trong nội dung',
  crossReferences: 'Tham chiếu tới phụ lục, điểm của phụ lục',
  appendixPageNumbers: 'Số trang của phụ lục',
  appendixTables: 'Bảng trong phụ lục',
  markings: 'Độ khẩn, phạm vi lưu hành, dự thảo',
  drafter: 'Ký hiệu người soạn thảo, số lượng bản',
  toneMarks: 'Vị trí dấu thanh trong tên cơ quan (uỷ/ủy, hoà/hòa)',
  deadlines: 'Thời hạn thực hiện',
  parentDeadlines: 'Thời hạn so với nhiệm vụ của cấp trên',
  agencyNames: 'Tên cơ quan, đơn vị',
  guideInForce: 'Hướng dẫn thể thức đang có hiệu lực',
  bodiesInForce: 'Cơ quan, đơn vị còn tồn tại vào ngày văn bản',
  drafting: 'Cách diễn đạt quen dùng (kế hoạch cấp dưới, phụ lục mới)',
} as const;
export type Concept = keyof typeof CONCEPTS;

export function conceptLabel(concept: Concept): string {
  return CONCEPTS[concept];
}

export function confidenceLabel(confidence: Confidence): string {
  return CONFIDENCE_LABELS[confidence];
}
