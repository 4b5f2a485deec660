// How long each phase of a run took, for the job summary's timing table.

import type { Clock } from '../clock.js';

export class PhaseTimer {
  readonly list: Array<[string, number]> = [];
  constructor(private readonly clock: Clock) {}

  add(label: string, ms: number): void {
    this.list.push([label, ms]);
  }

  async time<T>(label: string, fn: () => Promise<T>): Promise<T> {
    const t = this.clock.now();
    try {
      return await fn();
    } finally {
      this.add(label, this.clock.now() - t);
    }
  }
}
