/**
 * One round of the long campaign (`npm run fuzz`, tests/reliability/rotation.ts, runs it round
 * after round): the reliability suites with the counts of support/campaign.ts for
 * KEHOACH_FUZZ=round, each test's peak memory printed; KEHOACH_SEED replays a round.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    environment: 'node',
    env: { KEHOACH_FUZZ: 'round' },
    setupFiles: ['tests/reliability/support/peak-memory.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    // One file at a time: each runs its own worker or child processes, and timings stay honest.
    fileParallelism: false,
  },
});
