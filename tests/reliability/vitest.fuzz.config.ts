/**
 * `npm run fuzz`: the long campaign of the reliability suites (fuzzing, hostile files, crash
 * saves) with the counts of support/campaign.ts for KEHOACH_FUZZ=long; KEHOACH_SEED replays a run.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    environment: 'node',
    env: { KEHOACH_FUZZ: 'long' },
    setupFiles: ['tests/reliability/support/peak-memory.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    // One file at a time: each runs its own worker or child processes, and timings stay honest.
    fileParallelism: false,
  },
});
