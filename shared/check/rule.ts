/**
 * A rule as data: an id, a short name, and for each rule system the severity and the provision it
 * comes from. A rule that has no entry for a system does not apply to it. `check` only says where
 * and what; the engine adds the severity, the citation and the location label.
 */
import type { ProfileId } from '../model';
import type { Finding, Location, Severity } from './finding';
import type { Fix } from './fix';

export interface RuleSource {
  readonly severity: Severity;
  /** "NĐ 30/2020, Phụ lục I, mục II.3.c" */
  readonly cite: string;
}

export type RuleSources = Readonly<Partial<Record<ProfileId, RuleSource>>>;

export interface Issue<At> {
  readonly at: At;
  readonly message: string;
  /** Work left to do (guidance, "…", a missing name): export asks as for lỗi. */
  readonly unfinished?: true;
  readonly fix?: Fix;
}

export interface Rule<Context, At> {
  readonly id: string;
  readonly title: string;
  readonly sources: RuleSources;
  readonly check: (context: Context) => Iterable<Issue<At>>;
}

/** The same provision and severity in both systems. */
export function both(severity: Severity, nd30: string, hd36: string): RuleSources {
  return { 'nd30-2020': { severity, cite: nd30 }, 'hd36-2018': { severity, cite: hd36 } };
}

export function runRules<Context, At>(
  rules: readonly Rule<Context, At>[],
  profile: ProfileId,
  context: Context,
  locate: (at: At) => Location,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const source = rule.sources[profile];
    if (source === undefined) continue;
    for (const issue of rule.check(context)) {
      findings.push({
        ruleId: rule.id,
        severity: source.severity,
        message: `${issue.message} (${source.cite})`,
        source: source.cite,
        location: locate(issue.at),
        ...(issue.unfinished === true ? { unfinished: true as const } : {}),
        ...(issue.fix === undefined ? {} : { fix: issue.fix }),
      });
    }
  }
  return findings;
}

/** One line per rule: what the checker knows, for the report and the settings screen. */
export interface RuleInfo {
  readonly id: string;
  readonly title: string;
  readonly sources: RuleSources;
}

export function ruleInfo(rules: readonly { id: string; title: string; sources: RuleSources }[]): RuleInfo[] {
  return rules.map(({ id, title, sources }) => ({ id, title, sources }));
}
