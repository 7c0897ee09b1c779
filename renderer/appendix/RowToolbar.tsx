/** The grid's row commands as buttons, with their shortcuts in the tooltips. */
import { memo, type ReactNode } from 'react';
import type { RowCommand } from './row-actions';

const BUTTONS: readonly { command: RowCommand; label: string; keys: string }[] = [
  { command: 'add', label: 'Thêm dòng', keys: 'Ctrl+Enter' },
  { command: 'insertAbove', label: 'Chèn dòng phía trên', keys: 'Ctrl+Shift+Enter' },
  { command: 'delete', label: 'Xóa dòng', keys: 'Ctrl+Delete' },
  { command: 'moveUp', label: 'Chuyển lên', keys: 'Alt+↑' },
  { command: 'moveDown', label: 'Chuyển xuống', keys: 'Alt+↓' },
  { command: 'outdent', label: 'Lùi ra một cấp', keys: 'Alt+← (Shift+Tab ở cột STT)' },
  { command: 'indent', label: 'Thụt vào một cấp', keys: 'Alt+→ (Tab ở cột STT)' },
];

export const RowToolbar = memo(function RowToolbar({
  run,
  canAct,
  groupPressed,
}: {
  run: (command: RowCommand) => void;
  canAct: boolean;
  groupPressed: boolean;
}): ReactNode {
  return (
    <div className="row-toolbar" role="toolbar" aria-label="Thao tác với dòng">
      {BUTTONS.map(({ command, label, keys }) => (
        <button
          key={command}
          type="button"
          title={`${label} (${keys})`}
          disabled={!canAct && command !== 'add'}
          // The grid keeps the focus: a button click must not end the selection.
          onMouseDown={(event) => {
            event.preventDefault();
          }}
          onClick={() => {
            run(command);
          }}
        >
          {label}
        </button>
      ))}
      <button
        type="button"
        aria-pressed={groupPressed}
        title="Dòng nhóm: tiêu đề nhóm (I, II…) trải ngang bảng (Ctrl+G)"
        disabled={!canAct}
        onMouseDown={(event) => {
          event.preventDefault();
        }}
        onClick={() => {
          run('toggleGroup');
        }}
      >
        Dòng nhóm
      </button>
    </div>
  );
});
