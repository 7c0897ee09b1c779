/** Findings under one heading per severity, each heading with its count; a group can be folded. */
import { memo, type ReactNode } from 'react';
import { SEVERITIES } from '../../shared/check';
import { SEVERITY_CLASS, SEVERITY_TITLES, type ShownFinding } from './finding-text';

interface FindingGroupsProps<F extends ShownFinding> {
  readonly findings: readonly F[];
  /** Names the groups apart when two lists are on screen ("Lỗi của tệp"). */
  readonly scope?: string;
  readonly item: (finding: F, index: number) => ReactNode;
}

function Groups<F extends ShownFinding>({ findings, scope = '', item }: FindingGroupsProps<F>): ReactNode {
  return SEVERITIES.map((severity) => {
    const entries = findings.flatMap((finding, index) => (finding.severity === severity ? [{ finding, index }] : []));
    if (entries.length === 0) return null;
    const title = `${SEVERITY_TITLES[severity]}${scope}`;
    return (
      <details key={severity} className={`fp-group fp-group-${SEVERITY_CLASS[severity]}`} open>
        <summary>
          <span className="fp-group-title">{title}</span> <span className="fp-count">{entries.length}</span>
        </summary>
        <ol className="fp-list" aria-label={`${title}: ${entries.length}`}>
          {entries.map(({ finding, index }) => item(finding, index))}
        </ol>
      </details>
    );
  });
}

export const FindingGroups = memo(Groups) as typeof Groups;
