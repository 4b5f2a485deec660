// Mode `destroy`: delete one group this action created from this repository, and everything it
// created around it (subnet group, parameter group, security group, log groups, SSM parameters,
// alarms), after a final snapshot by default. A group that is not ours is refused with zero writes.

import { createAdapters } from '../aws/adapters.js';
import type { DestroyConfig } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { ModeDeps } from '../main.js';
import { githubContext } from '../report/github.js';
import type { ActionIO } from '../report/io.js';
import { renderDestroySummary } from '../report/lifecycle.js';
import { changesJson, planLines } from '../report/render.js';
import { destroyGroup, type GroupDestroyOutcome } from './destroy-group.js';

export async function runDestroy(cfg: DestroyConfig, deps: ModeDeps): Promise<void> {
  const { clock, io } = deps;
  const started = clock.now();
  const aws = createAdapters(cfg.region, (m) => io.info(m), deps.clients);
  const { repository } = githubContext(deps.env ?? process.env);
  const log = { info: io.info, warning: io.warning, mask: io.setSecret };
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
  report(cfg, outcome, io);
  io.setOutput('status', outcome.status);
  io.setOutput('replication_group_id', cfg.name);
  io.setOutput('final_snapshot_name', outcome.finalSnapshotName ?? '');
  io.setOutput('has_changes', String(outcome.plan.steps.length > 0 || outcome.plan.refusals.length > 0));
  io.setOutput('changes', changesJson(outcome.plan));
  try {
    await io.appendSummary(
      renderDestroySummary(cfg.name, cfg.region, outcome, [
        ...outcome.timings,
        ['total', clock.now() - started],
      ]),
    );
  } catch (e) {
    io.warning(`Could not write the job summary: ${errorMessage(e)}`);
  }
  if (outcome.status === 'refused') io.setFailed(`Refused to destroy ${cfg.name}; nothing was deleted.`);
}

function report(cfg: DestroyConfig, o: GroupDestroyOutcome, io: ActionIO): void {
  const { plan } = o;
  for (const w of plan.warnings) io.warning(w);
  for (const r of plan.refusals) io.error(r);
  if (o.status === 'absent') {
    io.info(`Nothing to delete: ${cfg.name} and everything this action created for it are already gone.`);
  } else if (plan.steps.length && !plan.refusals.length) {
    const verb = o.status === 'planned' ? 'Plan (dry run: nothing is deleted)' : 'Deleted';
    io.startGroup(`${verb} for ${cfg.name}: ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}`);
    for (const line of planLines(plan)) io.info(line);
    io.endGroup();
  }
  for (const l of plan.left) io.info(`left in place: ${l.what} — ${l.why}`);
  if (o.finalSnapshotName) io.info(`Final snapshot: ${o.finalSnapshotName}`);
}
