import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // A test never waits on real time: the fake cloud's clock and sleep are injected.
    testTimeout: 20_000,
    restoreMocks: true,
    unstubEnvs: true,
  },
});
