/**
 * "Đối chiếu": for a plan cloned from a superior plan (or one whose căn cứ says which plan it
 * implements), every task the superior gives the unit, covered by the child or not, as the
 * command line's `coverage` reports it. It follows the child's edits once the user pauses.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import {
  CloneError,
  coverageOf,
  findAssignments,
  implementedPlan,
  planReference,
  planShortName,
  resolveUnit,
  superiorPlanId,
} from '../../shared/clone';
import { formatCitation, getProfile } from '../../shared/format';
import type { AgencyDirectory, DocumentReference, Organ, PlanDocument } from '../../shared/model';
import { useAgencyDirectory } from '../base/app-context';
import type { DocumentStore } from '../state/document-store';
import { useDocumentStore } from '../state/use-document';
import { AssignmentOptionsFields, DEFAULT_UNIT_OPTIONS, type UnitOptions } from './AssignmentOptionsFields';
import { CoverageList } from './CoverageList';
import { SuperiorChooser } from './SuperiorChooser';
import { UnitPicker } from './UnitPicker';
import { useCoverageActions } from './use-coverage-actions';
import { useSettledPlan } from './use-settled-plan';
import { useSuperior } from './use-superior';
import './clone.css';

/** How long typing must pause before the coverage is computed again. */
const SETTLE_MS = 400;

const TITLE = 'Đối chiếu với kế hoạch cấp trên';

function unitOf(child: PlanDocument, directory: AgencyDirectory): { unit: Organ | null; error: string } {
  if (child.meta.issuingOrgan.citation.trim() === '') {
    return { unit: null, error: 'Kế hoạch chưa có tên cơ quan ban hành: hãy ghi ở mục Cơ quan ban hành để đối chiếu.' };
  }
  try {
    return { unit: resolveUnit(directory, child.meta.issuingOrgan.citation), error: '' };
  } catch (error) {
    if (error instanceof CloneError)
      return { unit: null, error: `Cơ quan ban hành “${child.meta.issuingOrgan.citation}”: ${error.message}` };
    throw error;
  }
}

interface CoverageReportProps {
  readonly store: DocumentStore;
  readonly child: PlanDocument;
  readonly superior: PlanDocument;
  readonly superiorId: string | null;
  readonly directory: AgencyDirectory;
  readonly onChanged: () => void;
}

function CoverageReport({ store, child, superior, superiorId, directory, onChanged }: CoverageReportProps): ReactNode {
  const resolved = useMemo(() => unitOf(child, directory), [child, directory]);
  const [chosenUnit, setChosenUnit] = useState<Organ | null>(null);
  const unit = chosenUnit ?? resolved.unit;
  const [options, setOptions] = useState<UnitOptions>(DEFAULT_UNIT_OPTIONS);
  const assignments = useMemo(
    () => (unit === null ? [] : findAssignments(superior, unit, directory, options)),
    [superior, unit, directory, options],
  );
  const matches = useMemo(() => coverageOf(child, superior, assignments), [child, superior, assignments]);
  const { goTo, add } = useCoverageActions(store, onChanged);
  const addMissing = useCallback(
    (index: number) => {
      add(superior, assignments, index);
    },
    [add, superior, assignments],
  );
  const covered = matches.filter((m) => m.item.covered).length;
  const late = matches.filter((m) => m.item.lateDeadline).length;

  return (
    <>
      <div className="coverage-unit">
        {unit !== null && chosenUnit === null && (
          <p>
            Đơn vị: <strong>{unit.name}</strong>
          </p>
        )}
        {resolved.unit === null && <p className="clone-error">{resolved.error}</p>}
        {(resolved.unit === null || chosenUnit !== null) && (
          <UnitPicker
            directory={directory}
            unit={unit}
            label="Đơn vị được giao nhiệm vụ"
            onPick={(organ) => {
              setChosenUnit(organ);
            }}
          />
        )}
      </div>
      {superiorId !== null && superior.id !== superiorId && (
        <p className="clone-hint">
          Kế hoạch cấp trên đã chọn không phải bản mà các dòng nhiệm vụ liên kết tới: nhiệm vụ được so khớp theo nội dung.
        </p>
      )}
      {unit !== null && (
        <>
          <p className="coverage-counts" role="status" aria-label="Kết quả đối chiếu">
            <strong>
              {covered}/{matches.length}
            </strong>{' '}
            nhiệm vụ được giao đã có trong kế hoạch
            {matches.length > covered && <span className="coverage-count-missing"> · {matches.length - covered} chưa có</span>}
            {late > 0 && <span className="coverage-count-late"> · {late} thời hạn muộn hơn cấp trên</span>}
          </p>
          <details className="coverage-options">
            <summary>Tùy chọn đối chiếu</summary>
            <AssignmentOptionsFields options={options} onChange={setOptions} />
          </details>
          {matches.length === 0 ? (
            <p className="clone-hint">Kế hoạch cấp trên không giao nhiệm vụ nào cho {unit.name} theo các tùy chọn đã chọn.</p>
          ) : (
            <CoverageList matches={matches} superiorName={planShortName(superior)} onGo={goTo} onAdd={addMissing} />
          )}
        </>
      )}
    </>
  );
}

