// Destroy's edges: the tagging index lagging behind (resources found by their derived names and
// proven ours by their own tags), AWS answering "busy" or "gone" to the delete, quotas, and the
// run's deadline while resources are still in use.

import {
  DeleteReplicationGroupCommand,
  InvalidReplicationGroupStateFault,
  ReplicationGroupNotFoundFault,
  SnapshotQuotaExceededFault,
} from '@aws-sdk/client-elasticache';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdapters } from '../src/aws/adapters.js';
import { observeDestroy } from '../src/observe/destroy.js';
import { ecError, type FakeCall, type FakeCloud } from './fake/index.js';
import { runAction } from './support/harness.js';
import { createWithApply, inventory, marker, REPO } from './support/lifecycle.js';
import { createWorld, VPC } from './support/world.js';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const destroy = (inputs: Record<string, string> = {}) =>
  runAction(
    { mode: 'destroy', name: 'shop-cache', aws_region: 'eu-west-1', final_snapshot: 'false', ...inputs },
    { clock: cloud.clock },
  );

describe('when the tagging index lags', () => {
  it('finds every resource by its derived name, and keeps only those whose own tags prove them ours', async () => {
    await createWithApply(cloud, 'shop-cache');
    // A same-named security group in another VPC that someone else made: never ours.
    const otherVpc = cloud.addVpc({
      vpcId: 'vpc-0fffffffffffffff0',
      subnets: [{ subnetId: 'subnet-0fff0001', az: 'eu-west-1a' }],
    });
    void otherVpc;
    cloud.addSecurityGroup({
      vpcId: 'vpc-0fffffffffffffff0',
      groupName: 'shop-cache-redis',
      groupId: 'sg-0ffffffffffffff99',
    });
    const aws = createAdapters('eu-west-1', () => undefined);
    aws.tagging.getResources = async () => [];
    cloud.resetCalls();

    const o = await observeDestroy(
      { name: 'shop-cache', ssmPrefix: '/django-redis-action/shop-cache' },
      REPO,
      aws,
    );

    expect(o.groupOwnership).toEqual({ ours: true });
    const found = o.resources.map((r) => `${r.kind}:${'name' in r ? r.name : r.id}`).sort();
    expect(found).toEqual(
      [
        'log-group:/aws/elasticache/shop-cache/engine-log',
        'log-group:/aws/elasticache/shop-cache/slow-log',
        'parameter-group:shop-cache-redis7',
        `security-group:${[...cloud.state.securityGroups.values()].find((g) => g.groupName === 'shop-cache-redis' && g.vpcId === VPC)!.groupId}`,
        'ssm-parameter:/django-redis-action/shop-cache/AUTH_TOKEN',
        'ssm-parameter:/django-redis-action/shop-cache/CELERY_BROKER_URL',
        'ssm-parameter:/django-redis-action/shop-cache/CELERY_RESULT_BACKEND',
        'ssm-parameter:/django-redis-action/shop-cache/REDIS_URL',
        'subnet-group:shop-cache-subnets',
      ].sort(),
    );
    expect(o.notOurs).toEqual([
      {
        what: 'security group sg-0ffffffffffffff99',
        why: expect.stringMatching(/has no django-redis-action:created-by tag/),
      },
    ]);
    // The AUTH token was never read: existence is checked without decryption.
    expect(
      cloud.calls.filter((c) => c.command === 'GetParameters').every((c) => c.input.WithDecryption === false),
    ).toBe(true);
  });

  it('a resource created for another group (group tag) is left alone', async () => {
    await createWithApply(cloud, 'shop-cache');
    const sg = [...cloud.state.securityGroups.values()].find((g) => g.groupName === 'shop-cache-redis')!;
    cloud.state.tags.set(sg.groupId, {
      ...cloud.state.tags.get(sg.groupId),
      'django-redis-action:group': 'other',
    });
    const aws = createAdapters('eu-west-1', () => undefined);
    aws.tagging.getResources = async () => [];
    const o = await observeDestroy(
      { name: 'shop-cache', ssmPrefix: '/django-redis-action/shop-cache' },
      REPO,
      aws,
    );
    expect(o.notOurs).toEqual([
      {
        what: `security group ${sg.groupId}`,
        why: expect.stringMatching(/created for replication group other/),
      },
    ]);
  });

  it('without GITHUB_REPOSITORY nothing can be proven ours: a group is refused', async () => {
    cloud.seedReplicationGroup({
      ReplicationGroupId: 'shop-cache',
      Tags: Object.entries(marker('shop-cache')).map(([Key, Value]) => ({ Key, Value })),
    });
    const aws = createAdapters('eu-west-1', () => undefined);
    const o = await observeDestroy({ name: 'shop-cache', ssmPrefix: '/x' }, undefined, aws);
    expect(o.groupOwnership).toEqual({
      ours: false,
      why: expect.stringMatching(/GITHUB_REPOSITORY is not set/),
    });
    expect(cloud.calls.map((c) => c.command)).toEqual(['DescribeReplicationGroups', 'ListTagsForResource']);
  });
});

