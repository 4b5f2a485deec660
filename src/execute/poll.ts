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
 * Our own poller (the SDK waiter retries on every error and never stops on create-failed):
 * explicit success/failure states, a deadline, jittered exponential backoff, injected sleep,
 * and one log line per state change (plus a heartbeat) so a 15-minute wait shows progress.
 */
export async function pollUntil<T>(o: PollOptions<T>): Promise<T> {
  const minDelay = o.minDelayMs ?? 15_000;
  const maxDelay = o.maxDelayMs ?? 60_000;
  const heartbeat = o.heartbeatMs ?? 5 * 60_000;
  const start = o.clock.now();
  const deadline = start + o.timeoutMs;
  let lastLabel: string | undefined;
  let lastLog = start;
  for (let attempt = 0; ; attempt++) {
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
    const ceiling = Math.min(maxDelay, minDelay * 1.5 ** attempt);
    // Equal jitter: at least half the ceiling, so we never hammer the API, never in lock-step.
    const delay = Math.min(
      Math.round(ceiling / 2 + o.clock.random() * (ceiling / 2)),
      Math.max(0, deadline - now),
    );
    await o.clock.sleep(Math.max(delay, 1));
  }
}
