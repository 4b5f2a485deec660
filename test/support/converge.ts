// Assertions the scenario suites share: a run that succeeded, and a change that converges (the run
// applies it, and a second run with the same inputs writes nothing).

import { expect } from 'vitest';
import type { FakeCloud } from '../fake/index.js';
import type { RunResult } from './harness.js';

/** The run succeeded: no ::error:: line and the step did not fail (the log is shown if it did). */
export function ok(r: RunResult): RunResult {
  expect(r.errors, r.stdout).toEqual([]);
  expect(r.failed).toBe(false);
  return r;
}

/**
 * Runs `inputs` on the existing group, then again a minute later: the second run must report
 * `unchanged` and write nothing. Returns the first run and the mutating calls it made.
 */
export async function changeThenRerun(
  cloud: FakeCloud,
  run: (inputs: Record<string, string>) => Promise<RunResult>,
  inputs: Record<string, string>,
): Promise<{ r: RunResult; writes: string[] }> {
  cloud.resetCalls();
  cloud.clock.advance(60_000);
  const r = ok(await run(inputs));
  const writes = cloud.mutatingCalls().map((c) => c.command);
  cloud.resetCalls();
  cloud.clock.advance(60_000);
  const again = ok(await run(inputs));
  expect(again.outputs.status, again.stdout).toBe('unchanged');
  expect(cloud.mutatingCalls()).toEqual([]);
  return { r, writes };
}
