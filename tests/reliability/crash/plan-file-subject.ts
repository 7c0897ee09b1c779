/**
 * The crash subject for `.kehoach` saving: `savePlanFile` (atomic write plus `.bak`) on a plan of
 * about 1 MB. Versions differ only in the plan's id ("crash-000000042"), so every version's bytes
 * are the template's with nine digits changed, and a file is checked complete by comparing bytes.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTempName } from '../../../electron/services/files';
import { loadPlanFile } from '../../../electron/services/plan-file';
import { type PlanDocument } from '../../../shared/model';
import { serializePlan } from '../../../shared/plan-file';
import { largePlan } from '../support/fixtures';
import { BACKUP, DOCUMENT, idOf } from './plan-file-names';
import type { CrashSubject, DiskState, TempFile } from './subject';

const PLAN_BYTES = 1024 * 1024;

interface Template {
  readonly bytes: Buffer;
  /** Where the nine digits of the id start. */
  readonly slot: number;
}

let template: Template | null = null;

function makeTemplate(plan: PlanDocument): Template {
  const bytes = Buffer.from(serializePlan({ ...plan, id: idOf(0) }), 'utf8');
  return { bytes, slot: bytes.indexOf(idOf(0)) + 'crash-'.length };
}

/** The version a file holds when its bytes are exactly some version's, otherwise null. */
function versionOf(bytes: Buffer, t: Template): number | null {
  if (bytes.length !== t.bytes.length) return null;
  const digits = bytes.subarray(t.slot, t.slot + 9).toString('latin1');
  if (!/^\d{9}$/.test(digits)) return null;
  const rest = (b: Buffer): [Buffer, Buffer] => [b.subarray(0, t.slot), b.subarray(t.slot + 9)];
  const [a1, a2] = rest(bytes);
  const [b1, b2] = rest(t.bytes);
  return a1.equals(b1) && a2.equals(b2) ? Number(digits) : null;
}

async function readVersion(path: string, t: Template): Promise<number | 'absent' | 'torn'> {
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) return 'absent';
  return versionOf(bytes, t) ?? 'torn';
}

const subject: CrashSubject = {
  name: '.kehoach (savePlanFile)',
  childModule: fileURLToPath(new URL('./plan-file-child.ts', import.meta.url)),

  async setup(workDir) {
    const plan = largePlan(PLAN_BYTES);
    template = makeTemplate(plan);
    // The template is what serializePlan gives for any version, as the byte comparison assumes.
    const sample = Buffer.from(serializePlan({ ...plan, id: idOf(123_456_789) }), 'utf8');
    if (versionOf(sample, template) !== 123_456_789) throw new Error('serializePlan is not stable under an id change');
    const input = join(workDir, 'plan.json');
    await writeFile(input, JSON.stringify(plan));
    return [input];
  },

  async inspect(folder): Promise<DiskState> {
    const t = template;
    if (t === null) throw new Error('setup has not run');
    const problems: string[] = [];
    const temps: TempFile[] = [];
    const document = await readVersion(join(folder, DOCUMENT), t);
    if (document === 'torn') problems.push(`${DOCUMENT} is not a complete version`);
    const backup = await readVersion(join(folder, BACKUP), t);
    if (backup === 'torn') problems.push(`${BACKUP} is not a complete version`);
    if (typeof backup === 'number' && typeof document === 'number' && backup > document) {
      problems.push(`${BACKUP} (version ${String(backup)}) is newer than the document (version ${String(document)})`);
    }
    for (const name of await readdir(folder)) {
      if (name === DOCUMENT || name === BACKUP) continue;
      const temp = parseTempName(name);
      if (temp?.target === DOCUMENT) temps.push({ name, role: 'document' });
      else if (temp?.target === BACKUP) temps.push({ name, role: 'backup' });
      else problems.push(`unexpected file in the folder: ${name}`);
    }
    return { document: typeof document === 'number' ? document : null, temps, problems };
  },
};

export default subject;

/** The real loader on what is on disk now: the document and its backup both open. */
export async function loadBoth(folder: string): Promise<PlanDocument[]> {
  return Promise.all([loadPlanFile(join(folder, DOCUMENT)), loadPlanFile(join(folder, BACKUP))]);
}
