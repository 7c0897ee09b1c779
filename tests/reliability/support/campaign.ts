/**
 * How much the reliability suites try: a bounded sample in CI (`npm test`), and the long campaign
 * under `npm run fuzz` (KEHOACH_FUZZ=long, set by tests/reliability/vitest.fuzz.config.ts).
 * KEHOACH_FUZZ_RUNS scales the fuzz inputs of either (3 runs three times as many, 0.1 a tenth),
 * for a campaign of several hours or a quick look.
 */
const long = process.env.KEHOACH_FUZZ === 'long';
const scale = Number(process.env.KEHOACH_FUZZ_RUNS ?? '1');
if (!(scale > 0)) throw new Error(`KEHOACH_FUZZ_RUNS must be a positive number, not "${process.env.KEHOACH_FUZZ_RUNS ?? ''}"`);

const scaled = (runs: Record<'kehoach' | 'text' | 'docx' | 'pdf', number>): typeof runs => ({
  kehoach: Math.max(1, Math.round(runs.kehoach * scale)),
  text: Math.max(1, Math.round(runs.text * scale)),
  docx: Math.max(1, Math.round(runs.docx * scale)),
  pdf: Math.max(1, Math.round(runs.pdf * scale)),
});

export const campaign = {
  long,
  crashKills: long ? 2000 : 500,
  /** Generated or mutated inputs per target. */
  runs: scaled(long ? { kehoach: 6000, text: 3000, docx: 2000, pdf: 2000 } : { kehoach: 400, text: 300, docx: 100, pdf: 150 }),
  /** Plans derived by fast-check and sent through .kehoach and DOCX and back. */
  roundTrips: long ? 300 : 20,
  /** An input that takes longer than this counts as a hang (generous: 2-core CI machines are slow). */
  timeLimitMs: 10_000,
} as const;
