/**
 * The command line as a shell starts it, each run a whole `node bin/kehoach.mjs` process, against
 * an empty Node process (`node -e ""`) timed in the same pass: `cli-start` prints the usage text,
 * `cli-import` reads the plan's DOCX (by its content) and writes the .kehoach.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import type { BenchContext, BenchPlan } from '../lib/context';
import { FAST } from '../lib/measure';
import { alwaysAvailable, type BenchCase, type CaseOutcome, type ReferenceOutcome } from './case';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../bin/kehoach.mjs', import.meta.url));

async function emptyNode(plan: BenchPlan, context: BenchContext): Promise<ReferenceOutcome> {
  const { timing } = await context.time(`node -e "" ${plan.size}`, () => run(process.execPath, ['-e', '']), FAST);
  return { name: 'node -e ""', timing };
}

async function timeProcess(what: string, args: readonly string[], plan: BenchPlan, context: BenchContext): Promise<CaseOutcome> {
  const { timing } = await context.time(`${what} ${plan.size}`, () => run(process.execPath, [BIN, ...args]), FAST);
  return { timing, reference: await emptyNode(plan, context) };
}

export const cliStart: BenchCase = {
  name: 'cli-start',
  unavailable: alwaysAvailable,
  measure: (plan, context) => timeProcess('kehoach --help', ['--help'], plan, context),
};

export const cliImport: BenchCase = {
  name: 'cli-import',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    // Our DOCX without its embedded model (customXml/), so that its content is read as any Word file's.
    const zip = await JSZip.loadAsync(await context.docx(plan));
    zip.remove('customXml');
    const input = join(context.workDir, `cli-import-${plan.dataRows}.docx`);
    await writeFile(input, await zip.generateAsync({ type: 'uint8array' }));
    return timeProcess(
      'kehoach import',
      ['import', input, '-o', join(context.workDir, `cli-import-${plan.dataRows}.kehoach`)],
      plan,
      context,
    );
  },
};
