import { defineConfig } from 'vitest/config';
import { pathAliases } from './aliases.config.ts';

export default defineConfig({
  resolve: { alias: pathAliases() },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-unit.json' },
    testTimeout: 30_000,
  },
});
