/** Coverage of the superior plan's tasks by this plan (issue 8). */
import type { ReactNode } from 'react';

export function CoverageView(): ReactNode {
  return (
    <section className="coverage-view" aria-label="Đối chiếu với kế hoạch cấp trên">
      <h2>Đối chiếu với kế hoạch cấp trên</h2>
    </section>
  );
}
