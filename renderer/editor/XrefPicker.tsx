/**
 * "Chèn tham chiếu": pick an appendix or a numbered row of one, searching as you type (with or
 * without diacritics), and the reference goes in at the caret. Its text is computed, so it follows
 * when appendices or rows are renumbered.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CrossRef } from '../../shared/model';
import { useDocument } from '../state/use-document';
import { searchTargets, xrefTargets } from './xref-targets';

const SHOWN = 200;

export function XrefPicker({ onPick, onClose }: { onPick: (ref: CrossRef) => void; onClose: () => void }): ReactNode {
  const appendices = useDocument((s) => s.plan.appendices);
  const targets = useMemo(() => xrefTargets(appendices), [appendices]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const found = useMemo(() => searchTargets(targets, query).slice(0, SHOWN), [targets, query]);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
  }, []);
  const chosen = found[Math.min(active, found.length - 1)];

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(0, Math.min(found.length - 1, i + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (chosen !== undefined) onPick(chosen.ref);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="modal xref-picker" role="dialog" aria-modal="true" aria-label="Chèn tham chiếu">
        <h2>Chèn tham chiếu tới phụ lục</h2>
        <input
          ref={input}
          role="combobox"
          aria-label="Tìm phụ lục hoặc điểm"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={chosen === undefined ? undefined : `${listId}-${found.indexOf(chosen)}`}
          placeholder="Gõ số điểm, tên phụ lục hoặc nội dung nhiệm vụ"
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {targets.length === 0 ? (
          <p className="muted">Kế hoạch chưa có phụ lục nào để tham chiếu.</p>
        ) : found.length === 0 ? (
          <p className="muted">Không tìm thấy phụ lục hay điểm nào khớp.</p>
        ) : (
          <ul id={listId} role="listbox" aria-label="Các phụ lục và điểm" className="xref-options">
            {found.map((target, index) => (
              <li
                key={`${target.ref.appendixId}/${target.ref.rowId ?? ''}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={target === chosen}
                className={target.ref.rowId === undefined ? 'xref-option appendix' : 'xref-option'}
                onMouseDown={(e) => {
                  e.preventDefault();
                  onPick(target.ref);
                }}
              >
                <span className="xref-option-label">{target.label}</span>
                <span className="xref-option-detail">{target.detail}</span>
              </li>
            ))}
          </ul>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Đóng
          </button>
        </div>
      </div>
    </div>
  );
}
