/**
 * Checks any DOCX, ours or not: the importer's reader gives paragraphs, tables and sections with
 * resolved formatting; the parts are recognized; the rules of the system the document belongs to
 * run on them. A Kế hoạch Studio export that still matches its embedded model is also checked as a plan.
 */
import { getProfile, latestProfileOf, profileFor, systems, type FormatProfile } from '../../format';
import { embeddedPlanOf, readDocx } from '../../import/docx';
import { type PlanDocument, type ProfileId } from '../../model';
import type { DocumentParts } from './recognize';
import type { Finding } from '../finding';
import { checkPlan } from '../plan/check-plan';
import type { PlanCheckOptions } from '../plan/plan-rule';
import { ruleSource, runRules, type Rule } from '../rule';
import { appendixHeadingRule, repeatedHeaderRule, wideTableRule } from './appendix-rules';
import { atSection, flattenParagraphs, type DocxContext, type DocxRule } from './docx-rule';
import { bodySizeRule, closingStyleRule, fontFamilyRule, headerStyleRule } from './font-rules';
import {
  headingMarkRule,
  issueDateRule,
  issuerMarkRule,
  nationalHeadingRule,
  numberLineRule,
  signerPrefixRule,
  titleRule,
} from './header-rules';
import { issueYearRule, replacedTextRule } from './currency-rules';
import { firstPageNumberRule, marginRule, orientationRule, pageNumberPlaceRule, paperRule } from './page-rules';
import { recognize } from './recognize';

export const DOCX_RULES: readonly DocxRule[] = [
  paperRule,
  orientationRule,
  marginRule,
  firstPageNumberRule,
  pageNumberPlaceRule,
  fontFamilyRule,
  nationalHeadingRule,
  headingMarkRule,
  issuerMarkRule,
  numberLineRule,
  issueDateRule,
  issueYearRule,
  titleRule,
  headerStyleRule,
  bodySizeRule,
  signerPrefixRule,
  closingStyleRule,
  appendixHeadingRule,
  repeatedHeaderRule,
  wideTableRule,
  replacedTextRule,
];

/** Reported alone when neither the header nor the number line says which rules apply. */
export const UNRECOGNISED_RULE: Pick<Rule<unknown, unknown>, 'id' | 'title' | 'concept' | 'severity'> = {
  id: 'nhan-dang-the-thuc',
  title: 'Nhận dạng thể thức văn bản',
  concept: 'motto',
  severity: 'lỗi',
};

export interface DocxCheckResult {
  /** The rule profile the document was checked against; null when it could not be recognized. */
  readonly profile: ProfileId | null;
  readonly findings: Finding[];
  /** The plan Kế hoạch Studio embedded, when it renders to what the file shows. */
  readonly plan: PlanDocument | null;
}

/** "Quốc hiệu "CỘNG HÒA …", Tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"": the first heading line of each system. */
function headingNames(): string {
  return systems()
    .flatMap((system) => {
      const line = latestProfileOf(system).header.motto[0];
      return line === undefined ? [] : [line.label.includes(line.text) ? line.label : `${line.label} "${line.text}"`];
    })
    .join(', ');
}

/**
 * The profile a received document is checked against: its system's guide in force on the date it
 * bears (a Party plan of 2024 by HD 36, of June 2026 by HD 05), or the newest when it bears none.
 */
export function receivedProfile(parts: Pick<DocumentParts, 'system' | 'date'>): FormatProfile | null {
  if (parts.system === null) return null;
  return parts.date === null ? latestProfileOf(parts.system) : profileFor(parts.system, parts.date);
}

/** Throws the reader's DocxReadError (Vietnamese message) for a file that is not a readable DOCX. */
export async function checkDocx(bytes: Uint8Array, options: PlanCheckOptions = {}): Promise<DocxCheckResult> {
  return withPlanFindings(await checkDocxFormat(bytes, options), options);
}

/**
 * The findings of the plan the file embeds added to those of its format. Split from the reading
 * so that the file is parsed where files from outside are (the isolation process) and the plan
 * checked where the agency directory is already built (main), not a third copy of it built.
 */
export function withPlanFindings(result: DocxCheckResult, options: PlanCheckOptions): DocxCheckResult {
  return result.plan === null ? result : { ...result, findings: [...result.findings, ...checkPlan(result.plan, options)] };
}

/** The format findings of a DOCX and the plan it embeds, that plan not checked yet (withPlanFindings). */
export async function checkDocxFormat(bytes: Uint8Array, options: Pick<PlanCheckOptions, 'today'> = {}): Promise<DocxCheckResult> {
  const doc = await readDocx(bytes);
  const paragraphs = flattenParagraphs(doc);
  const firstTables = doc.blocks.slice(0, 3).flatMap((b) => (b.kind === 'table' ? [b] : []));
  const parts = recognize(paragraphs, firstTables);
  const embedded = doc.embeddedModel === null ? null : await embeddedPlanOf(doc.embeddedModel);
  const plan = embedded?.trusted === true ? embedded.plan : null;
  const profile: ProfileId | null = plan?.profile ?? receivedProfile(parts)?.id ?? null;
  if (profile === null) {
    // Neither system's heading: the provisions of every system's newest guide are cited.
    const cite = systems()
      .map((system) => ruleSource(UNRECOGNISED_RULE, latestProfileOf(system))?.cite ?? '')
      .filter((c) => c !== '')
      .join('; ');
    return {
      profile,
      plan,
      findings: [
        {
          ruleId: UNRECOGNISED_RULE.id,
          severity: 'lỗi',
          message: `Không nhận ra thể thức văn bản: không có ${headingNames()} hay dòng "Số" ở phần đầu (${cite})`,
          source: cite,
          location: atSection(0, 'phần đầu'),
        },
      ],
    };
  }
  const context: DocxContext = { doc, profile: getProfile(profile), paragraphs, parts, today: options.today };
  const findings = runRules(DOCX_RULES, profile, context, (location) => location);
  return { profile, plan, findings };
}
