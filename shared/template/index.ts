/** Templates: their schema and how a plan is made from one. */
export * from './template.schema';
export * from './instantiate-template';
