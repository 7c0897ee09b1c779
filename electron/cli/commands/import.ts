import { formatReport } from '../../../shared/import';
import type { RevisionView } from '../../../shared/import/docx';
import { savePlanFile } from '../../services/plan-file';
import { PendingReviewError, readImportFile } from '../../services/import-kinds';
import { UserError } from '../../services/user-error';
import {
  flag,
  OCR_OPTION,
  OUTPUT_OPTION,
  ocrMode,
  positional,
  requireOption,
  UsageError,
  type Command,
  type CommandArgs,
} from '../command';

/** `--accept-all` / `--reject-all`: what to do with a reviewed file's pending tracked changes. */
export const REVISION_OPTIONS = {
  'accept-all': { type: 'boolean', default: false },
  'reject-all': { type: 'boolean', default: false },
} as const;

export function revisionChoice(args: CommandArgs): RevisionView | undefined {
  const accept = flag(args, 'accept-all');
  const reject = flag(args, 'reject-all');
  if (accept && reject) throw new UsageError('Chỉ chọn một trong --accept-all và --reject-all.');
  return accept ? 'accept' : reject ? 'reject' : undefined;
}

export const importCommand: Command = {
  options: { ...OUTPUT_OPTION, ...REVISION_OPTIONS, ...OCR_OPTION },
  async run(args, io) {
    const input = positional(args, 0, 'tệp cần nhập');
    const output = requireOption(args, 'output', '-o <kế-hoạch.kehoach>');
    const revisions = revisionChoice(args);
    const ocr = ocrMode(args);
    const bytes = await readImportFile(input);
    const options = revisions === undefined ? { ocr } : { revisions, ocr };
    const { plan, report } = await io.received.importFile(input, bytes, options).catch((error: unknown) => {
      if (error instanceof PendingReviewError) throw new UserError(`${error.message} Dùng --accept-all hoặc --reject-all.`);
      throw error;
    });
    await savePlanFile(output, plan);
    for (const line of formatReport(report)) io.out(line);
    io.out(`Đã ghi ${output}.`);
    return 0;
  },
};
