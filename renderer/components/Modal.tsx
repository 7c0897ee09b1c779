/**
 * A modal dialog over the open plan (import, clone): Escape closes it unless something inside used
 * the key, and the plan behind does not take the app's shortcuts while it shows (Ctrl+Z in a text
 * box undoes that text, Ctrl+S does not save the plan underneath).
 */
import type { ReactNode } from 'react';

interface ModalProps {
  readonly className: string;
  /** The id of the dialog's heading, which names it. */
  readonly labelledBy: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function Modal({ className, labelledBy, onClose, children }: ModalProps): ReactNode {
  return (
    <div className="modal-backdrop">
      <div
        className={className}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !event.defaultPrevented) onClose();
          if (event.ctrlKey || event.metaKey) event.stopPropagation();
        }}
      >
        {children}
      </div>
    </div>
  );
}
