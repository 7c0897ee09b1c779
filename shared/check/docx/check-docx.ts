/**
 * Checks any DOCX, ours or not: the importer's reader gives paragraphs, tables and sections with
 * resolved formatting; the parts are recognised; the rules of the system the document belongs to
 * run on them. A Kế hoạch Studio export that still matches its embedded model is also checked as a plan.
 */
import { getProfile } from '../../format';
import { readDocx } from '../../import/docx';
import { parsePlanText, type PlanDocument, type ProfileId } from '../../model';
import type { Finding } from '../finding';
import { checkPlan } from '../plan/check-plan';
import type { PlanCheckOptions } from '../plan/plan-rule';
import { both, runRules, type Rule } from '../rule';
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
  titleRule,
  headerStyleRule,
  bodySizeRule,
  signerPrefixRule,
  closingStyleRule,
  appendixHeadingRule,
  repeatedHeaderRule,
  wideTableRule,
];

/** Reported alone when neither the header nor the number line says which rules apply. */
export const UNRECOGNISED_RULE: Pick<Rule<unknown, unknown>, 'id' | 'title' | 'sources'> = {
  id: 'nhan-dang-the-thuc',
  title: 'Nhận dạng thể thức văn bản',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.1', 'HD 36-HD/VPTW, mục II.1.1'),
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

/** Throws the reader's DocxReadError (Vietnamese message) for a file that is not a readable DOCX. */
export async function checkDocx(bytes: Uint8Array, options: PlanCheckOptions = {}): Promise<DocxCheckResult> {
  const doc = await readDocx(bytes);
  const paragraphs = flattenParagraphs(doc);
  const firstTables = doc.blocks.slice(0, 3).flatMap((b) => (b.kind === 'table' ? [b] : []));
  const parts = recognise(paragraphs, firstTables);
  const plan = doc.embeddedModel?.contentMatches === true ? embeddedPlan(doc.embeddedModel.json) : null;
  const profile: ProfileId | null = plan?.profile ?? (parts.system === null ? null : parts.system === 'dang' ? 'hd36-2018' : 'nd30-2020');
  if (profile === null) {
    const cite = UNRECOGNISED_RULE.sources['nd30-2020']?.cite ?? '';
    return {
      profile,
      plan,
      findings: [
        {
          ruleId: UNRECOGNISED_RULE.id,
          severity: 'lỗi',
          message: `Không nhận ra thể thức văn bản: không có Quốc hiệu, tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" hay dòng "Số" ở phần đầu (${cite})`,
          source: cite,
          location: atSection(0, 'phần đầu'),
        },
      ],
    };
  }
  const context: DocxContext = { doc, profile: getProfile(profile), paragraphs, parts };
  const findings = runRules(DOCX_RULES, profile, context, (location) => location);
  return { profile, plan, findings: plan === null ? findings : [...findings, ...checkPlan(plan, options)] };
}
