/**
 * The format checker's findings about the document's properties, attached to the panel's fields.
 * They are the open plan's findings (renderer/check), checked off the typing path after each pause,
 * not a second run of the checker: the panel picks those about its fields.
 */
import { useMemo } from 'react';
import type { Fix, Severity } from '../../shared/check';
import { propertyField } from '../check/finding-place';
import { useFindings } from '../check/use-findings';
import { useDocument } from '../state/use-document';

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

export function usePropertyFindings(): readonly FieldFinding[] {
  const { result } = useFindings();
  const checked = result?.plan;
  // A fix names its field by position in the plan that was checked, and the signer's fix carries
  // the whole signature block: while one of these lists has changed since, its fixes wait for the
  // next check rather than land on the wrong line.
  const basisMoved = useDocument((s) => checked !== undefined && s.plan.basis !== checked.basis);
  const signerMoved = useDocument((s) => checked !== undefined && s.plan.signer !== checked.signer);
  const recipientsMoved = useDocument((s) => checked !== undefined && s.plan.recipients !== checked.recipients);
  return useMemo(() => {
    if (result === null) return [];
    const moved: Readonly<Record<string, boolean>> = { basis: basisMoved, signer: signerMoved, recipients: recipientsMoved };
    return result.findings.flatMap((finding): FieldFinding[] => {
      if (finding.location.kind !== 'plan') return [];
      const { path } = finding.location;
      const field = propertyField(result.plan, path);
      if (field === null) return [];
      const fixable = finding.fix !== undefined && moved[String(path[0])] !== true;
      return [{ field, severity: finding.severity, message: finding.message, source: finding.source, ...(fixable ? { fix: finding.fix } : {}) }];
    });
  }, [result, basisMoved, signerMoved, recipientsMoved]);
}

export function findingsFor(findings: readonly FieldFinding[], field: string): FieldFinding[] {
  return findings.filter((f) => f.field === field);
}

/** Findings of a group of fields ("meta:signer" takes in "meta:signer.name"). */
export function findingsUnder(findings: readonly FieldFinding[], prefix: string): FieldFinding[] {
  return findings.filter((f) => f.field === prefix || f.field.startsWith(`${prefix}.`));
}
