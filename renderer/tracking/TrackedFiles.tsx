/**
 * The files of the workspace and what became of each: counted for its unit, an older plan of the
 * same unit, or not counted with the reason. The unit of a plan can be set by hand (kept in the
 * workspace), and any plan can be made the parent being tracked.
 */
import { memo, type ReactNode } from 'react';
import type { AgencyDirectoryData } from '../../shared/model';
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

export interface TrackedFilesProps {
  readonly files: readonly TrackedFile[];
  readonly agencies: AgencyDirectoryData | null;
  readonly onSetUnit: (file: string, unitId: string | null) => void;
  readonly onSetParent: (file: string) => void;
}

/**
 * Memoised: a province's 150 files each hold a picker of every organ in the directory, tens of
 * thousands of options that a filter or a letter typed in the search must not draw again.
 */
export const TrackedFiles = memo(function TrackedFiles({ files, agencies, onSetUnit, onSetParent }: TrackedFilesProps): ReactNode {
  const organs = agencies?.organs.filter((o) => o.until === '') ?? [];
  return (
    <table className="tracked-files">
      <thead>
        <tr>
          <th scope="col">Tệp</th>
          <th scope="col">Tình trạng</th>
          <th scope="col">Đơn vị gửi</th>
          <th scope="col">Lý do, ghi chú</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.file} className={`file-${file.status}`}>
            <th scope="row">{file.file}</th>
            <td>{STATUS_TEXT[file.status]}</td>
            <td>
              {UNIT_SETTABLE.has(file.status) ? (
                <select
                  aria-label={`Đơn vị gửi tệp ${file.file}`}
                  value={file.unitCorrected ? (file.unitId ?? '') : ''}
                  onChange={(event) => {
                    onSetUnit(file.file, event.target.value === '' ? null : event.target.value);
                  }}
                >
                  <option value="">
                    {file.unitName === '' || file.unitCorrected ? `Theo cơ quan ban hành (${file.issuer})` : file.unitName}
                  </option>
                  {organs.map((organ) => (
                    <option key={organ.id} value={organ.id}>
                      {organ.name}
                    </option>
                  ))}
                </select>
              ) : (
                file.unitName
              )}
            </td>
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
        ))}
      </tbody>
    </table>
  );
});
