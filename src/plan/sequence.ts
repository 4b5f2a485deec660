// Builds a plan's ordered steps level by level: the steps of one level are independent and run
// concurrently; levels run in order. Every planner (one per mode) uses it.

import type { Step, Unleveled } from './steps.js';

export class Sequence {
  readonly steps: Step[] = [];
  private level = 0;

  /** Steps that run together as the next level (nothing when empty). */
  together(steps: readonly Unleveled[]): this {
    if (!steps.length) return this;
    for (const s of steps) this.steps.push({ ...s, level: this.level } as Step);
    this.level += 1;
    return this;
  }

  /** One step as the next level. */
  then(step: Unleveled): this {
    return this.together([step]);
  }
}