describe('what AWS answers to the delete', () => {
  it('a busy member (InvalidReplicationGroupState) is retried until AWS accepts the delete', async () => {
    await createWithApply(cloud, 'shop-cache');
    cloud.failNext(
      'DeleteReplicationGroup',
      ecError(
        InvalidReplicationGroupStateFault,
        'Cache cluster shop-cache-002 is not in a valid state to be deleted.',
      ),
    );
    const r = await destroy();
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.outputs.status).toBe('destroyed');
    expect(r.stdout).toMatch(/available: .*not in a valid state to be deleted/);
    expect(cloud.calls.filter((c) => c.command === 'DeleteReplicationGroup')).toHaveLength(2);
  });

  /** Runs `before` once, just before the run sends its first `command` (another run acting first). */
  function justBefore(command: string, before: () => void) {
    const calls = cloud.calls as FakeCall[];
    const push = calls.push.bind(calls);
    calls.push = (...items: FakeCall[]) => {
      if (items.some((c) => c.command === command)) {
        calls.push = push;
        before();
      }
      return push(...items);
    };
  }

  it('another run started the delete first: "already deleting" counts as done, then it waits', async () => {
    await createWithApply(cloud, 'shop-cache');
    justBefore('DeleteReplicationGroup', () =>
      cloud.seed(DeleteReplicationGroupCommand, { ReplicationGroupId: 'shop-cache' }),
    );
    const r = await destroy({ final_snapshot: 'true' });
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.outputs.status).toBe('destroyed');
    expect(r.outputs.final_snapshot_name).toBe('');
    expect(r.stdout).toMatch(/already deleting \(another run\)/);
    expect(cloud.replicationGroup('shop-cache')).toBeUndefined();
  });

  it('another run finished the delete first: "gone" counts as done', async () => {
    await createWithApply(cloud, 'shop-cache');
    justBefore('DeleteReplicationGroup', () => {
      cloud.seed(DeleteReplicationGroupCommand, { ReplicationGroupId: 'shop-cache' });
      cloud.clock.advance(cloud.durations.deleteMs + 1);
    });
    const r = await destroy({ final_snapshot: 'true' });
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.outputs.final_snapshot_name).toBe('');
    expect(r.stdout).toMatch(/shop-cache was already gone: no final snapshot was requested by this run/);
  });

  it('a group that is no longer deleting while waited for fails without touching what is around it', async () => {
    await createWithApply(cloud, 'shop-cache');
    cloud.failNext('DeleteReplicationGroup', ecError(ReplicationGroupNotFoundFault, 'not found'));
    const r = await destroy();
    expect(r.outputs.status).toBe('failed');
    expect(r.errors.join('\n')).toMatch(
      /ended in available.*no longer being deleted.*Nothing around it was deleted/,
    );
    expect(cloud.mutatingCalls().filter((c) => !c.error && c.command.startsWith('Delete'))).toEqual([]);
  });

  it('a snapshot quota says what to do, and leaves the group', async () => {
    await createWithApply(cloud, 'shop-cache');
    cloud.failNext('DeleteReplicationGroup', ecError(SnapshotQuotaExceededFault, 'quota'));
    const r = await destroy({ final_snapshot: 'true' });
    expect(r.outputs.status).toBe('failed');
    expect(r.errors.join('\n')).toMatch(/SnapshotQuotaExceededFault.*keep_snapshots.*final_snapshot: false/);
    expect(cloud.replicationGroup('shop-cache')?.status).toBe('available');
  });

  it('resources still in use past wait_timeout_minutes fail the run with a re-run hint; the re-run finishes', async () => {
    await createWithApply(cloud, 'shop-cache');
    cloud.durations.deleteMs = 30_000;
    const r = await destroy({ wait_timeout_minutes: '2' });
    expect(r.outputs.status).toBe('failed');
    expect(r.errors.join('\n')).toMatch(
      /delete security group sg-\w+: still in use \(DependencyViolation\) after .*wait_timeout_minutes.*Re-run destroy later/,
    );
    const again = await destroy();
    expect(again.errors).toEqual([]);
    expect(again.outputs.status).toBe('destroyed');
    expect(inventory(cloud).filter((k) => k.includes('shop-cache'))).toEqual([]);
  });

  it('a delete that takes longer than wait_timeout_minutes says the re-run waits for it', async () => {
    await createWithApply(cloud, 'shop-cache');
    const r = await destroy({ wait_timeout_minutes: '1' });
    expect(r.outputs.status).toBe('failed');
    expect(r.errors.join('\n')).toMatch(
      /replication group shop-cache: still deleting.*waits for the delete instead of starting over/,
    );
  });

  it('a busy group that stays busy past the deadline: nothing deleted', async () => {
    cloud.seedReplicationGroup(
      {
        ReplicationGroupId: 'shop-cache',
        Tags: Object.entries(marker('shop-cache')).map(([Key, Value]) => ({ Key, Value })),
      },
      { status: 'creating' },
    );
    const r = await destroy({ wait_timeout_minutes: '1' });
    expect(r.outputs.status).toBe('failed');
    expect(r.errors.join('\n')).toMatch(
      /still creating.*Nothing was deleted; re-run destroy once the group is available/,
    );
    expect(cloud.mutatingCalls()).toEqual([]);
  });
});

