// Sequential depth of recorded fake-cloud calls, per call: 1 + the depth of the deepest call that
// was answered before this one was sent (the definition FakeCloud.callDepth() uses for the whole run).

import type { FakeCall } from '../fake/index.js';

export function callDepths(calls: readonly FakeCall[]): Map<FakeCall, number> {
  const depth = new Map<FakeCall, number>();
  for (const c of calls) {
    const before = calls
      .filter((d) => d.endSeq !== -1 && d.endSeq < c.startSeq)
      .map((d) => depth.get(d) ?? 1);
    depth.set(c, 1 + Math.max(0, ...before));
  }
  return depth;
}

export const isRead = (c: FakeCall): boolean => /^(Describe|List|Get)/.test(c.command);
