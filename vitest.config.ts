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
        statements: 97,
        branches: 90,
        functions: 97,
        lines: 97,
        // Every adapter's error paths are tested (test/adapters-errors.test.ts): a new AWS call
        // comes with tests of its failures, not just of its request.
        'src/aws/**': { statements: 100, branches: 100, functions: 100, lines: 100 },
      },
    },
  },
});
