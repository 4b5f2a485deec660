// Two runs can meet on one group (a deploy and the re-run of a failed job, two workflows, a preview
// and its retry). What one run sees of the other is a handful of AWS answers: a create that finds
// the resource already there, or a change refused because the group (or a member) is busy. None of
// them means the run is wrong: it means its observation is out of date. The run observes again and
// plans again from what is there (modes/apply.ts); only when that keeps happening does it stop,
// with ConcurrentChangeError, having left nothing half-done that the next run cannot finish.

import { AwsCallError, PlanError } from '../errors.js';

/** AWS answers that mean "someone else changed this since you looked", by error name. */
const RACE_SYMPTOMS: Readonly<Record<string, string>> = {
  CacheSubnetGroupAlreadyExistsFault: 'the cache subnet group was created meanwhile',
  CacheParameterGroupAlreadyExistsFault: 'the parameter group was created meanwhile',
  ReplicationGroupAlreadyExistsFault: 'the replication group was created meanwhile',
  'InvalidGroup.Duplicate': 'the security group was created meanwhile',
  'InvalidPermission.Duplicate': 'the ingress rule was added meanwhile',
  'InvalidPermission.NotFound': 'the ingress rule was revoked meanwhile',
  InvalidReplicationGroupStateFault: 'the replication group is busy with another change',
  InvalidCacheClusterStateFault: 'a member of the replication group is busy with another change',
  InvalidCacheParameterGroupStateFault: 'the parameter group is busy with another change',
  NoOperationFault: 'the replica count was changed meanwhile',
};

/**
 * Raised by a step that finds, just before it acts, that another run is already doing the same
 * thing (e.g. ROTATE: sending it twice would drop the old token). Treated like a race symptom.
 */
export class StaleObservationError extends Error {
  override name = 'StaleObservationError';
}

/** Why `e` means the run's observation is stale (another run got there first), or undefined. */
export function raceSymptom(e: unknown): string | undefined {
  if (e instanceof StaleObservationError) return e.message;
  if (!(e instanceof AwsCallError)) return undefined;
  const what = RACE_SYMPTOMS[e.causeName];
  return what && `${what} (${e.iamAction}: ${e.causeName})`;
}

/** ElastiCache's answers when the group or one of its members is busy (creating, modifying, …). */
const BUSY_FAULTS = new Set(['InvalidReplicationGroupStateFault', 'InvalidCacheClusterStateFault']);

/**
 * Whether AWS refused because the group or a member is busy. Observe describes only the group's
 * first member (constant reads at any node count), so a member still busy while the group is
 * available (a replica another run added) is first seen here: the run then waits until the group
 * and every member are available before it observes again.
 */
export function isBusySymptom(e: unknown): boolean {
  return e instanceof AwsCallError && BUSY_FAULTS.has(e.causeName);
}

/** The run kept meeting another run's changes and stopped: nothing it did needs undoing. */
export class ConcurrentChangeError extends PlanError {
  override name = 'ConcurrentChangeError';
  constructor(group: string, why: string, attempts: number) {
    super(
      `Another run is changing this group (replication group ${group}): ${why}. ` +
        `This run observed and planned again ${attempts - 1} time${attempts === 2 ? '' : 's'} and stopped; ` +
        `what it did is complete and the next run continues from there. Re-run once the other run has finished, ` +
        `and give the jobs that change ${group} one concurrency group (concurrency: redis-${group}) so they queue.`,
    );
  }
}
