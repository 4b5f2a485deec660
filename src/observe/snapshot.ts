// Observe for mode snapshot: the group and its members (state and role), and the group's manual
// snapshots. Two levels, 1 + members + 1 calls, plus tag reads only where the planner needs them:
//   level 1: DescribeReplicationGroups, DescribeSnapshots (the group's manual snapshots, paged);
//   level 2: every member cluster; ListTagsForResource of today's and yesterday's snapshots named
//            like ours (to recognise this workflow run's own after a kill) and, only when
//            keep_snapshots could prune something, of every snapshot named like ours.

import type { ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { Adapters } from '../aws/adapters.js';
import type { SnapshotConfig } from '../config/types.js';
import { BUSY_STATES } from '../domain/group-state.js';
import { isManualSnapshotName, isRecentSnapshotName } from '../domain/snapshot-names.js';
import type { ObservedSnapshot } from './types.js';

export interface SnapshotSourceMember {
  id: string;
  /** NodeGroupMembers[].CurrentRole: "primary" or "replica" (undefined while AWS does not say). */
  role: string | undefined;
  status: string;
}

export interface SnapshotSourceGroup {
  id: string;
  status: string;
  members: SnapshotSourceMember[];
}

export interface SnapshotObserved {
  group: SnapshotSourceGroup | undefined;
  /** The group's manual snapshots; `tags` is set on those whose tags were read (see above). */
  snapshots: ObservedSnapshot[];
}

/** Tag reads run at most this many at a time (ElastiCache's API rate is modest). */
const TAG_READS_AT_ONCE = 10;

export async function observeSnapshot(
  cfg: SnapshotConfig,
  a: Adapters,
  now: number,
): Promise<SnapshotObserved> {
  const ec = a.elasticache;
  const rgP = ec.describeReplicationGroup(cfg.name);
  const groupP = rgP.then(async (rg) => {
    if (!rg) return undefined;
    const clusters = await Promise.all((rg.MemberClusters ?? []).map((id) => ec.describeCacheCluster(id)));
    return sourceGroup(rg, new Map(clusters.map((c) => [c?.CacheClusterId ?? '', c?.CacheClusterStatus])));
  });
  const snapshotsP = a.snapshots
    .listManual(cfg.name)
    .then((list) => withTags(a, list, tagsNeeded(cfg, list, now)));
  const [group, snapshots] = await Promise.all([groupP, snapshotsP]);
  return { group, snapshots };
}

/** Another run or AWS is busy with the group (or a member): wait for `available` first. */
export function isBusySource(g: SnapshotSourceGroup): boolean {
  return (
    BUSY_STATES.has(g.status) || (g.status === 'available' && g.members.some((m) => m.status !== 'available'))
  );
}

function sourceGroup(rg: ReplicationGroup, statuses: Map<string, string | undefined>): SnapshotSourceGroup {
  const roles = new Map(
    (rg.NodeGroups?.[0]?.NodeGroupMembers ?? []).map((m) => [m.CacheClusterId ?? '', m.CurrentRole]),
  );
  return {
    id: rg.ReplicationGroupId ?? '',
    status: rg.Status ?? 'unknown',
    members: (rg.MemberClusters ?? []).map((id) => ({
      id,
      role: roles.get(id),
      status: statuses.get(id) ?? 'missing',
    })),
  };
}

/**
 * Which snapshots' tags the planner needs: today's and yesterday's named like ours (is one this
 * run's own?), and, when keep_snapshots could delete something (as many named like ours as it
 * keeps, or more, before this run adds one), every one named like ours. Nothing else is ever a
 * candidate for deletion.
 */
function tagsNeeded(cfg: SnapshotConfig, list: ObservedSnapshot[], now: number): Set<string> {
  const named = list.filter((s) => isManualSnapshotName(cfg.name, s.name));
  const prune = cfg.keepSnapshots !== undefined && named.length >= cfg.keepSnapshots;
  return new Set(
    named.filter((s) => prune || isRecentSnapshotName(cfg.name, s.name, now)).map((s) => s.name),
  );
}

/** Reads the tags of the `wanted` snapshots; one that vanished meanwhile is left out of the list. */
async function withTags(
  a: Adapters,
  list: ObservedSnapshot[],
  wanted: Set<string>,
): Promise<ObservedSnapshot[]> {
  const read = new Map<string, Record<string, string> | undefined>();
  const todo = list.filter((s) => wanted.has(s.name));
  for (let i = 0; i < todo.length; i += TAG_READS_AT_ONCE) {
    const chunk = todo.slice(i, i + TAG_READS_AT_ONCE);
    const tags = await Promise.all(chunk.map((s) => a.snapshots.tags(s.arn)));
    chunk.forEach((s, j) => read.set(s.name, tags[j]));
  }
  return list.flatMap((s) => {
    if (!read.has(s.name)) return [s];
    const tags = read.get(s.name);
    return tags ? [{ ...s, tags }] : [];
  });
}
