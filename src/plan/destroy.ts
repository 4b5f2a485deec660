// The destroy planner (pure): from what observeDestroy proved is ours, the ordered deletes with a
// reason each. The group goes first (with its final snapshot) and is waited for until gone; only
// then everything around it, which AWS keeps "in use" until the group and its ENIs are gone.
// The janitor (mode cleanup) plans each preview with this same function.

import { describeResource, type DestroyObserved, type OwnedResource } from '../observe/destroy.js';
import { Sequence } from './sequence.js';
import type { Plan, Unleveled } from './steps.js';

export interface DestroyOptions {
  finalSnapshot: boolean;
  keepLogs: boolean;
  /** Virtual or real epoch ms: names the final snapshot. */
  now: number;
}

export interface DestroyPlan extends Plan {
  /** The final snapshot DeleteReplicationGroup is asked to take, if any. */
  finalSnapshotName: string | undefined;
  /** What stays in place on purpose, and why (snapshots, kept logs, resources that are not ours). */
  left: Array<{ what: string; why: string }>;
}

/** `<name>-final-<YYYYMMDD-HHMM>`, UTC. */
export function finalSnapshotName(name: string, now: number): string {
  const iso = new Date(now).toISOString(); // 2026-01-01T00:00:00.000Z
  return `${name}-final-${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 16).replace(':', '')}`;
}

export function planDestroy(o: DestroyObserved, opts: DestroyOptions): DestroyPlan {
  const plan: DestroyPlan = {
    action: 'delete',
    steps: [],
    refusals: [],
    warnings: [],
    pending: [],
    finalSnapshotName: undefined,
    left: [...o.notOurs],
  };
  const refusal = groupRefusal(o);
  if (refusal) {
    plan.refusals.push(refusal);
    plan.left = [];
    return plan;
  }
  const seq = new Sequence();
  const g = o.group;
  if (g?.status === 'deleting') {
    seq.then({
      kind: 'wait-deleted',
      groupId: g.id,
      reason: `replication group ${g.id} is already deleting (an earlier or concurrent run): wait until it is gone`,
    });
  } else if (g) {
    if (opts.finalSnapshot && g.status === 'create-failed')
      plan.warnings.push(`No final snapshot: replication group ${g.id} is create-failed and holds no data.`);
    else if (opts.finalSnapshot) plan.finalSnapshotName = finalSnapshotName(g.id, opts.now);
    seq.then({
      kind: 'delete-replication-group',
      groupId: g.id,
      ...(plan.finalSnapshotName ? { finalSnapshotName: plan.finalSnapshotName } : {}),
      reason: plan.finalSnapshotName
        ? `delete ${g.id} (${g.status}, ${g.memberClusters.length} node${g.memberClusters.length === 1 ? '' : 's'}) after a final snapshot ${plan.finalSnapshotName}`
        : `delete ${g.id} (${g.status}, ${g.memberClusters.length} node${g.memberClusters.length === 1 ? '' : 's'}) without a final snapshot (final_snapshot: false)`,
    });
    seq.then({
      kind: 'wait-deleted',
      groupId: g.id,
      reason: `wait until ${g.id} is gone: the resources around it stay in use until then`,
    });
  }
  seq.together(aroundSteps(o.resources, opts, plan.left));
  plan.steps = seq.steps;
  return plan;
}

function groupRefusal(o: DestroyObserved): string | undefined {
  const g = o.group;
  const own = o.groupOwnership;
  if (!g || !own) return undefined;
  if (own === 'unreadable') {
    if (g.status === 'deleting') return undefined; // nothing is sent to it: only waited for
    return (
      `Refusing to destroy ${g.id}: its tags cannot be read while it is ${g.status}, so it cannot be proven to be ` +
      `this repository's. Nothing was deleted; re-run once it is available.`
    );
  }
  if (own.ours) return undefined;
  return (
    `Refusing to destroy ${g.id}: ${own.why}. Nothing was deleted: destroy deletes only what this action ` +
    `created from this repository. Delete it yourself if it really should go.`
  );
}

/** Everything around the group, in one level: independent deletes that run together. */
function aroundSteps(
  resources: OwnedResource[],
  opts: DestroyOptions,
  left: DestroyPlan['left'],
): Unleveled[] {
  const steps: Unleveled[] = [];
  const alarms: string[] = [];
  const ours = 'carries this repository’s created-by tag';
  for (const r of resources) {
    switch (r.kind) {
      case 'parameter-group':
        steps.push({
          kind: 'delete-parameter-group',
          name: r.name,
          reason: `${describeResource(r)} ${ours}`,
        });
        break;
      case 'subnet-group':
        steps.push({ kind: 'delete-subnet-group', name: r.name, reason: `${describeResource(r)} ${ours}` });
        break;
      case 'security-group':
        steps.push({
          kind: 'delete-security-group',
          groupId: r.id,
          reason: `${describeResource(r)} ${ours}`,
        });
        break;
      case 'log-group':
        if (opts.keepLogs) left.push({ what: describeResource(r), why: 'keep_logs is true' });
        else steps.push({ kind: 'delete-log-group', name: r.name, reason: `${describeResource(r)} ${ours}` });
        break;
      case 'ssm-parameter':
        steps.push({
          kind: 'delete-ssm-parameter',
          parameterName: r.name,
          reason: `${describeResource(r)} ${ours}`,
        });
        break;
      case 'alarm':
        alarms.push(r.name);
        break;
      case 'snapshot':
        left.push({
          what: describeResource(r),
          why: 'snapshots are kept by destroy (mode snapshot prunes them with keep_snapshots)',
        });
        break;
    }
  }
  if (alarms.length)
    steps.push({
      kind: 'delete-alarms',
      names: alarms.sort(),
      reason: `${alarms.length} CloudWatch alarm${alarms.length === 1 ? '' : 's'} ${ours}`,
    });
  return steps;
}
