/**
 * "Phiên bản": the versions kept in the plan's history (one per save that changed it), newest
 * first, each with its time and a name the clerk may give ("Dự thảo lần 2", "Bản trình ký");
 * "Xem" opens one read-only, "So sánh" shows it beside the open plan change by change, "Khôi phục"
 * saves it back as the newest version. A file received back (.kehoach, or a DOCX with its tracked
 * changes taken) is compared with the open plan the same way.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { PlanVersionInfo } from '../../shared/ipc';
import type { PlanDocument } from '../../shared/model';
import { useDocumentActions } from '../base/app-context';
import { useDialogs } from '../base/dialogs';
import { CompareDialog } from '../compare/CompareDialog';
import { formatDateTime } from '../components/date-time';
import { fileToBase64 } from '../components/file-base64';
import { FileChooser } from '../components/FileChooser';
import { errorMessage, host } from '../host/host';
import { useDocument, useDocumentStore } from '../state/use-document';
import './versions.css';

type Listing = { readonly versions: readonly PlanVersionInfo[] } | { readonly error: string } | null;

function versionTitle(version: PlanVersionInfo): string {
  return version.name === '' ? `Phiên bản ${version.id.slice(1)}` : version.name;
}

function NameField({
  path,
  version,
  onNamed,
}: {
  path: string;
  version: PlanVersionInfo;
  onNamed: (list: PlanVersionInfo[]) => void;
}): ReactNode {
  const { notify } = useDialogs();
  const [name, setName] = useState(version.name);
  useEffect(() => {
    setName(version.name);
  }, [version.name]);
  const commit = (): void => {
    const next = name.normalize('NFC').trim();
    if (next === version.name) return;
    host()
      .call('versions.name', { path, id: version.id, name: next })
      .then(onNamed, (error: unknown) => {
        notify('error', `Không đặt được tên: ${errorMessage(error)}`);
        setName(version.name);
      });
  };
  return (
    <input
      className="version-name"
      aria-label={`Tên của phiên bản ${version.id.slice(1)}`}
      placeholder="Đặt tên (ví dụ: Dự thảo lần 2)"
      maxLength={200}
      value={name}
      onChange={(e) => {
        setName(e.target.value);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

/** What the open plan is compared with: an older version, or a file received back (the newer side). */
interface Comparing {
  readonly plan: PlanDocument;
  readonly label: string;
  readonly received: boolean;
}

/** A .kehoach read as it is; a DOCX, PDF or text recognized, a reviewed DOCX with its changes accepted. */
async function readReceived(file: File): Promise<PlanDocument> {
  if (file.name.toLowerCase().endsWith('.kehoach')) {
    return (await host().call('documents.openContent', { name: file.name, text: await file.text() })).plan;
  }
  return (await host().call('import.file', { name: file.name, data: await fileToBase64(file), revisions: 'accept' })).plan;
}

export function VersionsPanel(): ReactNode {
  const store = useDocumentStore();
  const path = useDocument((s) => s.path);
  const plan = useDocument((s) => s.plan);
  const [comparing, setComparing] = useState<Comparing | null>(null);
  const savedAt = useDocument((s) => (s.saveStatus.kind === 'saved' ? s.saveStatus.at : null));
  const actions = useDocumentActions();
  const { ask, notify } = useDialogs();
  const [listing, setListing] = useState<Listing>(null);

  useEffect(() => {
    if (path === null) return undefined;
    let live = true;
    host()
      .call('versions.list', { path })
      .then(
        (versions) => {
          if (live) setListing({ versions });
        },
        (error: unknown) => {
          if (live) setListing({ error: errorMessage(error) });
        },
      );
    return () => {
      live = false;
    };
    // A save adds a version, and a restore opens a new document: the list is read again after each.
  }, [store, path, savedAt]);

  const restore = async (planPath: string, version: PlanVersionInfo): Promise<void> => {
    const choice = await ask({
      title: 'Khôi phục phiên bản?',
      message: `"${versionTitle(version)}" (${formatDateTime(version.time)}) sẽ được lưu lại thành bản mới nhất của kế hoạch. Bản hiện tại vẫn được giữ trong danh sách phiên bản.`,
      choices: [
        { id: 'restore', label: 'Khôi phục', primary: true },
        { id: 'cancel', label: 'Hủy' },
      ],
      cancel: 'cancel',
    });
    if (choice === 'restore') await actions.restoreVersion(planPath, version.id);
  };

  const compare = (planPath: string, version: PlanVersionInfo): void => {
    host()
      .call('versions.open', { path: planPath, id: version.id })
      .then(
        (opened) => {
          setComparing({ plan: opened.plan, label: `${versionTitle(version)} (${formatDateTime(version.time)})`, received: false });
        },
        (error: unknown) => {
          notify('error', `Không so sánh được: ${errorMessage(error)}`);
        },
      );
  };

  const compareWithFile = (file: File): void => {
    readReceived(file).then(
      (received) => {
        setComparing({ plan: received, label: file.name, received: true });
      },
      (error: unknown) => {
        notify('error', `Không so sánh được: ${errorMessage(error)}`);
      },
    );
  };

  return (
    <div className="versions-panel">
      <h2>Phiên bản</h2>
      <div className="version-received">
        <FileChooser label="So sánh với tệp nhận lại (.kehoach, .docx)…" accept=".kehoach,.docx,.pdf,.txt" onChoose={compareWithFile} />
      </div>
      {path === null && (
        <p className="muted">
          Kế hoạch chưa được lưu thành tệp. Mỗi lần lưu có thay đổi sẽ giữ lại một phiên bản để xem lại hoặc khôi phục.
        </p>
      )}
      {path !== null && listing === null && <p className="muted">Đang đọc danh sách phiên bản…</p>}
      {path !== null && listing !== null && 'error' in listing && <p role="alert">{listing.error}</p>}
      {path !== null && listing !== null && 'versions' in listing && listing.versions.length === 0 && (
        <p className="muted">Chưa có phiên bản nào. Lần lưu tới sẽ giữ lại phiên bản đầu tiên.</p>
      )}
      {path !== null && listing !== null && 'versions' in listing && listing.versions.length > 0 && (
        <ol className="version-list" aria-label="Các phiên bản, mới nhất trước">
          {listing.versions.map((version) => (
            <li key={version.id} className="version-item">
              <div className="version-head">
                <span className="version-title">{versionTitle(version)}</span>
                <span className="muted"> · {formatDateTime(version.time)}</span>
                {version.restoredFrom !== undefined && (
                  <span className="muted"> · khôi phục từ phiên bản {version.restoredFrom.slice(1)}</span>
                )}
              </div>
              <NameField
                path={path}
                version={version}
                onNamed={(versions) => {
                  setListing({ versions });
                }}
              />
              <div className="version-actions">
                <button type="button" onClick={() => void actions.openVersion(path, version.id)}>
                  Xem
                </button>
                <button
                  type="button"
                  onClick={() => {
                    compare(path, version);
                  }}
                >
                  So sánh với bản đang mở
                </button>
                <button type="button" onClick={() => void restore(path, version)}>
                  Khôi phục
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {comparing !== null && (
        <CompareDialog
          oldPlan={comparing.received ? plan : comparing.plan}
          newPlan={comparing.received ? comparing.plan : plan}
          oldLabel={comparing.received ? 'Bản đang mở' : comparing.label}
          newLabel={comparing.received ? comparing.label : 'Bản đang mở'}
          onClose={() => {
            setComparing(null);
          }}
        />
      )}
    </div>
  );
}
