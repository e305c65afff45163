import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql: type-graphql loads the CommonJS build, so tests must too (else "another realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files each create their own databases; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
