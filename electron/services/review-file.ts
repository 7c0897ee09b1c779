/**
 * A DOCX returned after review, read against a plan: the app's "Nhận góp ý" and `kehoach review`
 * both come here, so a received file is capped and its failures said in Vietnamese the same way.
 */
import { DocxReadError } from '../../shared/import/docx';
import type { PlanDocument } from '../../shared/model';
import { reviewOf, type ReviewOfFile } from '../../shared/review';
import { MAX_IMPORT_BYTES, tooLarge, uploadExtension } from './import-kinds';
import { UserError } from './user-error';

export async function reviewReceived(plan: PlanDocument, name: string, bytes: Uint8Array): Promise<ReviewOfFile> {
  if (uploadExtension(name) !== '.docx')
    throw new UserError(`"${name}" không phải tệp Word (.docx): chỉ tệp Word mới có thay đổi được theo dõi và ý kiến.`);
  if (bytes.length > MAX_IMPORT_BYTES['.docx']) throw tooLarge(name, bytes.length, MAX_IMPORT_BYTES['.docx']);
  try {
    return await reviewOf(plan, bytes);
  } catch (error) {
    if (error instanceof DocxReadError) throw new UserError(`${name}: ${error.message}`);
    throw error;
  }
}
