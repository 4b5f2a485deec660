// A "kill" for the fake cloud: a run dies right after its Nth mutating AWS call, as a runner shut
// down mid-run would.
//
// The run is labelled (cloud.asRun) so that the kill stays scoped to it: when the killed run's
// run() returns, branches of it may still be in flight (one side of a Promise.all that failed, a
// poll asleep on the virtual clock). A real runner that dies sends nothing more, so those
// stragglers must keep failing while the re-run's calls go through.

import type { FakeCall, FakeCloud } from '../fake/index.js';

/**
 * Runs `fn` as run `label`; that run's Nth mutating call goes through, and every later call of it
 * (of any kind, also after `fn` has returned) fails before it reaches the fake. Calls of other runs
 * are untouched.
 */
export async function runKilledAfterMutatingCalls<T>(
  cloud: FakeCloud,
  n: number,
  fn: () => Promise<T>,
  label = 'killed',
): Promise<T> {
  const calls = cloud.calls as FakeCall[] & { push: (...c: FakeCall[]) => number };
  const push = calls.push.bind(calls);
  let mutating = 0;
  let dead = false;
  calls.push = (...items: FakeCall[]) => {
    const mine = items.filter((c) => c.run === label);
    if (dead && mine.length)
      throw Object.assign(new Error('the runner was killed'), { name: 'RunnerKilled' });
    for (const c of mine) if (!/^(Describe|List|Get)/.test(c.command) && ++mutating >= n) dead = true;
    return push(...items);
  };
  return cloud.asRun(label, fn);
}
