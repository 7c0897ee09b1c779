/**
 * What the checker reports: a finding names the rule it comes from, how serious it is, where it is
 * and, when the app can repair it by itself, a fix described as data.
 */
import type { Confidence } from '../format';
import type { Fix } from './fix';

/** Lỗi blocks signing; cảnh báo should be looked at; gợi ý is house style or practice. */
export const SEVERITIES = ['lỗi', 'cảnh báo', 'gợi ý'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type PlanPath = readonly (string | number)[];

/** In a plan: the model path of the field, and how a person names the place ("Mục II, khoản 2"). */
export interface PlanLocation {
  readonly kind: 'plan';
  readonly path: PlanPath;
  readonly label: string;
}

/**
 * In a DOCX: the Word section (1-based), the page when it is known from the section's first page,
 * and the paragraph (1-based, counted through the whole document body) or the table.
 */
export interface DocxLocation {
  readonly kind: 'docx';
  readonly section: number;
  readonly paragraph?: number;
  readonly label: string;
}

export type Location = PlanLocation | DocxLocation;

/** What a user who asks "why" is shown: how sure the provision is, where it was read, any note. */
export interface FindingWhy {
  readonly confidence: Confidence;
  readonly readIn: readonly string[];
  readonly note?: string | undefined;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Vietnamese, ending with the rule it comes from in parentheses. */
  readonly message: string;
  /** "NĐ 30/2020, Phụ lục I, mục II.3" */
  readonly source: string;
  readonly location: Location;
  /** Work left to do rather than a form to correct: export and print ask before writing it. */
  readonly unfinished?: true;
  readonly why?: FindingWhy;
  readonly fix?: Fix;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { lỗi: 0, 'cảnh báo': 0, 'gợi ý': 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'lỗi');
}

/** What stands between the plan and signing: lỗi, and the parts still unfinished. */
export function blockingFindings(findings: readonly Finding[]): { errors: Finding[]; unfinished: Finding[] } {
  return {
    errors: findings.filter((f) => f.severity === 'lỗi'),
    unfinished: findings.filter((f) => f.severity !== 'lỗi' && f.unfinished === true),
  };
}

/** Errors first, then warnings, then hints; the order of the document inside each. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || a.index - b.index)
    .map(({ finding }) => finding);
}
