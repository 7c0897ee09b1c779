/** How findings read in the app: the message without its citation (shown apart), and the counts. */
import { SEVERITIES, type FindingWhy, type Severity } from '../../shared/check';

/** What the panel shows of a finding, of the open plan or of a received DOCX (as the host sends it). */
export interface ShownFinding {
  readonly severity: Severity;
  readonly message: string;
  readonly source: string;
  readonly location: { readonly label: string };
  /** How sure the provision is and where it was read, for "Vì sao?". */
  readonly why?: FindingWhy | undefined;
}

/** The checker ends each message with its provision in parentheses; the panel shows it on its own line. */
export function findingMessage(finding: ShownFinding): string {
  const cited = ` (${finding.source})`;
  return finding.message.endsWith(cited) ? finding.message.slice(0, -cited.length) : finding.message;
}

export const SEVERITY_TITLES: Readonly<Record<Severity, string>> = { lỗi: 'Lỗi', 'cảnh báo': 'Cảnh báo', 'gợi ý': 'Gợi ý' };

export const SEVERITY_CLASS: Readonly<Record<Severity, string>> = { lỗi: 'error', 'cảnh báo': 'warning', 'gợi ý': 'hint' };

/** "2 lỗi, 5 cảnh báo, 1 gợi ý", or that there is nothing to report. */
export function countsText(findings: readonly ShownFinding[]): string {
  if (findings.length === 0) return 'Không phát hiện lỗi thể thức.';
  return SEVERITIES.map((severity) => `${findings.filter((f) => f.severity === severity).length} ${severity}`).join(', ');
}
