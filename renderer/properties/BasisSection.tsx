/**
 * Căn cứ: the documents the plan implements or cites, each shown as the citation the document
 * prints, and whether they are printed as lines of their own under the trích yếu.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getProfile } from '../../shared/format';
import { addReference, moveReference, newReference, removeReference, setBasisLines } from '../../shared/model/ops';
import { basisBlock } from '../../shared/render/layout';
import { useDocument, useDocumentStore } from '../state/use-document';
import { LayoutPreview } from './LayoutPreview';
import { PanelSection } from './PanelSection';
import { findingsUnder } from './property-findings';
import { REFERENCE_TYPES_LIST, ReferenceCard } from './ReferenceCard';
import type { SectionProps } from './section-props';
import { usePanelEdit } from './use-panel-edit';

/** Tên loại of the documents plans cite, as written in a citation. */
const REFERENCE_TYPES = [
  'Nghị quyết',
  'Kết luận',
  'Chỉ thị',
  'Quyết định',
  'Kế hoạch',
  'Chương trình hành động',
  'Chương trình',
  'Đề án',
  'Hướng dẫn',
  'Thông báo',
  'Công văn',
  'Luật',
  'Nghị định',
  'Thông tư',
];

export function BasisSection({ open, onToggle, findings }: SectionProps): ReactNode {
  const basis = useDocument((s) => s.plan.basis);
  const basisLines = useDocument((s) => s.plan.basisLines);
  const profile = getProfile(useDocument((s) => s.plan.profile));
  const edit = usePanelEdit();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const store = useDocumentStore();
  const focusRequest = useDocument((s) => s.focusRequest);
  const served = useRef(0);
  const mine = findingsUnder(findings, 'meta:basis');
  const preview = useMemo(() => basisBlock({ basis, basisLines: true }, profile), [basis, profile]);

  const toggle = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const move = useCallback(
    (id: string, to: number) => {
      edit('meta:basis', (plan) => moveReference(plan, id, to), { merge: false, focusAfter: `meta:basis.${id}.title` });
    },
    [edit],
  );
  const remove = useCallback(
    (id: string) => {
      edit('meta:basis', (plan) => removeReference(plan, id), { merge: false, focusAfter: 'meta:basis' });
    },
    [edit],
  );
  const add = (): void => {
    const id = crypto.randomUUID();
    setExpanded((current) => new Set(current).add(id));
    edit('meta:basis', (plan) => addReference(plan, newReference(id, getProfile(plan.profile))), {
      merge: false,
      focusAfter: `meta:basis.${id}.typeName`,
    });
  };

  // A request to put the caret in a field of a closed card (undo, a checker finding) opens the
  // card and asks again, so the panel finds the field once it is on screen.
  useEffect(() => {
    if (focusRequest === null || focusRequest.serial <= served.current) return;
    served.current = focusRequest.serial;
    const { focus } = focusRequest;
    const id = focus.kind === 'field' ? /^meta:basis\.([^.]+)\.(?!title$)/u.exec(focus.field)?.[1] : undefined;
    if (id === undefined || expanded.has(id) || !basis.some((ref) => ref.id === id)) return;
    setExpanded((current) => new Set(current).add(id));
    store.requestFocus(focus);
  }, [focusRequest, expanded, basis, store]);

  const count = basis.length;
  return (
    <PanelSection
      id="basis"
      title="Căn cứ"
      summary={count === 0 ? 'Chưa có căn cứ' : `${count} văn bản`}
      open={open}
      onToggle={onToggle}
      flagged={mine.length > 0}
    >
      <datalist id={REFERENCE_TYPES_LIST}>
        {REFERENCE_TYPES.map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      {count === 0 && <p className="pp-hint">Văn bản cấp trên mà kế hoạch thực hiện, và các văn bản làm căn cứ.</p>}
      <ol className="pp-cards" aria-label="Danh sách căn cứ">
        {basis.map((ref, i) => (
          <ReferenceCard
            key={ref.id}
            reference={ref}
            profile={profile}
            index={i}
            count={count}
            expanded={expanded.has(ref.id)}
            findings={findings}
            edit={edit}
            onExpand={toggle}
            onMove={move}
            onRemove={remove}
          />
        ))}
      </ol>
      <button type="button" data-field="meta:basis" onClick={add}>
        Thêm căn cứ
      </button>
      <label className="pp-check">
        <input
          type="checkbox"
          data-field="meta:basisLines"
          checked={basisLines}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            edit('meta:basisLines', (plan) => setBasisLines(plan, on), { merge: false });
          }}
        />
        In các căn cứ thành dòng riêng dưới trích yếu
      </label>
      {basisLines && count > 0 && <LayoutPreview label="Các dòng căn cứ khi in" blocks={preview} profile={profile} />}
    </PanelSection>
  );
}
