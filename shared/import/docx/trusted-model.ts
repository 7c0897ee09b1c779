/**
 * Our model embedded in a DOCX is the plan only when it renders to the text the document shows.
 * The fingerprint written beside it tells a file edited in Word from an untouched one, but anyone
 * can copy it: a model with hidden tasks and the original fingerprint would import as "read
 * intact" and be cloned to every subordinate unit. So the model is rendered as our export renders
 * it and its visible text compared with the document's; otherwise the document is read as content
 * and the reason goes into the import report.
 */
import { type EmbeddedModel } from '../../markup';
import { PlanFormatError, type PlanDocument } from '../../model';
import { parsePlanText } from '../../plan-file';
import { renderedVisibleText } from '../../render/docx';

export type EmbeddedPlan =
  | { readonly trusted: true; readonly plan: PlanDocument }
  | { readonly trusted: false; /** Why the document is read from its content, for the import report. */ readonly reason: string };

function refused(reason: string): EmbeddedPlan {
  return { trusted: false, reason };
}

export async function embeddedPlanOf(model: EmbeddedModel): Promise<EmbeddedPlan> {
  // The fingerprint is no proof, but a mismatch is a quick answer for a file edited in Word.
  if (!model.contentMatches) return refused('Tệp đã được sửa sau khi xuất từ Kế hoạch Studio; đã nhận dạng lại từ nội dung.');
  let plan: PlanDocument;
  try {
    plan = parsePlanText(model.json);
  } catch (error) {
    if (!(error instanceof PlanFormatError)) throw error;
    return refused(
      error.kind === 'newer-version'
        ? 'Mô hình nhúng được tạo bởi phiên bản mới hơn của Kế hoạch Studio; đã nhận dạng lại từ nội dung (hãy cập nhật ứng dụng để đọc đầy đủ).'
        : 'Mô hình nhúng trong tệp không đọc được; đã nhận dạng lại từ nội dung.',
    );
  }
  // Exported with Word's numbering, the numbers are drawn by Word and absent from the text.
  const rendersAsShown = async (wordNumbering: boolean): Promise<boolean> =>
    (await renderedVisibleText(plan, wordNumbering)) === model.visibleText;
  if (!(await rendersAsShown(false)) && !(await rendersAsShown(true))) {
    return refused(
      'Mô hình nhúng trong tệp không khớp với nội dung hiển thị của văn bản (có thể chứa phần bị che giấu, hoặc do một phiên bản khác của Kế hoạch Studio xuất ra); đã nhận dạng lại từ nội dung hiển thị.',
    );
  }
  return { trusted: true, plan };
}
