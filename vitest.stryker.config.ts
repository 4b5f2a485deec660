// The vitest config Stryker runs (`npm run mutation`, stryker.config.json): the fast unit-level and
// fake-cloud test files only. Left out: the bundle/dist tests (they run the built dist/, not src/, so
// no mutant can reach them), the live redis-server tests, and the slow whole-action suites
// (concurrency, convergence, scenarios, ...), which would make every covered mutant take seconds.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      exclude: [
        'test/bundle.test.ts',
        'test/verify-*.test.ts',
        'test/release-dry-run.test.ts',
        'test/concurrency.test.ts',
        'test/convergence.test.ts',
        'test/scenarios.test.ts',
        'test/destroy.test.ts',
        'test/restore.test.ts',
        'test/cleanup.test.ts',
        'test/iam-policies.test.ts',
        // Asserts that process.env holds no INPUT_*: other files' leftovers break it without isolation.
        'test/action-io.test.ts',
      ],
      // The suite passes without per-file isolation, which makes each mutant run much faster.
      isolate: false,
      coverage: { enabled: false },
    },
  }),
);
