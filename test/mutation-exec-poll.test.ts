// The poller's heartbeat and the apply-context guard, pinned after mutation testing (npm run
// mutation) found them unchecked: a long wait in one state still shows progress every
// heartbeatMs (5 minutes unless told), and an apply step planned in another mode is refused.

import { describe, expect, it } from 'vitest';
import type { Clock } from '../src/clock.js';
import { applyContext, type ExecContext } from '../src/execute/context.js';
import { pollUntil } from '../src/execute/poll.js';
import { PlanError } from '../src/errors.js';
import { config, converged } from './support/config.js';

/**
 * Virtual time: sleep() moves it. random() is fixed mid-range, so an interval is minDelayMs only when
 * maxDelayMs equals it (a default taken in place of either would show in the times logged).
 */
function clock(): Clock {
  let t = 0;
  return { now: () => t, sleep: async (ms) => void (t += ms), random: () => 0.5 };
}

/** Pending in one state until `doneAtMs`, then success. */
function pendingUntil(c: Clock, doneAtMs: number) {
  return {
    read: async () => c.now(),
    classify: (now: number) =>
      now >= doneAtMs
        ? { state: 'success' as const, label: 'available' }
        : { state: 'pending' as const, label: 'creating' },
  };
}

describe('pollUntil heartbeat', () => {
  it('logs the same state again once heartbeatMs has passed, counting from the last line', async () => {
    const c = clock();
    const log: string[] = [];
    await pollUntil({
      clock: c,
      what: 'group',
      timeoutMs: 600_000,
      minDelayMs: 10_000,
      maxDelayMs: 10_000,
      heartbeatMs: 30_000,
      log: (l) => log.push(l),
      ...pendingUntil(c, 70_000),
    });
    // Reads at 0, 10, …, 70 s: the heartbeat falls due exactly at 30 and 60 s (>=, not >).
    expect(log).toEqual([
      'group: creating (0s elapsed)',
      'group: creating (30s elapsed)',
      'group: creating (1m00s elapsed)',
      'group: available (1m10s elapsed)',
    ]);
  });

  it('defaults to a heartbeat every 5 minutes', async () => {
    const c = clock();
    const log: string[] = [];
    await pollUntil({
      clock: c,
      what: 'group',
      timeoutMs: 3_600_000,
      minDelayMs: 60_000,
      maxDelayMs: 60_000,
      log: (l) => log.push(l),
      ...pendingUntil(c, 11 * 60_000),
    });
    expect(log).toEqual([
      'group: creating (0s elapsed)',
      'group: creating (5m00s elapsed)',
      'group: creating (10m00s elapsed)',
      'group: available (11m00s elapsed)',
    ]);
  });
});

describe('applyContext', () => {
  const ctx = (mode: string, observed: unknown) =>
    ({ cfg: { ...config(), mode }, observed }) as unknown as ExecContext;

  it('gives apply and plan their inputs, observed state and names', () => {
    const cfg = config();
    const observed = converged(cfg);
    for (const mode of ['apply', 'plan']) {
      const a = applyContext(ctx(mode, observed));
      expect(a.observed).toBe(observed);
      expect(a.names.replicationGroupId).toBe(cfg.name);
    }
  });

  it('refuses a step of apply run in another mode, or without an observed state', () => {
    const observed = converged(config());
    for (const mode of ['destroy', 'snapshot', 'cleanup']) {
      expect(() => applyContext(ctx(mode, observed))).toThrow(PlanError);
      expect(() => applyContext(ctx(mode, observed))).toThrow(
        `internal error: a step of mode apply was planned in mode ${mode}`,
      );
    }
    expect(() => applyContext(ctx('apply', undefined))).toThrow(/planned in mode apply/);
  });
});
