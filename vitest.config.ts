import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit tests: logic in plain Node (pure layer) or jsdom (DOM mapping, components). */
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/*.test.ts', 'lib/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup-unit.ts'],
    restoreMocks: true,
  },
});
