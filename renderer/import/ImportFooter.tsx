/** The dialog's closing row: a note, "Hủy", and the confirmation (disabled until there is a result). */
import type { ReactNode } from 'react';

interface ImportFooterProps {
  readonly onCancel: () => void;
  /** Null while there is nothing to confirm (no result yet, or the plan is being adopted). */
  readonly onConfirm: (() => void) | null;
  readonly children?: ReactNode;
}

export function ImportFooter({ onCancel, onConfirm, children }: ImportFooterProps): ReactNode {
  return (
    <footer className="import-footer">
      <p className="muted">{children}</p>
      <button type="button" onClick={onCancel}>
        Hủy
      </button>
      <button type="button" className="primary" disabled={onConfirm === null} onClick={onConfirm ?? undefined}>
        Tạo kế hoạch từ văn bản này
      </button>
    </footer>
  );
}
