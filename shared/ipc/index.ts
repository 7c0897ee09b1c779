/** The typed API between the renderer and its host. */
export * from './channels';
export * from './contract';
export * from './result';
export type * from './api-types';
export * from './security-policy';
export * from './tracking-schemas';
