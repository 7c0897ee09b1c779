/** Find and replace across a plan, and text edits inside formatted paragraphs. */
export { findMatches, comparisonForm, type MatchOptions, type TextMatch } from './match-text';
export { planTexts, type TextUnit } from './plan-texts';
export { flatInlineText, spliceInlineText, XREF_CHAR } from './inline-splice';
export { findInPlan, replaceMatches, type FoundMatch } from './find-replace';