describe('two destroy runs meet on one group', () => {
  it('both succeed, one final snapshot at most, nothing left', async () => {
    await createWithApply(cloud, 'shop-cache');
    const { destroyGroup } = await import('../src/modes/destroy-group.js');
    const { parseConfig } = await import('../src/config/index.js');
    const parsed = parseConfig({ mode: 'destroy', name: 'shop-cache', aws_region: 'eu-west-1' } as never, {});
    if (!parsed.ok || parsed.config.mode !== 'destroy') throw new Error('bad test config');
    const cfg = parsed.config;
    const one = (label: string) =>
      cloud.asRun(label, () =>
        destroyGroup(
          { name: 'shop-cache', ssmPrefix: cfg.ssmPrefix, finalSnapshot: true, keepLogs: false },
          {
            cfg,
            aws: createAdapters('eu-west-1', () => undefined),
            clock: cloud.clock,
            log: { info: () => undefined, warning: () => undefined, mask: () => undefined },
            repository: REPO,
            deadline: cloud.clock.now() + 60 * 60_000,
            dryRun: false,
          },
        ),
      );
    const [a, b] = await Promise.all([one('a'), one('b')]);
    expect([a.status, b.status]).toEqual(['destroyed', 'destroyed']);
    expect([a.finalSnapshotName, b.finalSnapshotName].filter(Boolean)).toHaveLength(1);
    expect(inventory(cloud).filter((k) => k.includes('shop-cache') && !k.startsWith('snapshot:'))).toEqual(
      [],
    );
    expect(inventory(cloud).filter((k) => k.startsWith('snapshot:'))).toHaveLength(1);
  });
});
