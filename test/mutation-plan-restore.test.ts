// Restore (snapshot_name on apply, src/plan/ensure/restore.ts), pinned exactly: what a snapshot must
// be for a new group to be created from it, each refusal's message, the port warning, and the notice
// when the group already exists.

import { describe, expect, it } from 'vitest';
import { checkRestore, restoreIgnoredNotice } from '../src/plan/ensure/restore.js';
import type { ObservedSnapshot } from '../src/observe/types.js';
import type { Plan } from '../src/plan/steps.js';
import { config, converged, empty } from './support/config.js';

type Cfg = ReturnType<typeof config>;
const fresh = (): Plan => ({ action: 'none', steps: [], refusals: [], warnings: [], pending: [] });
const SNAP = 'shop-cache-manual-20261130';

function snapshot(edit: Partial<ObservedSnapshot> = {}): ObservedSnapshot {
  return {
    name: SNAP,
    arn: `arn:aws:elasticache:eu-west-1:123456789012:snapshot:${SNAP}`,
    status: 'available',
    source: 'manual',
    replicationGroupId: 'shop-cache',
    cacheClusterId: 'shop-cache-002',
    createdAt: Date.UTC(2026, 10, 30),
    engine: 'redis',
    engineVersion: '7.1.0',
    nodeType: 'cache.t4g.micro',
    port: 6379,
    dataTiering: false,
    numNodeGroups: 1,
    ...edit,
  };
}

function check(cfg: Cfg, snap: ObservedSnapshot | null | undefined): Plan {
  const p = fresh();
  checkRestore(cfg, { ...empty(cfg), restoreSnapshot: snap }, p);
  return p;
}

