/** The format checker (thể thức): findings on a plan or on any DOCX, and fixes the app can apply. */
export * from './finding';
export * from './fix';
export { ruleInfo, ruleSource, type RuleInfo, type RuleSource } from './rule';
export { checkPlan, PLAN_RULES } from './plan/check-plan';
export type { PlanCheckOptions } from './plan/plan-rule';
export { checkDocx, checkDocxFormat, withPlanFindings, DOCX_RULES, UNRECOGNISED_RULE, type DocxCheckResult } from './docx/check-docx';
export { formatFindings } from './format-findings';
export { annotateDocx, type AnnotateOptions } from './docx/annotate-docx';
