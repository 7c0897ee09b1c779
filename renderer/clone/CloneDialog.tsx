/** "Nhân bản cho đơn vị cấp dưới" (issue 8). */
import type { ReactNode } from 'react';

export function CloneDialog({ onClose }: { onClose: () => void }): ReactNode {
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-label="Nhân bản cho đơn vị cấp dưới">
        <button type="button" onClick={onClose}>Đóng</button>
      </div>
    </div>
  );
}
