/**
 * Finding the superior plan of the open child: where the app last opened or saved it (by the id
 * its rows link to), else the copy known in this session, else a file the user chooses: a
 * .kehoach, or a DOCX, PDF or TXT read by the importer. A chosen file stays chosen for this
 * document while the app runs.
 */
import { useCallback, useEffect, useState } from 'react';
import { type PlanDocument } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import { errorMessage, host } from '../host/host';
import type { DocumentStore } from '../state/document-store';
import { fileToBase64 } from '../components/file-base64';
import { knownSuperior } from './superior-plans';

export type SuperiorState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'found'; readonly plan: PlanDocument; readonly from: string }
  | { readonly kind: 'missing'; readonly error: string };

const chosen = new WeakMap<DocumentStore, { readonly plan: PlanDocument; readonly from: string }>();

async function readChosen(file: File): Promise<PlanDocument> {
  if (/\.kehoach$/iu.test(file.name)) {
    const path = host().pathForFile(file);
    return path === '' ? parsePlanText(await file.text()) : (await host().call('documents.read', { path })).plan;
  }
  return (await host().call('import.file', { name: file.name, data: await fileToBase64(file) })).plan;
}

async function locate(planId: string): Promise<{ plan: PlanDocument; from: string } | null> {
  const located = await host().call('documents.locate', { planId });
  if (located !== null) return { plan: located.plan, from: `tệp ${located.path}` };
  const known = knownSuperior(planId);
  return known === undefined ? null : { plan: known, from: 'bản đang mở trong phiên làm việc này (chưa lưu thành tệp)' };
}

export function useSuperior(
  store: DocumentStore,
  superiorId: string | null,
): { state: SuperiorState; choose: (file: File) => Promise<void> } {
  const [state, setState] = useState<SuperiorState>(() => {
    const picked = chosen.get(store);
    return picked === undefined ? { kind: 'loading' } : { kind: 'found', ...picked };
  });

  useEffect(() => {
    const picked = chosen.get(store);
    if (picked !== undefined) {
      setState({ kind: 'found', ...picked });
      return undefined;
    }
    if (superiorId === null) {
      setState({ kind: 'missing', error: '' });
      return undefined;
    }
    let cancelled = false;
    setState({ kind: 'loading' });
    locate(superiorId).then(
      (found) => {
        if (!cancelled) setState(found === null ? { kind: 'missing', error: '' } : { kind: 'found', ...found });
      },
      (error: unknown) => {
        if (!cancelled) setState({ kind: 'missing', error: `Không đọc được kế hoạch cấp trên: ${errorMessage(error)}` });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store, superiorId]);

  const choose = useCallback(
    async (file: File) => {
      setState({ kind: 'loading' });
      try {
        const picked = { plan: await readChosen(file), from: `tệp đã chọn “${file.name}”` };
        chosen.set(store, picked);
        setState({ kind: 'found', ...picked });
      } catch (error) {
        setState({ kind: 'missing', error: `Không đọc được “${file.name}”: ${errorMessage(error)}` });
      }
    },
    [store],
  );

  return { state, choose };
}
