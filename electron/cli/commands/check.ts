/**
 * `check <plan.kehoach|in.docx> [--json] [--annotate out.docx]`: format findings (thể thức). Exit 1
 * when any finding is a lỗi, 0 otherwise; a file that cannot be read is a UserError (exit 1) with
 * the reason. `--annotate` writes a copy of a DOCX with each finding as a Word comment at its place.
 */
import { extname, resolve } from 'node:path';
import { annotateDocx, checkPlan, countBySeverity, formatFindings, hasErrors, sortFindings, type Finding } from '../../../shared/check';
import type { ProfileId } from '../../../shared/model';
import { readBytes, writeFileAtomic } from '../../services/files';
import { loadPlanFile } from '../../services/plan-file';
import { JSON_OPTION, UsageError, flag, positional, stringOption, type CliIo, type Command } from '../command';

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
  return io.received.checkDocx(path, await readBytes(path), { agencies: agencies.data, today: io.now() });
}

/** The findings as comments in a copy of the received file; the file itself is never written. */
async function annotate(path: string, out: string, findings: readonly Finding[], io: CliIo): Promise<void> {
  if (extname(path).toLowerCase() !== '.docx') throw new UsageError('--annotate chỉ dùng với tệp .docx nhận được.');
  if (extname(out).toLowerCase() !== '.docx') throw new UsageError('Tệp ghi nhận xét (--annotate) phải có đuôi .docx.');
  if (resolve(out) === resolve(path))
    throw new UsageError('Tệp ghi nhận xét (--annotate) phải khác tệp được kiểm tra, để giữ nguyên bản nhận được.');
  await writeFileAtomic(out, await annotateDocx(await readBytes(path), findings, { now: io.now() }));
}

export const checkCommand: Command = {
  options: { ...JSON_OPTION, annotate: { type: 'string' } },
  async run(args, io) {
    const path = positional(args, 0, 'tệp cần kiểm tra');
    const { profile, findings } = await checkFile(path, io);
    const sorted = sortFindings(findings);
    const out = stringOption(args, 'annotate');
    if (out !== undefined) await annotate(path, out, sorted, io);
    if (flag(args, 'json')) {
      io.out(JSON.stringify({ file: path, profile: profile ?? '', counts: countBySeverity(sorted), findings: sorted }, null, 2));
    } else {
      io.out(formatFindings(sorted));
    }
    return hasErrors(sorted) ? 1 : 0;
  },
};
