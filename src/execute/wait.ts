// Waiting for the group: our own poller over the group and every member, with explicit success
// and failure states; a failure or timeout reports the group's recent ElastiCache events.

import type { ReplicationGroup } from '@aws-sdk/client-elasticache';
import { PlanError } from '../errors.js';
import { pollWithinRun, type ExecContext } from './context.js';
import { WaitFailedError, WaitTimeoutError, type Verdict } from './poll.js';

interface GroupSnapshot {
  rg: ReplicationGroup | undefined;
  members: Array<{ id: string; status: string }>;
}

/** Pure: is the group (and every member) done? Explicit success and failure states. */
export function classifyGroup(s: GroupSnapshot): Verdict {
  const rg = s.rg;
  if (!rg) return { state: 'failure', label: 'gone (ReplicationGroupNotFound)' };
  const status = rg.Status ?? 'unknown';
  if (status === 'create-failed' || status === 'deleting' || status === 'deleted')
    return { state: 'failure', label: status };
  const busyMembers = s.members.filter((m) => m.status !== 'available');
  const pending = rg.PendingModifiedValues ?? {};
  const pendingParts = [
    pending.AuthTokenStatus && `AUTH token ${pending.AuthTokenStatus.toLowerCase()}`,
    pending.TransitEncryptionMode && `TLS mode → ${pending.TransitEncryptionMode}`,
    pending.AutomaticFailoverStatus && `failover ${pending.AutomaticFailoverStatus}`,
    // Stryker disable next-line ArrayDeclaration: a non-object element has no Status, so the filter drops it
    ...(rg.LogDeliveryConfigurations ?? [])
      .filter((l) => l.Status && l.Status !== 'active' && l.Status !== 'error')
      .map((l) => `${l.LogType} ${l.Status}`),
  ].filter(Boolean);
  const memberText = busyMembers.length
    ? `; members ${busyMembers.map((m) => `${m.id} ${m.status}`).join(', ')}`
    : '';
  const pendingText = pendingParts.length ? `; ${pendingParts.join(', ')}` : '';
  const label = `${status}${memberText}${pendingText}`;
  if (status === 'available' && !busyMembers.length && !pendingParts.length)
    return { state: 'success', label: 'available' };
  return { state: 'pending', label };
}

export async function waitUntilAvailable(ctx: ExecContext, id: string): Promise<ReplicationGroup> {
  const started = ctx.clock.now();
  let memberIds: string[] = ctx.observed?.group?.memberClusters ?? [];
  const read = async (): Promise<GroupSnapshot> => {
    const rg = await ctx.aws.elasticache.describeReplicationGroup(id);
    memberIds = rg?.MemberClusters?.length ? rg.MemberClusters : memberIds;
    const members = await Promise.all(
      (rg?.MemberClusters ?? []).map(async (m) => ({
        id: m,
        status: (await ctx.aws.elasticache.describeCacheCluster(m))?.CacheClusterStatus ?? 'missing',
      })),
    );
    return { rg, members };
  };
  try {
    const done = await pollWithinRun(ctx, { what: `replication group ${id}`, read, classify: classifyGroup });
    return done.rg as ReplicationGroup;
  } catch (e) {
    if (e instanceof WaitFailedError || e instanceof WaitTimeoutError) {
      // Stryker disable next-line ArrayDeclaration: both the try and the catch assign events before use
      let events: string[] = [];
      try {
        events = await ctx.aws.elasticache.recentEvents(id, memberIds, started - 60 * 60_000);
      } catch (inner) {
        events = [`(could not read events: ${(inner as Error).message})`];
      }
      const hint =
        e instanceof WaitTimeoutError
          ? ' Raise wait_timeout_minutes, or re-run later: a re-run waits for the group instead of starting over.'
          : '';
      const recent = events.slice(-10).map((x) => `  ${x}`);
      throw new PlanError(
        `${e.message}.${hint}${recent.length ? `\nRecent ElastiCache events:\n${recent.join('\n')}` : ' No recent ElastiCache events.'}`,
      );
    }
    throw e;
  }
}
