/**
 * `check <plan.kehoach|in.docx> [--json] [--annotate out.docx]`: format findings (thể thức). Exit 1
 * when any finding is a lỗi, 0 otherwise; a file that cannot be read is a UserError (exit 1) with
 * the reason. `--annotate` writes a copy of a DOCX with each finding as a Word comment at its place.
 */
import { extname, resolve } from 'node:path';
import { checkPlan, countBySeverity, formatFindings, hasErrors, sortFindings, type Finding } from '../../../shared/check';
import type { ProfileId } from '../../../shared/model';
import { readBytes, writeFileAtomic } from '../../services/files';
import { loadPlanFile } from '../../services/plan-file';
import { checkReceivedDocx } from '../../services/received-files';
import { JSON_OPTION, UsageError, flag, positional, stringOption, type CliIo, type Command } from '../command';

interface CheckOutcome {
  readonly profile: ProfileId | null;
  readonly findings: Finding[];
}

/** A received DOCX is read once: the check and the annotated copy, both in the isolation process, see the same bytes. */
async function checkFile(path: string, bytes: Uint8Array | null, io: CliIo): Promise<CheckOutcome> {
  const agencies = await io.agencies.load();
  if (bytes === null) {
    const plan = await loadPlanFile(path);
    return { profile: plan.profile, findings: checkPlan(plan, { agencies, today: io.now() }) };
  }
  return checkReceivedDocx(io.received, path, bytes, { agencies, today: io.now() });
}

/** The findings as comments in a copy of the received file; the file itself is never written. */
function annotatedPath(path: string, out: string): string {
  if (extname(path).toLowerCase() !== '.docx') throw new UsageError('--annotate chỉ dùng với tệp .docx nhận được.');
  if (extname(out).toLowerCase() !== '.docx') throw new UsageError('Tệp ghi nhận xét (--annotate) phải có đuôi .docx.');
  if (resolve(out) === resolve(path))
    throw new UsageError('Tệp ghi nhận xét (--annotate) phải khác tệp được kiểm tra, để giữ nguyên bản nhận được.');
  return out;
}

export const checkCommand: Command = {
  options: { ...JSON_OPTION, annotate: { type: 'string' } },
  async run(args, io) {
    const path = positional(args, 0, 'tệp cần kiểm tra');
    const annotate = stringOption(args, 'annotate');
    const out = annotate === undefined ? undefined : annotatedPath(path, annotate);
    const bytes = extname(path).toLowerCase() === '.docx' ? await readBytes(path) : null;
    const { profile, findings } = await checkFile(path, bytes, io);
    const sorted = sortFindings(findings);
    if (out !== undefined && bytes !== null) await writeFileAtomic(out, await io.received.annotateDocx(path, bytes, sorted, io.now()));
    if (flag(args, 'json')) {
      io.out(JSON.stringify({ file: path, profile: profile ?? '', counts: countBySeverity(sorted), findings: sorted }, null, 2));
    } else {
      io.out(formatFindings(sorted));
    }
    return hasErrors(sorted) ? 1 : 0;
  },
};
