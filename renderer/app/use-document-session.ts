/**
 * Opening, saving, exporting and closing documents: the rules a careful word processor keeps.
 * Unsaved work is never dropped without asking; a read-only file is never written over; a failed
 * open or import leaves the open document as it was.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OpenedDocument, Preferences, RecoveryEntry } from '../../shared/ipc';
import { blockingFindings } from '../../shared/check';
import type { ChildPlace } from '../../shared/clone';
import type { PlanDocument } from '../../shared/model';
import type { CheckResult } from '../check/plan-checker';
import { checkerOf } from '../check/use-findings';
import { errorsQuestion } from '../export/errors-question';
import { withExportProgress } from '../export/export-progress';
import { childTaskFocus } from '../preview/go-to-place';
import { errorMessage, failureText, host } from '../host/host';
import { startAutosave } from '../state/autosave';
import { DocumentStore, isDirty } from '../state/document-store';
import { suggestedFileName } from '../state/file-names';
import type { AppInfo, DocumentActions } from '../base/app-context';
import { useDialogs } from '../base/dialogs';
import { conflictQuestion } from './save-conflict';

type Settle = 'saved' | 'discarded' | 'cancelled';

/** A document to put in place of the open one, and how: its autosave session, clean or not, where to go. */
interface Loaded {
  readonly doc: OpenedDocument;
  readonly sessionId?: string;
  readonly clean: boolean;
  readonly focus?: ChildPlace | null;
}

export interface DocumentSession {
  readonly store: DocumentStore | null;
  readonly info: AppInfo | null;
  readonly actions: DocumentActions;
  /** Unsaved work has been saved or dropped: the window may close. */
  readonly settleBeforeClose: () => Promise<boolean>;
}

function newSessionId(): string {
  return crypto.randomUUID();
}

/** In the harness, what the app wrote is also handed to the browser as a download. */
function offerDownload(path: string): void {
  if (host().kind !== 'browser') return;
  const link = document.createElement('a');
  link.href = `./__harness/download?path=${encodeURIComponent(path)}`;
  link.download = path.split(/[\\/]/u).pop() ?? '';
  document.body.append(link);
  link.click();
  link.remove();
}

export interface DocumentSessionOptions {
  /** Brings the format findings forward ("Xem lỗi" before an export). */
  readonly showFindings: () => void;
}

