/** The page preview (issue 8): to be drawn from the PDF the export prints. */
import type { ReactNode } from 'react';

export function PreviewPanel(): ReactNode {
  return (
    <section className="preview-panel" aria-label="Xem trước">
      <h2>Xem trước</h2>
    </section>
  );
}
