/** The import report: what was recognised, what could not be placed (with its position), and warnings. */

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
  // Our own DOCX is read whole from its embedded model: nothing was recognised, so nothing is counted.
  const lines =
    report.source === 'docx-model'
      ? ['Đọc nguyên vẹn từ mô hình kế hoạch nhúng trong DOCX do Kế hoạch Studio xuất.']
      : [
          `Nhận dạng: ${c.sections} mục, ${c.items} khoản/điểm, ${c.bullets} gạch đầu dòng, ${c.paragraphs} đoạn, ` +
            `${c.references} văn bản căn cứ, ${c.appendices} phụ lục (${c.groupRows} dòng nhóm, ${c.dataRows} dòng dữ liệu), ` +
            `${c.recipients} nơi nhận${c.signer > 0 ? ', người ký' : ''}.`,
        ];
  for (const w of report.warnings) lines.push(`Cảnh báo: ${w}`);
  if (report.unplaced.length > 0) lines.push(`Không xếp được ${report.unplaced.length} dòng/ô:`);
  for (const u of report.unplaced) {
    const text = u.text.length > 100 ? `${u.text.slice(0, 100)}…` : u.text;
    lines.push(`  [${u.where}] ${u.reason}: ${text}`);
  }
  return lines;
}
