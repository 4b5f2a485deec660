// Time is injected everywhere we wait, so tests (and the fake cloud) can run a 15-minute create
// in milliseconds without ever sleeping for real.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Uniform in [0, 1); used for jitter. */
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};
