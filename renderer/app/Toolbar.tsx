/** The main actions, always in reach, with their Vietnamese names and shortcuts. */
import type { ReactNode } from 'react';
import { useDocument, useDocumentStore } from '../state/use-document';
import { useDocumentActions } from './app-context';
import { OpenFileButton } from './OpenFileButton';

export function Toolbar({ onNew, onToggleProperties, propertiesShown }: { onNew: () => void; onToggleProperties: () => void; propertiesShown: boolean }): ReactNode {
  const actions = useDocumentActions();
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
      <button type="button" onClick={() => void actions.save()} disabled={saving} title="Ctrl+S">
        Lưu
      </button>
      <button type="button" onClick={() => void actions.saveAs()} title="Ctrl+Shift+S">
        Lưu thành…
      </button>
      <span className="toolbar-separator" />
      <button type="button" onClick={() => { store.undo(); }} disabled={!canUndo} title="Ctrl+Z">
        Hoàn tác
      </button>
      <button type="button" onClick={() => { store.redo(); }} disabled={!canRedo} title="Ctrl+Y">
        Làm lại
      </button>
      <span className="toolbar-separator" />
      <button type="button" onClick={() => void actions.exportDocx()}>
        Xuất DOCX
      </button>
      <button type="button" onClick={() => void actions.exportPdf()}>
        Xuất PDF
      </button>
      <span className="toolbar-spacer" />
      <button type="button" aria-pressed={propertiesShown} onClick={onToggleProperties}>
        Thông tin văn bản
      </button>
    </div>
  );
}
