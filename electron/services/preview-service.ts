/**
 * The page preview: the plan printed exactly as "Xuất PDF" prints it (same layout, same Chromium,
 * page numbers stamped by the same rules), with unchanged sections taken from a cache so that a
 * preview after typing costs about one section's print.
 */
import type { PlanDocument } from '../../shared/model';
import { renderPdf, type PdfPrinter } from '../../shared/pdf';
import { cachingPrinter } from './caching-printer';

export interface PreviewService {
  render(plan: PlanDocument): Promise<{ data: string; pages: number }>;
}

/** A fixed time: the preview's bytes must depend on the plan only, or nothing would be cached. */
const PREVIEW_TIME = new Date('2026-01-01T00:00:00Z');

export function createPreviewService(printer: () => Promise<PdfPrinter>): PreviewService {
  const cached = cachingPrinter(printer);
  return {
    async render(plan) {
      const { bytes, pages } = await renderPdf(plan, cached, { now: PREVIEW_TIME });
      return { data: Buffer.from(bytes).toString('base64'), pages };
    },
  };
}
