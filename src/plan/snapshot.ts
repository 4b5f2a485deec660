// The planner of mode snapshot is pure: the group and its manual snapshots → take one snapshot (or
// resume this workflow run's own), wait for it, then prune with keep_snapshots.
//
// Re-runs: a workflow run takes at most one snapshot. Every snapshot carries GitHubWorkflowRun (the
// run's URL; a re-run attempt keeps it). If today's or yesterday's (UTC) snapshots of this group
// include one of ours with this run's URL that is not being deleted, this run's earlier attempt
// took it (and died or failed after CreateSnapshot): it is waited for (creating) or used
// (available), never taken again.
// Any other run (the next schedule, a manual dispatch) takes a new one, with -HHMMSS when the daily
// name is taken.

import type { SnapshotConfig } from '../config/types.js';
import { ownership } from '../domain/ownership.js';
import {
  dailySnapshotName,
  isManualSnapshotName,
  isRecentSnapshotName,
  suffixedSnapshotName,
} from '../domain/snapshot-names.js';
import { PlanError } from '../errors.js';
import type { SnapshotObserved, SnapshotSourceGroup, SnapshotSourceMember } from '../observe/snapshot.js';
import type { ObservedSnapshot } from '../observe/types.js';
import { Sequence } from './sequence.js';
import type { Plan, Unleveled } from './steps.js';

export interface SnapshotPlanContext {
  /** The run's clock reading (ms): names the snapshot by its UTC day. */
  now: number;
  /** owner/repo (GITHUB_REPOSITORY): only snapshots created from it are ever deleted. */
  repository: string | undefined;
  /** This workflow run's URL (GitHubWorkflowRun tag): recognises its own snapshot on a re-run. */
  runUrl: string | undefined;
}

export interface SnapshotPlan extends Plan {
  /** The snapshot this run ends with: taken now, or this run's own from an earlier attempt. */
  target: {
    name: string;
    arn: string | undefined;
    resumed: boolean;
    /** The member it is (or was) taken from. */
    cacheClusterId: string | undefined;
  };
  /** Snapshots named like ours that pruning leaves alone, and why (another repository's, busy, …). */
  kept: Array<{ name: string; why: string }>;
}

export function planSnapshot(
  cfg: SnapshotConfig,
  obs: SnapshotObserved,
  ctx: SnapshotPlanContext,
): SnapshotPlan {
  const g = requireUsable(cfg, obs.group);
  const plan: SnapshotPlan = {
    action: 'none',
    // Stryker disable next-line ArrayDeclaration: replaced by seq.steps before the plan is returned; nothing reads it before
    steps: [],
    refusals: [],
    warnings: [],
    pending: [],
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: both branches below set the whole target before anything reads it
    target: { name: '', arn: undefined, resumed: false, cacheClusterId: undefined },
    kept: [],
  };
  const seq = new Sequence();
  const own = ownSnapshotOfThisRun(cfg, obs.snapshots, ctx);
  if (own) {
    plan.target = { name: own.name, arn: own.arn, resumed: true, cacheClusterId: own.cacheClusterId };
    if (own.status === 'creating') {
      seq.then({
        kind: 'wait-snapshot',
        replicationGroupId: g.id,
        snapshotName: own.name,
        cacheClusterId: own.cacheClusterId,
        reason: `snapshot ${own.name} was taken by an earlier attempt of this workflow run and is creating: wait for it instead of taking another`,
      });
    }
  } else {
    const create = createStep(cfg, g, obs.snapshots, ctx.now);
    plan.target = {
      name: create.snapshotName,
      arn: undefined,
      resumed: false,
      cacheClusterId: create.cacheClusterId,
    };
    seq.then(create);
    seq.then({
      kind: 'wait-snapshot',
      replicationGroupId: g.id,
      snapshotName: create.snapshotName,
      cacheClusterId: create.cacheClusterId,
      reason: `wait until snapshot ${create.snapshotName} is available${cfg.keepSnapshots !== undefined ? ' (nothing is pruned unless it is)' : ''}`,
    });
  }
  if (cfg.keepSnapshots !== undefined)
    seq.together(pruneSteps(cfg, cfg.keepSnapshots, obs.snapshots, plan, ctx));
  plan.steps = seq.steps;
  plan.action = own ? (plan.steps.length ? 'update' : 'none') : 'create';
  return plan;
}

/** A missing or unusable group fails the run before any write, naming the input. */
function requireUsable(cfg: SnapshotConfig, g: SnapshotSourceGroup | undefined): SnapshotSourceGroup {
  if (!g)
    throw new PlanError(
      `Input "name": replication group ${cfg.name} does not exist in ${cfg.region}; check name and aws_region (mode snapshot snapshots an existing group).`,
    );
  if (g.status === 'create-failed' || g.status === 'deleting' || g.status === 'deleted')
    throw new PlanError(
      `Replication group ${cfg.name} is ${g.status}: no snapshot can be taken of it. Read its events in the ElastiCache console; nothing was changed.`,
    );
  if (!g.members.length)
    throw new PlanError(
      `Replication group ${cfg.name} has no member clusters to snapshot; nothing was changed.`,
    );
  return g;
}

