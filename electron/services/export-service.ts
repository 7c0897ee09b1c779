/**
 * Export from the app: the model arrives validated from the renderer, is rendered in full, and only
 * then written, atomically, to the path the user chose in the save dialog.
 */
import { resolve } from 'node:path';
import type { PlanDocument } from '../../shared/model';
import { renderPdf, type PdfPrinter } from '../../shared/pdf';
import { feedbackLayout, planFeedbackItems, type FeedbackGrouping } from '../../shared/feedback';
import { renderDocx, renderLayoutDocx } from '../../shared/render/docx';
import { writeFileAtomic } from './files';
import type { PathGrants } from './path-grants';

export interface ExportService {
  docx(path: string, plan: PlanDocument, options?: { wordNumbering: boolean }): Promise<{ path: string; bytes: number }>;
  pdf(path: string, plan: PlanDocument): Promise<{ path: string; bytes: number; pages: number }>;
  /** The góp ý summary table of the plan's comments and decided changes. */
  feedbackDocx(path: string, plan: PlanDocument, grouping: FeedbackGrouping): Promise<{ path: string; bytes: number }>;
  /** This service wrote `path` since it started (the harness offers only these as downloads). */
  wrote(path: string): boolean;
}

export interface ExportServiceOptions {
  readonly grants: PathGrants;
  readonly now: () => Date;
  /** The PDF printer: Electron's printToPDF in the app, a system Chromium in the harness. */
  readonly printer: () => Promise<PdfPrinter>;
}

export function createExportService({ grants, now, printer }: ExportServiceOptions): ExportService {
  const written = new Set<string>();
  const write = async (target: string, bytes: Uint8Array): Promise<void> => {
    await writeFileAtomic(target, bytes);
    written.add(target);
  };
  return {
    async docx(path, plan, options) {
      const target = grants.check(path, 'docx');
      const bytes = await renderDocx(plan, { now: now(), wordNumbering: options?.wordNumbering === true });
      await write(target, bytes);
      return { path: target, bytes: bytes.length };
    },
    async pdf(path, plan) {
      const target = grants.check(path, 'pdf');
      const { bytes, pages } = await renderPdf(plan, await printer(), { now: now() });
      await write(target, bytes);
      return { path: target, bytes: bytes.length, pages };
    },
    async feedbackDocx(path, plan, grouping) {
      const target = grants.check(path, 'docx');
      const bytes = await renderLayoutDocx(feedbackLayout(plan, planFeedbackItems(plan), grouping), { now: now() });
      await write(target, bytes);
      return { path: target, bytes: bytes.length };
    },
    wrote: (path) => written.has(resolve(path)),
  };
}
