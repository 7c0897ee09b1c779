/**
 * A recognised document: the report with the clerk's placements beside the plan that will be made
 * (placements applied), and the confirmation that makes it the open document.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { recogniseScan } from '../../shared/import/ocr';
import type { ImportResult } from '../../shared/ipc';
import { placeUnplacedLines, type UnplacedTarget } from '../../shared/model/ops/place-unplaced';
import { useDocumentActions } from '../app/app-context';
import { ImportFooter } from './ImportFooter';
import { ImportReportView } from './ImportReportView';
import { planCounts } from './plan-counts';
import { placementChoices } from './placement-choices';
import { RecognisedView } from './RecognisedView';
import { correctedPages, type WordKey } from './scan-corrections';
import { ScanReview } from './ScanReview';
import type { ImportSource } from './use-import-run';
import { tallied } from './warnings';

interface ImportResultStepProps {
  readonly source: ImportSource;
  readonly result: ImportResult;
  readonly onClose: () => void;
}

export function ImportResultStep({ source, result, onClose }: ImportResultStepProps): ReactNode {
  const scan = result.scan;
  // Corrections to a scan's unsure words; the plan follows them when the clerk asks to recognise again.
  const [corrections, setCorrections] = useState<ReadonlyMap<WordKey, string>>(new Map());
  const [edits, setEdits] = useState(0);
  // `edits` the plan was recognised with: the button is off while the plan follows every correction.
  const [recognised, setRecognised] = useState<{ plan: ImportResult['plan']; report: ImportResult['report']; edits: number }>({
    plan: result.plan,
    report: result.report,
    edits: 0,
  });
  const { plan: base, report } = recognised;
  const actions = useDocumentActions();
  const [assignments, setAssignments] = useState<readonly (UnplacedTarget | null)[]>(() => report.unplaced.map(() => null));
  const onCorrect = useCallback((key: WordKey, text: string) => {
    setCorrections((map) => new Map(map).set(key, text));
    setEdits((n) => n + 1);
  }, []);
  const recogniseAgain = (): void => {
    if (scan === undefined) return;
    const again = recogniseScan(correctedPages(scan.pages, corrections), scan.warnings);
    setRecognised({ ...again, edits });
    setAssignments(again.report.unplaced.map(() => null));
  };
  const [adopting, setAdopting] = useState(false);
  const plan = useMemo(
    () =>
      placeUnplacedLines(
        base,
        report.unplaced.map((u, i) => ({ text: u.text, target: assignments[i] ?? null })),
        () => crypto.randomUUID(),
      ),
    [base, report, assignments],
  );
  const counts = useMemo(() => planCounts(plan), [plan]);
  const choices = useMemo(() => placementChoices(base), [base]);
  const onAssign = useCallback((index: number, target: UnplacedTarget | null) => {
    setAssignments((list) => list.map((t, i) => (i === index ? target : t)));
  }, []);

  const confirm = async (): Promise<void> => {
    setAdopting(true);
    // The current document's unsaved-changes question comes first; "Hủy" there keeps this dialog.
    if (
      await actions.adoptPlan(
        plan,
        tallied(report.warnings).map(([warning]) => warning),
      )
    )
      onClose();
    else setAdopting(false);
  };

  return (
    <>
      <div className={scan === undefined ? 'import-panes' : 'import-panes with-scan'}>
        {scan !== undefined && (
          <ScanReview
            pages={scan.pages}
            corrections={corrections}
            onCorrect={onCorrect}
            onRecognise={edits === recognised.edits ? null : recogniseAgain}
          />
        )}
        <ImportReportView
          source={source}
          report={report}
          counts={counts}
          unplaced={report.unplaced}
          choices={choices}
          assignments={assignments}
          onAssign={onAssign}
        />
        <RecognisedView plan={plan} base={base} />
      </div>
      <ImportFooter onCancel={onClose} onConfirm={adopting ? null : () => void confirm()}>
        Kế hoạch được tạo là bản mới, chưa lưu thành tệp: hãy lưu sau khi kiểm tra.
      </ImportFooter>
    </>
  );
}
