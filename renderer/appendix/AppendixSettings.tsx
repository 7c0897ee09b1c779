/**
 * The appendix's own settings beside its grid: title (several lines), page orientation, column
 * labels and roles, and adding or removing columns. A column's role is what the clone and the
 * coverage read from it (the task, who leads, who helps, the deadline): an imported table's roles
 * come from its headers, and the user corrects them here. Memoised on the parts it shows, so
 * typing in the grid does not redraw it.
 */
import { memo, useState, type ReactNode } from 'react';
import { columnRole, setColumnRole, type ColumnRole } from '../../shared/clone';
import type { Appendix, Column, ColumnType } from '../../shared/model';
import { addColumn, canRemoveColumn, removeColumn, renameColumn, setOrientation } from '../../shared/edit/appendix-columns';
import { renameAppendix, updateAppendix } from '../../shared/edit/appendix-ops';
import { TextField } from '../components/TextField';
import { useDocumentStore } from '../state/use-document';

const NEW_COLUMN_TYPES: readonly { type: ColumnType; label: string }[] = [
  { type: 'text', label: 'Văn bản' },
  { type: 'agency', label: 'Cơ quan (một)' },
  { type: 'agencies', label: 'Cơ quan (danh sách)' },
  { type: 'deadline', label: 'Thời gian' },
  { type: 'resources', label: 'Nguồn lực' },
  { type: 'unit', label: 'Đơn vị tính' },
  { type: 'number', label: 'Số liệu' },
  { type: 'target', label: 'Mục tiêu' },
  { type: 'note', label: 'Ghi chú' },
];

const ROLES: readonly { role: ColumnRole; label: string }[] = [
  { role: 'task', label: 'Nội dung nhiệm vụ' },
  { role: 'lead', label: 'Cơ quan chủ trì' },
  { role: 'cooperate', label: 'Cơ quan phối hợp' },
  { role: 'deadline', label: 'Thời gian thực hiện' },
  { role: 'other', label: 'Khác (số liệu, ghi chú…)' },
];

interface SettingsProps {
  /** The rows only tell which text column holds the tasks when the main column holds none. */
  readonly appendix: Pick<Appendix, 'id' | 'title' | 'orientation' | 'columns' | 'mainColumn' | 'groupColumn' | 'groupLayout' | 'rows'>;
}

function AppendixSettingsView({ appendix }: SettingsProps): ReactNode {
  const store = useDocumentStore();
  const [newType, setNewType] = useState<ColumnType>('text');
  const id = appendix.id;
  const change = (recipe: (a: Appendix) => Appendix, key?: string): void => {
    store.edit((plan) => updateAppendix(plan, id, recipe), key === undefined ? {} : { key });
  };
  const removable = (column: Column): boolean => canRemoveColumn(appendix, column.id);
  const roleOf = (column: Column): ColumnRole | null => columnRole(appendix, column.id);
  return (
    <details className="appendix-settings">
      <summary>Thiết lập phụ lục</summary>
      <div className="settings-body">
        <label className="field">
          <span>Tên phụ lục (Enter để xuống dòng)</span>
          <TextField
            multiline
            className="appendix-title"
            aria-label="Tên phụ lục"
            rows={2}
            value={appendix.title}
            onValue={(title) => {
              store.edit((plan) => renameAppendix(plan, id, title), { key: `appendix-title:${id}` });
            }}
          />
        </label>
        <label className="field inline">
          <span>Hướng trang</span>
          <select
            aria-label="Hướng trang"
            value={appendix.orientation}
            onChange={(event) => {
              change((a) => setOrientation(a, event.currentTarget.value === 'portrait' ? 'portrait' : 'landscape'));
            }}
          >
            <option value="portrait">Dọc</option>
            <option value="landscape">Ngang</option>
          </select>
        </label>
        <fieldset className="column-settings">
          <legend>Các cột</legend>
          <p className="settings-hint">Vai trò của cột cho biết khi nhân bản và đối chiếu, nhiệm vụ và cơ quan được đọc từ cột nào.</p>
          {appendix.columns.map((column, i) => (
            <div key={column.id} className="column-setting">
              <TextField
                aria-label={`Tên cột ${i + 1}`}
                value={column.label}
                onValue={(label) => {
                  change((a) => renameColumn(a, column.id, label), `column-label:${id}:${column.id}`);
                }}
              />
              {roleOf(column) !== null && (
                <select
                  aria-label={`Vai trò cột ${column.label}`}
                  value={roleOf(column) ?? 'other'}
                  onChange={(event) => {
                    const role = ROLES.find((r) => r.role === event.currentTarget.value)?.role;
                    if (role !== undefined) change((a) => setColumnRole(a, column.id, role));
                  }}
                >
                  {ROLES.map((r) => (
                    <option
                      key={r.role}
                      value={r.role}
                      disabled={column.id === appendix.mainColumn && roleOf(column) === 'task' && r.role !== 'task'}
                    >
                      {r.label}
                    </option>
                  ))}
                </select>
              )}
              <button
                type="button"
                aria-label={`Xóa cột ${column.label}`}
                disabled={!removable(column)}
                title={removable(column) ? 'Xóa cột và nội dung của cột' : 'Cột này không xóa được'}
                onClick={() => {
                  change((a) => removeColumn(a, column.id));
                }}
              >
                Xóa
              </button>
            </div>
          ))}
          <div className="column-setting">
            <select
              aria-label="Loại cột mới"
              value={newType}
              onChange={(event) => {
                setNewType(event.currentTarget.value as ColumnType);
              }}
            >
              {NEW_COLUMN_TYPES.map((t) => (
                <option key={t.type} value={t.type}>
                  {t.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => {
                const label = NEW_COLUMN_TYPES.find((t) => t.type === newType)?.label ?? 'Cột mới';
                change((a) => addColumn(a, { id: `c-${crypto.randomUUID().slice(0, 8)}`, label, type: newType }));
              }}
            >
              Thêm cột
            </button>
          </div>
        </fieldset>
      </div>
    </details>
  );
}

export const AppendixSettings = memo(AppendixSettingsView, (a, b) => {
  const x = a.appendix;
  const y = b.appendix;
  return (
    x.id === y.id &&
    x.title === y.title &&
    x.orientation === y.orientation &&
    x.columns === y.columns &&
    x.mainColumn === y.mainColumn &&
    x.groupColumn === y.groupColumn &&
    x.groupLayout === y.groupLayout
  );
});
