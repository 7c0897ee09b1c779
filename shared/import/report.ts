/**
 * The import report: what was recognized, what could not be placed (with its position), warnings,
 * and the facts the document did not give, which the user must fill in.
 */
import type { PlanDocument } from '../model';

export interface UnplacedText {
  /** "dòng 12", "đoạn 40", "bảng 2, hàng 5", "trang 3, dòng 14". */
  readonly where: string;
  readonly text: string;
  /** Why it was left out, in Vietnamese. */
  readonly reason: string;
}

export interface ImportCounts {
  header: number;
  references: number;
  sections: number;
  items: number;
  bullets: number;
  paragraphs: number;
  appendices: number;
  groupRows: number;
  dataRows: number;
  recipients: number;
  signer: number;
}

export interface ImportReport {
  /** 'docx', 'docx-model' (our own embedded model), 'text', 'pdf' (its text layer) or 'ocr' (a scan read by OCR). */
  readonly source: 'docx' | 'docx-model' | 'text' | 'pdf' | 'ocr';
  readonly counts: ImportCounts;
  readonly unplaced: UnplacedText[];
  readonly warnings: string[];
  /** The facts the document lacks, left empty in the plan, named as the properties panel names them. */
  readonly toFill: string[];
}

/**
 * What the user must fill in because the document did not say it. The number and the day and month
 * are not among them: the văn thư writes those at signing.
 */
export function fieldsToFill(plan: PlanDocument): string[] {
  const { meta, signer } = plan;
  const missing: [boolean, string][] = [
    [meta.typeName.trim() === '', 'tên loại văn bản'],
    [meta.issuingOrgan.header.trim() === '', 'cơ quan ban hành'],
    [meta.place.trim() === '', 'địa danh'],
    [meta.date.year === null, 'năm ban hành'],
    [meta.summary.trim() === '', 'trích yếu'],
    [signer.position.trim() === '', 'chức vụ người ký'],
    [signer.name.trim() === '', 'họ tên người ký'],
    [plan.recipients.length === 0 && plan.archive.trim() === '', 'nơi nhận'],
  ];
  return missing.filter(([lacking]) => lacking).map(([, field]) => field);
}

export function emptyCounts(): ImportCounts {
  return {
    header: 0,
    references: 0,
    sections: 0,
    items: 0,
    bullets: 0,
    paragraphs: 0,
    appendices: 0,
    groupRows: 0,
    dataRows: 0,
    recipients: 0,
    signer: 0,
  };
}

/** The report as lines for the command line. */
export function formatReport(report: ImportReport): string[] {
  const c = report.counts;
  // Our own DOCX is read whole from its embedded model: nothing was recognized, so nothing is counted.
  const lines =
    report.source === 'docx-model'
      ? ['Đọc nguyên vẹn từ mô hình kế hoạch nhúng trong DOCX do Kế hoạch Studio xuất.']
      : [
          `Nhận dạng: ${c.sections} mục, ${c.items} khoản/điểm, ${c.bullets} gạch đầu dòng, ${c.paragraphs} đoạn, ` +
            `${c.references} văn bản căn cứ, ${c.appendices} phụ lục (${c.groupRows} dòng nhóm, ${c.dataRows} dòng dữ liệu), ` +
            `${c.recipients} nơi nhận${c.signer > 0 ? ', người ký' : ''}.`,
        ];
  if (report.toFill.length > 0) lines.push(`Văn bản không ghi, cần điền: ${report.toFill.join(', ')}.`);
  for (const w of report.warnings) lines.push(`Cảnh báo: ${w}`);
  if (report.unplaced.length > 0) lines.push(`Không xếp được ${report.unplaced.length} dòng/ô:`);
  for (const u of report.unplaced) {
    const text = u.text.length > 100 ? `${u.text.slice(0, 100)}…` : u.text;
    lines.push(`  [${u.where}] ${u.reason}: ${text}`);
  }
  return lines;
}
