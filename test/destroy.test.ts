// Mode destroy, end to end against the fake cloud: the group apply created (2 nodes, AUTH, TLS, log
// groups, SSM parameters) and everything around it is deleted, and nothing else.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import type { FakeCloud } from './fake/index.js';
import { runAction } from './support/harness.js';
import { alarmInput, createWithApply, inventory, marker, seedUnrelated } from './support/lifecycle.js';
import { runKilledAfterMutatingCalls } from './support/kill.js';
import { createWorld, SUBNETS } from './support/world.js';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const destroy = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runAction(
    { mode: 'destroy', name: 'shop-cache', aws_region: 'eu-west-1', ...inputs },
    { clock: cloud.clock, env },
  );

describe('destroy of a group this repository created', () => {
  it('deletes the group and everything created for it, and nothing else', async () => {
    seedUnrelated(cloud);
    const before = inventory(cloud);
    await createWithApply(cloud, 'shop-cache');
    cloud.seed(
      PutMetricAlarmCommand,
      alarmInput('shop-cache-001-cpu', 'shop-cache-001', marker('shop-cache')),
    );
    const created = inventory(cloud).filter((k) => !before.includes(k));
    expect(created).toEqual(
      expect.arrayContaining([
        'rg:shop-cache',
        'subnet-group:shop-cache-subnets',
        'parameter-group:shop-cache-redis7',
        'sg:shop-cache-redis',
        'log-group:/aws/elasticache/shop-cache/slow-log',
        'log-group:/aws/elasticache/shop-cache/engine-log',
        'ssm:/django-redis-action/shop-cache/AUTH_TOKEN',
        'ssm:/django-redis-action/shop-cache/REDIS_URL',
        'alarm:shop-cache-001-cpu',
      ]),
    );
    cloud.resetCalls();
    const started = cloud.clock.now();

    const r = await destroy({ final_snapshot: 'false' });

    expect(r.errors, r.stdout).toEqual([]);
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('destroyed');
    expect(r.outputs.final_snapshot_name).toBe('');
    expect(inventory(cloud)).toEqual(before);
    expect(r.summary).toContain('### Deleted');
    const minutes = (cloud.clock.now() - started) / 60_000;
    console.log(
      `destroy (2 nodes, no final snapshot): ${cloud.calls.length} AWS calls (${cloud.mutatingCalls().length} mutating), ${minutes.toFixed(1)} min virtual`,
    );
  });
});

describe('destroy with a final snapshot (the default)', () => {
  it('takes <name>-final-<YYYYMMDD-HHMM> (UTC) before deleting, and outputs its name', async () => {
    await createWithApply(cloud, 'shop-cache');
    cloud.resetCalls();
    const at = new Date(cloud.clock.now()).toISOString();
    const expected = `shop-cache-final-${at.slice(0, 10).replace(/-/g, '')}-${at.slice(11, 16).replace(':', '')}`;
    const started = cloud.clock.now();

    const r = await destroy();

    expect(r.errors, r.stdout).toEqual([]);
    expect(r.outputs.status).toBe('destroyed');
    expect(r.outputs.final_snapshot_name).toBe(expected);
    const delete_ = cloud.calls.find((c) => c.command === 'DeleteReplicationGroup')!;
    expect(delete_.input.FinalSnapshotIdentifier).toBe(expected);
    const snap = cloud.snapshot(expected)!;
    expect(snap.status).toBe('available');
    expect(snap.replicationGroupId).toBe('shop-cache');
    expect(cloud.replicationGroup('shop-cache')).toBeUndefined();
    expect(r.summary).toContain(`Final snapshot: \`${expected}\``);
    const minutes = (cloud.clock.now() - started) / 60_000;
    console.log(
      `destroy (2 nodes, final snapshot): ${cloud.calls.length} AWS calls (${cloud.mutatingCalls().length} mutating), ${minutes.toFixed(1)} min virtual`,
    );
  });

  it('a final snapshot name already taken (a re-run in the same minute) takes the next name instead of failing', async () => {
    await createWithApply(cloud, 'shop-cache');
    const at = new Date(cloud.clock.now()).toISOString();
    const taken = `shop-cache-final-${at.slice(0, 10).replace(/-/g, '')}-${at.slice(11, 16).replace(':', '')}`;
    cloud.seedSnapshot({ name: taken, replicationGroupId: 'shop-cache' });

    const r = await destroy();

    expect(r.errors, r.stdout).toEqual([]);
    expect(r.outputs.status).toBe('destroyed');
    expect(r.outputs.final_snapshot_name).toBe(`${taken}-2`);
    expect(cloud.snapshot(`${taken}-2`)?.status).toBe('available');
    expect(cloud.snapshot(taken)).toBeDefined();
  });

  it('a role without elasticache:CreateSnapshot is told so, and the group is left in place', async () => {
    await createWithApply(cloud, 'shop-cache');
    cloud.deny('elasticache:CreateSnapshot');
    const r = await destroy();
    expect(r.failed).toBe(true);
    expect(r.outputs.status).toBe('failed');
    expect(r.errors.join('\n')).toMatch(/elasticache:CreateSnapshot.*final_snapshot: false/);
    expect(cloud.replicationGroup('shop-cache')?.status).toBe('available');
  });
});

