/**
 * The one checker of each open document, and React's view of its findings. The worker is started
 * on the first check and serves every document of the session.
 */
import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { PlanDocument } from '../../shared/model';
import { useAppInfo } from '../base/app-context';
import { host } from '../host/host';
import type { DocumentStore } from '../state/document-store';
import { useDocumentStore } from '../state/use-document';
import { PlanChecker, type CheckSnapshot } from './plan-checker';
import { createWorkerEngine, type CheckEngine } from './worker-engine';

let engine: CheckEngine | null = null;
const checkers = new WeakMap<DocumentStore, PlanChecker>();

/** The superior plan where the app last opened or saved it, read without opening it. */
async function loadParent(planId: string): Promise<PlanDocument | null> {
  return (await host().call('documents.locate', { planId }))?.plan ?? null;
}

export function checkerOf(store: DocumentStore): PlanChecker {
  let checker = checkers.get(store);
  if (checker === undefined) {
    engine ??= createWorkerEngine();
    checker = new PlanChecker(store, { engine, loadParent });
    checkers.set(store, checker);
  }
  return checker;
}

/** The open document's checker, told the directory before its first check. */
export function useChecker(): PlanChecker {
  const checker = checkerOf(useDocumentStore());
  const { agencies } = useAppInfo();
  // Before the first subscription starts a check, so that check already knows the directory.
  useLayoutEffect(() => {
    checker.setAgencies(agencies);
  }, [checker, agencies]);
  return checker;
}

/** The open plan's findings, checked again after each pause in the user's editing. */
export function useFindings(): CheckSnapshot {
  const checker = useChecker();
  return useSyncExternalStore(checker.subscribe, checker.getSnapshot);
}
