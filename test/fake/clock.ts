// Virtual time for the fake cloud: nothing ever waits for real. `sleep(ms)` moves time forward by
// `ms` and runs every scheduled transition that became due, then resolves after one microtask.

import type { Clock } from '../../src/clock.js';

interface Scheduled {
  at: number;
  seq: number;
  run: (at: number) => void;
}

/** mulberry32: small, fast, deterministic PRNG in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class VirtualClock implements Clock {
  private t: number;
  private seq = 0;
  private queue: Scheduled[] = [];
  private readonly rng: () => number;
  /** Due time of the transition being run, while runDue() runs it. */
  private runningAt: number | undefined;
  /** Total virtual milliseconds requested through sleep() (handy for asserting back-off). */
  slept = 0;

  constructor(startTime: number, seed: number) {
    this.t = startTime;
    this.rng = seededRandom(seed);
  }

  now = (): number => this.t;

  random = (): number => this.rng();

  sleep = async (ms: number): Promise<void> => {
    const step = Number.isFinite(ms) && ms > 0 ? ms : 0;
    this.slept += step;
    this.advance(step);
    await Promise.resolve();
  };

  /** Synchronously move virtual time forward and run what became due. */
  advance(ms: number): void {
    this.t += Math.max(0, ms);
    this.runDue();
  }

  /**
   * Run `run` once virtual time reaches now + delayMs (in scheduling order for equal times). A
   * transition that schedules the next one counts from its own due time, not from how far one
   * advance() jumped, so chained transitions keep their spacing.
   */
  schedule(delayMs: number, run: (at: number) => void): void {
    const base = this.runningAt ?? this.t;
    this.queue.push({ at: base + Math.max(0, delayMs), seq: this.seq++, run });
    this.queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  /** Run every scheduled transition whose time has come (transitions may schedule more). */
  runDue(): void {
    for (;;) {
      const next = this.queue[0];
      if (!next || next.at > this.t) return;
      this.queue.shift();
      const outer = this.runningAt;
      this.runningAt = next.at;
      try {
        next.run(next.at);
      } finally {
        this.runningAt = outer;
      }
    }
  }

  /** Number of transitions still waiting (e.g. to assert the world has settled). */
  get pendingTransitions(): number {
    return this.queue.length;
  }
}
