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
export { coverage, coverageOf, type ChildPlace, type CoverageItem, type CoverageMatch, type CoverageReport } from './coverage';
export { findAssignments, type Assignment, type AssignmentOptions, type TaskRole } from './assignments';
export { planTasks, isTaskTable, type PlanTask, type TaskSource } from './plan-tasks';
export { deadlineEnd, isLate, bodyDeadline } from './deadlines';
export { planReference, planShortName, citationWithTitle } from './plan-reference';
export { resolveUnit } from './resolve-unit';
export { CloneError, type CloneErrorKind } from './clone-error';
export { addTaskToChild, type AddedTask } from './add-task';
export { superiorPlanId, implementedPlan } from './superior-link';
