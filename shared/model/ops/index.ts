/** Pure edits of a plan, used by the app: each returns a new plan and leaves its input untouched. */
export * from './move-item';
export * from './section-ops';
export * from './appendix-ops';
export * from './appendix-presets';
