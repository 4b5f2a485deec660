// The schemas of the lifecycle modes: destroy (one group), snapshot (one group) and cleanup (this
// repository's previews). Each reads only the inputs it needs; the inputs of apply that a shared
// `with:` block passes to every mode (node_type, subnet_ids, …) are ignored, but an input that
// signals a misunderstanding is refused by name before any AWS call.

import * as z from 'zod/mini';
import type { CleanupConfig, DestroyConfig, SnapshotConfig } from './types.js';
import { field, modeField, refusedHere, regionField, type SchemaContext } from './field.js';
import {
  bool,
  int,
  optional,
  replicationGroupId,
  required,
  REPLICATION_GROUP_RULE,
  ssmPrefix,
} from './rules.js';

const SNAPSHOT_NAME_HERE =
  'restores a new group on mode apply; destroy names its final snapshot <name>-final-<YYYYMMDD-HHMM> and snapshot names its own <name>-manual-<YYYY-MM-DD>';

/** What every lifecycle mode reads. */
function lifecycleShape({ regionSource }: SchemaContext) {
  return {
    aws_region: regionField(regionSource),
    wait_timeout_minutes: field('wait_timeout_minutes', int(1, 355)),
    dry_run: modeField('dry_run', bool),
    snapshot_name: refusedHere(SNAPSHOT_NAME_HERE),
  };
}

const groupName = () =>
  field('name', required(`the replication group id (${REPLICATION_GROUP_RULE})`, replicationGroupId));

export function destroySchema(ctx: SchemaContext) {
  return z.pipe(
    z.object({
      mode: z.literal('destroy'),
      ...lifecycleShape(ctx),
      name: groupName(),
      ssm_prefix: field('ssm_prefix', optional(ssmPrefix)),
      final_snapshot: modeField('final_snapshot', bool),
      keep_logs: modeField('keep_logs', bool),
    }),
    z.transform((v): DestroyConfig => ({
      mode: 'destroy',
      name: v.name,
      region: v.aws_region,
      ssmPrefix: v.ssm_prefix ?? `/django-redis-action/${v.name}`,
      dryRun: v.dry_run,
      waitTimeoutMinutes: v.wait_timeout_minutes,
      finalSnapshot: v.final_snapshot,
      keepLogs: v.keep_logs,
    })),
  );
}

export function snapshotSchema(ctx: SchemaContext) {
  return z.pipe(
    z.object({
      mode: z.literal('snapshot'),
      ...lifecycleShape(ctx),
      name: groupName(),
      keep_snapshots: modeField('keep_snapshots', optional(int(1, 100, 'snapshots to keep, newest first'))),
    }),
    z.transform((v): SnapshotConfig => ({
      mode: 'snapshot',
      name: v.name,
      region: v.aws_region,
      dryRun: v.dry_run,
      waitTimeoutMinutes: v.wait_timeout_minutes,
      keepSnapshots: v.keep_snapshots,
    })),
  );
}

export function cleanupSchema(ctx: SchemaContext) {
  return z.pipe(
    z.object({
      mode: z.literal('cleanup'),
      ...lifecycleShape(ctx),
      name: refusedHere(
        'is not read by mode cleanup: it finds every preview group of this repository by its tags; to delete one group use mode destroy',
      ),
      preview_ttl_hours: modeField(
        'preview_ttl_hours',
        optional(int(1, 8760, 'hours since the preview was created')),
      ),
      keep_logs: modeField('keep_logs', bool),
      github_token: field(
        'github_token',
        optional((s) => s),
      ),
    }),
    z.transform((v): CleanupConfig => ({
      mode: 'cleanup',
      region: v.aws_region,
      dryRun: v.dry_run,
      waitTimeoutMinutes: v.wait_timeout_minutes,
      previewTtlHours: v.preview_ttl_hours,
      keepLogs: v.keep_logs,
      githubToken: v.github_token,
    })),
  );
}
