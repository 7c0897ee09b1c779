/**
 * The question after picking an organ: every change it would make (before → after), each with its
 * own box, so the clerk keeps a nơi nhận line or the opening sentence as written and takes the rest.
 */
import { useState, type ReactNode } from 'react';
import type { OrganFillChange } from '../../shared/edit';
import { Modal } from '../components/Modal';

export interface OrganQuestion {
  readonly organName: string;
  /** "Nghị định 30/2020 → Hướng dẫn 05-HD/VPTW" when the organ moves the plan to the other rule system. */
  readonly profileSwitch: string;
  readonly changes: readonly OrganFillChange[];
}

const shown = (text: string): string => (text === '' ? '(trống)' : `“${text.replace(/\n/gu, ' / ')}”`);

function ChangeLine({ change }: { change: OrganFillChange }): ReactNode {
  const removed = change.field === 'recipient' && change.after === '';
  return (
    <>
      <strong>{change.label}:</strong> {shown(change.before)} → {removed ? <em>bỏ dòng này</em> : shown(change.after)}
      {change.overwrites ? <span className="organ-fill-note"> (thay nội dung đã nhập)</span> : null}
    </>
  );
}

export function OrganFillDialog({
  question,
  onAnswer,
}: {
  question: OrganQuestion;
  /** The keys of the accepted changes, or null when the user cancels. */
  onAnswer: (accepted: ReadonlySet<string> | null) => void;
}): ReactNode {
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(() => new Set(question.changes.map((c) => c.key)));
  const toggle = (key: string, on: boolean): void => {
    setAccepted((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  };
  return (
    <Modal
      className="modal organ-fill"
      labelledBy="organ-fill-title"
      onClose={() => {
        onAnswer(null);
      }}
    >
      <h2 id="organ-fill-title">Điền thông tin của {question.organName}?</h2>
      <p>Bỏ chọn những thay đổi không muốn áp dụng. Có thể hoàn tác cả lần điền bằng Ctrl+Z.</p>
      {question.profileSwitch === '' ? null : <p>Thể thức: {question.profileSwitch}</p>}
      <ul className="organ-fill-changes" aria-label="Các thay đổi">
        {question.changes.map((change) => (
          <li key={change.key}>
            <label>
              <input
                type="checkbox"
                checked={accepted.has(change.key)}
                onChange={(event) => {
                  toggle(change.key, event.target.checked);
                }}
              />{' '}
              <ChangeLine change={change} />
            </label>
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button
          type="button"
          className="primary"
          autoFocus
          onClick={() => {
            onAnswer(accepted);
          }}
        >
          Áp dụng các mục đã chọn
        </button>
        {question.changes.some((c) => c.overwrites) ? (
          <button
            type="button"
            onClick={() => {
              onAnswer(new Set(question.changes.filter((c) => !c.overwrites).map((c) => c.key)));
            }}
          >
            Chỉ điền mục còn trống
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => {
            onAnswer(null);
          }}
        >
          Hủy
        </button>
      </div>
    </Modal>
  );
}