describe('checkRestore', () => {
  const cfg = config({ snapshot_name: SNAP });

  it('no snapshot_name: nothing checked, even without a snapshot', () => {
    expect(check(config(), null)).toEqual(fresh());
  });

  it('a snapshot that fits: nothing to say', () => {
    expect(check(cfg, snapshot())).toEqual(fresh());
  });

  it('a missing snapshot: refused, naming the region; nothing else checked', () => {
    for (const missing of [null, undefined]) {
      expect(check(cfg, missing)).toEqual({
        ...fresh(),
        refusals: [
          `Input "snapshot_name": snapshot ${SNAP} does not exist in eu-west-1 (SnapshotNotFoundFault); check the name (ElastiCache stores snapshot names lowercase) and aws_region. Nothing was created.`,
        ],
      });
    }
  });

  it('a snapshot not available: refused alone, before comparing it', () => {
    expect(check(cfg, snapshot({ status: 'creating', engine: 'valkey', port: 6380 }))).toEqual({
      ...fresh(),
      refusals: [
        `Input "snapshot_name": snapshot ${SNAP} is creating; a group can only be restored from an available snapshot. Re-run once it is available (mode snapshot waits for the snapshots it takes).`,
      ],
    });
  });

  it('a Valkey snapshot into Redis OSS: refused; Redis OSS into Valkey: fine', () => {
    expect(check(cfg, snapshot({ engine: 'valkey', engineVersion: '7.2.4' })).refusals).toEqual([
      `Input "engine": snapshot ${SNAP} was taken from valkey 7.2.4; ElastiCache cannot restore a valkey snapshot into redis (Redis OSS snapshots restore into Valkey, not the other way). Set engine: valkey.`,
      `Input "engine_version": snapshot ${SNAP} was taken from valkey 7.2.4; a restore cannot go to an older version than 7.2. Set engine_version to 7.2 or later.`,
    ]);
    const valkey = config({ snapshot_name: SNAP, engine: 'valkey', engine_version: '7.2' });
    expect(check(valkey, snapshot({ engine: 'redis', engineVersion: '7.1.0' }))).toEqual(fresh());
    expect(check(valkey, snapshot({ engine: 'valkey', engineVersion: '7.2.4' }))).toEqual(fresh());
  });

  it('a snapshot of any other engine is refused; its unknown version is left out of the message', () => {
    expect(check(cfg, snapshot({ engine: 'memcached', engineVersion: undefined })).refusals).toEqual([
      `Input "engine": snapshot ${SNAP} was taken from memcached; ElastiCache cannot restore a memcached snapshot into redis (Redis OSS snapshots restore into Valkey, not the other way). Set engine: memcached.`,
    ]);
    const valkey = config({ snapshot_name: SNAP, engine: 'valkey', engine_version: '7.2' });
    expect(check(valkey, snapshot({ engine: 'memcached', engineVersion: undefined })).refusals).toEqual([
      `Input "engine": snapshot ${SNAP} was taken from memcached; ElastiCache cannot restore a memcached snapshot into valkey (Redis OSS snapshots restore into Valkey, not the other way). Set engine: memcached.`,
    ]);
  });

  it('an unknown engine or version is not compared, and is described as such', () => {
    expect(check(cfg, snapshot({ engine: undefined, engineVersion: undefined }))).toEqual(fresh());
    expect(
      check(
        cfg,
        snapshot({ engine: undefined, engineVersion: '7.2.0', dataTiering: true, nodeType: undefined }),
      ).refusals,
    ).toEqual([
      `Input "engine_version": snapshot ${SNAP} was taken from unknown engine 7.2.0; a restore cannot go to an older version than 7.2. Set engine_version to 7.2 or later.`,
      `Input "node_type": snapshot ${SNAP} was taken from a data tiering group (r6gd) and restores only into a data tiering node type (cache.r6gd.*), not cache.t4g.micro.`,
    ]);
  });

  it('an older engine_version than the snapshot (major.minor): refused; the same minor or newer: fine', () => {
    const old = config({ snapshot_name: SNAP, engine_version: '7.0' });
    expect(check(old, snapshot({ engineVersion: '7.1.0' })).refusals).toEqual([
      `Input "engine_version": snapshot ${SNAP} was taken from redis 7.1.0; a restore cannot go to an older version than 7.1. Set engine_version to 7.1 or later.`,
    ]);
    expect(check(cfg, snapshot({ engineVersion: '7.1.9' }))).toEqual(fresh());
    expect(check(cfg, snapshot({ engineVersion: '7.0.7' }))).toEqual(fresh());
    // a version that is not major.minor[.patch] cannot be compared
    expect(check(old, snapshot({ engineVersion: 'weird' }))).toEqual(fresh());
  });

  it('a data tiering snapshot: only into a data tiering node type', () => {
    expect(check(cfg, snapshot({ dataTiering: true, nodeType: 'cache.r6gd.xlarge' })).refusals).toEqual([
      `Input "node_type": snapshot ${SNAP} was taken from a data tiering group (cache.r6gd.xlarge) and restores only into a data tiering node type (cache.r6gd.*), not cache.t4g.micro.`,
    ]);
    const tiered = config({ snapshot_name: SNAP, node_type: 'cache.r6gd.xlarge' });
    expect(check(tiered, snapshot({ dataTiering: true }))).toEqual(fresh());
  });

  it('more than one shard: refused; one or an unknown count: fine', () => {
    expect(check(cfg, snapshot({ numNodeGroups: 3 })).refusals).toEqual([
      `Input "snapshot_name": snapshot ${SNAP} holds 3 shards (cluster mode enabled); this action creates a cluster-mode-disabled group, which such a snapshot cannot seed.`,
    ]);
    expect(check(cfg, snapshot({ numNodeGroups: undefined }))).toEqual(fresh());
  });

  it('another port: a warning only; an unknown port: nothing', () => {
    expect(check(cfg, snapshot({ port: 6380 }))).toEqual({
      ...fresh(),
      warnings: [
        `Snapshot ${SNAP} was taken from a group on port 6380; the restored group listens on port 6379 (input port). The published URLs use 6379.`,
      ],
    });
    expect(check(cfg, snapshot({ port: undefined }))).toEqual(fresh());
  });
});

describe('restoreIgnoredNotice', () => {
  it('snapshot_name on an existing group: ignored, saying why and what to do', () => {
    const cfg = config({ snapshot_name: SNAP });
    expect(restoreIgnoredNotice(cfg, converged(cfg).group!)).toBe(
      `Input "snapshot_name" (${SNAP}) is ignored: replication group shop-cache already exists (available), ` +
        `and a snapshot can only seed a new group (CreateReplicationGroup), perhaps this very group on an earlier run. ` +
        `To restore into it, destroy it first or restore into a new name; remove the input once the restore is done.`,
    );
  });

  it('no snapshot_name: no notice', () => {
    const cfg = config();
    expect(restoreIgnoredNotice(cfg, converged(cfg).group!)).toBeUndefined();
  });
});
