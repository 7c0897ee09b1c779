/** Pure edits of a plan, used by the app: each returns a new plan and leaves its input untouched. */
export * from './move-item';
export * from './section-ops';
export * from './appendix-ops';
export * from './appendix-presets';
export * from './meta-ops';
export * from './profile-ops';
export * from './signer-ops';
export * from './recipient-ops';
export * from './reference-ops';
export * from './organ-fill';
export * from './field-input';
export * from './comment-ops';
