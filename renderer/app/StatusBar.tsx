/** Saved or not, where, and when the last autosave happened (or why it did not, or that the file changed). */
import type { ReactNode } from 'react';
import { getProfile } from '../../shared/format';
import { isDirty } from '../state/document-store';
import { useDocument } from '../state/use-document';

function time(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString('vi-VN');
}

export function StatusBar(): ReactNode {
  const dirty = useDocument(isDirty);
  const path = useDocument((s) => s.path);
  const readOnly = useDocument((s) => s.readOnly);
  const status = useDocument((s) => s.saveStatus);
  const autosave = useDocument((s) => s.autosave);
  const profile = useDocument((s) => s.plan.profile);
  let state: string;
  if (status.kind === 'saving') state = 'Đang lưu…';
  else if (readOnly !== null) state = 'Chỉ xem: lưu sẽ tạo tệp mới';
  else if (path === null) state = 'Chưa lưu thành tệp';
  else state = dirty ? 'Có thay đổi chưa lưu' : 'Đã lưu';
  return (
    <footer className="status-bar">
      <span role="status" aria-label="Trạng thái lưu" data-dirty={dirty} className={dirty ? 'status-dirty' : 'status-clean'}>
        {state}
      </span>
      {status.kind === 'error' && <span className="status-error">Lần lưu trước bị lỗi: {status.message}</span>}
      {dirty && autosave.kind === 'saved' && <span className="muted">Tự lưu lúc {time(autosave.at)}</span>}
      {dirty && autosave.kind === 'failed' && (
        <span className="status-error" role="alert">
          Tự lưu bị lỗi, thay đổi chưa được giữ: {autosave.message}
        </span>
      )}
      {autosave.kind === 'conflict' && (
        <span className="status-error" role="alert">
          {autosave.message} Thay đổi của anh/chị được tự lưu riêng, không ghi vào tệp; bấm "Lưu" để chọn cách lưu.
        </span>
      )}
      <span className="status-path" title={path ?? ''}>
        {path ?? 'Kế hoạch mới'}
      </span>
      <span className="muted">Thể thức: {getProfile(profile).shortName}</span>
    </footer>
  );
}
