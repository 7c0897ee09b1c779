/** The plan model: schemas, numbering, dates, citations and the file format. */
export * from './inline.schema';
export * from './body.schema';
export * from './appendix.schema';
export * from './meta.schema';
export * from './plan.schema';
export * from './numerals';
export * from './dates';
export * from './body-numbering';
export * from './appendix-numbering';
export * from './cross-refs';
export * from './text';
export * from './plan-errors';
export * from './migrate';
export * from './plan-io';
export * from './agency.schema';
export * from './agency-names';
export * from './agency-directory';
