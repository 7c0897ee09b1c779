/**
 * How much the reliability suites try: a bounded sample in CI (`npm test`), the long campaign
 * under `npm run fuzz` (KEHOACH_FUZZ=long, set by tests/reliability/vitest.fuzz.config.ts).
 */
const long = process.env.KEHOACH_FUZZ === 'long';

export const campaign = {
  long,
  crashKills: long ? 2000 : 500,
} as const;
