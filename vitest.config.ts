import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Coverage of shared/ (the pure core) with a floor that only rises: a run that measures more
    // than the floor writes the new floor here (rounded down), so the change is committed with it.
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts'],
      reporter: ['text-summary'],
      thresholds: { statements: 94, branches: 84, functions: 96, lines: 96, autoUpdate: (measured: number) => Math.floor(measured) },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          testTimeout: 30_000,
          // Vitest 5 clears every mock's calls before each test by default; the main-process tests
          // follow one session of the app across several tests (lifecycle.test.ts reads the calls
          // made while the entry point loaded), and reset the fake Electron themselves where needed.
          clearMocks: false,
          // Run through Vite so that its `import electron from 'electron'` meets the tests' mock
          // (the Electron binary is not here): the app's settings are tested on the real store.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/build-renderer.ts'],
          // A page answers in its own time (the harness starting, a first template list, a PDF
          // printed): expect.poll waits up to 15 s by default instead of 1 s, and still fails
          // as soon as the time is up.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One browser at a time: the machine has two cores, and typing tests measure nothing
          // but still need the page to keep up.
          fileParallelism: false,
        },
      },
    ],
  },
});
