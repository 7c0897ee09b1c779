/** Reading a plan back from a DOCX that Kế hoạch Studio exported (its embedded model). */
import JSZip from 'jszip';
import { PlanFormatError, parsePlanText, type PlanDocument } from '../../shared/model';
import { readEmbeddedModel } from '../../shared/render/docx';
import { readBytes } from './files';
import { UserError } from './user-error';

export async function loadPlanFromDocx(path: string): Promise<PlanDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(await readBytes(path));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Tệp "${path}" không phải tệp DOCX hợp lệ.`);
  }
  const embedded = await readEmbeddedModel(zip).catch(() => null);
  if (embedded === null) {
    throw new UserError(`Tệp "${path}" không chứa mô hình kế hoạch của Kế hoạch Studio; hãy dùng lệnh "import" để nhận dạng văn bản.`);
  }
  if (!embedded.contentMatches) {
    throw new UserError(`Tệp "${path}" đã bị sửa sau khi xuất; hãy dùng lệnh "import" để đọc lại nội dung.`);
  }
  try {
    return parsePlanText(embedded.json);
  } catch (error) {
    if (error instanceof PlanFormatError) throw new UserError(`${path}: ${error.message}`);
    throw error;
  }
}
