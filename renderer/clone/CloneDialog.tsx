/**
 * "Nhân bản cho đơn vị cấp dưới": the open plan is the superior. The user picks the unit from the
 * directory, sees which tasks fall to it (by role and source, with the parent reference), unticks
 * the ones to leave out, and creates the unit's plan, linked to this one task by task. Beside the
 * tasks, what the clone takes from each appendix and the body, and what it leaves out and why, so
 * that a table read the wrong way cannot drop the unit's tasks without a word.
 */
import { useCallback, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { cloneReport, describeReport, describeSummary, findAssignments, planReference, summarizeAssignments } from '../../shared/clone';
import { formatCitation, getProfile } from '../../shared/format';
import type { AgencyDirectory, Organ, PlanDocument } from '../../shared/model';
import { useAgencyDirectory } from '../base/app-context';
import { Modal } from '../components/Modal';
import { isDirty, type DocumentStore } from '../state/document-store';
import { useDocumentStore } from '../state/use-document';
import { AssignmentOptionsFields, DEFAULT_UNIT_OPTIONS, type UnitOptions } from './AssignmentOptionsFields';
import { ParentFileNotice } from './ParentFileNotice';
import { TaskPreview } from './TaskPreview';
import { UnitPicker } from './UnitPicker';
import { useCreateChild } from './use-create-child';
import './clone.css';

/** The superior stays the plan the dialog opened on, even once the child replaces it. */
function useParent(store: DocumentStore): { plan: PlanDocument; saved: boolean } {
  const plan = useSyncExternalStore(store.subscribe, () => store.getState().plan);
  const saved = useSyncExternalStore(store.subscribe, () => store.getState().path !== null && !isDirty(store.getState()));
  return { plan, saved };
}

interface ChooserProps {
  readonly parent: PlanDocument;
  readonly directory: AgencyDirectory;
  readonly parentSaved: boolean;
  readonly onClose: () => void;
}

function CloneChooser({ parent, directory, parentSaved, onClose }: ChooserProps): ReactNode {
  const [unit, setUnit] = useState<Organ | null>(null);
  const [unitNote, setUnitNote] = useState('');
  const [options, setOptions] = useState<UnitOptions>(DEFAULT_UNIT_OPTIONS);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const { busy, error, create } = useCreateChild();
  const found = useMemo(() => (unit === null ? [] : findAssignments(parent, unit, directory, options)), [parent, unit, directory, options]);
  const kept = useMemo(() => found.filter((a) => !left.has(a.task.itemId)), [found, left]);
  const report = useMemo(
    () => (unit === null ? [] : describeReport(cloneReport(parent, directory, found, kept))),
    [parent, unit, directory, found, kept],
  );

  const toggle = useCallback((itemIds: readonly string[], keep: boolean) => {
    setLeft((current) => {
      const next = new Set(current);
      for (const id of itemIds) {
        if (keep) next.delete(id);
        else next.add(id);
      }
      return next;
    });
  }, []);

  const submit = async (): Promise<void> => {
    if (unit === null) return;
    const keep = new Set(kept.map((a) => a.task.itemId));
    if (await create({ parent, unit, directory, options, keep, parentSaved })) onClose();
  };

  return (
    <>
      <div className="clone-body">
        <div className="clone-side">
          <UnitPicker
            directory={directory}
            unit={unit}
            label="Đơn vị cấp dưới"
            autoFocus
            onPick={(organ, note) => {
              setUnit(organ);
              setUnitNote(note);
              setLeft(new Set());
            }}
          />
          {unitNote !== '' && <p className="clone-hint">{unitNote}</p>}
          <AssignmentOptionsFields options={options} onChange={setOptions} />
        </div>
        <section className="clone-preview" aria-label="Nhiệm vụ sẽ đưa vào kế hoạch">
          {unit === null ? (
            <p className="clone-hint">Chọn đơn vị để xem các nhiệm vụ kế hoạch cấp trên giao cho đơn vị.</p>
          ) : found.length === 0 ? (
            <p className="clone-hint">
              Kế hoạch cấp trên không giao nhiệm vụ nào cho {unit.name} theo các tùy chọn đã chọn. Có thể vẫn tạo khung kế hoạch của đơn vị
              để tự nêu nhiệm vụ.
            </p>
          ) : (
            <p className="clone-summary">
              Giao cho {unit.name}: {describeSummary(summarizeAssignments(found))}.
            </p>
          )}
          {report.length > 0 && (
            <ul className="clone-report" aria-label="Lấy từ từng phần của kế hoạch cấp trên">
              {report.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {found.length > 0 && <TaskPreview assignments={found} left={left} onToggle={toggle} />}
        </section>
      </div>
      {error !== '' && (
        <p className="clone-error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-actions clone-actions">
        {unit !== null && (
          <span className="clone-chosen-count" role="status">
            {found.length === 0 ? 'Chỉ tạo khung kế hoạch, chưa có nhiệm vụ.' : `Đã chọn ${kept.length}/${found.length} nhiệm vụ.`}
          </span>
        )}
        <button type="button" onClick={onClose} disabled={busy}>
          Hủy
        </button>
        <button type="button" className="primary" disabled={unit === null || busy} onClick={() => void submit()}>
          Tạo kế hoạch cho đơn vị
        </button>
      </div>
    </>
  );
}

export function CloneDialog({ onClose }: { onClose: () => void }): ReactNode {
  const current = useDocumentStore();
  const [store] = useState(current);
  const parent = useParent(store);
  const directory = useAgencyDirectory();
  const citation = formatCitation(planReference(parent.plan, 'parent'), getProfile(parent.plan.profile));
  return (
    <Modal className="modal clone-dialog" labelledBy="clone-title" onClose={onClose}>
      <h2 id="clone-title">Nhân bản cho đơn vị cấp dưới</h2>
      <p className="clone-parent">
        Kế hoạch cấp trên: <strong>{citation}</strong>
      </p>
      <ParentFileNotice store={store} saved={parent.saved} />
      {directory === null ? (
        <p className="clone-hint">Đang tải danh mục cơ quan…</p>
      ) : (
        <CloneChooser parent={parent.plan} directory={directory} parentSaved={parent.saved} onClose={onClose} />
      )}
    </Modal>
  );
}
