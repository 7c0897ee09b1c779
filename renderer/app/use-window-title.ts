/** The window title names the plan and marks unsaved work, as word processors do. */
import { useEffect } from 'react';
import { host } from '../host/host';
import { isDirty, type DocumentStore } from '../state/document-store';

export function windowTitle(store: DocumentStore | null): { title: string; dirty: boolean } {
  if (store === null) return { title: 'Kế hoạch Studio', dirty: false };
  const state = store.getState();
  const dirty = isDirty(state);
  const name = state.path === null ? 'Kế hoạch mới' : (state.path.split(/[\\/]/u).pop() ?? state.path);
  return { title: `${dirty ? '• ' : ''}${name}${state.readOnly === null ? '' : ' (chỉ xem)'} — Kế hoạch Studio`, dirty };
}

export function useWindowTitle(store: DocumentStore | null): void {
  useEffect(() => {
    let last = '';
    const update = (): void => {
      const { title, dirty } = windowTitle(store);
      const key = `${title}|${dirty}`;
      if (key === last) return;
      last = key;
      document.title = title;
      void host()
        .call('window.setState', { title, dirty })
        .catch(() => undefined);
    };
    update();
    return store?.subscribe(update);
  }, [store]);
}
