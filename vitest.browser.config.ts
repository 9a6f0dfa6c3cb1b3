import { defineConfig } from 'vitest/config';
import { pathAliases } from './aliases.config.ts';

/** Browser tests: playwright-core drives Debian's chromium against the built web app (dist/renderer). */
export default defineConfig({
  resolve: { alias: pathAliases() },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-browser.json' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