describe('destroy refuses what is not ours, with zero writes', () => {
  const refused = async (why: RegExp) => {
    cloud.resetCalls();
    const r = await destroy();
    expect(r.failed).toBe(true);
    expect(r.outputs.status).toBe('refused');
    expect(r.errors.join('\n')).toMatch(why);
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(cloud.replicationGroup('shop-cache')?.status).toBe('available');
    return r;
  };

  it('a group created outside the action (no marker)', async () => {
    cloud.seedReplicationGroup({ ReplicationGroupId: 'shop-cache', NumCacheClusters: 2 });
    await refused(/has no django-redis-action:created-by tag/);
  });

  it('a group adopted by apply (apply tags it, but never writes the create-only marker)', async () => {
    cloud.seedReplicationGroup({ ReplicationGroupId: 'shop-cache', NumCacheClusters: 2 });
    const adopt = await runAction(
      {
        name: 'shop-cache',
        aws_region: 'eu-west-1',
        node_type: 'cache.t4g.micro',
        subnet_ids: SUBNETS.join(','),
        num_cache_clusters: '2',
        at_rest_encryption_enabled: 'false',
      },
      { clock: cloud.clock },
    );
    expect(adopt.failed, adopt.stdout).toBe(false);
    expect(cloud.state.tags.get(cloud.replicationGroup('shop-cache')!.arn)).toMatchObject({
      GitHubRepository: 'acme/shop',
    });
    const before = inventory(cloud);
    const r = await refused(/has no django-redis-action:created-by tag/);
    expect(inventory(cloud)).toEqual(before);
    expect(r.outputs.has_changes).toBe('true');
  });

  it('a group another repository created', async () => {
    await createWithApply(cloud, 'shop-cache', { env: { GITHUB_REPOSITORY: 'acme/other' } });
    await refused(/was created from acme\/other \(tag django-redis-action:created-by\), not from acme\/shop/);
  });
});

describe('destroy is idempotent', () => {
  it('an absent group: nothing to delete, status absent, exit 0', async () => {
    seedUnrelated(cloud);
    const before = inventory(cloud);
    const r = await destroy();
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('absent');
    expect(r.lines.join('\n')).toMatch(/Nothing to delete/);
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(inventory(cloud)).toEqual(before);
  });

  it('dry_run prints the plan, writes nothing, status planned', async () => {
    await createWithApply(cloud, 'shop-cache');
    cloud.resetCalls();
    const r = await destroy({ dry_run: 'true' });
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('planned');
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(r.stdout).toMatch(/delete replication group shop-cache \(final snapshot shop-cache-final-/);
    expect(r.stdout).toMatch(/delete security group sg-/);
    expect(JSON.parse(r.outputs.changes!).map((c: { kind: string }) => c.kind)).toContain(
      'delete-replication-group',
    );
    expect(r.summary).toContain('Plan (dry run: nothing was deleted)');
  });

  it('a group AWS is busy with (creating) is waited for, then deleted', async () => {
    cloud.seedReplicationGroup(
      {
        ReplicationGroupId: 'shop-cache',
        NumCacheClusters: 2,
        Tags: Object.entries(marker('shop-cache')).map(([Key, Value]) => ({ Key, Value })),
      },
      { status: 'creating' },
    );
    const r = await destroy({ final_snapshot: 'false' });
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.outputs.status).toBe('destroyed');
    expect(r.stdout).toMatch(/is creating: waiting for AWS to finish/);
    expect(cloud.replicationGroup('shop-cache')).toBeUndefined();
  });

  it('keep_logs leaves the log groups and says why', async () => {
    await createWithApply(cloud, 'shop-cache');
    const r = await destroy({ keep_logs: 'true', final_snapshot: 'false' });
    expect(r.outputs.status).toBe('destroyed');
    expect(cloud.state.logGroups.has('/aws/elasticache/shop-cache/slow-log')).toBe(true);
    expect(r.summary).toMatch(/log group \/aws\/elasticache\/shop-cache\/slow-log \| keep_logs is true/);
  });

  it('a run killed after each of its mutating calls is finished by the next run', async () => {
    // The reference run: how many mutating calls a whole destroy makes.
    await createWithApply(cloud, 'shop-cache');
    cloud.resetCalls();
    expect((await destroy()).outputs.status).toBe('destroyed');
    const total = cloud.mutatingCalls().length;
    expect(total).toBeGreaterThan(8);
    cloud.restore();

    const outcomes: string[] = [];
    for (let n = 1; n <= total; n++) {
      cloud = createWorld();
      seedUnrelated(cloud);
      const before = inventory(cloud);
      await createWithApply(cloud, 'shop-cache');
      // The killed run's stragglers (a poll asleep, the other half of a Promise.all) keep failing after
      // it returns, as a dead runner sends nothing more; only the re-run's calls go through.
      const killed = await runKilledAfterMutatingCalls(cloud, n, () => destroy());
      // Killed after its last call, a run has nothing left to do: it ends as if it had not been killed.
      if (n < total) expect(killed.failed, `run killed after mutating call ${n}`).toBe(true);
      // Some time passes before someone re-runs the workflow.
      cloud.clock.advance(60_000);
      const rerun = await destroy();
      expect(rerun.errors, `re-run after a kill at mutating call ${n}:\n${rerun.stdout}`).toEqual([]);
      expect(rerun.failed).toBe(false);
      expect(['destroyed', 'absent']).toContain(rerun.outputs.status);
      const left = inventory(cloud).filter((k) => !before.includes(k) && !k.startsWith('snapshot:'));
      expect(left, `left after a kill at mutating call ${n}`).toEqual([]);
      // At most one final snapshot, whatever the moment of the kill.
      expect(inventory(cloud).filter((k) => k.startsWith('snapshot:')).length).toBeLessThanOrEqual(1);
      outcomes.push(`${n}:${rerun.outputs.status}`);
      cloud.restore();
    }
    cloud = createWorld();
    console.log(`killed destroy re-runs: ${outcomes.join(' ')}`);
  });
});
