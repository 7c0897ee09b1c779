/**
 * The side panel's "Kiểm tra" tab: the open plan's format findings by severity, each taking the
 * user to its place and offering its fix, refreshed after each pause in the editing; and the
 * findings of a received DOCX checked without importing it, in a list of their own.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import type { Finding } from '../../shared/check';
import { useDialogs } from '../base/dialogs';
import { errorMessage } from '../host/host';
import { useDocumentStore } from '../state/use-document';
import { applyFindingFix } from './apply-finding-fix';
import { DocxCheckButton, ReceivedFindings } from './DocxCheck';
import { placeOf } from './finding-place';
import { countsText } from './finding-text';
import { FindingGroups } from './FindingGroups';
import { FindingItem } from './FindingItem';
import { checkerOf, useFindings } from './use-findings';
import { useGoToPlace } from './use-go-to-place';
import './findings.css';

export function FindingsPanel(): ReactNode {
  const { result, pending, error } = useFindings();
  const store = useDocumentStore();
  const goTo = useGoToPlace();
  const { notify } = useDialogs();

  const places = useMemo(
    () => result?.findings.map((f) => (f.location.kind === 'plan' ? placeOf(result.plan, f.location.path) : null)) ?? [],
    [result],
  );
  const fix = useCallback(
    (finding: Finding) => {
      if (result === null) return;
      applyFindingFix(store, checkerOf(store), result, finding).then(
        (applied) => {
          if (!applied) notify('info', 'Mục này đã thay đổi từ lần kiểm tra trước; danh sách đang được cập nhật.');
        },
        (failure: unknown) => {
          notify('error', `Không sửa được: ${errorMessage(failure)}`);
        },
      );
    },
    [store, result, notify],
  );
  const item = useCallback(
    (finding: Finding, index: number) => (
      <FindingItem
        key={index}
        finding={finding}
        place={places[index] ?? null}
        onGo={goTo}
        {...(finding.fix === undefined
          ? {}
          : {
              fix: {
                label: finding.fix.label,
                apply: () => {
                  fix(finding);
                },
              },
            })}
      />
    ),
    [places, goTo, fix],
  );

  return (
    <section className="findings-panel" aria-label="Kiểm tra thể thức">
      <div className="fp-head">
        <h2>Kiểm tra thể thức</h2>
        <DocxCheckButton />
      </div>
      <ReceivedFindings />
      <div className="fp-plan">
        {result !== null && <h3 className="fp-plan-title">Kế hoạch đang soạn</h3>}
        <p className="fp-counts" role="status">
          {result === null ? 'Đang kiểm tra…' : countsText(result.findings)}
          {result !== null && pending && <span className="fp-pending"> · đang cập nhật…</span>}
        </p>
        {error !== null && (
          <p className="fp-error" role="alert">
            {error}
          </p>
        )}
        {result !== null && result.findings.length > 0 && <p className="fp-note">Bấm vào một mục để đến chỗ đó trong kế hoạch.</p>}
        {result !== null && <FindingGroups findings={result.findings} item={item} />}
      </div>
    </section>
  );
}
