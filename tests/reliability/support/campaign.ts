/**
 * How much the reliability suites try: a bounded sample in CI (`npm test`), and the long campaign
 * under `npm run fuzz` (KEHOACH_FUZZ=long, set by tests/reliability/vitest.fuzz.config.ts).
 */
const long = process.env.KEHOACH_FUZZ === 'long';

export const campaign = {
  long,
  crashKills: long ? 2000 : 500,
  /** Generated or mutated inputs per target. */
  runs: long ? { kehoach: 6000, text: 3000, docx: 2000, pdf: 2000 } : { kehoach: 400, text: 300, docx: 100, pdf: 150 },
  /** Plans derived by fast-check and sent through .kehoach and DOCX and back. */
  roundTrips: long ? 300 : 20,
  /** An input that takes longer than this counts as a hang (generous: 2-core CI machines are slow). */
  timeLimitMs: 10_000,
} as const;
