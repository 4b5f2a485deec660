// Step family: deleting a group and everything around it (modes destroy and cleanup). Every delete
// of something already gone succeeds, so a re-run after a run died anywhere finishes the job; what
// AWS still reports in use (until the group and its lingering ENIs are gone) is retried, jittered,
// with progress lines, within the run's wait_timeout_minutes deadline.

import type { ReplicationGroup } from '@aws-sdk/client-elasticache';
import { AwsCallError, isAccessDenied, PlanError } from '../errors.js';
import { pollWithinRun, type ExecContext, type ExecResult, type StepHandlers } from './context.js';
import { WaitFailedError, WaitTimeoutError, type Verdict } from './poll.js';

type Kind =
  | 'delete-replication-group'
  | 'wait-deleted'
  | 'delete-parameter-group'
  | 'delete-subnet-group'
  | 'delete-security-group'
  | 'delete-log-group'
  | 'delete-alarms';

export const destroySteps: StepHandlers<Kind> = {
  'delete-replication-group': {
    title: (s) =>
      `delete replication group ${s.groupId}${s.finalSnapshotName ? ` (final snapshot ${s.finalSnapshotName})` : ''}`,
    run: (s, ctx, st) => deleteGroup(ctx, st, s.groupId, s.finalSnapshotName),
  },
  'wait-deleted': {
    title: (s) => `wait until ${s.groupId} is gone`,
    run: (s, ctx) => waitDeleted(ctx, s.groupId),
  },
  'delete-parameter-group': {
    title: (s) => `delete cache parameter group ${s.name}`,
    run: (s, ctx) =>
      whileInUse(ctx, `cache parameter group ${s.name}`, 'InvalidCacheParameterGroupStateFault', () =>
        ctx.aws.elasticache.deleteParameterGroup(s.name),
      ),
  },
  'delete-subnet-group': {
    title: (s) => `delete cache subnet group ${s.name}`,
    run: (s, ctx) =>
      whileInUse(ctx, `cache subnet group ${s.name}`, 'CacheSubnetGroupInUse', () =>
        ctx.aws.elasticache.deleteSubnetGroup(s.name),
      ),
  },
  'delete-security-group': {
    title: (s) => `delete security group ${s.groupId}`,
    run: (s, ctx) =>
      whileInUse(ctx, `security group ${s.groupId}`, 'DependencyViolation', () =>
        ctx.aws.ec2.deleteSecurityGroup(s.groupId),
      ),
  },
  'delete-log-group': {
    title: (s) => `delete log group ${s.name}`,
    run: (s, { aws }) => aws.logs.deleteLogGroup(s.name),
  },
  'delete-alarms': {
    title: (s) => `delete ${s.names.length} CloudWatch alarm${s.names.length === 1 ? '' : 's'}`,
    run: (s, { aws }) => aws.cloudwatch.deleteAlarms(s.names),
  },
};

/** Polls DescribeReplicationGroups for `id` (undefined: the group is gone) until `classify` says done. */
function pollGroup(
  ctx: ExecContext,
  id: string,
  classify: (rg: ReplicationGroup | undefined) => Verdict,
): Promise<ReplicationGroup | undefined> {
  return pollWithinRun(ctx, {
    what: `replication group ${id}`,
    read: () => ctx.aws.elasticache.describeReplicationGroup(id),
    classify,
  });
}

/** Polls `attempt` (which answers a verdict itself) until success, within the run's deadline. */
async function retry(
  ctx: ExecContext,
  what: string,
  attempt: () => Promise<Verdict>,
  delays: { minDelayMs: number; maxDelayMs: number },
): Promise<Verdict> {
  try {
    return await pollWithinRun(ctx, { what, ...delays, read: attempt, classify: (v) => v });
  } catch (e) {
    if (e instanceof WaitTimeoutError)
      throw new PlanError(
        `${e.message}. Re-run destroy later (or raise wait_timeout_minutes): it deletes whatever is left.`,
      );
    throw e;
  }
}

const IN_USE_DELAYS = { minDelayMs: 15_000, maxDelayMs: 60_000 };

/** Deletes, retrying while AWS answers `inUse` (the group or its ENIs are not gone yet). */
async function whileInUse(
  ctx: ExecContext,
  what: string,
  inUse: string,
  del: () => Promise<void>,
): Promise<void> {
  await retry(
    ctx,
    `delete ${what}`,
    async () => {
      try {
        await del();
        return { state: 'success', label: 'deleted' };
      } catch (e) {
        if (e instanceof AwsCallError && e.causeName === inUse)
          return { state: 'pending', label: `in use (${inUse})` };
        throw e;
      }
    },
    IN_USE_DELAYS,
  );
}

