/**
 * The coverage view finds the superior plan again through its file. A superior never saved (just
 * imported) or with unsaved changes is saved first, if the user agrees, before the child is made.
 */
import { useSyncExternalStore, type ReactNode } from 'react';
import { useDocumentActions } from '../base/app-context';
import type { DocumentStore } from '../state/document-store';

export function ParentFileNotice({ store, saved }: { store: DocumentStore; saved: boolean }): ReactNode {
  const actions = useDocumentActions();
  const hasFile = useSyncExternalStore(store.subscribe, () => store.getState().path !== null);
  const saving = useSyncExternalStore(store.subscribe, () => store.getState().saveStatus.kind === 'saving');
  if (saved) return null;
  return (
    <div className="clone-parent-notice" role="note">
      <p>
        {hasFile
          ? 'Kế hoạch cấp trên có thay đổi chưa lưu. Phần Đối chiếu của kế hoạch đơn vị đọc kế hoạch cấp trên từ tệp: hãy lưu để đối chiếu đúng bản này.'
          : 'Kế hoạch cấp trên chưa được lưu thành tệp. Phần Đối chiếu của kế hoạch đơn vị tìm lại kế hoạch cấp trên qua tệp đã lưu: hãy lưu trước khi nhân bản.'}
      </p>
      <button type="button" disabled={saving} onClick={() => void actions.save()}>
        Lưu kế hoạch cấp trên
      </button>
    </div>
  );
}
