/**
 * The tracking workspace of a benchmark run, shared by the tracking cases. Making it takes many
 * minutes (150 clones rendered, 100 pandoc runs, 50 LibreOffice prints), and the same seeds make
 * the same files, so it is kept in the system's temporary folder under the generator's version and
 * reused by later runs; the cases clear the workspace's own cache where they measure a first open.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgencyDirectoryInput } from '../../shared/model';
import type { BenchContext } from '../lib/context';
import { directoryWith, generateWorkspace, UNIT_COUNT, type TrackingWorkload } from './generate-workspace';

export const TRACKING_WORKLOAD = `${String(UNIT_COUNT)} unit plans`;

/** Bump when the generator makes other files. */
const GENERATOR_VERSION = 1;

const workloads = new WeakMap<BenchContext, Promise<TrackingWorkload>>();

interface Kept {
  readonly userDirectory: AgencyDirectoryInput;
  readonly dropped: [string, string[]][];
}

async function keptOrGenerated(context: BenchContext): Promise<TrackingWorkload> {
  const root = join(tmpdir(), `kehoach-bench-theo-doi-${String(GENERATOR_VERSION)}`);
  const folder = join(root, 'theo-doi');
  const marker = join(root, 'xong.json');
  const kept = await readFile(marker, 'utf8').then(
    (text) => JSON.parse(text) as Kept,
    () => null,
  );
  if (kept !== null) {
    context.progress(`  reusing the tracking workspace in ${folder}`);
    return {
      folder,
      directory: await directoryWith(kept.userDirectory),
      userDirectory: kept.userDirectory,
      dropped: new Map(kept.dropped.map(([unit, tasks]) => [unit, new Set(tasks)])),
    };
  }
  context.progress('  generating the tracking workspace (150 plans: DOCX, pandoc DOCX, LibreOffice PDF)…');
  const made = await generateWorkspace(folder, context.templates, context.now);
  const record: Kept = { userDirectory: made.userDirectory, dropped: [...made.dropped].map(([unit, tasks]) => [unit, [...tasks]]) };
  await writeFile(marker, JSON.stringify(record));
  return made;
}

export function trackingWorkload(context: BenchContext): Promise<TrackingWorkload> {
  let workload = workloads.get(context);
  if (workload === undefined) {
    workload = keptOrGenerated(context);
    workloads.set(context, workload);
  }
  return workload;
}

/** The tracking cases need pandoc and LibreOffice to make the foreign files. */
export function trackingUnavailable(context: BenchContext): string | null {
  const { pandoc, libreoffice } = context.tools;
  if (pandoc.path === null) return `no pandoc to retype the units' DOCX (${pandoc.install})`;
  if (libreoffice.path === null) return `no LibreOffice to print the units' PDFs (${libreoffice.install})`;
  return null;
}
