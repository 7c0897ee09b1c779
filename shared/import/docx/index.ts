/** The safe DOCX reader: see types.ts for what it returns. */
export { readDocx, type ReadDocxOptions } from './read-docx';
export { DocxReadError, type DocxErrorCode } from './docx-error';
export { ZIP_LIMITS } from './safe-zip';
export { embeddedPlanOf, type EmbeddedPlan } from './trusted-model';
export * from './types';
export {
  describePendingReview,
  hasPendingReview,
  pendingReview,
  revisionView,
  type PendingReview,
  type RevisionView,
} from './pending-review';
