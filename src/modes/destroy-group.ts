// Destroying one group, as mode destroy does it and as the janitor does it for each preview:
// observe what is ours → (wait if AWS is busy with the group, observe again) → plan → execute.

import type { Adapters } from '../aws/adapters.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config/types.js';
import { execute, stepTitle, type Logger } from '../execute/index.js';
import type { ExecContext } from '../execute/context.js';
import { isBusyForDelete, waitSettled } from '../execute/destroy.js';
import { observeDestroy, type DestroyObserved, type DestroyTarget } from '../observe/destroy.js';
import { planDestroy, type DestroyPlan } from '../plan/destroy.js';
import type { RunStatus } from '../report/status.js';

export interface GroupDestroyRequest extends DestroyTarget {
  finalSnapshot: boolean;
  keepLogs: boolean;
}

export interface GroupDestroyDeps {
  /** The run's inputs (the executor reads wait_timeout_minutes from them). */
  cfg: Config;
  aws: Adapters;
  clock: Clock;
  log: Logger;
  repository: string | undefined;
  deadline: number;
  dryRun: boolean;
}

export interface GroupDestroyOutcome {
  status: Extract<RunStatus, 'destroyed' | 'absent' | 'refused' | 'planned'>;
  plan: DestroyPlan;
  observed: DestroyObserved;
  /** The final snapshot this run had AWS take (empty when none, or when an earlier run's delete was under way). */
  finalSnapshotName: string | undefined;
  /** What was deleted (or, in a dry run, would be), one line each. */
  deleted: string[];
  timings: Array<[string, number]>;
}

export async function destroyGroup(
  req: GroupDestroyRequest,
  d: GroupDestroyDeps,
): Promise<GroupDestroyOutcome> {
  const timings: Array<[string, number]> = [];
  const timed = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const t = d.clock.now();
    try {
      return await fn();
    } finally {
      timings.push([label, d.clock.now() - t]);
    }
  };
  const ctx: ExecContext = {
    cfg: d.cfg,
    observed: undefined,
    tags: {},
    createTags: {},
    aws: d.aws,
    clock: d.clock,
    log: d.log,
    deadline: d.deadline,
  };
  let observed = await timed('observe', () => observeDestroy(req, d.repository, d.aws));
  if (!d.dryRun && isBusyForDelete(observed.group?.status)) {
    d.log.info(
      `Replication group ${req.name} is ${observed.group?.status}: waiting for AWS to finish before deleting it.`,
    );
    await timed('wait for busy group', () => waitSettled(ctx, req.name));
    observed = await timed('observe again', () => observeDestroy(req, d.repository, d.aws));
  }
  const plan = planDestroy(observed, {
    finalSnapshot: req.finalSnapshot,
    keepLogs: req.keepLogs,
    now: d.clock.now(),
  });
  const deleted = plan.steps.filter((s) => s.kind !== 'wait-deleted').map(stepTitle);
  const outcome = { plan, observed, deleted, timings, finalSnapshotName: plan.finalSnapshotName };
  if (plan.refusals.length)
    return { ...outcome, status: 'refused', deleted: [], finalSnapshotName: undefined };
  if (!plan.steps.length) return { ...outcome, status: 'absent' };
  if (d.dryRun) return { ...outcome, status: 'planned' };
  const result = await timed('execute', () => execute(plan, ctx));
  for (const t of result.timings) timings.push([`  level ${t.level}: ${t.label}`, t.ms]);
  return { ...outcome, status: 'destroyed', finalSnapshotName: result.finalSnapshotName };
}
