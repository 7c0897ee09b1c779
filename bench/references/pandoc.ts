/**
 * The pandoc reference for `docx-export`: the same plan as Markdown with its tables, converted to
 * DOCX by one `pandoc` process per conversion, as a user's script would run it.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ReferenceOutcome } from '../cases/case';
import type { BenchContext, BenchPlan } from '../lib/context';
import { FAST } from '../lib/measure';
import { planAsMarkdown } from '../plan/layout-text';

const run = promisify(execFile);
const NAME = 'pandoc';

export async function pandocReference(plan: BenchPlan, context: BenchContext): Promise<ReferenceOutcome> {
  const pandoc = context.tools.pandoc.path;
  if (pandoc === null) return { name: NAME, skipped: `pandoc is not installed (${context.tools.pandoc.install})` };
  const input = join(context.workDir, `plan-${plan.dataRows}.md`);
  const output = join(context.workDir, `pandoc-${plan.dataRows}.docx`);
  await writeFile(input, planAsMarkdown(plan.plan));
  const { timing } = await context.time(
    `pandoc ${plan.size}`,
    () => run(pandoc, ['-f', 'markdown', '-t', 'docx', '-o', output, input]),
    FAST,
  );
  return { name: NAME, timing };
}
