/** The recognizer over the block stream. */
export { recognizePlan } from './recognize-plan';
export type { Recognized } from './assemble-plan';
