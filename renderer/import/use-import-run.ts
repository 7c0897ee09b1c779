/**
 * One import at a time, from a chosen file or pasted text, through the host. A newer import, or
 * the dialog closing, makes an older one's answer irrelevant: it is dropped when it arrives. A file
 * is read by the host's isolation process under an id the page makes up: its pages read show as
 * progress, and "Dừng", a newer import or the dialog closing stop it there (the process ends).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelOutput, ImportResult } from '../../shared/ipc';
import { errorMessage, host } from '../host/host';
import { fileToBase64 } from '../components/file-base64';
import { fileRefusal, sizeText } from './file-data';

export interface PagesRead {
  readonly page: number;
  readonly pages: number;
}

export type ImportSource = { readonly kind: 'file'; readonly name: string } | { readonly kind: 'text' };

export type ImportRun =
  | { readonly state: 'idle' }
  | {
      readonly state: 'running';
      readonly source: ImportSource;
      readonly step: string;
      /** Pages read so far, once the reader says (a PDF or a scan). */
      readonly progress: PagesRead | null;
    }
  | { readonly state: 'failed'; readonly source: ImportSource; readonly message: string }
  | { readonly state: 'done'; readonly source: ImportSource; readonly result: ImportResult; readonly serial: number };

export interface ImportRunner {
  readonly run: ImportRun;
  readonly importFile: (file: File) => void;
  readonly importText: (text: string) => void;
  readonly reset: () => void;
  /** Stops the file being read; null when no file is being read. */
  readonly cancel: (() => void) | null;
}

type Update = (step: string, progress?: PagesRead) => void;

/** Asks the host to stop a reading; its own call then answers that it was stopped, and is dropped. */
function stopReading(jobId: string): void {
  void host()
    .call('import.cancel', { jobId })
    .catch(() => undefined);
}

/** Asks what to do with a reviewed file's pending changes: its answer, or 'stop'. */
export type AskRevisions = (pending: PendingReviewCounts, name: string) => Promise<'accept' | 'reject' | 'stop'>;

export type PendingReviewCounts = ChannelOutput<'import.pendingReview'>;

export function useImportRun(askRevisions: AskRevisions): ImportRunner {
  const [run, setRun] = useState<ImportRun>({ state: 'idle' });
  const serial = useRef(0);
  /** The host's reading of the file being imported. */
  const reading = useRef<string | null>(null);
  const stop = useCallback(() => {
    serial.current++;
    if (reading.current !== null) stopReading(reading.current);
    reading.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (source: ImportSource, step: string, work: (update: Update) => Promise<ImportResult>) => {
      stop();
      const mine = serial.current;
      const current = (): boolean => serial.current === mine;
      setRun({ state: 'running', source, step, progress: null });
      void work((next, progress) => {
        if (current()) setRun({ state: 'running', source, step: next, progress: progress ?? null });
      }).then(
        (result) => {
          if (current()) setRun({ state: 'done', source, result, serial: mine });
        },
        (error: unknown) => {
          if (current()) setRun({ state: 'failed', source, message: errorMessage(error) });
        },
      );
    },
    [stop],
  );

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
        const jobId = crypto.randomUUID();
        reading.current = jobId;
        const off = host().on('import.progress', (progress) => {
          if (progress.jobId === jobId) update(progress.message, progress);
        });
        try {
          // A reviewed file's tracked changes and comments are never applied or dropped unasked.
          const pending = await host().call('import.pendingReview', { name: file.name, data, jobId });
          const total = pending.insertions + pending.deletions + pending.moves + pending.formatting + pending.comments;
          const choice = total === 0 ? null : await askRevisions(pending, file.name);
          if (choice === 'stop') throw new Error(`Đã dừng nhập "${file.name}": tệp còn thay đổi được theo dõi và ý kiến chưa xử lý.`);
          update(`Đang nhận dạng "${file.name}"…`);
          return await host().call('import.file', { name: file.name, data, jobId, ...(choice === null ? {} : { revisions: choice }) });
        } finally {
          off();
          if (reading.current === jobId) reading.current = null;
        }
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
    stop();
    setRun({ state: 'idle' });
  }, [stop]);

  const cancel = run.state === 'running' && run.source.kind === 'file' ? reset : null;
  return { run, importFile, importText, reset, cancel };
}
