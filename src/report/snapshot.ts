// What mode snapshot publishes: its outputs (status, snapshot_name, snapshot_arn, has_changes,
// changes) and the job summary (the plan, the snapshot and what pruning left alone).

import type { SnapshotConfig } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { SnapshotPlan } from '../plan/snapshot.js';
import type { ActionIO } from './io.js';
import { changesJson } from './render.js';
import type { RunStatus } from './status.js';
import { renderSummary } from './summary.js';

export interface SnapshotOutcome {
  status: RunStatus;
  name: string;
  arn: string | undefined;
}

export function publishSnapshotOutputs(
  io: ActionIO,
  cfg: SnapshotConfig,
  plan: SnapshotPlan,
  out: SnapshotOutcome,
): void {
  io.setOutput('status', out.status);
  io.setOutput('replication_group_id', cfg.name);
  io.setOutput('snapshot_name', out.name);
  io.setOutput('snapshot_arn', out.arn ?? '');
  io.setOutput('has_changes', String(plan.steps.length > 0));
  io.setOutput('changes', changesJson(plan));
}

export async function writeSnapshotSummary(
  io: ActionIO,
  cfg: SnapshotConfig,
  plan: SnapshotPlan,
  out: SnapshotOutcome,
  phases: Array<[string, number]>,
): Promise<void> {
  const resources: Array<[string, string]> = [
    ['replication group', cfg.name],
    ['snapshot', out.name],
    ...(out.arn ? ([['snapshot ARN', out.arn]] as Array<[string, string]>) : []),
    ...(plan.target.cacheClusterId
      ? ([['taken from', plan.target.cacheClusterId]] as Array<[string, string]>)
      : []),
    ...plan.kept.map((k): [string, string] => [`kept ${k.name}`, k.why]),
  ];
  const text = renderSummary({
    name: cfg.name,
    region: cfg.region,
    mode: cfg.mode,
    status: out.status,
    plan,
    resources,
    ssmParameters: [],
    displayUrls: [],
    phases,
  });
  try {
    await io.appendSummary(text);
  } catch (e) {
    io.warning(`Could not write the job summary: ${errorMessage(e)}`);
  }
}
