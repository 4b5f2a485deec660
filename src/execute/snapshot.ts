// Step family: manual snapshots (mode snapshot): take one from a member cluster, wait until it is
// available, delete older ones. Every step carries the names it needs; nothing is decided here.

import { AwsCallError, PlanError } from '../errors.js';
import type { ObservedSnapshot } from '../observe/types.js';
import type { Step } from '../plan/steps.js';
import { pollWithinRun, type ExecContext, type StepHandlers } from './context.js';
import { WaitFailedError, WaitTimeoutError, type Verdict } from './poll.js';
import { waitUntilAvailable } from './wait.js';

type Kind = 'create-snapshot' | 'wait-snapshot' | 'delete-snapshot';

export const snapshotSteps: StepHandlers<Kind> = {
  'create-snapshot': {
    title: (s) => `create snapshot ${s.snapshotName} from ${s.cacheClusterId}`,
    run: async (s, ctx, st) => {
      const made = await createSnapshot(s, ctx);
      st.snapshot = { name: made.name, arn: made.arn || undefined };
    },
  },
  'wait-snapshot': {
    title: (s) => `wait for snapshot ${s.snapshotName}`,
    run: async (s, ctx, st) => {
      const name = st.snapshot?.name ?? s.snapshotName;
      const done = await waitForSnapshot(ctx, name, s.replicationGroupId, s.cacheClusterId);
      st.snapshot = { name, arn: done.arn || st.snapshot?.arn };
    },
  },
  'delete-snapshot': {
    title: (s) => `delete snapshot ${s.snapshotName}`,
    run: (s, ctx) => ctx.aws.snapshots.delete(s.snapshotName),
  },
};

/** The group or the member is busy (another run's snapshot, a modification): wait, then try again. */
const BUSY_FAULTS = new Set(['InvalidReplicationGroupStateFault', 'InvalidCacheClusterStateFault']);
const MAX_BUSY_RETRIES = 3;

/**
 * CreateSnapshot, robust to another run meeting this one on the group: a name taken meanwhile moves
 * to the step's fallback (-HHMMSS) name; a busy group or member is waited for (within the run's
 * deadline) and the call repeated.
 */
async function createSnapshot(
  s: Extract<Step, { kind: 'create-snapshot' }>,
  ctx: ExecContext,
): Promise<{ name: string; arn: string }> {
  let name = s.snapshotName;
  for (let busy = 0; ;) {
    try {
      const made = await ctx.aws.snapshots.create({
        name,
        cacheClusterId: s.cacheClusterId,
        tags: ctx.createTags,
      });
      return { name, arn: made?.arn ?? '' };
    } catch (e) {
      const cause = e instanceof AwsCallError ? e.causeName : '';
      if (cause === 'SnapshotAlreadyExistsFault' && s.fallbackName && name !== s.fallbackName) {
        ctx.log.info(`  ${name} was taken meanwhile (another run); taking ${s.fallbackName} instead`);
        name = s.fallbackName;
      } else if (cause === 'SnapshotAlreadyExistsFault') {
        throw new PlanError(
          `Snapshot ${name} was taken meanwhile by another run (elasticache:CreateSnapshot: SnapshotAlreadyExistsFault); re-run to take one under a later -HHMMSS name.`,
        );
      } else if (BUSY_FAULTS.has(cause) && busy++ < MAX_BUSY_RETRIES) {
        ctx.log.info(
          `  ${s.replicationGroupId} is busy (${cause}; another run?): waiting for available, then trying again`,
        );
        await waitUntilAvailable(ctx, s.replicationGroupId);
      } else {
        throw e;
      }
    }
  }
}

/** Pure: is the snapshot done? `available` (or already in use by a restore or copy) is success. */
export function classifySnapshot(s: ObservedSnapshot | undefined): Verdict {
  if (!s) return { state: 'failure', label: 'gone (SnapshotNotFound: it failed or was deleted)' };
  if (s.status === 'available' || s.status === 'restoring' || s.status === 'copying')
    return { state: 'success', label: s.status };
  if (s.status === 'deleting' || s.status === 'failed') return { state: 'failure', label: s.status };
  return { state: 'pending', label: s.status };
}

async function waitForSnapshot(
  ctx: ExecContext,
  name: string,
  groupId: string,
  clusterId: string | undefined,
): Promise<ObservedSnapshot> {
  const started = ctx.clock.now();
  try {
    const done = await pollWithinRun(ctx, {
      what: `snapshot ${name}`,
      read: () => ctx.aws.snapshots.describe(name),
      classify: classifySnapshot,
    });
    return done as ObservedSnapshot;
  } catch (e) {
    if (!(e instanceof WaitFailedError || e instanceof WaitTimeoutError)) throw e;
    const hint =
      e instanceof WaitTimeoutError
        ? ' Raise wait_timeout_minutes, or re-run later: a re-run of this workflow run waits for this snapshot instead of taking another.'
        : ' Re-run to take a new one.';
    let events: string[];
    try {
      events = await ctx.aws.elasticache.recentEvents(
        groupId,
        clusterId ? [clusterId] : [],
        started - 60 * 60_000,
      );
    } catch (inner) {
      events = [`(could not read events: ${(inner as Error).message})`];
    }
    const recent = events.slice(-10).map((x) => `  ${x}`);
    throw new PlanError(
      `${e.message}.${hint}${recent.length ? `\nRecent ElastiCache events:\n${recent.join('\n')}` : ' No recent ElastiCache events.'}`,
    );
  }
}
