/**
 * "Theo dõi triển khai": the superior's view of a folder of plans sent back by the units it gave
 * work to. Which units have a plan, what each covers, filters for what is missing, the báo cáo
 * and the công văn đôn đốc, and the files that do not count with their reasons.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ChildPlace } from '../../shared/clone';
import { cellGrid, filterMatrix, type MatrixFilter, type TrackedUnit } from '../../shared/track';
import { useDialogs } from '../base/dialogs';
import { withExportProgress } from '../export/export-progress';
import { errorMessage, host } from '../host/host';
import { MatrixGrid } from './MatrixGrid';
import { TrackedFiles } from './TrackedFiles';
import { useTracking } from './use-tracking';
import './tracking.css';

const FILTERS: readonly { id: MatrixFilter; label: string }[] = [
  { id: 'all', label: 'Tất cả' },
  { id: 'no-plan', label: 'Đơn vị chưa có kế hoạch' },
  { id: 'uncovered', label: 'Nhiệm vụ chưa đơn vị nào cụ thể hóa' },
  { id: 'late', label: 'Thời hạn muộn hơn cấp trên' },
];

const EMPTY: Readonly<Record<MatrixFilter, string>> = {
  all: 'Kế hoạch cấp trên không giao nhiệm vụ cho đơn vị nào trong danh bạ cơ quan.',
  'no-plan': 'Mọi đơn vị được giao nhiệm vụ đều đã có kế hoạch.',
  uncovered: 'Mọi nhiệm vụ đều đã được ít nhất một đơn vị cụ thể hóa.',
  late: 'Không có nhiệm vụ nào có thời hạn muộn hơn cấp trên giao.',
};

export interface TrackingScreenProps {
  readonly folder: string | null;
  readonly onFolder: (folder: string) => void;
  readonly onBack: () => void;
  readonly onOpen: (folder: string, file: string, place: ChildPlace | null) => void;
}

export function TrackingScreen({ folder, onFolder, onBack, onOpen }: TrackingScreenProps): ReactNode {
  const tracking = useTracking(folder, onFolder);
  const { notify } = useDialogs();
  const [filter, setFilter] = useState<MatrixFilter>('all');
  const [search, setSearch] = useState('');
  const matrix = tracking.view?.matrix ?? null;
  const grid = useMemo(() => (matrix === null ? [] : cellGrid(matrix)), [matrix]);
  const view = useMemo(() => (matrix === null ? null : filterMatrix(matrix, filter, search)), [matrix, filter, search]);
  const units = useMemo(
    () => (matrix?.units ?? []).map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [matrix],
  );

  const exportDocument = useCallback(
    async (kind: 'docx' | 'pdf', defaultName: string, write: (path: string) => Promise<{ path: string }>) => {
      try {
        const chosen = await host().call('dialog.saveFile', { kind, defaultName });
        if (chosen === null) return;
        const written = await withExportProgress(kind === 'pdf' ? 'Đang xuất PDF' : 'Đang xuất DOCX', () => write(chosen.path));
        notify('info', `Đã xuất: ${written.path}`, {
          label: 'Mở thư mục',
          run: () => void host().call('shell.showInFolder', { path: written.path }),
        });
      } catch (error) {
        notify('error', `Không xuất được: ${errorMessage(error)}`);
      }
    },
    [notify],
  );
  const exportReport = (kind: 'docx' | 'pdf') => {
    if (folder === null) return;
    void exportDocument(kind, 'bao-cao-tinh-hinh-ban-hanh-ke-hoach', (path) =>
      host().call('tracking.exportReport', { folder, path, kind }),
    );
  };
  // The matrix's rows are memoised: these two stay the same while the folder does.
  const remind = useCallback(
    (unit: TrackedUnit, kind: 'docx' | 'pdf') => {
      if (folder === null) return;
      void exportDocument(kind, `cong-van-don-doc-${unit.name}`, (path) =>
        host().call('tracking.exportReminder', { folder, unitId: unit.id, path, kind }),
      );
    },
    [folder, exportDocument],
  );
  const { setUnit, setParent } = tracking;
  const onSetUnit = useCallback((file: string, unitId: string | null) => void setUnit(file, unitId), [setUnit]);
  const onSetParent = useCallback((file: string) => void setParent(file), [setParent]);
  const open = useCallback(
    (unit: TrackedUnit, place: ChildPlace | null) => {
      if (folder !== null && unit.plan !== null) onOpen(folder, unit.plan.file, place);
    },
    [folder, onOpen],
  );

  const withPlan = matrix?.units.filter((u) => u.plan !== null).length ?? 0;
  const notCounted = matrix?.files.filter((f) => f.reason !== '' && f.status !== 'parent').length ?? 0;
  return (
    <main className="tracking-screen" aria-label="Theo dõi triển khai">
      <header className="tracking-header">
        <h1>Theo dõi triển khai</h1>
        <div className="tracking-actions">
          <button type="button" className={folder === null ? 'primary' : undefined} onClick={() => void tracking.choose()}>
            {folder === null ? 'Chọn thư mục theo dõi…' : 'Chọn thư mục khác…'}
          </button>
          {folder !== null && (
            <button type="button" onClick={() => void tracking.reload()} disabled={tracking.loading}>
              Đọc lại thư mục
            </button>
          )}
          {matrix !== null && (
            <>
              <button
                type="button"
                onClick={() => {
                  exportReport('docx');
                }}
              >
                Báo cáo (DOCX)
              </button>
              <button
                type="button"
                onClick={() => {
                  exportReport('pdf');
                }}
              >
                Báo cáo (PDF)
              </button>
            </>
          )}
          <button type="button" onClick={onBack}>
            Quay lại
          </button>
        </div>
        {folder !== null && <p className="muted tracking-folder">{folder}</p>}
        {matrix !== null && (
          <p className="tracking-summary">
            {matrix.parent.citation}: {withPlan}/{matrix.units.length} đơn vị đã có kế hoạch, {matrix.tasks.length} nhiệm vụ.
          </p>
        )}
      </header>
      {folder === null && (
        <p className="tracking-help">
          Chọn thư mục chứa kế hoạch cấp trên và các kế hoạch các đơn vị gửi về (.kehoach, DOCX, PDF, ảnh quét hoặc văn bản). Tệp mới chép
          vào thư mục được đọc ngay khi ứng dụng đang mở.
        </p>
      )}
      {tracking.loading && <p role="status">Đang đọc thư mục…</p>}
      {tracking.error !== null && (
        <p role="alert" className="error">
          {tracking.error}
        </p>
      )}
      {tracking.view?.warnings.map((warning) => (
        <p key={warning} role="alert" className="warning">
          {warning}
        </p>
      ))}
      {matrix !== null && view !== null && (
        <>
          <div className="tracking-filters">
            <div role="radiogroup" aria-label="Lọc bảng theo dõi">
              {FILTERS.map((f) => (
                <label key={f.id}>
                  <input
                    type="radio"
                    name="tracking-filter"
                    checked={filter === f.id}
                    onChange={() => {
                      setFilter(f.id);
                    }}
                  />
                  {f.label}
                </label>
              ))}
            </div>
            <input
              type="search"
              aria-label="Tìm đơn vị"
              placeholder="Tìm đơn vị…"
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
              }}
            />
            <span className="muted" role="status">
              {view.units.length} đơn vị × {view.tasks.length} nhiệm vụ
            </span>
            <span className="legend muted">✓ đã cụ thể hóa · ! thời hạn muộn hơn · ✗ chưa cụ thể hóa</span>
          </div>
          {view.units.length === 0 || view.tasks.length === 0 ? (
            <p className="tracking-empty" role="status">
              {search.trim() !== '' ? 'Không có đơn vị nào khớp với tên đang tìm.' : EMPTY[filter]}
            </p>
          ) : (
            <MatrixGrid matrix={matrix} view={view} grid={grid} onOpen={open} onRemind={remind} />
          )}
          <details className="tracking-files" open={notCounted > 0}>
            <summary>
              Tệp trong thư mục ({matrix.files.length}
              {notCounted > 0 ? `; ${String(notCounted)} tệp không được tính` : ''})
            </summary>
            <TrackedFiles files={matrix.files} units={units} onSetUnit={onSetUnit} onSetParent={onSetParent} />
          </details>
        </>
      )}
    </main>
  );
}
