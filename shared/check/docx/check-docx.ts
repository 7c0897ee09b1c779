/**
 * Checks any DOCX, ours or not: the importer's reader gives paragraphs, tables and sections with
 * resolved formatting; the parts are recognised; the rules of the system the document belongs to
 * run on them. A Kế hoạch Studio export that still matches its embedded model is also checked as a plan.
 */
import { getProfile, latestProfileOf, profileFor, systems, type FormatProfile } from '../../format';
import { readDocx } from '../../import/docx';
import { parsePlanText, type PlanDocument, type ProfileId } from '../../model';
import type { DocumentParts } from './recognise';
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
import { recognise } from './recognise';

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
  /** The rule profile the document was checked against; null when it could not be recognised. */
  readonly profile: ProfileId | null;
  readonly findings: Finding[];
  /** The plan Kế hoạch Studio embedded, when the file still matches it. */
  readonly plan: PlanDocument | null;
}

function embeddedPlan(json: string | undefined): PlanDocument | null {
  if (json === undefined) return null;
  try {
    return parsePlanText(json);
  } catch {
    return null;
  }
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
  const doc = await readDocx(bytes);
  const paragraphs = flattenParagraphs(doc);
  const firstTables = doc.blocks.slice(0, 3).flatMap((b) => (b.kind === 'table' ? [b] : []));
  const parts = recognise(paragraphs, firstTables);
  const plan = doc.embeddedModel?.contentMatches === true ? embeddedPlan(doc.embeddedModel.json) : null;
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
  return { profile, plan, findings: plan === null ? findings : [...findings, ...checkPlan(plan, options)] };
}
