// Restore (snapshot_name on apply), the whole action against the fake cloud: a missing group is
// created from the snapshot; a missing, unavailable or incompatible snapshot is refused before any
// write; on an existing group the input is ignored with a notice, costing no call at all. Then the
// compatibility rules themselves, as pure unit tests.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ObservedSnapshot } from '../src/observe/types.js';
import { checkRestore, restoreIgnoredNotice } from '../src/plan/ensure/restore.js';
import type { Plan } from '../src/plan/steps.js';
import type { FakeCloud } from './fake/index.js';
import { config, converged, empty } from './support/config.js';
import { runAction } from './support/harness.js';
import { runKilledAfterMutatingCalls } from './support/kill.js';
import { APP_SG, createWorld, SUBNETS } from './support/world.js';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const base = {
  name: 'shop-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: SUBNETS.slice(0, 2).join(','),
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
};
const SNAP = 'old-cache-manual-2025-12-31';

const apply = (inputs: Record<string, string>) => runAction({ ...base, ...inputs }, { clock: cloud.clock });
const calls = (command: string) => cloud.calls.filter((c) => c.command === command);

function seedSnapshot(
  opts: { engine?: 'redis' | 'valkey'; engineVersion?: string; status?: 'creating' } = {},
) {
  cloud.seedSnapshot({
    name: SNAP,
    replicationGroupId: 'old-cache',
    engine: opts.engine ?? 'redis',
    engineVersion: opts.engineVersion ?? '7.1',
    ...(opts.status ? { status: opts.status } : {}),
  });
}

