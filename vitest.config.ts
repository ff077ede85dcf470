import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Contract and runtime suites start their own servers; two workers suit the 2-core machine.
    maxWorkers: 2,
  },
});
