/**
 * Importing real plans: DOCX (our own exports read back from their embedded model), plain text
 * and PDF text, through one recognizer, with a report of what was and was not placed.
 */
import { describePendingReview, hasPendingReview, readDocx, type DocxActiveContent, type PendingReview, type RevisionView } from './docx';
import { docxBlocks } from './docx/docx-source';
import { embeddedPlanOf } from './docx/trusted-model';
import { ImportError } from './import-error';
import { recognizePlan, type Recognized } from './recognize';
import { geometryBlocks } from './geometry';
import { readPdfGeometry, type PdfGeometry, type PdfReadOptions } from './pdf/pdf-geometry';
import { emptyCounts, fieldsToFill } from './report';
import { isLayoutText, LAYOUT_GEOMETRY, layoutPages } from './text/layout-text';
import { readTextBlocks } from './text/read-text';

export { ImportError, type ImportErrorCode } from './import-error';
export { formatReport, type ImportReport, type ImportCounts, type UnplacedText } from './report';
export type { Recognized } from './recognize';
export { recognizePlan } from './recognize';
export { readTextBlocks } from './text/read-text';
export type { SourceBlock } from './source';

/**
 * The recognizer on `blocks`, or a refusal for text that runs V8 out of stack: a regular
 * expression over a few million characters of one character (a 10 MB line of dots) does, however
 * linear it is. No plan has such a line.
 */
function recognize(blocks: () => Parameters<typeof recognizePlan>[0], source: Parameters<typeof recognizePlan>[1]): Recognized {
  try {
    return recognizePlan(blocks(), source);
  } catch (error) {
    if (error instanceof RangeError && error.message.includes('call stack')) {
      throw new ImportError(
        'too-large',
        'Văn bản có một đoạn dài bất thường (hàng triệu ký tự liền nhau), không phải kế hoạch; không đọc tệp này.',
      );
    }
    throw error;
  }
}

/**
 * Text pasted from Word or extracted from PDF. Text laid out with spaces (`pdftotext -layout`, a
 * viewer's copy) is read by its geometry, as the PDF it came from.
 */
export function importText(text: string): Recognized {
  return recognize(() => (isLayoutText(text) ? geometryBlocks(layoutPages(text), LAYOUT_GEOMETRY) : readTextBlocks(text)), 'text');
}

export interface DocxImportOptions {
  /** Read the content even when the file carries our embedded model. */
  readonly ignoreModel?: boolean;
  /**
   * What to do with tracked changes and comments a reviewer left pending: accept them all, reject
   * them all (the text as it was sent out). Unset, a file that has any is refused with their
   * count (ImportError 'pending-review'), so none is applied or dropped without the user's word.
   */
  readonly revisions?: RevisionView;
}

/** The refusal of a reviewed file imported without a choice, and the report line after one. */
export function pendingReviewMessage(review: PendingReview): string {
  return `Tệp còn ${describePendingReview(review)} chưa được xử lý. Hãy chọn chấp nhận tất cả hoặc từ chối tất cả các thay đổi trước khi nhập.`;
}

function pendingReviewWarning(review: PendingReview, view: RevisionView): string {
  const choice =
    view === 'accept'
      ? 'đã chấp nhận tất cả các thay đổi được theo dõi'
      : 'đã từ chối tất cả các thay đổi được theo dõi (giữ văn bản như khi gửi đi)';
  const comments = review.comments > 0 ? `; ${review.comments} ý kiến (comment) không đưa vào nội dung kế hoạch` : '';
  return `Tệp có ${describePendingReview(review)}: ${choice}${comments}.`;
}

/** Macros and links to outside resources are never run or followed; the report says they were there. */
function activeContentWarnings(active: DocxActiveContent): string[] {
  const warnings: string[] = [];
  if (active.macros) warnings.push('Tệp có macro (VBA) hoặc điều khiển ActiveX: chúng không được chạy và không được đưa vào kế hoạch.');
  const targets = active.externalResources;
  if (targets.length > 0) {
    const shown = targets.slice(0, 3).map((t) => `"${t.length > 80 ? `${t.slice(0, 80)}…` : t}"`);
    if (targets.length > 3) shown.push('…');
    warnings.push(
      `Tệp có ${String(targets.length)} liên kết tới tài nguyên bên ngoài (${shown.join(', ')}): không liên kết nào được mở.`.normalize(
        'NFC',
      ),
    );
  }
  return warnings;
}

/** A DOCX: ours from its embedded model when that renders to what the document shows, any other from its content. */
export async function importDocx(bytes: Uint8Array, options: DocxImportOptions = {}): Promise<Recognized> {
  const doc = await readDocx(bytes, options.revisions === undefined ? {} : { revisions: options.revisions });
  const model = doc.embeddedModel;
  const warnings = activeContentWarnings(doc.activeContent);
  if (hasPendingReview(doc.pendingReview)) {
    if (options.revisions === undefined) throw new ImportError('pending-review', pendingReviewMessage(doc.pendingReview));
    warnings.push(pendingReviewWarning(doc.pendingReview, options.revisions));
  }
  if (model !== null && options.ignoreModel !== true) {
    const embedded = await embeddedPlanOf(model);
    if (embedded.trusted) {
      const plan = embedded.plan;
      return { plan, report: { source: 'docx-model', counts: emptyCounts(), unplaced: [], warnings, toFill: fieldsToFill(plan) } };
    }
    warnings.push(embedded.reason);
  }
  const blocks = docxBlocks(doc);
  if (blocks.length === 0) throw new ImportError('no-text', 'Tệp DOCX không có nội dung văn bản.');
  const result = recognize(() => blocks, 'docx');
  result.report.warnings.unshift(...warnings);
  return result;
}

/** A PDF with a text layer: its pages' geometry (text boxes and rulings) read as a plan. */
export async function importPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<Recognized> {
  return recognizePdfGeometry(await readPdfGeometry(bytes, options));
}

/** Pages already read (the OCR import judges the text layer first, then reads it without a second pass). */
export function recognizePdfGeometry({ pages, warnings }: PdfGeometry): Recognized {
  const blocks = geometryBlocks(pages);
  if (blocks.length === 0) {
    throw new ImportError('no-text', 'Tệp PDF không có lớp chữ (có thể là bản quét); hãy nhận dạng chữ (OCR) trước hoặc dùng bản DOCX.');
  }
  const result = recognize(() => blocks, 'pdf');
  result.report.warnings.unshift(...warnings);
  return result;
}
