/** A DOCX returned after review: its tracked changes and comments, placed on the plan and applied. */
export { readReview, type ReviewDocument, type ReviewComment, type ReviewParagraph } from './read-review';
export {
  anchorOfTarget,
  placeReview,
  type PlacedComment,
  type PlacedReview,
  type ReviewChange,
  type ReviewChangeKind,
  type ReviewTarget,
} from './place-review';
export { applyReviewChanges } from './apply-review';
export { reviewOf, type ReviewOfFile } from './review-of';
export { keepReviewComments, type KeptComments } from './review-comments';
export {
  decideReviewChange,
  decisionId,
  describeChange,
  pendingChanges,
  pendingMarks,
  ReviewConflictError,
  type Decision,
  type PendingMark,
} from './decide-change';
