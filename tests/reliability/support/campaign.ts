/**
 * How much the reliability suites try: a bounded sample in CI (`npm test`), and one round of the
 * long campaign (KEHOACH_FUZZ=round, set by tests/reliability/rotation.ts, which `npm run fuzz`
 * runs round after round, through every target, until its time budget is spent).
 * KEHOACH_FUZZ_RUNS scales the inputs and kills of either (3 runs three times as many, 0.1 a
 * tenth). KEHOACH_FUZZ_DEADLINE (epoch milliseconds, set by the rotation) ends a fuzz run early
 * without failing it, so a round never outlives the campaign's budget.
 */
const round = process.env.KEHOACH_FUZZ === 'round';
const scale = Number(process.env.KEHOACH_FUZZ_RUNS ?? '1');
if (!(scale > 0)) throw new Error(`KEHOACH_FUZZ_RUNS must be a positive number, not "${process.env.KEHOACH_FUZZ_RUNS ?? ''}"`);
const deadline = Number(process.env.KEHOACH_FUZZ_DEADLINE ?? 'NaN');

const scaled = (count: number): number => Math.max(1, Math.round(count * scale));

export const campaign = {
  round,
  crashKills: scaled(round ? 100 : 150),
  /** Generated or mutated inputs per target. */
  runs: {
    kehoach: scaled(round ? 600 : 60),
    text: scaled(round ? 300 : 40),
    docx: scaled(round ? 200 : 20),
    pdf: scaled(round ? 200 : 20),
  },
  /** Plans derived by fast-check and sent through .kehoach and DOCX and back. */
  roundTrips: scaled(round ? 30 : 4),
  /** An input that takes longer than this counts as a hang (generous: 2-core CI machines are slow). */
  timeLimitMs: 10_000,
  /** Milliseconds a fuzz run may still take before the campaign's budget ends (undefined: no budget). */
  timeLeftMs(): number | undefined {
    return Number.isFinite(deadline) ? Math.max(1, deadline - Date.now()) : undefined;
  },
} as const;
