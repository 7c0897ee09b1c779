/** The count on the side panel's "Kiểm tra" tab, so lỗi show without opening it. */
import { useMemo, type ReactNode } from 'react';
import { useFindings } from './use-findings';
import './findings.css';

/** Lỗi in red; with none, cảnh báo; with neither, nothing. */
export function CheckTabBadge(): ReactNode {
  const { result } = useFindings();
  const counts = useMemo(() => {
    let errors = 0;
    let warnings = 0;
    for (const f of result?.findings ?? []) {
      if (f.severity === 'lỗi') errors += 1;
      else if (f.severity === 'cảnh báo') warnings += 1;
    }
    return { errors, warnings };
  }, [result]);
  if (counts.errors > 0) {
    return (
      <span className="fp-badge fp-badge-error">
        <span aria-hidden="true">{counts.errors}</span>
        <span className="fp-visually-hidden"> ({counts.errors} lỗi)</span>
      </span>
    );
  }
  if (counts.warnings > 0) {
    return (
      <span className="fp-badge fp-badge-warning">
        <span aria-hidden="true">{counts.warnings}</span>
        <span className="fp-visually-hidden"> ({counts.warnings} cảnh báo)</span>
      </span>
    );
  }
  return null;
}
