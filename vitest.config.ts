import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
