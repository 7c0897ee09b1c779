/** Two versions of a plan compared by structure, and the comparison as a redline DOCX. */
export { comparePlans, type ChangeKind, type ChangeTarget, type PlanChange, type PlanComparison } from './compare-plans';
export { diffWords, tokenize, wordSet, type WordOp } from './word-diff';
export { align, type Alignment, type AlignUnit, type MergedEntry } from './align';
export { redlineLayout, diffRuns } from './redline';
