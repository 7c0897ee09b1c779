/**
 * One import at a time, from a chosen file or pasted text, through the host. A newer import, or
 * the dialog closing, makes an older one's answer irrelevant: it is dropped when it arrives.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelOutput, ImportResult } from '../../shared/ipc';
import { errorMessage, host } from '../host/host';
import { fileToBase64 } from '../components/file-base64';
import { fileRefusal, sizeText } from './file-data';

export type ImportSource = { readonly kind: 'file'; readonly name: string } | { readonly kind: 'text' };

export type ImportRun =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly source: ImportSource; readonly step: string }
  | { readonly state: 'failed'; readonly source: ImportSource; readonly message: string }
  | { readonly state: 'done'; readonly source: ImportSource; readonly result: ImportResult; readonly serial: number };

export interface ImportRunner {
  readonly run: ImportRun;
  readonly importFile: (file: File) => void;
  readonly importText: (text: string) => void;
  readonly reset: () => void;
}

/** Asks what to do with a reviewed file's pending changes: its answer, or 'stop'. */
export type AskRevisions = (pending: PendingReviewCounts, name: string) => Promise<'accept' | 'reject' | 'stop'>;

export type PendingReviewCounts = ChannelOutput<'import.pendingReview'>;

export function useImportRun(askRevisions: AskRevisions): ImportRunner {
  const [run, setRun] = useState<ImportRun>({ state: 'idle' });
  const serial = useRef(0);
  useEffect(
    () => () => {
      serial.current++;
    },
    [],
  );

  const start = useCallback((source: ImportSource, step: string, work: (update: (step: string) => void) => Promise<ImportResult>) => {
    const mine = ++serial.current;
    const current = (): boolean => serial.current === mine;
    setRun({ state: 'running', source, step });
    void work((next) => {
      if (current()) setRun({ state: 'running', source, step: next });
    }).then(
      (result) => {
        if (current()) setRun({ state: 'done', source, result, serial: mine });
      },
      (error: unknown) => {
        if (current()) setRun({ state: 'failed', source, message: errorMessage(error) });
      },
    );
  }, []);

  const importFile = useCallback(
    (file: File) => {
      const source: ImportSource = { kind: 'file', name: file.name };
      const refusal = fileRefusal(file);
      if (refusal !== null) {
        serial.current++;
        setRun({ state: 'failed', source, message: refusal });
        return;
      }
      start(source, `Đang đọc tệp "${file.name}" (${sizeText(file.size)})…`, async (update) => {
        const data = await fileToBase64(file);
        // A reviewed file's tracked changes and comments are never applied or dropped unasked.
        const pending = await host().call('import.pendingReview', { name: file.name, data });
        const total = pending.insertions + pending.deletions + pending.moves + pending.formatting + pending.comments;
        const choice = total === 0 ? null : await askRevisions(pending, file.name);
        if (choice === 'stop') throw new Error(`Đã dừng nhập "${file.name}": tệp còn thay đổi được theo dõi và ý kiến chưa xử lý.`);
        update(`Đang nhận dạng "${file.name}"…`);
        return host().call('import.file', { name: file.name, data, ...(choice === null ? {} : { revisions: choice }) });
      });
    },
    [start, askRevisions],
  );

  const importText = useCallback(
    (text: string) => {
      start({ kind: 'text' }, 'Đang nhận dạng văn bản dán…', () => host().call('import.text', { text }));
    },
    [start],
  );

  const reset = useCallback(() => {
    serial.current++;
    setRun({ state: 'idle' });
  }, []);

  return { run, importFile, importText, reset };
}
