/** The format findings (issue 8). */
import type { ReactNode } from 'react';

export function FindingsPanel(): ReactNode {
  return (
    <section className="findings-panel" aria-label="Kiểm tra thể thức">
      <h2>Kiểm tra thể thức</h2>
    </section>
  );
}
