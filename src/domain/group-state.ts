// Replication-group states every mode reasons about.

import type { ObservedGroup } from '../observe/types.js';

/** Group states in which another run (or AWS) is busy: wait for `available`, then plan. */
export const BUSY_STATES = new Set(['creating', 'modifying', 'snapshotting']);

export function busyMember(g: ObservedGroup) {
  return g.members.find((m) => m.status !== 'available' && m.status !== 'unknown');
}

/** Another run or AWS is changing the group (or one of its members): wait before planning. */
export function isBusyGroup(g: ObservedGroup | undefined): boolean {
  if (!g) return false;
  return BUSY_STATES.has(g.status) || (g.status === 'available' && busyMember(g) !== undefined);
}
