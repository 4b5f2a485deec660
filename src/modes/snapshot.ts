// Mode `snapshot` (scheduled workflows): observe the group and its manual snapshots → plan (take one
// from a replica, or resume this workflow run's own; wait; prune with keep_snapshots) → run the
// plan through the shared executor → publish snapshot_name / snapshot_arn and the job summary.

import { createAdapters, type Adapters } from '../aws/adapters.js';
import type { SnapshotConfig } from '../config/types.js';
import { desiredTags } from '../domain/names.js';
import { creationTags } from '../domain/ownership.js';
import { execute, waitUntilAvailable, type ExecContext } from '../execute/index.js';
import type { ModeDeps } from '../main.js';
import { isBusySource, observeSnapshot, type SnapshotObserved } from '../observe/snapshot.js';
import { planSnapshot, type SnapshotPlan } from '../plan/snapshot.js';
import { githubContext } from '../report/github.js';
import type { ActionIO } from '../report/io.js';
import { PhaseTimer } from '../report/phases.js';
import { planLines } from '../report/render.js';
import { publishSnapshotOutputs, writeSnapshotSummary } from '../report/snapshot.js';

export async function runSnapshot(cfg: SnapshotConfig, deps: ModeDeps): Promise<void> {
  const { clock, io } = deps;
  const phases = new PhaseTimer(clock);
  const aws = createAdapters(cfg.region, (m) => io.info(m), deps.clients);
  const run = githubContext(deps.env ?? process.env);
  // The action's provenance tags (a snapshot is not a pull request's preview) plus the marker.
  const tags = desiredTags({ environment: undefined, tags: {} }, { ...run, pullRequest: undefined });
  const ctx: ExecContext = {
    cfg,
    observed: undefined,
    tags,
    createTags: { ...tags, ...creationTags(run.repository, cfg.name) },
    aws,
    clock,
    log: { info: io.info, warning: io.warning, mask: io.setSecret },
    // wait_timeout_minutes bounds all waiting of this run together.
    deadline: clock.now() + cfg.waitTimeoutMinutes * 60_000,
  };
  if (!run.repository)
    io.warning(
      'GITHUB_REPOSITORY is not set: the snapshot carries no ownership marker, and keep_snapshots deletes nothing.',
    );

  const plan = await observeAndPlan(io, cfg, aws, ctx, phases, {
    repository: run.repository,
    runUrl: run.runUrl,
  });
  reportPlan(io, cfg, plan);

  if (cfg.dryRun) {
    const out = { status: 'planned' as const, name: plan.target.name, arn: plan.target.arn };
    publishSnapshotOutputs(io, cfg, plan, out);
    await writeSnapshotSummary(io, cfg, plan, out, phases.list);
    io.info('dry_run: nothing was executed.');
    return;
  }

  const result = await phases.time('execute', () => execute(plan, ctx));
  const out = {
    status: 'created' as const,
    name: result.snapshot?.name ?? plan.target.name,
    arn: result.snapshot?.arn ?? plan.target.arn,
  };
  publishSnapshotOutputs(io, cfg, plan, out);
  await writeSnapshotSummary(io, cfg, plan, out, phases.list);
  io.info(
    `Snapshot ${out.name} of ${cfg.name} is available${plan.target.resumed ? ' (taken by an earlier attempt of this workflow run)' : ''}.`,
  );
}

/**
 * Observe and plan. A new snapshot needs the group and its members available: when another run or
 * AWS is busy with them, wait (not in a dry run), then observe and plan again. Resuming this run's
 * own snapshot needs no such wait (its wait-snapshot step waits for the snapshot itself).
 */
async function observeAndPlan(
  io: ActionIO,
  cfg: SnapshotConfig,
  aws: Adapters,
  ctx: ExecContext,
  phases: PhaseTimer,
  who: { repository: string | undefined; runUrl: string | undefined },
): Promise<SnapshotPlan> {
  const observe = (label: string) => phases.time(label, () => observeSnapshot(cfg, aws, ctx.clock.now()));
  const plan = (o: SnapshotObserved) => planSnapshot(cfg, o, { ...who, now: ctx.clock.now() });
  const observed = await observe('observe');
  const first = plan(observed);
  const g = observed.group;
  if (first.target.resumed || !g || !isBusySource(g)) return first;
  if (cfg.dryRun) {
    first.warnings.push(
      `Replication group ${cfg.name} is ${g.status} (another run or AWS is busy with it); this dry run plans from its current state, a real run waits until it is available.`,
    );
    return first;
  }
  io.info(
    `Replication group ${cfg.name} is ${g.status} (another run or AWS is busy with it): waiting for available before taking a snapshot.`,
  );
  await phases.time('wait for busy group', () => waitUntilAvailable(ctx, cfg.name));
  return plan(await observe('observe again'));
}

function reportPlan(io: ActionIO, cfg: SnapshotConfig, plan: SnapshotPlan): void {
  io.startGroup(`Plan for ${cfg.name}: ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}`);
  if (plan.target.resumed && !plan.steps.some((s) => s.kind === 'wait-snapshot'))
    io.info(
      `Snapshot ${plan.target.name} was taken by an earlier attempt of this workflow run and is available: not taking another.`,
    );
  for (const line of planLines(plan)) io.info(line);
  for (const k of plan.kept) io.info(`kept: ${k.name}: ${k.why}`);
  io.endGroup();
  for (const w of plan.warnings) io.warning(w);
}
