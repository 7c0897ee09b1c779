import { basename } from 'node:path';
import { applyReviewChanges, keepReviewComments, type ReviewOfFile } from '../../../shared/review';
import { readBytes } from '../../services/files';
import { MAX_IMPORT_BYTES } from '../../services/import-kinds';
import { loadPlanFile, savePlanFile } from '../../services/plan-file';
import { UserError } from '../../services/user-error';
import type { PlanDocument } from '../../../shared/model';
import { flag, JSON_OPTION, OUTPUT_OPTION, positional, stringOption, UsageError, type CliIo, type Command } from '../command';
import { REVISION_OPTIONS, revisionChoice } from './import';

const KIND = {
  insert: 'chèn',
  delete: 'xoá',
  replace: 'sửa',
  'insert-paragraph': 'thêm đoạn',
  'delete-paragraph': 'xoá đoạn',
  'insert-row': 'thêm dòng',
  'delete-row': 'xoá dòng',
} as const;

function human(review: ReviewOfFile, file: string): string[] {
  return [
    `${file}: ${review.changes.length} thay đổi được theo dõi, ${review.comments.length} ý kiến (${review.source === 'model' ? 'đặt theo mô hình kế hoạch nhúng trong tệp' : 'đặt theo vị trí và nội dung'}).`,
    ...review.changes.map(
      (c) =>
        `[${c.id}] ${c.place} — ${KIND[c.kind]} (${c.author}): ${c.before === '' ? '' : `«${c.before}»`}${c.before !== '' && c.after !== '' ? ' → ' : ''}${c.after === '' ? '' : `«${c.after}»`}`,
    ),
    ...review.comments.map(
      (c) =>
        `[ý kiến ${c.id}] ${c.place} (${c.author}${c.resolved ? ', đã giải quyết' : ''}): ${c.text}${c.replies.map((r) => `\n    ↳ ${r.author}: ${r.text}`).join('')}`,
    ),
  ];
}

/** A returned DOCX read in the isolation process and placed on the plan, its failures in Vietnamese. */
export async function reviewReturned(plan: PlanDocument, docxPath: string, io: CliIo): Promise<ReviewOfFile> {
  const bytes = await readBytes(docxPath);
  if (bytes.length > MAX_IMPORT_BYTES['.docx']) throw new UserError(`Tệp "${docxPath}" quá lớn.`);
  return io.received.review(docxPath, bytes, plan);
}

export const reviewCommand: Command = {
  options: { ...JSON_OPTION, ...OUTPUT_OPTION, ...REVISION_OPTIONS },
  async run(args, io) {
    const planPath = positional(args, 0, 'tệp kế hoạch đã gửi đi');
    const docxPath = positional(args, 1, 'tệp DOCX nhận lại');
    const choice = revisionChoice(args);
    const output = stringOption(args, 'output');
    if (output !== undefined && choice === undefined) throw new UsageError('Ghi kế hoạch (-o) cần --accept-all hoặc --reject-all.');
    const review = await reviewReturned(await loadPlanFile(planPath), docxPath, io);
    if (output !== undefined) {
      let serial = 0;
      const newId = (): string => `gop-y-${String(++serial)}`;
      // Accepted, the reviewer's comments stay on the plan at their places; rejected, the plan is exactly as sent.
      const plan =
        choice === 'accept'
          ? keepReviewComments(applyReviewChanges(review.plan, review.changes, newId), review.comments, basename(docxPath), newId).plan
          : review.plan;
      await savePlanFile(output, plan);
    }
    if (flag(args, 'json')) {
      io.out(JSON.stringify({ file: docxPath, source: review.source, changes: review.changes, comments: review.comments }, null, 2));
    } else {
      for (const line of human(review, basename(docxPath))) io.out(line);
      if (output !== undefined) io.out(`Đã ${choice === 'accept' ? 'chấp nhận' : 'từ chối'} tất cả các thay đổi; đã ghi ${output}.`);
    }
    return 0;
  },
};
