/** Tracking the units' plans against the parent that gave them work, and the documents that follow. */
export type { ReceivedFile, ReceivedSource, UnitCorrections } from './received-file';
export {
  assembleMatrix,
  assessFile,
  buildTrackingMatrix,
  prepareParent,
  type AssessedCell,
  type FileAssessment,
  type PreparedParent,
  type CellState,
  type FileStatus,
  type MatrixCell,
  type OwnTask,
  type TrackedFile,
  type TrackedTask,
  type TrackedUnit,
  type TrackingInput,
  type TrackingMatrix,
} from './tracking-matrix';
export { parentLink, type ParentLink } from './parent-link';
export { buildTrackingReport } from './report-document';
export { buildReminderLetter, unitsToRemind } from './reminder-letter';
export { formatPlanNumberDate, taskLabel } from './follow-up-text';
export type { FollowUpOptions } from './follow-up-parts';
export { trackingJson, type TrackingJson } from './matrix-json';
export { guessParent } from './guess-parent';
export { cellGrid, filterMatrix, type MatrixFilter, type MatrixView } from './matrix-view';
export { ChildPlaceSchema, FileAssessmentSchema, TrackedFileSchema } from './assessment.schema';
