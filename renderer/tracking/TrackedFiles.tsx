/**
 * The files of the workspace and what became of each: counted for its unit, an older plan of the
 * same unit, or not counted with the reason. The unit of a plan can be set by hand (kept in the
 * workspace), and any plan can be made the parent being tracked.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState, type ReactNode } from 'react';
import type { FileStatus, TrackedFile } from '../../shared/track';

const STATUS_TEXT: Readonly<Record<FileStatus, string>> = {
  counted: 'Đang tính',
  superseded: 'Bản cũ',
  parent: 'Kế hoạch cấp trên',
  unreadable: 'Không đọc được',
  changing: 'Đang thay đổi',
  'not-a-plan': 'Không phải kế hoạch',
  'other-parent': 'Thực hiện kế hoạch khác',
  'unknown-unit': 'Không rõ đơn vị',
  'not-assigned': 'Không được giao',
};

/** Files whose unit the user may set: plans of this parent, whatever the directory made of their issuer. */
const UNIT_SETTABLE: ReadonlySet<FileStatus> = new Set(['counted', 'superseded', 'unknown-unit', 'not-assigned']);
const PLAN_STATUSES: ReadonlySet<FileStatus> = new Set(['counted', 'superseded', 'unknown-unit', 'not-assigned', 'other-parent']);

/** A unit a plan may be counted for: one the parent gives work to (any other would not count). */
export interface UnitChoice {
  readonly id: string;
  readonly name: string;
}

export interface TrackedFilesProps {
  readonly files: readonly TrackedFile[];
  readonly units: readonly UnitChoice[];
  readonly onSetUnit: (file: string, unitId: string | null) => void;
  readonly onSetParent: (file: string) => void;
}

/**
 * The unit a file is counted for. Its list is drawn when the user comes to it (focus, a press):
 * 150 files each holding every unit would be tens of thousands of options in the page, which made
 * every filter click and letter of the search take seconds.
 */
function UnitSelect({
  file,
  units,
  onSetUnit,
}: {
  file: TrackedFile;
  units: readonly UnitChoice[];
  onSetUnit: TrackedFilesProps['onSetUnit'];
}): ReactNode {
  const [listed, setListed] = useState(false);
  const chosen = file.unitCorrected ? (file.unitId ?? '') : '';
  const shown = listed ? units : units.filter((unit) => unit.id === chosen);
  const list = (): void => {
    setListed(true);
  };
  return (
    <select
      aria-label={`Đơn vị gửi tệp ${file.file}`}
      value={chosen}
      onFocus={list}
      onMouseDown={list}
      onChange={(event) => {
        onSetUnit(file.file, event.target.value === '' ? null : event.target.value);
      }}
    >
      <option value="">{file.unitName === '' || file.unitCorrected ? `Theo cơ quan ban hành (${file.issuer})` : file.unitName}</option>
      {chosen !== '' && !units.some((unit) => unit.id === chosen) && <option value={chosen}>{file.unitName}</option>}
      {shown.map((unit) => (
        <option key={unit.id} value={unit.id}>
          {unit.name}
        </option>
      ))}
    </select>
  );
}

/** A row's height before it is measured: one line of text beside a select. */
const ROW_ESTIMATE = 32;

/**
 * Memoised: a filter click or a letter typed in the search does not draw the 150 files again.
 * Virtualised: only the rows in view are in the page. Every row holds a select, and a page with
 * 150 of them spent more time putting its layers together after each filter change than the
 * matrix itself took to lay out; the table was also laid out again whole with the screen.
 */
export const TrackedFiles = memo(function TrackedFiles({ files, units, onSetUnit, onSetParent }: TrackedFilesProps): ReactNode {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count: files.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
  });
  const shown = rows.getVirtualItems();
  const before = shown[0]?.start ?? 0;
  const after = rows.getTotalSize() - (shown.at(-1)?.end ?? 0);
  return (
    <div ref={scrollRef} className="tracked-files-scroll">
      <table className="tracked-files" aria-rowcount={files.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Tệp</th>
            <th scope="col">Tình trạng</th>
            <th scope="col">Đơn vị gửi</th>
            <th scope="col">Lý do, ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" className="spacer" style={{ height: before }} />}
          {shown.map((row) => {
            const file = files[row.index];
            if (file === undefined) return null;
            return (
              <tr
                key={file.file}
                ref={rows.measureElement}
                data-index={row.index}
                aria-rowindex={row.index + 2}
                className={`file-${file.status}`}
              >
                <th scope="row">{file.file}</th>
                <td>{STATUS_TEXT[file.status]}</td>
                <td>{UNIT_SETTABLE.has(file.status) ? <UnitSelect file={file} units={units} onSetUnit={onSetUnit} /> : file.unitName}</td>
                <td>
                  {file.reason}
                  {file.suggestions.length > 0 && <span className="muted"> Gần nhất: {file.suggestions.join(', ')}.</span>}
                  {PLAN_STATUSES.has(file.status) && (
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        onSetParent(file.file);
                      }}
                    >
                      Chọn làm kế hoạch cấp trên
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" className="spacer" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
});
