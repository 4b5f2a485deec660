import { describe, expect, it } from 'vitest';
import type { Clock } from '../src/clock.js';
import { formatDuration } from '../src/domain/duration.js';
import { pollUntil, WaitFailedError, WaitTimeoutError, type Verdict } from '../src/execute/poll.js';

function virtualClock(random = 0.5): Clock & { slept: number[] } {
  let t = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms) => {
      slept.push(ms);
      t += ms;
    },
    random: () => random,
  };
}

const states = (seq: Verdict[]) => {
  let i = 0;
  return { read: async () => seq[Math.min(i++, seq.length - 1)]!, classify: (v: Verdict) => v };
};

describe('pollUntil', () => {
  it('returns on success, logging one line per state change', async () => {
    const clock = virtualClock();
    const log: string[] = [];
    const s = states([
      { state: 'pending', label: 'creating' },
      { state: 'pending', label: 'creating' },
      { state: 'pending', label: 'modifying' },
      { state: 'success', label: 'available' },
    ]);
    await pollUntil({ clock, what: 'rg', timeoutMs: 3_600_000, log: (l) => log.push(l), ...s });
    expect(log.map((l) => l.split(' (')[0])).toEqual(['rg: creating', 'rg: modifying', 'rg: available']);
  });

  it('stops at once on an explicit failure state', async () => {
    const s = states([
      { state: 'pending', label: 'creating' },
      { state: 'failure', label: 'create-failed' },
    ]);
    await expect(
      pollUntil({ clock: virtualClock(), what: 'rg', timeoutMs: 60_000_000, log: () => {}, ...s }),
    ).rejects.toBeInstanceOf(WaitFailedError);
  });

  it('times out at the deadline, naming the last state and the input to raise', async () => {
    const clock = virtualClock();
    const s = states([{ state: 'pending', label: 'modifying' }]);
    const err = await pollUntil({ clock, what: 'rg', timeoutMs: 10 * 60_000, log: () => {}, ...s }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect(err.message).toMatch(/still modifying after 10m00s, past the 10m00s limit/);
    expect(clock.now()).toBe(10 * 60_000);
  });

  it('backs off exponentially with jitter between min and max delay', async () => {
    const clock = virtualClock(1);
    const s = states([{ state: 'pending', label: 'x' }]);
    await pollUntil({
      clock,
      what: 'rg',
      timeoutMs: 10 * 60_000,
      minDelayMs: 10_000,
      maxDelayMs: 40_000,
      log: () => {},
      ...s,
    }).catch(() => {});
    expect(clock.slept.slice(0, 5)).toEqual([10_000, 15_000, 22_500, 33_750, 40_000]);
    const low = virtualClock(0);
    await pollUntil({
      clock: low,
      what: 'rg',
      timeoutMs: 60_000,
      minDelayMs: 10_000,
      maxDelayMs: 40_000,
      log: () => {},
      ...s,
    }).catch(() => {});
    expect(low.slept[0]).toBe(5_000);
  });

  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(75_000)).toBe('1m15s');
    expect(formatDuration(3_900_000)).toBe('1h05m');
  });
});
