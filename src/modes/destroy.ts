// Mode `destroy`: delete one group this action created from this repository, and everything it
// created around it (subnet group, parameter group, security group, log groups, SSM parameters,
// alarms), after a final snapshot by default. A group that is not ours is refused with zero writes.

import * as core from '@actions/core';
import { createAdapters } from '../aws/adapters.js';
import type { Clock } from '../clock.js';
import type { DestroyConfig } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { RunDeps } from '../main.js';
import { githubContext } from '../report/github.js';
import { renderDestroySummary } from '../report/lifecycle.js';
import { changesJson, planLines } from '../report/render.js';
import { destroyGroup, type GroupDestroyOutcome } from './destroy-group.js';

export async function runDestroy(cfg: DestroyConfig, deps: RunDeps & { clock: Clock }): Promise<void> {
  const { clock } = deps;
  const started = clock.now();
  const aws = createAdapters(cfg.region, clock, (m) => core.info(m), deps.clients);
  const { repository } = githubContext(deps.env ?? process.env);
  const log = { info: core.info, warning: core.warning, mask: core.setSecret };
  const outcome = await destroyGroup(
    { name: cfg.name, ssmPrefix: cfg.ssmPrefix, finalSnapshot: cfg.finalSnapshot, keepLogs: cfg.keepLogs },
    {
      cfg,
      aws,
      clock,
      log,
      repository,
      deadline: started + cfg.waitTimeoutMinutes * 60_000,
      dryRun: cfg.dryRun,
    },
  );
  report(cfg, outcome);
  core.setOutput('status', outcome.status);
  core.setOutput('replication_group_id', cfg.name);
  core.setOutput('final_snapshot_name', outcome.finalSnapshotName ?? '');
  core.setOutput('has_changes', String(outcome.plan.steps.length > 0 || outcome.plan.refusals.length > 0));
  core.setOutput('changes', changesJson(outcome.plan));
  try {
    await core.summary
      .addRaw(
        renderDestroySummary(cfg.name, cfg.region, outcome, [
          ...outcome.timings,
          ['total', clock.now() - started],
        ]),
      )
      .write();
  } catch (e) {
    core.warning(`Could not write the job summary: ${errorMessage(e)}`);
  }
  if (outcome.status === 'refused') core.setFailed(`Refused to destroy ${cfg.name}; nothing was deleted.`);
}

function report(cfg: DestroyConfig, o: GroupDestroyOutcome): void {
  const { plan } = o;
  for (const w of plan.warnings) core.warning(w);
  for (const r of plan.refusals) core.error(r);
  if (o.status === 'absent') {
    core.info(`Nothing to delete: ${cfg.name} and everything this action created for it are already gone.`);
  } else if (plan.steps.length && !plan.refusals.length) {
    const verb = o.status === 'planned' ? 'Plan (dry run: nothing is deleted)' : 'Deleted';
    core.startGroup(
      `${verb} for ${cfg.name}: ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}`,
    );
    for (const line of planLines(plan)) core.info(line);
    core.endGroup();
  }
  for (const l of plan.left) core.info(`left in place: ${l.what} — ${l.why}`);
  if (o.finalSnapshotName) core.info(`Final snapshot: ${o.finalSnapshotName}`);
}
