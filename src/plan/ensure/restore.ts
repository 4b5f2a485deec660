// Restore (snapshot_name on apply): a missing group is created from the snapshot. Before any write
// the plan checks the snapshot exists, is available, and fits what the inputs create:
//   - engine: the same, or a Redis OSS snapshot into Valkey (AWS restores Redis OSS backups into
//     Valkey, never Valkey into Redis OSS; elasticache-api.md §2 allows the same move in place);
//   - version: engine_version not older than the snapshot's (major.minor);
//   - data tiering: a snapshot of an r6gd (data tiering) group restores only into r6gd;
//   - cluster mode: a snapshot of more than one shard cannot seed a cluster-mode-disabled group.
// The port may differ (Port is sent with the create): a warning says so.

import type { ApplyConfig as Config } from '../../config/types.js';
import { compareVersions, majorMinor } from '../../domain/engine.js';
import { isDataTieringNodeType } from '../../domain/node-types.js';
import type { Observed, ObservedGroup } from '../../observe/types.js';
import type { Plan } from '../steps.js';

const INPUT = 'Input "snapshot_name"';

export function checkRestore(cfg: Config, obs: Observed, plan: Plan): void {
  const name = cfg.snapshotName;
  if (name === undefined) return;
  const s = obs.restoreSnapshot;
  if (!s) {
    plan.refusals.push(
      `${INPUT}: snapshot ${name} does not exist in ${cfg.region} (SnapshotNotFoundFault); check the name (ElastiCache stores snapshot names lowercase) and aws_region. Nothing was created.`,
    );
    return;
  }
  if (s.status !== 'available') {
    plan.refusals.push(
      `${INPUT}: snapshot ${s.name} is ${s.status}; a group can only be restored from an available snapshot. Re-run once it is available (mode snapshot waits for the snapshots it takes).`,
    );
    return;
  }
  const from = `${s.engine ?? 'unknown engine'} ${s.engineVersion ?? ''}`.trim();
  if (s.engine && s.engine !== cfg.engine && !(s.engine === 'redis' && cfg.engine === 'valkey')) {
    plan.refusals.push(
      `Input "engine": snapshot ${s.name} was taken from ${from}; ElastiCache cannot restore a ${s.engine} snapshot into ${cfg.engine} (Redis OSS snapshots restore into Valkey, not the other way). Set engine: ${s.engine}.`,
    );
  }
  const snapVersion = s.engineVersion ? majorMinor(s.engineVersion) : undefined;
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: both versions are major.minor here, so comparing them whole is the same
  if (snapVersion && compareVersions(cfg.engineVersion, snapVersion, { majorMinorOnly: true }) < 0) {
    plan.refusals.push(
      `Input "engine_version": snapshot ${s.name} was taken from ${from}; a restore cannot go to an older version than ${snapVersion}. Set engine_version to ${snapVersion} or later.`,
    );
  }
  if (s.dataTiering && !isDataTieringNodeType(cfg.nodeType)) {
    plan.refusals.push(
      `Input "node_type": snapshot ${s.name} was taken from a data tiering group (${s.nodeType ?? 'r6gd'}) and restores only into a data tiering node type (cache.r6gd.*), not ${cfg.nodeType}.`,
    );
  }
  if ((s.numNodeGroups ?? 1) > 1) {
    plan.refusals.push(
      `${INPUT}: snapshot ${s.name} holds ${s.numNodeGroups} shards (cluster mode enabled); this action creates a cluster-mode-disabled group, which such a snapshot cannot seed.`,
    );
  }
  if (s.port !== undefined && s.port !== cfg.port) {
    plan.warnings.push(
      `Snapshot ${s.name} was taken from a group on port ${s.port}; the restored group listens on port ${cfg.port} (input port). The published URLs use ${cfg.port}.`,
    );
  }
}

/** The notice for snapshot_name on a group that exists: a snapshot only seeds a new group. */
export function restoreIgnoredNotice(cfg: Config, g: ObservedGroup): string | undefined {
  if (cfg.snapshotName === undefined) return undefined;
  return (
    `Input "snapshot_name" (${cfg.snapshotName}) is ignored: replication group ${g.id} already exists (${g.status}), ` +
    `and a snapshot can only seed a new group (CreateReplicationGroup), perhaps this very group on an earlier run. ` +
    `To restore into it, destroy it first or restore into a new name; remove the input once the restore is done.`
  );
}
