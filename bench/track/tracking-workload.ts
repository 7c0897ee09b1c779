/** The tracking workspace of a benchmark run, generated on first use and shared by the tracking cases. */
import { join } from 'node:path';
import type { BenchContext } from '../lib/context';
import { generateWorkspace, UNIT_COUNT, type TrackingWorkload } from './generate-workspace';

export const TRACKING_WORKLOAD = `${String(UNIT_COUNT)} unit plans`;

const workloads = new WeakMap<BenchContext, Promise<TrackingWorkload>>();

export function trackingWorkload(context: BenchContext): Promise<TrackingWorkload> {
  let workload = workloads.get(context);
  if (workload === undefined) {
    context.progress('  generating the tracking workspace (150 plans: DOCX, pandoc DOCX, LibreOffice PDF)…');
    workload = generateWorkspace(join(context.workDir, 'theo-doi'), context.templates, context.now);
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