/** At most this many suffixes are tried when the final snapshot's name is taken. */
const SNAPSHOT_NAME_TRIES = 9;

async function deleteGroup(
  ctx: ExecContext,
  st: ExecResult,
  id: string,
  snapshot: string | undefined,
): Promise<void> {
  const ec = ctx.aws.elasticache;
  let name = snapshot;
  let tries = 1;
  const outcome = await retry(
    ctx,
    `delete replication group ${id}`,
    async (): Promise<Verdict> => {
      try {
        await ec.deleteReplicationGroup(id, name);
        return { state: 'success', label: 'deleting' };
      } catch (e) {
        if (!(e instanceof AwsCallError)) throw e;
        if (e.causeName === 'ReplicationGroupNotFoundFault')
          return { state: 'success', label: 'already gone' };
        if (e.causeName === 'SnapshotAlreadyExistsFault' && name && tries < SNAPSHOT_NAME_TRIES) {
          // A re-run in the same minute: the name is not ours to overwrite; take the next one.
          name = `${snapshot}-${++tries}`;
          return { state: 'pending', label: `snapshot name taken, trying ${name}` };
        }
        if (e.causeName === 'InvalidReplicationGroupStateFault') {
          const rg = await ec.describeReplicationGroup(id);
          if (!rg || rg.Status === 'deleting')
            return { state: 'success', label: 'already deleting (another run)' };
          return { state: 'pending', label: `${rg.Status ?? 'busy'}: ${e.message.replace(/^.*?: /, '')}` };
        }
        throw explainDeleteFailure(e, name);
      }
    },
    { minDelayMs: 15_000, maxDelayMs: 60_000 },
  );
  st.finalSnapshotName = outcome.label === 'deleting' ? name : undefined;
  if (name && outcome.label !== 'deleting')
    ctx.log.info(`  ${id} was ${outcome.label}: no final snapshot was requested by this run`);
}

function explainDeleteFailure(e: AwsCallError, name: string | undefined): Error {
  if (name && isAccessDenied(e.cause))
    return new PlanError(
      `${e.message} A final snapshot also needs elasticache:CreateSnapshot (and elasticache:AddTagsToResource); ` +
        'grant them, or set final_snapshot: false.',
    );
  if (e.causeName === 'SnapshotQuotaExceededFault')
    return new PlanError(
      `${e.message} Delete old manual snapshots (mode snapshot with keep_snapshots), or set final_snapshot: false.`,
    );
  return e;
}

/** Our own poller: success when DescribeReplicationGroups no longer finds the group. */
async function waitDeleted(ctx: ExecContext, id: string): Promise<void> {
  try {
    await pollGroup(ctx, id, (rg) =>
      !rg
        ? { state: 'success', label: 'gone' }
        : rg.Status === 'deleting'
          ? { state: 'pending', label: 'deleting' }
          : { state: 'failure', label: rg.Status ?? 'unknown' },
    );
  } catch (e) {
    if (e instanceof WaitFailedError)
      throw new PlanError(
        `${e.message}: it is no longer being deleted (another run may have created it again). Nothing around it was deleted.`,
      );
    if (e instanceof WaitTimeoutError)
      throw new PlanError(
        `${e.message}. Re-run destroy later (or raise wait_timeout_minutes): it waits for the delete instead of starting over.`,
      );
    throw e;
  }
}

const BUSY = new Set(['creating', 'modifying', 'snapshotting']);

/** Whether AWS is busy with the group (a create, a change, a snapshot): delete must wait for it. */
export function isBusyForDelete(status: string | undefined): boolean {
  return status !== undefined && BUSY.has(status);
}

/** Waits until the group is no longer creating, modifying or snapshotting (or is gone). */
export async function waitSettled(ctx: ExecContext, id: string): Promise<void> {
  await pollGroup(ctx, id, (rg) =>
    isBusyForDelete(rg?.Status)
      ? { state: 'pending', label: rg?.Status ?? '' }
      : { state: 'success', label: rg?.Status ?? 'gone' },
  ).catch((e: unknown) => {
    if (e instanceof WaitTimeoutError)
      throw new PlanError(`${e.message}. Nothing was deleted; re-run destroy once the group is available.`);
    throw e;
  });
}
