import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // A test never waits on real time: the fake cloud's clock and sleep are injected.
    testTimeout: 20_000,
    restoreMocks: true,
    unstubEnvs: true,
    // `npm test` runs with --coverage (it adds about a second); `npx vitest run` skips it.
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      // Only imports main.ts and calls run(); the bundle test runs it as the runner does.
      exclude: ['src/index.ts'],
      reporter: ['text'],
      // Today's level, rounded down: a change that drops coverage fails `npm test`. Raise, never lower.
      thresholds: {
        statements: 95,
        branches: 84,
        functions: 96,
        lines: 95,
      },
    },
  },
});
