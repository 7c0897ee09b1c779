/** The recogniser over the block stream. */
export { recognisePlan } from './recognise-plan';
export type { Recognised } from './assemble-plan';
