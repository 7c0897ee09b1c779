/**
 * "Nhập văn bản": a superior's DOCX, PDF or TXT chosen through a standard file input, or text
 * pasted in, recognized by the host; the report and the result side by side; a plan made only when
 * the clerk confirms. Nothing here touches the open document until then.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { describePendingReview } from '../../shared/import/docx/pending-review';
import { useDialogs } from '../base/dialogs';
import { Modal } from '../components/Modal';
import { FileChooser } from '../components/FileChooser';
import { ImportFooter } from './ImportFooter';
import { ImportResultStep } from './ImportResultStep';
import { useImportRun, type AskRevisions, type ImportRun } from './use-import-run';
import './import.css';

function RunStatus({ run, onCancel }: { run: ImportRun; onCancel: (() => void) | null }): ReactNode {
  return (
    <>
      <div className="import-status" role="status">
        {run.state === 'running' && (
          <>
            {run.progress === null ? (
              <progress aria-label="Tiến trình nhập" />
            ) : (
              <progress aria-label="Tiến trình nhập" value={run.progress.page} max={run.progress.pages} />
            )}
            <span>{run.step}</span>
            {onCancel !== null && (
              <button type="button" onClick={onCancel}>
                Dừng
              </button>
            )}
          </>
        )}
      </div>
      {run.state === 'failed' && (
        <p className="import-error" role="alert">
          Không nhập được: {run.message}
        </p>
      )}
    </>
  );
}

interface PasteStepProps {
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly busy: boolean;
  readonly onRecognize: () => void;
  readonly onClose: () => void;
}

function PasteStep({ text, onText, busy, onRecognize, onClose }: PasteStepProps): ReactNode {
  const id = useId();
  return (
    <>
      <div className="import-paste">
        <label htmlFor={id}>Dán văn bản</label>
        <p className="muted">
          Dán toàn văn kế hoạch (chép từ Word hoặc PDF), từ phần đầu đến nơi nhận và các phụ lục. Hàng bảng chép từ Word có dấu tab giữa các
          ô.
        </p>
        <textarea
          id={id}
          value={text}
          spellCheck={false}
          onChange={(event) => {
            onText(event.currentTarget.value);
          }}
        />
        <div>
          <button type="button" disabled={busy || text.trim() === ''} onClick={onRecognize}>
            Nhận dạng văn bản dán
          </button>
        </div>
      </div>
      <ImportFooter onCancel={onClose} onConfirm={null}>
        Chọn một tệp hoặc dán văn bản để xem ứng dụng nhận dạng được gì trước khi tạo kế hoạch.
      </ImportFooter>
    </>
  );
}

export function ImportDialog({ onClose }: { onClose: () => void }): ReactNode {
  const { ask } = useDialogs();
  const askRevisions = useCallback<AskRevisions>(
    (pending, name) =>
      ask({
        title: 'Tệp đã qua góp ý',
        message: `"${name}" còn ${describePendingReview(pending)} chưa được xử lý. Chấp nhận tất cả (lấy văn bản như người góp ý sửa) hay từ chối tất cả (giữ văn bản như khi gửi đi)? Ý kiến (comment) không đưa vào nội dung kế hoạch.`,
        choices: [
          { id: 'accept', label: 'Chấp nhận tất cả', primary: true },
          { id: 'reject', label: 'Từ chối tất cả' },
          { id: 'stop', label: 'Dừng' },
        ],
        cancel: 'stop',
      }),
    [ask],
  );
  const { run, importFile, importText, reset, cancel } = useImportRun(askRevisions);
  const [text, setText] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    fileInput.current?.focus();
  }, []);
  return (
    <Modal className="import-dialog" labelledBy="import-title" onClose={onClose}>
      <header className="import-header">
        <h2 id="import-title">Nhập văn bản</h2>
        <FileChooser
          label="Chọn tệp DOCX, PDF hoặc TXT"
          accept=".docx,.pdf,.txt,.png,.jpg,.jpeg,.tif,.tiff"
          inputRef={fileInput}
          onChoose={importFile}
        />
        {run.state === 'done' && (
          <button type="button" onClick={reset}>
            Dán văn bản khác
          </button>
        )}
        <span className="muted">
          Tệp Word (.docx), PDF (.pdf, cả bản quét), văn bản thuần (.txt) hoặc ảnh quét (.png, .jpg, .tif): chữ trên bản quét được nhận dạng
          ngay trên máy này.
        </span>
      </header>
      <RunStatus run={run} onCancel={cancel} />
      {run.state === 'done' ? (
        <ImportResultStep key={run.serial} source={run.source} result={run.result} onClose={onClose} />
      ) : (
        <PasteStep
          text={text}
          onText={setText}
          busy={run.state === 'running'}
          onRecognize={() => {
            importText(text);
          }}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}