export function useDocumentSession({ showFindings }: DocumentSessionOptions): DocumentSession {
  const { ask, notify } = useDialogs();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [store, setStore] = useState<DocumentStore | null>(null);
  const storeRef = useRef<DocumentStore | null>(null);
  storeRef.current = store;
  const agenciesRef = useRef<AppInfo['agencies']>(null);
  agenciesRef.current = info?.agencies ?? null;

  const fail = useCallback(
    (what: string, error: unknown) => {
      notify('error', failureText(what, error));
    },
    [notify],
  );

  const refreshRecent = useCallback(async () => {
    const recent = await host().call('recent.list', {});
    setInfo((current) => (current === null ? current : { ...current, recent }));
  }, []);

  /** Puts a document in place of the open one, whose unsaved work is dropped; false when it could not be read. */
  const adopt = useCallback(
    async (load: () => Promise<Loaded | null>): Promise<boolean> => {
      const previous = storeRef.current;
      let loaded: Loaded | null;
      try {
        loaded = await load();
      } catch (error) {
        fail('Không mở được', error);
        return false;
      }
      if (loaded === null) return false;
      if (previous !== null)
        await host()
          .call('recovery.discard', { id: previous.getState().sessionId })
          .catch(() => undefined);
      const { doc } = loaded;
      const opened = new DocumentStore({
        plan: doc.plan,
        path: doc.path,
        version: doc.version,
        readOnly: doc.readOnly,
        sessionId: loaded.sessionId ?? newSessionId(),
        clean: loaded.clean,
      });
      // The workspace shows the request's view when it mounts, and the grid or editor takes the focus.
      const focus = loaded.focus === undefined || loaded.focus === null ? null : childTaskFocus(doc.plan, loaded.focus);
      if (focus !== null) opened.requestFocus(focus);
      setStore(opened);
      for (const warning of doc.warnings) notify('info', warning);
      if (doc.readOnly !== null) notify('info', doc.readOnly.message);
      void refreshRecent();
      return true;
    },
    [fail, notify, refreshRecent],
  );

  const save = useCallback(
    async (forceDialog = false): Promise<boolean> => {
      const doc = storeRef.current;
      if (doc === null) return false;
      const state = doc.getState();
      let path = state.readOnly === null ? state.path : null;
      if (path === null || forceDialog) {
        try {
          const chosen = await host().call('dialog.saveFile', { kind: 'plan', defaultName: suggestedFileName(state.plan) });
          if (chosen === null) return false;
          path = chosen.path;
        } catch (error) {
          fail('Không lưu được', error);
          return false;
        }
      }
      const plan = state.plan;
      // Compared with the file as this document last saw it; a file just chosen in the dialog has
      // been asked about by the system's own "replace?" question.
      const expected = path === state.path && state.readOnly === null ? state.version : null;
      const target = path;
      const write = (onConflict: 'ask' | 'overwrite' | 'keep-both') =>
        host().call('documents.save', { path: target, plan, expected, onConflict });
      doc.setSaveStatus({ kind: 'saving' });
      try {
        let saved = await write('ask');
        if (saved.kind === 'conflict') {
          doc.setSaveStatus({ kind: 'idle' });
          const choice = await ask(conflictQuestion(saved.conflict));
          if (choice === 'cancel') return false;
          if (choice === 'reload') {
            await adopt(async () => ({ doc: await host().call('documents.open', { path: target }), clean: true }));
            return false;
          }
          doc.setSaveStatus({ kind: 'saving' });
          saved = await write(choice);
          if (saved.kind === 'conflict') throw new Error(saved.conflict.message);
          if (saved.path !== target) notify('info', `Đã lưu bản của anh/chị thành tệp mới "${saved.path}"; tệp "${target}" giữ nguyên.`);
        }
        doc.markSaved(plan, saved.path, saved.savedAt, saved.version);
        if (saved.historyWarning !== undefined) notify('info', saved.historyWarning);
        await host()
          .call('recovery.discard', { id: state.sessionId })
          .catch(() => undefined);
        void refreshRecent();
        return true;
      } catch (error) {
        doc.setSaveStatus({ kind: 'error', message: errorMessage(error) });
        fail('Không lưu được', error);
        return false;
      }
    },
    [adopt, ask, fail, refreshRecent, notify],
  );

  /** Saves or drops unsaved work, as the user chooses. */
  const settle = useCallback(async (): Promise<Settle> => {
    const doc = storeRef.current;
    if (doc === null || !isDirty(doc.getState())) return 'discarded';
    const choice = await ask({
      title: 'Lưu thay đổi?',
      message: 'Kế hoạch có thay đổi chưa lưu. Lưu trước khi đóng?',
      choices: [
        { id: 'save', label: 'Lưu thay đổi', primary: true },
        { id: 'discard', label: 'Không lưu' },
        { id: 'cancel', label: 'Hủy' },
      ],
      cancel: 'cancel',
    });
    if (choice === 'cancel') return 'cancelled';
    if (choice === 'save') return (await save()) ? 'saved' : 'cancelled';
    return 'discarded';
  }, [ask, save]);

  /** Replaces the open document, after settling unsaved work; false when the user cancelled. */
  const replace = useCallback(
    async (load: () => Promise<Loaded | null>): Promise<boolean> => {
      if ((await settle()) === 'cancelled') return false;
      return adopt(load);
    },
    [adopt, settle],
  );

  const openPath = useCallback(
    async (path: string) => {
      await replace(async () => ({ doc: await host().call('documents.open', { path }), clean: true }));
    },
    [replace],
  );

  /**
   * The plan to write, checked first: with lỗi, the user is asked whether to write it anyway or
   * look at them (null). `action` names what was asked for ("xuất PDF"), `verb` the button's word.
   */
  const checkBeforeWriting = useCallback(
    async (doc: DocumentStore, action: string, verb: string): Promise<PlanDocument | null> => {
      const checker = checkerOf(doc);
      checker.setAgencies(agenciesRef.current);
      let checked: CheckResult;
      try {
        // The check may still be running (seconds on a long plan): the click is answered at once.
        checked = await withExportProgress(`Đang kiểm tra trước khi ${action}`, () => checker.current());
      } catch (error) {
        // The checker is a help, not a gate: a failed check is told and the plan written as it is.
        notify('error', errorMessage(error));
        return doc.getState().plan;
      }
      const blocking = blockingFindings(checked.findings);
      if (blocking.errors.length === 0 && blocking.unfinished.length === 0) return checked.plan;
      const choice = await ask(errorsQuestion(blocking, action, verb));
      if (choice === 'show') showFindings();
      return choice === 'go' ? checked.plan : null;
    },
    [ask, notify, showFindings],
  );

  const exportAs = useCallback(
    async (kind: 'docx' | 'pdf', wordNumbering = false) => {
      const doc = storeRef.current;
      if (doc === null) return;
      const label = kind === 'docx' ? 'DOCX' : 'PDF';
      const plan = await checkBeforeWriting(doc, `xuất ${label}`, 'xuất');
      if (plan === null) return;
      try {
        const chosen = await host().call('dialog.saveFile', { kind, defaultName: suggestedFileName(plan) });
        if (chosen === null) return;
        const written = await withExportProgress(`Đang xuất ${label}`, () =>
          kind === 'docx'
            ? host().call('export.docx', { path: chosen.path, plan, wordNumbering })
            : host().call('export.pdf', { path: chosen.path, plan }),
        );
        notify('info', `Đã xuất ${label}: ${written.path}`, {
          label: 'Mở thư mục',
          run: () => void host().call('shell.showInFolder', { path: written.path }),
        });
        offerDownload(written.path);
      } catch (error) {
        fail(`Không xuất được ${label}`, error);
      }
    },
    [checkBeforeWriting, fail, notify],
  );

  const actions = useMemo<DocumentActions>(
    () => ({
      async createFromTemplate(templateId) {
        await replace(async () => ({ doc: await host().call('documents.create', { templateId }), clean: true }));
      },
      openPath,
      openTracked: (folder, file, place) =>
        replace(async () => ({ doc: await host().call('tracking.openPlan', { folder, file }), clean: true, focus: place })),
      async openFile(file) {
        const path = host().pathForFile(file);
        if (path !== '') {
          await openPath(path);
          return;
        }
        await replace(async () => ({
          doc: await host().call('documents.openContent', { name: file.name, text: await file.text() }),
          clean: true,
        }));
      },
      async openWithDialog() {
        const chosen = await host()
          .call('dialog.openPlan', {})
          .catch((error: unknown) => {
            fail('Không mở được', error);
            return null;
          });
        if (chosen !== null) await openPath(chosen.path);
      },
      async restore(entry: RecoveryEntry) {
        await replace(async () => {
          const restored = await host().call('recovery.restore', { id: entry.id });
          return {
            doc: { plan: restored.plan, path: restored.path, version: restored.version, readOnly: null, warnings: [] },
            sessionId: entry.id,
            clean: false,
          };
        });
        setInfo((current) => (current === null ? current : { ...current, recovery: current.recovery.filter((r) => r.id !== entry.id) }));
      },
      async discardRecovery(entry) {
        const choice = await ask({
          title: 'Bỏ bản tự lưu?',
          message: `Bản tự lưu "${entry.title}" sẽ bị xóa và không lấy lại được.`,
          choices: [
            { id: 'drop', label: 'Xóa bản tự lưu' },
            { id: 'keep', label: 'Giữ lại', primary: true },
          ],
          cancel: 'keep',
        });
        if (choice !== 'drop') return;
        await host()
          .call('recovery.discard', { id: entry.id })
          .catch((error: unknown) => {
            fail('Không xóa được', error);
          });
        setInfo((current) => (current === null ? current : { ...current, recovery: current.recovery.filter((r) => r.id !== entry.id) }));
      },
      async forgetRecent(path) {
        const recent = await host().call('recent.remove', { path });
        setInfo((current) => (current === null ? current : { ...current, recent }));
      },
      save: () => save(false),
      saveAs: () => save(true),
      exportDocx: () => exportAs('docx'),
      exportDocxForWord: () => exportAs('docx', true),
      exportPdf: () => exportAs('pdf'),
      async print() {
        const doc = storeRef.current;
        if (doc === null) return;
        const plan = await checkBeforeWriting(doc, 'in', 'in');
        if (plan === null) return;
        try {
          const { path } = await withExportProgress('Đang chuẩn bị bản in', () => host().call('print.pdf', { plan }));
          offerDownload(path);
        } catch (error) {
          fail('Không in được', error);
        }
      },
      adoptPlan: (plan, warnings = []) =>
        replace(() => Promise.resolve({ doc: { plan, path: null, version: null, readOnly: null, warnings: [...warnings] }, clean: false })),
      async openVersion(path, id) {
        await replace(async () => ({ doc: await host().call('versions.open', { path, id }), clean: true }));
      },
      async restoreVersion(path, id) {
        await replace(async () => {
          // Asked after unsaved work is settled: a save on the way moves what the window last saw. A
          // version being viewed carries the plan's file as it was when the version was opened.
          const state = storeRef.current?.getState();
          const expected = state?.path === path ? state.version : null;
          const restore = (onConflict: 'ask' | 'overwrite' | 'keep-both') =>
            host().call('versions.restore', { path, id, expected, onConflict });
          let restored = await restore('ask');
          if (restored.kind === 'conflict') {
            const choice = await ask(conflictQuestion(restored.conflict));
            if (choice === 'cancel') return null;
            if (choice === 'reload') return { doc: await host().call('documents.open', { path }), clean: true };
            restored = await restore(choice);
            if (restored.kind === 'conflict') throw new Error(restored.conflict.message);
          }
          return { doc: restored, clean: true };
        });
      },
      async closeDocument() {
        const previous = storeRef.current;
        if ((await settle()) === 'cancelled') return;
        if (previous !== null)
          await host()
            .call('recovery.discard', { id: previous.getState().sessionId })
            .catch(() => undefined);
        setStore(null);
      },
      async setPreferences(preferences: Preferences) {
        try {
          const saved = await host().call('preferences.set', preferences);
          setInfo((current) => (current === null ? current : { ...current, preferences: saved }));
        } catch (error) {
          fail('Không lưu được cài đặt', error);
        }
      },
      async setHomeProvince(province: string) {
        try {
          const agencies = await host().call('agencies.setProvince', { province });
          setInfo((current) => (current === null ? current : { ...current, agencies }));
        } catch (error) {
          fail('Không lưu được tỉnh, thành phố', error);
        }
      },
    }),
    [ask, checkBeforeWriting, exportAs, fail, openPath, replace, save, settle],
  );

  useEffect(() => {
    let cancelled = false;
    // A function, so the check after each await is not narrowed away by the one before it.
    const stopped = (): boolean => cancelled;
    void (async () => {
      try {
        const init = await host().call('app.init', {});
        if (stopped()) return;
        setInfo({ host: init.host, recent: init.recent, recovery: init.recovery, preferences: init.preferences, agencies: null });
        for (const warning of init.warnings) notify('error', warning);
        if (init.openPath !== null) await openPath(init.openPath);
        const agencies = await host().call('agencies.get', {});
        if (!stopped()) setInfo((current) => (current === null ? current : { ...current, agencies }));
      } catch (error) {
        fail('Không khởi động được', error);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [fail, notify, openPath]);

  const autosaveSeconds = info?.preferences.autosaveSeconds ?? null;
  useEffect(() => {
    if (store === null || autosaveSeconds === null) return undefined;
    return startAutosave(store, autosaveSeconds);
  }, [store, autosaveSeconds]);

  const settleBeforeClose = useCallback(async () => {
    const previous = storeRef.current;
    const result = await settle();
    if (result === 'cancelled') return false;
    if (previous !== null)
      await host()
        .call('recovery.discard', { id: previous.getState().sessionId })
        .catch(() => undefined);
    return true;
  }, [settle]);

  return { store, info, actions, settleBeforeClose };
}
