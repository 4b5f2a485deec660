import { describe, expect, it } from 'vitest';
import type { Clock } from '../src/clock.js';
import { formatDuration } from '../src/domain/duration.js';
import {
  pollInterval,
  pollUntil,
  POLL_MAX_MS,
  POLL_MIN_MS,
  WaitFailedError,
  WaitTimeoutError,
  type Verdict,
} from '../src/execute/poll.js';

function virtualClock(random: number | (() => number) = 0.5): Clock & { slept: number[] } {
  let t = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms) => {
      slept.push(ms);
      t += ms;
    },
    random: typeof random === 'number' ? () => random : random,
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

  it('waits 11 s to 20 s between reads (uniform jitter), never less, cut short only at the deadline', async () => {
    const s = states([{ state: 'pending', label: 'x' }]);
    const poll = (clock: Clock, timeoutMs: number) =>
      pollUntil({ clock, what: 'rg', timeoutMs, log: () => {}, ...s }).catch(() => {});
    const low = virtualClock(0);
    await poll(low, 60_000);
    expect(low.slept).toEqual([11_000, 11_000, 11_000, 11_000, 11_000, 5_000]);
    const high = virtualClock(0.999_999_9);
    await poll(high, 60_000);
    expect(high.slept).toEqual([19_999, 19_999, 19_999, 3]);
    // Any draw: every interval before the last within [11 s, 20 s).
    let i = 0;
    const draws = [0.25, 0.5, 0.75, 0.1, 0.9, 0];
    const mixed: Clock & { slept: number[] } = {
      ...virtualClock(),
      random: () => draws[i++ % draws.length]!,
    };
    mixed.now = (() => {
      let t = 0;
      mixed.sleep = async (ms) => {
        mixed.slept.push(ms);
        t += ms;
      };
      return () => t;
    })();
    await poll(mixed, 10 * 60_000);
    const full = mixed.slept.slice(0, -1);
    expect(full.length).toBeGreaterThan(20);
    for (const ms of full) {
      expect(ms).toBeGreaterThanOrEqual(11_000);
      expect(ms).toBeLessThan(20_000);
    }
    expect(full.slice(0, 6)).toEqual([13_250, 15_500, 17_750, 11_900, 19_100, 11_000]);
  });

  it('pollInterval maps a uniform draw onto [min, max)', () => {
    expect(pollInterval(0)).toBe(POLL_MIN_MS);
    expect(pollInterval(0.5)).toBe(15_500);
    expect(pollInterval(0.999_999_9)).toBeLessThan(POLL_MAX_MS);
    expect([POLL_MIN_MS, POLL_MAX_MS]).toEqual([11_000, 20_000]);
  });

  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(75_000)).toBe('1m15s');
    expect(formatDuration(3_900_000)).toBe('1h05m');
  });
});
