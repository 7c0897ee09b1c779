/**
 * React access to the open document. Components select the part they draw; a selector returning
 * the same object as before (plans are immutable) means no re-render.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DocumentState, DocumentStore } from './document-store';

export const DocumentStoreContext = createContext<DocumentStore | null>(null);

export function useDocumentStore(): DocumentStore {
  const store = useContext(DocumentStoreContext);
  if (store === null) throw new Error('useDocumentStore outside a DocumentStoreContext');
  return store;
}

export function useDocument<T>(selector: (state: DocumentState) => T): T {
  const store = useDocumentStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}
