/**
 * A printer that remembers what it printed: the preview re-renders the whole plan after each pause
 * in typing, but only the section being edited has changed, so the other sections' PDFs (and the
 * page-number overlay, while page counts stay the same) come from this cache. Printing the same
 * HTML twice gives the same PDF, which is what makes the cache sound.
 */
import type { PdfPrinter } from '../../shared/pdf';

export function cachingPrinter(printer: () => Promise<PdfPrinter>, capacity = 24): PdfPrinter {
  const cache = new Map<string, Promise<Uint8Array>>();
  return {
    print(html) {
      const hit = cache.get(html);
      if (hit !== undefined) {
        // Most recently used last, so the oldest entry is the first key.
        cache.delete(html);
        cache.set(html, hit);
        return hit;
      }
      const printed = printer().then((p) => p.print(html));
      cache.set(html, printed);
      printed.catch(() => cache.delete(html));
      while (cache.size > capacity) {
        const oldest = cache.keys().next().value;
        if (oldest === undefined) break;
        cache.delete(oldest);
      }
      return printed;
    },
  };
}
