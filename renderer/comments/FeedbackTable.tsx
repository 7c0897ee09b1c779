/**
 * "Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý": one row per comment and per decided change
 * (Đơn vị góp ý · Nội dung góp ý), where the clerk writes the tiếp thu / giải trình; exported as
 * DOCX in the plan's profile, grouped by unit or by part of the plan.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { setCommentResponse } from '../../shared/edit';
import { planFeedbackItems, type FeedbackGrouping } from '../../shared/feedback';
import { useDialogs } from '../base/dialogs';
import { errorMessage, host } from '../host/host';
import { useDocument, useDocumentStore } from '../state/use-document';

export function FeedbackTable({ readOnly }: { readonly readOnly: boolean }): ReactNode {
  const store = useDocumentStore();
  const plan = useDocument((s) => s.plan);
  const { notify } = useDialogs();
  const [grouping, setGrouping] = useState<FeedbackGrouping>('unit');
  const items = useMemo(() => planFeedbackItems(plan), [plan]);

  const exportTable = async (): Promise<void> => {
    try {
      const chosen = await host().call('dialog.saveFile', { kind: 'docx', defaultName: 'Bang tong hop y kien gop y.docx' });
      if (chosen === null) return;
      const done = await host().call('feedback.docx', { path: chosen.path, plan: store.getState().plan, grouping });
      notify('info', `Đã xuất bảng tổng hợp ý kiến góp ý: ${done.path}`);
    } catch (error) {
      notify('error', `Không xuất được bảng tổng hợp: ${errorMessage(error)}`);
    }
  };

  if (items.length === 0) return null;
  return (
    <section className="feedback-table" aria-label="Bảng tổng hợp ý kiến góp ý">
      <h3>Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý</h3>
      <ol className="feedback-rows">
        {plan.comments.map((comment, i) => (
          <li key={comment.id} className="feedback-row">
            <span className="comment-who">
              {String(i + 1)}. {items[i]?.unit}
            </span>
            <div>{items[i]?.content}</div>
            <textarea
              aria-label={`Ý kiến tiếp thu, giải trình ${String(i + 1)}`}
              placeholder="Tiếp thu / giải trình"
              value={comment.response ?? ''}
              disabled={readOnly}
              onChange={(e) => {
                const text = e.target.value;
                store.edit((p) => setCommentResponse(p, comment.id, text), { key: `response:${comment.id}` });
              }}
            />
          </li>
        ))}
      </ol>
      <div className="comment-actions">
        <label>
          Nhóm theo{' '}
          <select
            aria-label="Nhóm bảng tổng hợp theo"
            value={grouping}
            onChange={(e) => {
              setGrouping(e.target.value === 'part' ? 'part' : 'unit');
            }}
          >
            <option value="unit">đơn vị góp ý</option>
            <option value="part">phần của kế hoạch</option>
          </select>
        </label>
        <button type="button" onClick={() => void exportTable()}>
          Xuất bảng tổng hợp (DOCX)…
        </button>
      </div>
    </section>
  );
}
