/** All plan rules, in the order a reader meets the document, and the function that runs them. */
import type { PlanDocument } from '../../model';
import { agencyNameRule } from './agency-rules';
import { formerBodyRule } from './bodies-rules';
import type { Finding } from '../finding';
import { runRules } from '../rule';
import {
  appendixNumberingRule,
  emptySectionRule,
  nfcRule,
  sectionNumberingRule,
  sectionTitleRule,
  summaryAbbreviationRule,
  unfilledTemplateRule,
} from './content-rules';
import { futureDateRule, replacedBasisRule, replacedMentionRule } from './currency-rules';
import { impossibleDateRule, leadingZeroRule } from './date-rules';
import { deadlinePeriodRule, parentDeadlineRule } from './deadline-rules';
import { describePath } from './describe-path';
import { citedSymbolRule, numberSymbolRule, numberZeroRule } from './number-symbol-rules';
import { planContext, type PlanCheckOptions, type PlanRule } from './plan-rule';
import { archiveFormRule, archiveLineRule, recipientsRule } from './recipient-rules';
import { brokenReferenceRule, unreferencedAppendixRule } from './reference-rules';
import { partyCommitteeSignerRule, signerFormRule, signerNameRule, signerPositionRule } from './signer-rules';
import { missingIssuerRule, missingTypeNameRule, missingYearRule } from './unknown-facts-rules';

export const PLAN_RULES: readonly PlanRule[] = [
  numberSymbolRule,
  numberZeroRule,
  missingIssuerRule,
  missingYearRule,
  missingTypeNameRule,
  impossibleDateRule,
  leadingZeroRule,
  futureDateRule,
  summaryAbbreviationRule,
  citedSymbolRule,
  replacedBasisRule,
  replacedMentionRule,
  sectionNumberingRule,
  sectionTitleRule,
  emptySectionRule,
  unfilledTemplateRule,
  brokenReferenceRule,
  unreferencedAppendixRule,
  appendixNumberingRule,
  deadlinePeriodRule,
  parentDeadlineRule,
  agencyNameRule,
  formerBodyRule,
  signerFormRule,
  partyCommitteeSignerRule,
  signerPositionRule,
  signerNameRule,
  recipientsRule,
  archiveLineRule,
  archiveFormRule,
  nfcRule,
];

export function checkPlan(plan: PlanDocument, options: PlanCheckOptions = {}): Finding[] {
  return runRules(PLAN_RULES, plan.profile, planContext(plan, options), (path) => ({
    kind: 'plan',
    path,
    label: describePath(plan, path),
  }));
}
