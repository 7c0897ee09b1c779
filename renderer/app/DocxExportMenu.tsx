/**
 * "Xuất DOCX" and, behind its arrow, the DOCX for editing on in Word: sections and items numbered
 * by Word's own list. The signing copy stays the one-click default; the other is one click more.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useDocumentActions } from '../base/app-context';

export function DocxExportMenu(): ReactNode {
  const actions = useDocumentActions();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const close = (event: Event): void => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <span className="split-button" ref={box}>
      <button type="button" onClick={() => void actions.exportDocx()}>
        Xuất DOCX
      </button>
      <button
        type="button"
        className="split-button-arrow"
        aria-label="Các cách xuất khác"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setOpen((shown) => !shown);
        }}
      >
        ▾
      </button>
      {open && (
        <div role="menu" className="split-button-menu popup-menu">
          <button
            type="button"
            role="menuitem"
            autoFocus
            onClick={() => {
              setOpen(false);
              void actions.exportDocxForWord();
            }}
            title="Số mục (I, II), khoản (1, 2) do Word tự đánh: thêm, bớt một mục trong Word không phải đánh số lại. Bản trình ký vẫn nên xuất bằng “Xuất DOCX”."
          >
            Xuất DOCX để sửa tiếp trong Word…
          </button>
        </div>
      )}
    </span>
  );
}
