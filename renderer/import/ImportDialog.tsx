/** "Nhập văn bản" (issue 8). */
import type { ReactNode } from 'react';

export function ImportDialog({ onClose }: { onClose: () => void }): ReactNode {
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-label="Nhập văn bản">
        <button type="button" onClick={onClose}>Đóng</button>
      </div>
    </div>
  );
}
