/**
 * "Kiểm tra tệp DOCX…": a received document checked without importing it. The file is chosen
 * through a standard file input; its findings, named by the DOCX's own sections and paragraphs,
 * are listed apart from the open plan's until the user closes them.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { FindingData } from '../../shared/ipc';
import { useDialogs } from '../app/dialogs';
import { errorMessage, host } from '../host/host';
import { fileToBase64 } from '../components/file-base64';
import { onFileChosen } from '../components/file-chosen';
import { FindingGroups } from './FindingGroups';
import { FindingItem } from './FindingItem';
import { countsText } from './finding-text';
import { setReceivedCheck, useReceivedCheck, type ReceivedCheck } from './received-docx';

export function DocxCheckButton(): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const { notify } = useDialogs();
  const check = async (file: File): Promise<void> => {
    setBusy(true);
    try {
      const data = await fileToBase64(file);
      const { findings } = await host().call('check.docx', { name: file.name, data });
      setReceivedCheck({ name: file.name, data, findings });
    } catch (error) {
      notify('error', `Không kiểm tra được tệp "${file.name}": ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="fp-docx-button" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? 'Đang kiểm tra tệp…' : 'Kiểm tra tệp DOCX…'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        aria-label="Chọn tệp DOCX để kiểm tra"
        tabIndex={-1}
        onChange={onFileChosen((file) => void check(file))}
      />
    </>
  );
}

/** "Lưu bản có nhận xét…": a copy of the checked file with each finding as a Word comment, to send back. */
function AnnotateButton({ received }: { readonly received: ReceivedCheck }): ReactNode {
  const [busy, setBusy] = useState(false);
  const { notify } = useDialogs();
  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      const defaultName = `${received.name.replace(/\.docx$/iu, '')} - nhận xét`;
      const chosen = await host().call('dialog.saveFile', { kind: 'docx', defaultName });
      if (chosen === null) return;
      const { path, comments } = await host().call('check.annotateDocx', { name: received.name, data: received.data, path: chosen.path });
      notify('info', `Đã ghi ${comments} nhận xét vào bản sao ${path}; tệp nhận được giữ nguyên.`);
    } catch (error) {
      notify('error', `Không ghi được bản có nhận xét: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" disabled={busy || received.findings.length === 0} onClick={() => void save()}>
      {busy ? 'Đang ghi nhận xét…' : 'Lưu bản có nhận xét…'}
    </button>
  );
}

export function ReceivedFindings(): ReactNode {
  const received = useReceivedCheck();
  const item = useCallback((finding: FindingData, index: number) => <FindingItem key={index} finding={finding} place={null} />, []);
  if (received === null) return null;
  return (
    <section className="fp-received" aria-label={`Kết quả kiểm tra tệp ${received.name}`}>
      <div className="fp-received-head">
        <h3>
          Tệp <span className="fp-file">{received.name}</span>
        </h3>
        <button
          type="button"
          className="icon"
          aria-label="Đóng kết quả kiểm tra tệp"
          title="Đóng"
          onClick={() => {
            setReceivedCheck(null);
          }}
        >
          ✕
        </button>
      </div>
      <p className="fp-counts">{countsText(received.findings)}</p>
      <p className="fp-note">Tệp được kiểm tra riêng, không nhập vào kế hoạch đang mở.</p>
      <AnnotateButton received={received} />
      <FindingGroups findings={received.findings} scope=" của tệp" item={item} />
    </section>
  );
}