describe('restore: snapshot_name on a missing group', () => {
  it('creates the group from the snapshot (CreateReplicationGroup SnapshotName) and publishes', async () => {
    seedSnapshot();
    const r = await apply({ snapshot_name: SNAP });

    expect(r.errors).toEqual([]);
    expect(r.outputs.status).toBe('created');
    const create = calls('CreateReplicationGroup');
    expect(create).toHaveLength(1);
    expect(create[0]!.input).toMatchObject({ SnapshotName: SNAP, Engine: 'redis', EngineVersion: '7.1' });
    // The snapshot was read once, before any write.
    const describe = calls('DescribeSnapshots');
    expect(describe.map((c) => c.input)).toEqual([{ SnapshotName: SNAP }]);
    expect(describe[0]!.endSeq).toBeLessThan(cloud.mutatingCalls()[0]!.startSeq);
    expect(r.lines.some((l) => /create it from snapshot old-cache-manual-2025-12-31/.test(l))).toBe(true);
    expect(JSON.parse(r.outputs.changes!).map((c: { title: string }) => c.title)).toContain(
      `create replication group from snapshot ${SNAP}`,
    );
    expect(r.outputs.redis_url).toMatch(/^rediss:\/\/shop-cache\./);
    // The snapshot is back to available once the restore is done.
    expect(cloud.snapshot(SNAP)?.status).toBe('available');
  });

  it('restores a Redis OSS snapshot into Valkey', async () => {
    seedSnapshot({ engine: 'redis', engineVersion: '7.1' });
    const r = await apply({ snapshot_name: SNAP, engine: 'valkey', engine_version: '8.0' });
    expect(r.errors).toEqual([]);
    expect(calls('CreateReplicationGroup')[0]!.input).toMatchObject({ SnapshotName: SNAP, Engine: 'valkey' });
    expect(cloud.replicationGroup('shop-cache')?.engine).toBe('valkey');
  });

  it('plan mode shows the restore and writes nothing', async () => {
    seedSnapshot();
    const r = await apply({ mode: 'plan', snapshot_name: SNAP });
    expect(r.outputs.status).toBe('planned');
    expect(r.stdout).toContain(`create replication group from snapshot ${SNAP}`);
    expect(r.summary).toContain(`create replication group from snapshot ${SNAP}`);
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  const refusals: Array<[string, () => void, Record<string, string>, RegExp]> = [
    [
      'a missing snapshot',
      () => undefined,
      {},
      /Input "snapshot_name": snapshot old-cache-manual-2025-12-31 does not exist in eu-west-1/,
    ],
    [
      'a snapshot that is not available yet',
      () => seedSnapshot({ status: 'creating' }),
      {},
      /Input "snapshot_name": snapshot old-cache-manual-2025-12-31 is creating; a group can only be restored from an available snapshot/,
    ],
    [
      'a Valkey snapshot into Redis OSS',
      () => seedSnapshot({ engine: 'valkey', engineVersion: '8.0' }),
      {},
      /Input "engine": snapshot old-cache-manual-2025-12-31 was taken from valkey 8\.0\.\d+; ElastiCache cannot restore a valkey snapshot into redis/,
    ],
    [
      'a snapshot into an older engine version',
      () => seedSnapshot({ engine: 'redis', engineVersion: '7.1' }),
      { engine_version: '7.0' },
      /Input "engine_version": snapshot .* was taken from redis 7\.1\.\d+; a restore cannot go to an older version than 7\.1/,
    ],
    [
      'a data tiering snapshot into a node type without data tiering',
      () => {
        cloud.seedReplicationGroup({
          ReplicationGroupId: 'big-cache',
          CacheNodeType: 'cache.r6gd.xlarge',
          DataTieringEnabled: true,
          NumCacheClusters: 2,
          AutomaticFailoverEnabled: true,
        });
        cloud.seedSnapshot({ name: SNAP, replicationGroupId: 'big-cache' });
      },
      {},
      /Input "node_type": snapshot .* was taken from a data tiering group \(cache\.r6gd\.xlarge\)/,
    ],
  ];
  for (const [what, seed, inputs, message] of refusals) {
    it(`refuses ${what} before any write`, async () => {
      seed();
      cloud.resetCalls();
      const r = await apply({ snapshot_name: SNAP, ...inputs });
      expect(r.failed).toBe(true);
      expect(r.outputs.status).toBe('refused');
      expect(r.errors.join('\n')).toMatch(message);
      expect(cloud.mutatingCalls()).toEqual([]);
      expect(cloud.replicationGroup('shop-cache')).toBeUndefined();
    });
  }

  it('warns when the restored group listens on another port than the snapshot', async () => {
    seedSnapshot();
    const r = await apply({ snapshot_name: SNAP, port: '6380' });
    expect(r.errors).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(
      /taken from a group on port 6379; the restored group listens on port 6380/,
    );
    expect(calls('CreateReplicationGroup')[0]!.input).toMatchObject({ SnapshotName: SNAP, Port: 6380 });
  });
});

describe('restore: a run killed after any of its mutating calls', () => {
  it('the re-run finishes: one group, created once and from the snapshot', async () => {
    seedSnapshot();
    const clean = await apply({ snapshot_name: SNAP });
    expect(clean.outputs.status).toBe('created');
    const mutating = cloud.mutatingCalls().map((c) => c.command);
    expect(mutating).toContain('CreateReplicationGroup');
    console.log(
      `restore: killed after each of its ${mutating.length} mutating calls (${mutating.join(', ')}), then re-run`,
    );

    for (let n = 1; n <= mutating.length; n++) {
      cloud.restore();
      cloud = createWorld();
      seedSnapshot();
      const killed = await runKilledAfterMutatingCalls(cloud, n, () => apply({ snapshot_name: SNAP }));
      if (n < mutating.length) expect(killed.failed, `killed after ${mutating[n - 1]} (${n})`).toBe(true);

      cloud.clock.advance(60_000);
      const r = await apply({ snapshot_name: SNAP });
      const what = `re-run after a kill after ${mutating[n - 1]} (${n})`;
      expect(r.errors, `${what}\n${r.stdout}`).toEqual([]);
      expect(['created', 'updated', 'unchanged'], what).toContain(r.outputs.status);
      expect(r.outputs.redis_url, what).toMatch(/^rediss:\/\/shop-cache\./);
      const creates = calls('CreateReplicationGroup').filter((c) => !c.error);
      expect(creates, what).toHaveLength(1);
      expect(creates[0]!.input.SnapshotName, what).toBe(SNAP);
      expect(cloud.state.replicationGroups.get('shop-cache')?.status, what).toBe('available');
      // A third run finds nothing left to do.
      cloud.resetCalls();
      const third = await apply({ snapshot_name: SNAP });
      expect(third.outputs.status, `${what}: third run`).toBe('unchanged');
      expect(cloud.mutatingCalls(), `${what}: third run`).toEqual([]);
    }
  });
});

describe('restore: snapshot_name on an existing group', () => {
  it('is ignored with a notice that says why: zero extra writes, the snapshot is not even read', async () => {
    seedSnapshot();
    await apply({});
    cloud.resetCalls();
    cloud.clock.advance(60_000);
    const converged = await apply({});
    const readsWithout = cloud.calls.map((c) => c.command).sort();
    cloud.resetCalls();

    const r = await apply({ snapshot_name: SNAP });
    expect(converged.outputs.status).toBe('unchanged');
    expect(r.errors).toEqual([]);
    expect(r.outputs.status).toBe('unchanged');
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(cloud.calls.map((c) => c.command).sort()).toEqual(readsWithout);
    expect(calls('DescribeSnapshots')).toEqual([]);
    const notices = r.lines.filter((l) => l.startsWith('::notice::'));
    expect(notices.join('\n')).toMatch(
      /Input "snapshot_name" \(old-cache-manual-2025-12-31\) is ignored: replication group shop-cache already exists \(available\), and a snapshot can only seed a new group/,
    );
  });
});

/** An available Redis OSS 7.1 snapshot of a one-shard group on port 6379. */
const SNAPSHOT: ObservedSnapshot = {
  name: 'snap',
  arn: 'arn:aws:elasticache:eu-west-1:123456789012:snapshot:snap',
  status: 'available',
  source: 'manual',
  replicationGroupId: 'old-cache',
  cacheClusterId: 'old-cache-002',
  createdAt: 0,
  engine: 'redis',
  engineVersion: '7.1.0',
  nodeType: 'cache.t4g.micro',
  port: 6379,
  dataTiering: false,
  numNodeGroups: 1,
};

describe('checkRestore', () => {
  const restore = (s: Partial<ObservedSnapshot> | null, inputs: Record<string, string> = {}) => {
    const c = config({ snapshot_name: 'snap', ...inputs });
    const p: Plan = { action: 'none', steps: [], refusals: [], warnings: [], pending: [] };
    checkRestore(c, { ...empty(c), restoreSnapshot: s === null ? null : { ...SNAPSHOT, ...s } }, p);
    return p;
  };

  it('accepts an available snapshot of the same engine and version', () => {
    expect(restore({})).toMatchObject({ refusals: [], warnings: [] });
    expect(restore({ engineVersion: '7.0.7' }).refusals).toEqual([]);
  });

  it('accepts Redis OSS into Valkey, refuses Valkey into Redis OSS', () => {
    expect(
      restore({ engine: 'redis', engineVersion: '7.1.0' }, { engine: 'valkey', engine_version: '7.2' })
        .refusals,
    ).toEqual([]);
    expect(restore({ engine: 'valkey', engineVersion: '8.0.1' }).refusals[0]).toMatch(
      /^Input "engine": .* Set engine: valkey/,
    );
  });

  it('refuses a missing, unavailable, newer-engine, data tiering or cluster-mode snapshot', () => {
    expect(restore(null).refusals[0]).toMatch(/^Input "snapshot_name": snapshot snap does not exist/);
    expect(restore({ status: 'creating' }).refusals[0]).toMatch(/is creating; a group can only be restored/);
    expect(restore({}, { engine_version: '7.0' }).refusals[0]).toMatch(
      /^Input "engine_version": .* older version than 7\.1/,
    );
    expect(restore({ dataTiering: true, nodeType: 'cache.r6gd.xlarge' }).refusals[0]).toMatch(
      /^Input "node_type"/,
    );
    expect(
      restore({ dataTiering: true }, { node_type: 'cache.r6gd.xlarge', maxmemory_policy: 'volatile-lru' })
        .refusals,
    ).toEqual([]);
    expect(restore({ numNodeGroups: 3 }).refusals[0]).toMatch(/holds 3 shards \(cluster mode enabled\)/);
  });

  it('warns about another port, and does nothing without snapshot_name', () => {
    expect(restore({ port: 6380 }).warnings[0]).toMatch(/port 6380; the restored group listens on port 6379/);
    const c = config();
    const p: Plan = { action: 'none', steps: [], refusals: [], warnings: [], pending: [] };
    checkRestore(c, empty(c), p);
    expect(p).toMatchObject({ refusals: [], warnings: [] });
    expect(restoreIgnoredNotice(c, converged(c).group!)).toBeUndefined();
    expect(restoreIgnoredNotice(config({ snapshot_name: 'snap' }), converged(c).group!)).toMatch(
      /Input "snapshot_name" \(snap\) is ignored: replication group shop-cache already exists/,
    );
  });
});
