/** Summaries of plans for `inspect`. */
export * from './summarize-plan';
