/**
 * Two versions side by side, by structure: each change of `comparePlans` (a section or paragraph
 * added, removed, moved or reworded, an appendix row or cell changed, a property) with its place,
 * the text before on the left with the deleted words marked, the text after on the right with the
 * inserted ones, as Word's compare shows them.
 */
import { useMemo, type ReactNode } from 'react';
import { comparePlans, type ChangeKind, type PlanChange, type WordOp } from '../../shared/compare';
import type { PlanDocument } from '../../shared/model';
import { Modal } from '../components/Modal';
import './compare.css';

/** Changes drawn at once; the count still says how many there are. */
const SHOWN = 300;

const KIND_LABEL: Readonly<Record<ChangeKind, string>> = { added: 'Thêm', removed: 'Xóa', moved: 'Chuyển chỗ', changed: 'Sửa' };

function Side({ change, side }: { readonly change: PlanChange; readonly side: 'before' | 'after' }): ReactNode {
  const skip: WordOp['op'] = side === 'before' ? 'insert' : 'delete';
  const mark: WordOp['op'] = side === 'before' ? 'delete' : 'insert';
  const text = change[side];
  if (change.words === undefined) return <div className={`compare-side compare-${side}`}>{text}</div>;
  return (
    <div className={`compare-side compare-${side}`}>
      {change.words
        .filter((w) => w.op !== skip)
        .map((w, i) => {
          if (w.op !== mark) return <span key={i}>{w.text}</span>;
          return side === 'before' ? <del key={i}>{w.text}</del> : <ins key={i}>{w.text}</ins>;
        })}
    </div>
  );
}

export interface CompareDialogProps {
  readonly oldPlan: PlanDocument;
  readonly newPlan: PlanDocument;
  /** What each side is: "Phiên bản 3 (08:03 4/5/2026)", "Bản đang mở". */
  readonly oldLabel: string;
  readonly newLabel: string;
  readonly onClose: () => void;
}

export function CompareDialog({ oldPlan, newPlan, oldLabel, newLabel, onClose }: CompareDialogProps): ReactNode {
  const { changes } = useMemo(() => comparePlans(oldPlan, newPlan), [oldPlan, newPlan]);
  return (
    <Modal className="compare-dialog" labelledBy="compare-title" onClose={onClose}>
      <header className="compare-header">
        <h2 id="compare-title">So sánh hai phiên bản</h2>
        <button type="button" onClick={onClose}>
          Đóng
        </button>
      </header>
      <p className="compare-count" role="status">
        {changes.length === 0 ? 'Hai bản giống nhau.' : `${String(changes.length)} thay đổi`}
        {changes.length > SHOWN && ` (hiện ${String(SHOWN)} thay đổi đầu tiên)`}
      </p>
      <div className="compare-columns" aria-hidden="true">
        <span>{oldLabel}</span>
        <span>{newLabel}</span>
      </div>
      <ol className="compare-changes" aria-label="Các thay đổi">
        {changes.slice(0, SHOWN).map((change, i) => (
          <li key={i} className={`compare-change compare-${change.kind}`}>
            <div className="compare-place">
              <span className="compare-kind">{KIND_LABEL[change.kind]}</span> {change.place}
              {change.placeBefore !== undefined && <span className="muted"> (trước ở {change.placeBefore})</span>}
              {change.detail !== undefined && <span className="muted"> · {change.detail}</span>}
            </div>
            <div className="compare-pair">
              <Side change={change} side="before" />
              <Side change={change} side="after" />
            </div>
          </li>
        ))}
      </ol>
    </Modal>
  );
}