/** A recent snapshot of ours that this workflow run took in an earlier attempt (the newest). */
function ownSnapshotOfThisRun(
  cfg: SnapshotConfig,
  snapshots: ObservedSnapshot[],
  ctx: SnapshotPlanContext,
): ObservedSnapshot | undefined {
  if (!ctx.runUrl) return undefined;
  return newestFirst(
    snapshots.filter(
      (s) =>
        isRecentSnapshotName(cfg.name, s.name, ctx.now) &&
        s.status !== 'deleting' &&
        s.tags !== undefined &&
        s.tags.GitHubWorkflowRun === ctx.runUrl &&
        ownership(s.tags, ctx.repository, `snapshot ${s.name}`).ours,
    ),
  )[0];
}

/** CreateSnapshot from a replica when there is one (the primary does not fork), else the primary. */
function createStep(
  cfg: SnapshotConfig,
  g: SnapshotSourceGroup,
  snapshots: ObservedSnapshot[],
  now: number,
): Extract<Unleveled, { kind: 'create-snapshot' }> {
  const source = sourceMember(g);
  const taken = new Set(snapshots.map((s) => s.name));
  const daily = dailySnapshotName(cfg.name, now);
  const suffixed = suffixedSnapshotName(cfg.name, now);
  if (taken.has(daily) && taken.has(suffixed))
    throw new PlanError(
      `Snapshots ${daily} and ${suffixed} both exist already (another run this second); re-run to take one with a later -HHMMSS suffix.`,
    );
  const name = taken.has(daily) ? suffixed : daily;
  const from =
    source.role === 'replica'
      ? `replica ${source.id} (the primary does not fork)`
      : `the primary ${source.id} (the group has no replica)`;
  return {
    kind: 'create-snapshot',
    replicationGroupId: g.id,
    cacheClusterId: source.id,
    snapshotName: name,
    ...(name === daily ? { fallbackName: suffixed } : {}),
    reason: `take manual snapshot ${name} of ${cfg.name} from ${from}${name === suffixed ? ` (${daily} is taken today)` : ''}`,
  };
}

function sourceMember(g: SnapshotSourceGroup): SnapshotSourceMember {
  const replicas = g.members.filter((m) => m.role === 'replica');
  return (
    replicas.find((m) => m.status === 'available') ??
    replicas[0] ??
    g.members.find((m) => m.role === 'primary') ??
    (g.members[0] as SnapshotSourceMember)
  );
}

/**
 * keep_snapshots N: the snapshot this run ends with counts as the newest of ours; of the others,
 * the newest N-1 stay and the older ones are deleted. Ours = named <name>-manual-<date>[-HHMMSS],
 * manual, and carrying this repository's ownership marker. Automated snapshots are never listed;
 * a snapshot that is not available (creating, restoring, copying) is left for a later run.
 */
function pruneSteps(
  cfg: SnapshotConfig,
  keep: number,
  snapshots: ObservedSnapshot[],
  plan: SnapshotPlan,
  ctx: SnapshotPlanContext,
): Unleveled[] {
  const ours: ObservedSnapshot[] = [];
  for (const s of snapshots) {
    if (s.name === plan.target.name || !isManualSnapshotName(cfg.name, s.name)) continue;
    if (s.source !== 'manual' || s.status === 'deleting' || !s.tags) continue;
    const owner = ownership(s.tags, ctx.repository, `snapshot ${s.name}`);
    if (owner.ours) ours.push(s);
    else plan.kept.push({ name: s.name, why: owner.why });
  }
  const older = newestFirst(ours).slice(keep - 1);
  const steps: Unleveled[] = [];
  for (const s of older) {
    if (s.status !== 'available') {
      plan.kept.push({ name: s.name, why: `it is ${s.status}; a later run prunes it once it is available` });
      continue;
    }
    steps.push({
      kind: 'delete-snapshot',
      snapshotName: s.name,
      reason: `keep_snapshots ${keep}: ${s.name} (taken ${s.createdAt !== undefined ? new Date(s.createdAt).toISOString() : 'at an unknown time'}) is older than the newest ${keep} of this action's snapshots of ${cfg.name}`,
    });
  }
  return steps;
}

/** Newest first by the time taken (a snapshot still without one counts as newest), then by name. */
function newestFirst(list: ObservedSnapshot[]): ObservedSnapshot[] {
  const t = (s: ObservedSnapshot) => s.createdAt ?? Number.POSITIVE_INFINITY;
  return [...list].sort((a, b) => t(b) - t(a) || b.name.localeCompare(a.name));
}
