/** Cloning a superior plan into a unit's plan, and the coverage report that checks it. */
export {
  clonePlan,
  describeSummary,
  summarizeAssignments,
  childProfile,
  childTemplateId,
  type CloneOptions,
  type CloneResult,
  type CloneSummary,
} from './clone-plan';
export { cloneForUnit, type CloneForUnitOptions } from './clone-for-unit';
export { coverage, coverageOf, type ChildPlace, type CoverageItem, type CoverageMatch, type CoverageReport } from './coverage';
export { findAssignments, assignmentsAmong, type Assignment, type AssignmentOptions, type TaskRole } from './assignments';
export { planTasks, type PlanTask, type TaskSource } from './plan-tasks';
export {
  isTaskTable,
  notTaskTableReason,
  tableRoles,
  agencyRole,
  columnRole,
  setColumnRole,
  type TableRoles,
  type AgencyRole,
  type ColumnRole,
} from './table-roles';
export { deadlineEnd, isLate, bodyDeadline } from './deadlines';
export { planReference, planShortName, citationWithTitle, rowReferences } from './plan-reference';
export { cloneReport, describeReport, type ReportPart, type LeftOutTask } from './clone-report';
export { resolveUnit } from './resolve-unit';
export { CloneError, type CloneErrorKind } from './clone-error';
export { addTaskToChild, type AddedTask } from './add-task';
export { superiorPlanId, implementedPlan, isTaskDocument, mostCounted } from './superior-link';
