/** The main actions, always in reach, with their Vietnamese names and shortcuts. */
import type { ReactNode } from 'react';
import { ExportProgress } from '../export/ExportProgress';
import { useDocument, useDocumentStore } from '../state/use-document';
import { useDocumentActions } from '../base/app-context';
import { OpenFileButton } from './OpenFileButton';
import { DocxExportMenu } from './DocxExportMenu';
import { useSidePanel } from '../base/side-panel-context';

export interface ToolbarProps {
  readonly onNew: () => void;
  readonly onImport: () => void;
  readonly onClone: () => void;
}

export function Toolbar({ onNew, onImport, onClone }: ToolbarProps): ReactNode {
  const actions = useDocumentActions();
  const side = useSidePanel();
  const store = useDocumentStore();
  const canUndo = useDocument((s) => s.canUndo);
  const canRedo = useDocument((s) => s.canRedo);
  const saving = useDocument((s) => s.saveStatus.kind === 'saving');
  return (
    <div className="toolbar" role="toolbar" aria-label="Thanh công cụ">
      <button type="button" onClick={onNew} title="Ctrl+N">
        Tạo kế hoạch mới
      </button>
      <OpenFileButton />
      <button type="button" onClick={onImport}>
        Nhập văn bản
      </button>
      <button type="button" onClick={() => void actions.save()} disabled={saving} title="Ctrl+S">
        Lưu
      </button>
      <button type="button" onClick={() => void actions.saveAs()} title="Ctrl+Shift+S">
        Lưu thành…
      </button>
      <span className="toolbar-separator" />
      <button
        type="button"
        onClick={() => {
          store.undo();
        }}
        disabled={!canUndo}
        title="Ctrl+Z"
      >
        Hoàn tác
      </button>
      <button
        type="button"
        onClick={() => {
          store.redo();
        }}
        disabled={!canRedo}
        title="Ctrl+Y"
      >
        Làm lại
      </button>
      <span className="toolbar-separator" />
      <DocxExportMenu />
      <button type="button" onClick={() => void actions.exportPdf()}>
        Xuất PDF
      </button>
      <button type="button" onClick={() => void actions.print()} title="Ctrl+P">
        In…
      </button>
      <ExportProgress />
      <span className="toolbar-separator" />
      <button type="button" onClick={onClone}>
        Nhân bản cho đơn vị cấp dưới
      </button>
      <span className="toolbar-spacer" />
      {/* The panel holds Thông tin, Xem trước, Kiểm tra and Đối chiếu; a short name keeps the
          toolbar on one line on a 1366-pixel laptop screen. */}
      <button
        type="button"
        aria-pressed={side.shown}
        onClick={side.toggle}
        title="Hiện hoặc ẩn bảng Thông tin, Xem trước, Kiểm tra, Đối chiếu"
      >
        Bảng bên
      </button>
    </div>
  );
}
