/**
 * The first screen: the template gallery ("Tạo kế hoạch mới"), "Mở tệp", the recent files, and
 * whatever unsaved work a crash left behind, offered first.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { profileFor, systemLabel } from '../../shared/format';
import type { ChannelOutput } from '../../shared/ipc';
import type { System } from '../../shared/model';
import { formatDateTime } from '../components/date-time';
import { errorMessage, host } from '../host/host';
import { useAppInfo, useDocumentActions } from '../base/app-context';
import { HomeProvince } from './HomeProvince';
import { OpenFileButton } from './OpenFileButton';

type TemplateList = ChannelOutput<'templates.list'>;

function RecoveryList(): ReactNode {
  const { recovery } = useAppInfo();
  const actions = useDocumentActions();
  if (recovery.length === 0) return null;
  return (
    <section className="start-recovery" aria-labelledby="recovery-title">
      <h2 id="recovery-title">Khôi phục công việc chưa lưu</h2>
      <p>Lần làm việc trước kết thúc đột ngột. Các bản tự lưu dưới đây còn giữ những thay đổi chưa lưu.</p>
      <ul>
        {recovery.map((entry) => (
          <li key={entry.id}>
            <div>
              <strong>{entry.title}</strong>
              <span className="muted">
                {' '}
                · {entry.path ?? 'chưa lưu thành tệp'} · tự lưu lúc {formatDateTime(entry.savedAt)}
              </span>
            </div>
            <button type="button" className="primary" onClick={() => void actions.restore(entry)}>
              Khôi phục
            </button>
            <button type="button" onClick={() => void actions.discardRecovery(entry)}>
              Bỏ bản này
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function TemplateGallery(): ReactNode {
  const actions = useDocumentActions();
  const [templates, setTemplates] = useState<TemplateList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const name = useId();
  useEffect(() => {
    host()
      .call('templates.list', {})
      .then((list) => {
        setTemplates(list);
        setChosen((current) => (current === '' ? (list[0]?.id ?? '') : current));
      })
      .catch((e: unknown) => {
        setError(errorMessage(e));
      });
  }, []);
  return (
    <section className="start-templates" aria-labelledby="templates-title">
      <h2 id="templates-title">Tạo từ mẫu</h2>
      {error !== null && <p role="alert">Không tải được danh sách mẫu: {error}</p>}
      <div role="radiogroup" aria-label="Mẫu kế hoạch" className="template-grid">
        {(templates ?? []).map((t) => (
          <label key={t.id} className={`template-card${chosen === t.id ? ' chosen' : ''}`}>
            <input
              type="radio"
              name={name}
              value={t.id}
              checked={chosen === t.id}
              onChange={() => {
                setChosen(t.id);
              }}
            />
            <span className="template-name">{t.name}</span>
            <span className={`badge badge-${t.system}`}>{templateBadge(t.system)}</span>
            <span className="template-description">{t.description}</span>
          </label>
        ))}
      </div>
      <button
        type="button"
        className="primary large"
        disabled={chosen === '' || busy}
        onClick={() => {
          setBusy(true);
          void actions.createFromTemplate(chosen).finally(() => {
            setBusy(false);
          });
        }}
      >
        Tạo kế hoạch mới
      </button>
    </section>
  );
}

function RecentFiles(): ReactNode {
  const { recent } = useAppInfo();
  const actions = useDocumentActions();
  return (
    <section className="start-recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Tệp gần đây</h2>
      {recent.length === 0 ? (
        <p className="muted">Chưa có tệp nào.</p>
      ) : (
        <ul>
          {recent.map((file) => (
            <li key={file.path}>
              <button type="button" className="link" title={file.path} onClick={() => void actions.openPath(file.path)}>
                <span className="recent-title">{file.title}</span>
                <span className="muted recent-path">{file.path}</span>
              </button>
              <button
                type="button"
                className="icon"
                aria-label={`Bỏ "${file.title}" khỏi danh sách`}
                onClick={() => void actions.forgetRecent(file.path)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Văn bản của Đảng (HD 05-HD/VPTW)": the system and the guide a plan made from the template today follows. */
function templateBadge(system: System): string {
  const now = new Date();
  const profile = profileFor(system, { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  return `Văn bản của ${systemLabel(system)} (${profile.shortName})`;
}

export interface StartScreenProps {
  readonly onBack: (() => void) | null;
  readonly onImport: () => void;
  readonly onTrack: () => void;
}

export function StartScreen({ onBack, onImport, onTrack }: StartScreenProps): ReactNode {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <main className="start-screen">
      <header>
        <h1 ref={heading} tabIndex={-1}>
          Kế hoạch Studio
        </h1>
        <p className="muted">Soạn kế hoạch của cơ quan Đảng và Nhà nước, xuất DOCX và PDF đúng thể thức.</p>
        <div className="start-actions">
          <OpenFileButton />
          <button type="button" onClick={onImport}>
            Nhập văn bản
          </button>
          <button type="button" onClick={onTrack}>
            Theo dõi triển khai
          </button>
          {onBack !== null && (
            <button type="button" onClick={onBack}>
              Quay lại kế hoạch đang mở
            </button>
          )}
        </div>
      </header>
      <RecoveryList />
      <HomeProvince />
      <TemplateGallery />
      <RecentFiles />
    </main>
  );
}
