import type { Clock } from '../clock.js';
import { formatDuration } from '../domain/duration.js';

export type Verdict = { state: 'success' | 'failure' | 'pending'; label: string };

export interface PollOptions<T> {
  clock: Clock;
  /** What we are waiting for, for log lines and errors ("replication group app to be available"). */
  what: string;
  timeoutMs: number;
  /** How the limit is described in the timeout error; defaults to the timeout's duration. */
  limitText?: string;
  /** Bounds of the interval between two reads (defaults: POLL_MIN_MS, POLL_MAX_MS). */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Log a line at least this often even when nothing changes. */
  heartbeatMs?: number;
  read: () => Promise<T>;
  /** Explicit success and failure states; anything else keeps polling. */
  classify: (value: T) => Verdict;
  log: (line: string) => void;
}

export class WaitFailedError extends Error {
  override name = 'WaitFailedError';
  constructor(
    message: string,
    readonly label: string,
  ) {
    super(message);
  }
}

export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError';
  constructor(
    message: string,
    readonly label: string,
  ) {
    super(message);
  }
}

/**
 * The interval between two reads is drawn uniformly from [POLL_MIN_MS, POLL_MAX_MS): never under
 * 11 s (a wait of an hour is ~230 reads, far below ElastiCache's describe limits), 15.5 s on average,
 * and under 20 s, so a group that became available is seen within 20 s. The jitter keeps two runs
 * waiting on the same group out of lock-step. (An exponential backoff to 60 s, as before, saved
 * reads but let a finished create wait up to a minute unseen.) `npm run bench` simulates it.
 */
export const POLL_MIN_MS = 11_000;
export const POLL_MAX_MS = 20_000;

/** One interval, from a uniform draw in [0, 1). */
export function pollInterval(random: number, minMs = POLL_MIN_MS, maxMs = POLL_MAX_MS): number {
  return Math.floor(minMs + random * (maxMs - minMs));
}

/**
 * Our own poller (the SDK waiter retries on every error and never stops on create-failed):
 * explicit success/failure states, a deadline, jittered intervals, injected sleep, and one log
 * line per state change (plus a heartbeat) so a 15-minute wait shows progress.
 */
export async function pollUntil<T>(o: PollOptions<T>): Promise<T> {
  const minDelay = o.minDelayMs ?? POLL_MIN_MS;
  const maxDelay = o.maxDelayMs ?? POLL_MAX_MS;
  const heartbeat = o.heartbeatMs ?? 5 * 60_000;
  const start = o.clock.now();
  const deadline = start + o.timeoutMs;
  let lastLabel: string | undefined;
  let lastLog = start;
  for (;;) {
    const value = await o.read();
    const v = o.classify(value);
    const now = o.clock.now();
    const elapsed = formatDuration(now - start);
    if (v.label !== lastLabel || now - lastLog >= heartbeat) {
      o.log(`${o.what}: ${v.label} (${elapsed} elapsed)`);
      lastLabel = v.label;
      lastLog = now;
    }
    if (v.state === 'success') return value;
    if (v.state === 'failure')
      throw new WaitFailedError(`${o.what}: ended in ${v.label} after ${elapsed}`, v.label);
    if (now >= deadline) {
      throw new WaitTimeoutError(
        `${o.what}: still ${v.label} after ${elapsed}, past ${o.limitText ?? `the ${formatDuration(o.timeoutMs)} limit`}`,
        v.label,
      );
    }
    // The last interval is cut short at the deadline, so the timeout is checked on time.
    const delay = Math.min(pollInterval(o.clock.random(), minDelay, maxDelay), Math.max(0, deadline - now));
    await o.clock.sleep(Math.max(delay, 1));
  }
}
