/**
 * `check <plan.kehoach|in.docx> [--json]`: format findings (thể thức). Exit 1 when any finding is a
 * lỗi, 0 otherwise; a file that cannot be read is a UserError (exit 1) with the reason.
 */
import { extname } from 'node:path';
import { checkDocx, checkPlan, countBySeverity, formatFindings, hasErrors, sortFindings, type Finding } from '../../../shared/check';
import type { ProfileId } from '../../../shared/model';
import { DocxReadError } from '../../../shared/import/docx';
import { readBytes } from '../../services/files';
import { loadPlanFile } from '../../services/plan-file';
import { UserError } from '../../services/user-error';
import { JSON_OPTION, flag, positional, type CliIo, type Command } from '../command';

interface CheckOutcome {
  readonly profile: ProfileId | null;
  readonly findings: Finding[];
}

async function checkFile(path: string, io: CliIo): Promise<CheckOutcome> {
  const agencies = await io.agencies.load();
  if (extname(path).toLowerCase() !== '.docx') {
    const plan = await loadPlanFile(path);
    return { profile: plan.profile, findings: checkPlan(plan, { agencies, today: io.now() }) };
  }
  const bytes = await readBytes(path);
  try {
    return await checkDocx(bytes, { agencies, today: io.now() });
  } catch (error) {
    if (error instanceof DocxReadError) throw new UserError(`${path}: ${error.message}`);
    throw error;
  }
}

export const checkCommand: Command = {
  options: JSON_OPTION,
  async run(args, io) {
    const path = positional(args, 0, 'tệp cần kiểm tra');
    const { profile, findings } = await checkFile(path, io);
    const sorted = sortFindings(findings);
    if (flag(args, 'json')) {
      io.out(JSON.stringify({ file: path, profile: profile ?? '', counts: countBySeverity(sorted), findings: sorted }, null, 2));
    } else {
      io.out(formatFindings(sorted));
    }
    return hasErrors(sorted) ? 1 : 0;
  },
};
