/**
 * The format checker's findings about the document's properties, attached to the panel's fields.
 * The checker runs on a plan made of the properties alone (the body and appendices are left out),
 * memoised on the parts of the plan the panel selects, so typing in the body never runs it.
 */
import { useMemo } from 'react';
import { checkPlan, type Finding, type Fix, type PlanPath, type Severity } from '../../shared/check';
import type { PlanDocument } from '../../shared/model';
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

/**
 * One empty section stands in for the body: the rule on the section numbering (I. or I-) only
 * speaks about a plan that has sections.
 */
const STAND_IN_BODY: PlanDocument['sections'] = [{ id: 'than-van-ban', title: 'Nội dung', blocks: [] }];

function fieldOf(path: PlanPath, basis: PlanDocument['basis']): string | null {
  const [head, second, third] = path;
  switch (head) {
    case 'meta':
      if (second === 'issuingOrgan') return third === 'header' ? 'meta:header' : 'meta:citation';
      return typeof second === 'string' ? `meta:${second}` : null;
    case 'basis': {
      const ref = typeof second === 'number' ? basis[second] : undefined;
      if (ref === undefined) return null;
      return typeof third === 'string' ? `meta:basis.${ref.id}.${third}` : `meta:basis.${ref.id}`;
    }
    case 'signer':
      if (second === 'authority' && typeof third === 'number') return `meta:signer.authority.${third}`;
      return typeof second === 'string' ? `meta:signer.${second}` : 'meta:signer';
    case 'recipients':
      return typeof second === 'number' ? `meta:recipients.${second}` : 'meta:recipients';
    case 'archive':
      return 'meta:archive';
    case 'sectionNumbering':
      return 'meta:sectionNumbering';
    case undefined:
    default:
      return null;
  }
}

export function usePropertyFindings(): readonly FieldFinding[] {
  const profile = useDocument((s) => s.plan.profile);
  const meta = useDocument((s) => s.plan.meta);
  const basis = useDocument((s) => s.plan.basis);
  const signer = useDocument((s) => s.plan.signer);
  const recipients = useDocument((s) => s.plan.recipients);
  const archive = useDocument((s) => s.plan.archive);
  const sectionNumbering = useDocument((s) => s.plan.sectionNumbering);
  const id = useDocument((s) => s.plan.id);
  return useMemo(() => {
    const properties: PlanDocument = {
      schemaVersion: 1,
      id,
      profile,
      templateId: '',
      meta,
      basis,
      basisLines: false,
      preamble: [],
      sections: STAND_IN_BODY,
      sectionNumbering,
      appendices: [],
      signer,
      recipients,
      archive,
    };
    return checkPlan(properties).flatMap((finding: Finding): FieldFinding[] => {
      if (finding.location.kind !== 'plan') return [];
      const field = fieldOf(finding.location.path, basis);
      if (field === null) return [];
      return [{ field, severity: finding.severity, message: finding.message, source: finding.source, ...(finding.fix === undefined ? {} : { fix: finding.fix }) }];
    });
  }, [id, profile, meta, basis, signer, recipients, archive, sectionNumbering]);
}

export function findingsFor(findings: readonly FieldFinding[], field: string): FieldFinding[] {
  return findings.filter((f) => f.field === field);
}

/** Findings of a group of fields ("meta:signer" takes in "meta:signer.name"). */
export function findingsUnder(findings: readonly FieldFinding[], prefix: string): FieldFinding[] {
  return findings.filter((f) => f.field === prefix || f.field.startsWith(`${prefix}.`));
}
