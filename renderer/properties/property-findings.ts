/**
 * The format checker's findings about the document's properties, attached to the panel's fields.
 * They are the open plan's findings (renderer/check), checked off the typing path after each pause,
 * not a second run of the checker: the panel picks those about its fields.
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Fix, Severity } from '../../shared/check';
import { propertyField } from '../check/finding-place';
import type { CheckResult } from '../check/plan-checker';
import { useChecker } from '../check/use-findings';
import { useDocumentStore } from '../state/use-document';

export interface FieldFinding {
  /** The panel field it belongs to: "meta:symbol", "meta:basis.<id>.symbol", "meta:signer.name". */
  readonly field: string;
  readonly severity: Severity;
  /** Vietnamese, ending with the provision in parentheses. */
  readonly message: string;
  /** The provision the rule comes from: "NĐ 30/2020, Phụ lục I, mục II.3". */
  readonly source: string;
  readonly fix?: Fix;
}

function fieldFindings(result: CheckResult | null, moved: Readonly<Record<string, boolean>>): FieldFinding[] {
  if (result === null) return [];
  return result.findings.flatMap((finding): FieldFinding[] => {
    if (finding.location.kind !== 'plan') return [];
    const { path } = finding.location;
    const field = propertyField(result.plan, path);
    if (field === null) return [];
    const fixable = finding.fix !== undefined && moved[String(path[0])] !== true;
    return [
      { field, severity: finding.severity, message: finding.message, source: finding.source, ...(fixable ? { fix: finding.fix } : {}) },
    ];
  });
}

const sameFindings = (a: readonly FieldFinding[], b: readonly FieldFinding[]): boolean =>
  a.length === b.length && a.every((f, i) => JSON.stringify(f) === JSON.stringify(b[i]));

/**
 * The panel's findings, the same array while they stay the same: each check of the body yields a
 * new result, and the panel must not render again while the user types elsewhere.
 */
export function usePropertyFindings(): readonly FieldFinding[] {
  const checker = useChecker();
  const store = useDocumentStore();
  const shown = useRef<{ result: CheckResult | null; moved: string; findings: readonly FieldFinding[] } | null>(null);
  const subscribe = useCallback(
    (changed: () => void) => {
      const stopChecker = checker.subscribe(changed);
      const stopStore = store.subscribe(changed);
      return () => {
        stopChecker();
        stopStore();
      };
    },
    [checker, store],
  );
  const read = useCallback((): readonly FieldFinding[] => {
    const { result } = checker.getSnapshot();
    const checked = result?.plan;
    const { plan } = store.getState();
    // A fix names its field by position in the plan that was checked, and the signer's fix carries
    // the whole signature block: while one of these lists has changed since, its fixes wait for the
    // next check rather than land on the wrong line.
    const moved = {
      basis: checked !== undefined && plan.basis !== checked.basis,
      signer: checked !== undefined && plan.signer !== checked.signer,
      recipients: checked !== undefined && plan.recipients !== checked.recipients,
    };
    const key = JSON.stringify(moved);
    const last = shown.current;
    if (last !== null && last.result === result && last.moved === key) return last.findings;
    const next = fieldFindings(result, moved);
    const findings = last !== null && sameFindings(last.findings, next) ? last.findings : next;
    shown.current = { result, moved: key, findings };
    return findings;
  }, [checker, store]);
  return useSyncExternalStore(subscribe, read);
}

export function findingsFor(findings: readonly FieldFinding[], field: string): FieldFinding[] {
  return findings.filter((f) => f.field === field);
}

/** Findings of a group of fields ("meta:signer" takes in "meta:signer.name"). */
export function findingsUnder(findings: readonly FieldFinding[], prefix: string): FieldFinding[] {
  return findings.filter((f) => f.field === prefix || f.field.startsWith(`${prefix}.`));
}
