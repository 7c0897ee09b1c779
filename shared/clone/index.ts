/** Cloning a superior plan into a unit's plan, and the coverage report that checks it. */
export { clonePlan, CHILD_TEMPLATE_OF_SYSTEM, PROFILE_OF_SYSTEM, type CloneOptions, type CloneResult, type CloneSummary } from './clone-plan';
export { coverage, type CoverageItem, type CoverageReport } from './coverage';
export { findAssignments, type Assignment, type AssignmentOptions, type TaskRole } from './assignments';
export { planTasks, isTaskTable, type PlanTask, type TaskSource } from './plan-tasks';
export { deadlineEnd, isLate, bodyDeadline } from './deadlines';
export { planReference, planShortName, citationWithTitle } from './plan-reference';
export { resolveUnit } from './resolve-unit';
export { CloneError, type CloneErrorKind } from './clone-error';
