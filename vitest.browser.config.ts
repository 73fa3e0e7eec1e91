import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in real Chromium and Firefox, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
