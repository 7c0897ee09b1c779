/**
 * A rule as data: an id, a short name, the concept it checks and its severity. The provision it
 * cites, how sure that provision is and any severity of its own come from the profile that governs
 * the document, so the checker cites HD 05 for a Party plan of 2026 and HD 36 for one of 2024; a
 * rule on a concept the profile has no provision for does not run under it. `check` only says where
 * and what; the engine adds the severity, the citation and the location label.
 */
import { getProfile, type Concept, type FormatProfile } from '../format';
import type { ProfileId } from '../model';
import type { Finding, FindingWhy, Location, Severity } from './finding';
import type { Fix } from './fix';

export interface RuleSource {
  readonly severity: Severity;
  /** "NĐ 30/2020, Phụ lục I, mục II.3.c" */
  readonly cite: string;
}

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
  /** The concept the rule checks: the profile gives its provision. */
  readonly concept: Concept;
  /** The severity where the profile does not set one for the concept. */
  readonly severity: Severity;
  readonly check: (context: Context) => Iterable<Issue<At>>;
}

/** The severity and citation of a rule under a profile, or undefined when the rule does not apply there. */
export function ruleSource(rule: Pick<Rule<unknown, unknown>, 'concept' | 'severity'>, profile: FormatProfile): RuleSource | undefined {
  const provenance = profile.provenance[rule.concept];
  if (provenance === undefined) return undefined;
  return { severity: provenance.severity ?? rule.severity, cite: provenance.cite };
}

/** Why the finding holds: how sure the provision is and the texts it was read in. */
export function findingWhy(concept: Concept, profile: FormatProfile): FindingWhy | undefined {
  const provenance = profile.provenance[concept];
  if (provenance === undefined) return undefined;
  const readIn = provenance.sources.flatMap((key) => {
    const source = profile.sources[key];
    return source === undefined ? [] : [`${source.title} (${source.where})`];
  });
  return { confidence: provenance.confidence, readIn, ...(provenance.note === undefined ? {} : { note: provenance.note }) };
}

export function runRules<Context, At>(
  rules: readonly Rule<Context, At>[],
  profileId: ProfileId,
  context: Context,
  locate: (at: At) => Location,
): Finding[] {
  const profile = getProfile(profileId);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const source = ruleSource(rule, profile);
    if (source === undefined) continue;
    const why = findingWhy(rule.concept, profile);
    for (const issue of rule.check(context)) {
      findings.push({
        ruleId: rule.id,
        severity: source.severity,
        message: `${issue.message} (${source.cite})`,
        source: source.cite,
        location: locate(issue.at),
        ...(issue.unfinished === true ? { unfinished: true as const } : {}),
        ...(why === undefined ? {} : { why }),
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
  /** The severity and provision under each profile the rule applies to. */
  readonly sources: Readonly<Partial<Record<ProfileId, RuleSource>>>;
}

export function ruleInfo(
  rules: readonly Pick<Rule<unknown, unknown>, 'id' | 'title' | 'concept' | 'severity'>[],
  profiles: readonly FormatProfile[],
): RuleInfo[] {
  return rules.map((rule) => ({
    id: rule.id,
    title: rule.title,
    sources: Object.fromEntries(
      profiles.flatMap((p) => {
        const source = ruleSource(rule, p);
        return source === undefined ? [] : [[p.id, source]];
      }),
    ),
  }));
}
