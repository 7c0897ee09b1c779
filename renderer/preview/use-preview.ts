/**
 * The preview's PDF: printed by the host (`preview.pdf`, exactly as "Xuất PDF" prints) a while
 * after the user stops typing, opened in pdf.js when the page is quiet, and kept for the next
 * visit of the tab, so coming back to an unchanged plan prints nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanDocument } from '../../shared/model';
import { errorMessage, host } from '../host/host';
import type { DocumentStore } from '../state/document-store';
import { PreviewDocument } from './preview-document';
import { PreviewRequests } from './preview-requests';
import type { TypingGate } from './typing-gate';

/** Quiet time after the last change before the plan is printed again. */
export const PREVIEW_DELAY_MS = 800;

/** The last PDF shown for each open document, with the plan it was printed from. */
const lastShown = new WeakMap<DocumentStore, { plan: PlanDocument; data: string }>();
/** The print under way for each document: a panel shown again meanwhile waits for it. */
const printing = new WeakMap<DocumentStore, { plan: PlanDocument; result: Promise<{ data: string }> }>();

function printPreview(store: DocumentStore, plan: PlanDocument): Promise<{ data: string }> {
  const under = printing.get(store);
  if (under?.plan === plan) return under.result;
  const result = host().call('preview.pdf', { plan });
  printing.set(store, { plan, result });
  const done = (): void => {
    if (printing.get(store)?.result === result) printing.delete(store);
  };
  result.then(done, done);
  return result;
}

export interface PreviewState {
  readonly doc: PreviewDocument | null;
  /** A newer version is on its way (the plan changed since the one shown). */
  readonly updating: boolean;
  /** Why the last print or its display failed; cleared by the next success. */
  readonly error: string | null;
  readonly retry: () => void;
}

export function usePreview(store: DocumentStore, gate: TypingGate): PreviewState {
  const [doc, setDoc] = useState<PreviewDocument | null>(null);
  const [busy, setBusy] = useState(false);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const requests = useRef<PreviewRequests<PlanDocument, { data: string }> | null>(null);

  useEffect(() => {
    let current: PreviewDocument | null = null;
    let serial = 0;
    let disposed = false;
    /** Opens a PDF when typing pauses; a newer one started meanwhile wins. */
    const display = (plan: PlanDocument, data: string): void => {
      lastShown.set(store, { plan, data });
      if (current?.source === data) return;
      const mine = ++serial;
      setOpening(true);
      gate.whenQuiet(() => {
        if (mine !== serial || disposed) return;
        PreviewDocument.open(data).then(
          (opened) => {
            if (mine !== serial || disposed) {
              opened.destroy();
              return;
            }
            const old = current;
            current = opened;
            setDoc(opened);
            setError(null);
            setOpening(false);
            // The old version's pages stay on screen as pictures until the new ones replace them.
            old?.destroy();
          },
          (failure: unknown) => {
            if (mine !== serial || disposed) return;
            setError(`Không hiển thị được bản xem trước: ${errorMessage(failure)}`);
            setOpening(false);
          },
        );
      });
    };
    const shown = lastShown.get(store);
    const printer = new PreviewRequests<PlanDocument, { data: string }>({
      delayMs: PREVIEW_DELAY_MS,
      current: () => store.getState().plan,
      print: (plan) => printPreview(store, plan),
      onResult: (plan, { data }) => {
        display(plan, data);
      },
      onError: (_plan, failure) => {
        setError(errorMessage(failure));
      },
      onBusy: setBusy,
    });
    requests.current = printer;
    if (shown !== undefined) display(shown.plan, shown.data);
    printer.start(shown?.plan ?? null);
    let plan = store.getState().plan;
    const unsubscribe = store.subscribe(() => {
      const next = store.getState().plan;
      if (next === plan) return;
      plan = next;
      printer.changed();
    });
    return () => {
      disposed = true;
      unsubscribe();
      printer.dispose();
      requests.current = null;
      current?.destroy();
    };
  }, [store, gate]);

  const retry = useCallback(() => {
    setError(null);
    requests.current?.retry();
  }, []);

  return { doc, updating: busy || opening, error, retry };
}