interface ChildCoverageProps {
  readonly store: DocumentStore;
  readonly child: PlanDocument;
  readonly superiorId: string | null;
  readonly implemented: DocumentReference | undefined;
  readonly directory: AgencyDirectory;
  readonly onChanged: () => void;
}

function ChildCoverage({ store, child, superiorId, implemented, directory, onChanged }: ChildCoverageProps): ReactNode {
  const { state, choose } = useSuperior(store, superiorId);
  if (state.kind === 'loading') return <p className="clone-hint">Đang tìm kế hoạch cấp trên…</p>;
  if (state.kind === 'missing') {
    return (
      <>
        <p>
          {implemented !== undefined && <>Kế hoạch này thực hiện {formatCitation(implemented, getProfile(child.profile))}. </>}
          {superiorId === null
            ? 'Các dòng nhiệm vụ không liên kết tới kế hoạch cấp trên: chọn tệp của kế hoạch cấp trên để đối chiếu theo nội dung nhiệm vụ.'
            : 'Không tìm thấy tệp kế hoạch cấp trên mà các dòng nhiệm vụ liên kết tới: tệp có thể đã được chuyển đi, hoặc chưa từng được lưu trong ứng dụng.'}
        </p>
        {state.error !== '' && (
          <p className="clone-error" role="alert">
            {state.error}
          </p>
        )}
        <SuperiorChooser label="Chọn kế hoạch cấp trên" onChoose={(file) => void choose(file)} />
      </>
    );
  }
  return (
    <>
      <p className="coverage-superior">
        Kế hoạch cấp trên: <strong>{formatCitation(planReference(state.plan, 'parent'), getProfile(state.plan.profile))}</strong>
        <span className="clone-hint"> Đọc từ {state.from}.</span>
      </p>
      <details className="coverage-options">
        <summary>Chọn kế hoạch cấp trên khác</summary>
        <SuperiorChooser label="Kế hoạch cấp trên" onChoose={(file) => void choose(file)} />
      </details>
      <CoverageReport
        store={store}
        child={child}
        superior={state.plan}
        superiorId={superiorId}
        directory={directory}
        onChanged={onChanged}
      />
    </>
  );
}

export function CoverageView(): ReactNode {
  const store = useDocumentStore();
  const directory = useAgencyDirectory();
  const { plan, settle } = useSettledPlan(store, SETTLE_MS);
  const superiorId = useMemo(() => superiorPlanId(plan), [plan]);
  const implemented = implementedPlan(plan);
  return (
    <section className="coverage-view" aria-label={TITLE}>
      <h2>{TITLE}</h2>
      {superiorId === null && implemented === undefined ? (
        <p className="clone-hint">
          Kế hoạch này không được nhân bản từ kế hoạch cấp trên: các dòng nhiệm vụ không liên kết tới kế hoạch nào, phần căn cứ không nêu kế
          hoạch cấp trên mà nó thực hiện. Mở kế hoạch cấp trên và dùng “Nhân bản cho đơn vị cấp dưới” để tạo kế hoạch của đơn vị; phần này
          sẽ đối chiếu hai kế hoạch.
        </p>
      ) : directory === null ? (
        <p className="clone-hint">Đang tải danh mục cơ quan…</p>
      ) : (
        <ChildCoverage
          store={store}
          child={plan}
          superiorId={superiorId}
          implemented={implemented}
          directory={directory}
          onChanged={settle}
        />
      )}
    </section>
  );
}
