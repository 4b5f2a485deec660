// The step handlers of the replication group and the resources around it (src/execute/
// replication-group.ts, supporting.ts) against stubbed adapters: the exact adapter call each step
// makes, the follow-up call where AWS needs one, what lands in the run state, and how a refused
// subnet change is explained (mutation testing found them reached only by the slow suites).

import { describe, expect, it, vi } from 'vitest';
import { replicationGroupSteps, buildCreateRequest } from '../src/execute/replication-group.js';
import { supportingSteps } from '../src/execute/supporting.js';
import type { ExecContext, ExecResult } from '../src/execute/context.js';
import { resourceNames } from '../src/domain/names.js';
import { AwsCallError, PlanError } from '../src/errors.js';
import { MANAGED_SECURITY_GROUP } from '../src/plan/steps.js';
import type { ApplyConfig } from '../src/config/types.js';
import { config, converged } from './support/config.js';
import { VirtualClock } from './fake/clock.js';

const TAGS = { Team: 'web' };
const CREATE_TAGS = { Team: 'web', CreatedBy: 'acme/shop' };
const base = { level: 0, reason: 'r' };

function setup(cfg: ApplyConfig = config()) {
  const calls: Array<[string, ...unknown[]]> = [];
  const rec =
    <T>(name: string, result?: T) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return Promise.resolve(result);
    };
  const created = { ReplicationGroupId: cfg.name, Status: 'creating' };
  const elasticache = {
    createReplicationGroup: vi.fn(rec('createReplicationGroup', created)),
    increaseReplicaCount: vi.fn(rec('increaseReplicaCount')),
    decreaseReplicaCount: vi.fn(rec('decreaseReplicaCount')),
    modifyReplicationGroup: vi.fn(rec('modifyReplicationGroup')),
    createSubnetGroup: vi.fn(rec('createSubnetGroup')),
    modifySubnetGroup: vi.fn(rec('modifySubnetGroup')),
    createParameterGroup: vi.fn(rec('createParameterGroup')),
    modifyParameters: vi.fn(rec('modifyParameters')),
    resetParameters: vi.fn(rec('resetParameters')),
    describeReplicationGroup: vi.fn(async () => ({
      ReplicationGroupId: cfg.name,
      Status: 'available',
      MemberClusters: [],
    })),
    describeCacheCluster: vi.fn(),
    recentEvents: vi.fn(async () => []),
  };
  const ec2 = {
    createSecurityGroup: vi.fn(rec('createSecurityGroup', 'sg-new')),
    authorizeIngress: vi.fn(rec('authorizeIngress')),
    revokeIngress: vi.fn(rec('revokeIngress')),
    revokePermissions: vi.fn(rec('revokePermissions')),
  };
  const logs = {
    createLogGroup: vi.fn(rec('createLogGroup')),
    putRetention: vi.fn(rec('putRetention')),
    deleteRetention: vi.fn(rec('deleteRetention')),
  };
  const log = { info: vi.fn(), warning: vi.fn(), mask: vi.fn() };
  const clock = new VirtualClock(Date.UTC(2026, 5, 1), 1);
  const ctx = {
    cfg,
    observed: converged(cfg),
    tags: TAGS,
    createTags: CREATE_TAGS,
    aws: { elasticache, ec2, logs },
    clock,
    log,
    deadline: clock.now() + 30 * 60_000,
  } as unknown as ExecContext;
  const st: ExecResult = { securityGroupId: 'sg-ours', token: 'TOK', group: undefined, timings: [], ssm: {} };
  return { cfg, ctx, st, elasticache, ec2, logs, log, calls };
}

describe('replication group steps', () => {
  it('create sends the full create request and keeps the answer as the group', async () => {
    const t = setup(config({ wait: 'true' }));
    const step = { ...base, kind: 'create-replication-group' as const };
    await replicationGroupSteps['create-replication-group'].run(step, t.ctx, t.st);
    expect(t.calls).toEqual([
      [
        'createReplicationGroup',
        buildCreateRequest(t.cfg, resourceNames(t.cfg), 'sg-ours', 'TOK', CREATE_TAGS),
      ],
    ]);
    expect(t.calls[0]![1]).not.toHaveProperty('SnapshotName');
    expect(t.st.group).toEqual({ ReplicationGroupId: t.cfg.name, Status: 'creating' });
    expect(t.log.info).not.toHaveBeenCalled();
    expect(replicationGroupSteps['create-replication-group'].title(step)).toBe('create replication group');
  });

  it('create from a snapshot names it, and with wait false says the step ends now', async () => {
    const t = setup(config({ wait: 'false' }));
    const step = { ...base, kind: 'create-replication-group' as const, snapshotName: 'snap-1' };
    await replicationGroupSteps['create-replication-group'].run(step, t.ctx, t.st);
    expect(t.calls[0]![1]).toMatchObject({ SnapshotName: 'snap-1', ReplicationGroupId: t.cfg.name });
    expect(t.log.info).toHaveBeenCalledWith(
      `  create requested; wait is false, so this step ends now while ${t.cfg.name} is creating`,
    );
    expect(replicationGroupSteps['create-replication-group'].title(step)).toBe(
      'create replication group from snapshot snap-1',
    );
    t.elasticache.createReplicationGroup.mockResolvedValueOnce(undefined);
    await replicationGroupSteps['create-replication-group'].run(step, t.ctx, t.st);
    expect(t.log.info).toHaveBeenLastCalledWith(
      `  create requested; wait is false, so this step ends now while ${t.cfg.name} is creating`,
    );
  });

  it('create without a known security group fails before calling AWS', async () => {
    const t = setup();
    t.st.securityGroupId = undefined;
    await expect(
      replicationGroupSteps['create-replication-group'].run(
        { ...base, kind: 'create-replication-group' },
        t.ctx,
        t.st,
      ),
    ).rejects.toBeInstanceOf(PlanError);
    expect(t.calls).toEqual([]);
  });

  it('wait-available keeps the group it waited for', async () => {
    const t = setup();
    await replicationGroupSteps['wait-available'].run({ ...base, kind: 'wait-available' }, t.ctx, t.st);
    expect(t.elasticache.describeReplicationGroup).toHaveBeenCalledWith(t.cfg.name);
    expect(t.st.group).toMatchObject({ ReplicationGroupId: t.cfg.name, Status: 'available' });
    expect(replicationGroupSteps['wait-available'].title({ ...base, kind: 'wait-available' })).toBe(
      'wait for available',
    );
  });

  it('replica count changes name the group and the new count', async () => {
    const t = setup();
    const up = { ...base, kind: 'increase-replicas' as const, newReplicaCount: 2 };
    const down = { ...base, kind: 'decrease-replicas' as const, newReplicaCount: 1 };
    await replicationGroupSteps['increase-replicas'].run(up, t.ctx, t.st);
    await replicationGroupSteps['decrease-replicas'].run(down, t.ctx, t.st);
    expect(t.calls).toEqual([
      ['increaseReplicaCount', t.cfg.name, 2],
      ['decreaseReplicaCount', t.cfg.name, 1],
    ]);
    expect(replicationGroupSteps['increase-replicas'].title(up)).toBe('increase replicas to 2');
    expect(replicationGroupSteps['decrease-replicas'].title(down)).toBe('decrease replicas to 1');
  });

  it('modify resolves the managed security group placeholder and sends the changes as planned', async () => {
    const t = setup();
    const step = {
      ...base,
      kind: 'modify-replication-group' as const,
      changes: { SecurityGroupIds: [MANAGED_SECURITY_GROUP, 'sg-app'], ApplyImmediately: true },
    };
    await replicationGroupSteps['modify-replication-group'].run(step, t.ctx, t.st);
    expect(t.calls).toEqual([
      [
        'modifyReplicationGroup',
        { ReplicationGroupId: t.cfg.name, SecurityGroupIds: ['sg-ours', 'sg-app'], ApplyImmediately: true },
      ],
    ]);
    // The planned step itself is not changed.
    expect(step.changes.SecurityGroupIds).toEqual([MANAGED_SECURITY_GROUP, 'sg-app']);
    expect(replicationGroupSteps['modify-replication-group'].title(step)).toBe(
      'modify replication group (SecurityGroupIds)',
    );
  });

  it('modify without security groups needs no security group id', async () => {
    const t = setup();
    t.st.securityGroupId = undefined;
    const step = {
      ...base,
      kind: 'modify-replication-group' as const,
      changes: { CacheNodeType: 'cache.t4g.small', SnapshotWindow: '01:00-02:00', ApplyImmediately: false },
    };
    await replicationGroupSteps['modify-replication-group'].run(step, t.ctx, t.st);
    expect(t.calls).toEqual([
      [
        'modifyReplicationGroup',
        {
          ReplicationGroupId: t.cfg.name,
          CacheNodeType: 'cache.t4g.small',
          SnapshotWindow: '01:00-02:00',
          ApplyImmediately: false,
        },
      ],
    ]);
    expect(replicationGroupSteps['modify-replication-group'].title(step)).toBe(
      'modify replication group (CacheNodeType, SnapshotWindow)',
    );
  });
});

describe('supporting steps', () => {
  it('subnet group: created with a description and the create tags, modified with the subnets', async () => {
    const t = setup();
    const create = { ...base, kind: 'create-subnet-group' as const, name: 'sn', subnetIds: ['subnet-a'] };
    const modify = { ...base, kind: 'modify-subnet-group' as const, name: 'sn', subnetIds: ['subnet-b'] };
    await supportingSteps['create-subnet-group'].run(create, t.ctx, t.st);
    await supportingSteps['modify-subnet-group'].run(modify, t.ctx, t.st);
    expect(t.calls).toEqual([
      ['createSubnetGroup', 'sn', `django-redis-action: ${t.cfg.name}`, ['subnet-a'], CREATE_TAGS],
      ['modifySubnetGroup', 'sn', ['subnet-b']],
    ]);
    expect(supportingSteps['create-subnet-group'].title(create)).toBe('create cache subnet group sn');
    expect(supportingSteps['modify-subnet-group'].title(modify)).toBe('update cache subnet group sn');
  });

  it('a subnet still in use is explained as an input problem; other failures pass through', async () => {
    const t = setup();
    const modify = { ...base, kind: 'modify-subnet-group' as const, name: 'sn', subnetIds: ['subnet-b'] };
    t.elasticache.modifySubnetGroup.mockRejectedValueOnce(
      new AwsCallError(
        'elasticache',
        'ModifyCacheSubnetGroup',
        'SubnetInUse',
        1,
        'ElastiCache ModifyCacheSubnetGroup failed: SubnetInUse: The subnet ID subnet-a is in use',
      ),
    );
    const e = await supportingSteps['modify-subnet-group'].run(modify, t.ctx, t.st).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PlanError);
    expect((e as Error).message).toBe(
      `Input "subnet_ids": a subnet you removed still hosts a node of ${t.cfg.name} (The subnet ID subnet-a is in use). ` +
        'Keep that subnet in subnet_ids, or move the node first (decrease num_cache_clusters, then increase it once the new subnets are in the list).',
    );
    const other = new AwsCallError('elasticache', 'ModifyCacheSubnetGroup', 'InvalidSubnet', 1, 'bad');
    t.elasticache.modifySubnetGroup.mockRejectedValueOnce(other);
    expect(
      await supportingSteps['modify-subnet-group'].run(modify, t.ctx, t.st).catch((x: unknown) => x),
    ).toBe(other);
    const plain = new Error('SubnetInUse');
    t.elasticache.modifySubnetGroup.mockRejectedValueOnce(plain);
    expect(
      await supportingSteps['modify-subnet-group'].run(modify, t.ctx, t.st).catch((x: unknown) => x),
    ).toBe(plain);
  });

  it('parameter group: created with its family, then its parameters set; updates and resets by name', async () => {
    const t = setup();
    const create = {
      ...base,
      kind: 'create-parameter-group' as const,
      name: 'pg',
      family: 'redis7',
      parameters: { timeout: '300' },
    };
    const modify = {
      ...base,
      kind: 'modify-parameter-group' as const,
      name: 'pg',
      parameters: { timeout: '0' },
    };
    const reset = { ...base, kind: 'reset-parameters' as const, name: 'pg', parameterNames: ['a', 'b'] };
    await supportingSteps['create-parameter-group'].run(create, t.ctx, t.st);
    await supportingSteps['modify-parameter-group'].run(modify, t.ctx, t.st);
    await supportingSteps['reset-parameters'].run(reset, t.ctx, t.st);
    expect(t.calls).toEqual([
      [
        'createParameterGroup',
        'pg',
        'redis7',
        `django-redis-action: Django-tuned redis7 for ${t.cfg.name}`,
        CREATE_TAGS,
      ],
      ['modifyParameters', 'pg', { timeout: '300' }],
      ['modifyParameters', 'pg', { timeout: '0' }],
      ['resetParameters', 'pg', ['a', 'b']],
    ]);
    expect(supportingSteps['create-parameter-group'].title(create)).toBe('create parameter group pg');
    expect(supportingSteps['modify-parameter-group'].title(modify)).toBe('update parameter group pg');
    expect(supportingSteps['reset-parameters'].title(reset)).toBe(
      'reset a, b in parameter group pg to the family default',
    );
  });

  it('security group: created, its id kept, then its ingress authorized on it', async () => {
    const t = setup();
    t.st.securityGroupId = undefined;
    const ingress = { port: 6379, securityGroupIds: ['sg-app'], cidrBlocks: [] };
    const step = {
      ...base,
      kind: 'create-security-group' as const,
      name: 'x-redis',
      vpcId: 'vpc-1',
      ingress,
    };
    await supportingSteps['create-security-group'].run(step, t.ctx, t.st);
    expect(t.calls).toEqual([
      ['createSecurityGroup', 'x-redis', `django-redis-action: ${t.cfg.name} clients`, 'vpc-1', CREATE_TAGS],
      ['authorizeIngress', 'sg-new', ingress, `django-redis-action ${t.cfg.name}`],
    ]);
    expect(t.st.securityGroupId).toBe('sg-new');
    expect(t.log.info).toHaveBeenCalledWith('  created security group sg-new');
    expect(supportingSteps['create-security-group'].title(step)).toBe('create security group x-redis');
  });

  it('ingress: authorized and revoked on the managed group', async () => {
    const t = setup();
    const rule = { port: 6380, securityGroupIds: ['sg-app'], cidrBlocks: ['10.0.0.0/16'] };
    const auth = { ...base, kind: 'authorize-ingress' as const, ...rule };
    const revoke = { ...base, kind: 'revoke-ingress' as const, ...rule };
    const permissions = [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22 }];
    const other = { ...base, kind: 'revoke-other-ingress' as const, permissions };
    await supportingSteps['authorize-ingress'].run(auth, t.ctx, t.st);
    await supportingSteps['revoke-ingress'].run(revoke, t.ctx, t.st);
    await supportingSteps['revoke-other-ingress'].run(other as never, t.ctx, t.st);
    expect(t.calls).toEqual([
      ['authorizeIngress', 'sg-ours', auth, `django-redis-action ${t.cfg.name}`],
      ['revokeIngress', 'sg-ours', revoke],
      ['revokePermissions', 'sg-ours', permissions],
    ]);
    expect(supportingSteps['authorize-ingress'].title(auth)).toBe('authorize ingress on 6380/tcp');
    expect(supportingSteps['revoke-ingress'].title(revoke)).toBe('revoke ingress on 6380/tcp');
    expect(supportingSteps['revoke-other-ingress'].title(other as never)).toBe('revoke other ingress rules');
  });

  it('log groups: created with the create tags, retention set only when not "never expire"', async () => {
    const t = setup();
    const keep = { ...base, kind: 'create-log-group' as const, name: '/lg/a', retentionDays: 30 };
    const never = { ...base, kind: 'create-log-group' as const, name: '/lg/b', retentionDays: 0 };
    const put = { ...base, kind: 'put-log-retention' as const, name: '/lg/a', retentionDays: 7 };
    const del = { ...base, kind: 'delete-log-retention' as const, name: '/lg/b' };
    await supportingSteps['create-log-group'].run(keep, t.ctx, t.st);
    await supportingSteps['create-log-group'].run(never, t.ctx, t.st);
    await supportingSteps['put-log-retention'].run(put, t.ctx, t.st);
    await supportingSteps['delete-log-retention'].run(del, t.ctx, t.st);
    expect(t.calls).toEqual([
      ['createLogGroup', '/lg/a', CREATE_TAGS],
      ['putRetention', '/lg/a', 30],
      ['createLogGroup', '/lg/b', CREATE_TAGS],
      ['putRetention', '/lg/a', 7],
      ['deleteRetention', '/lg/b'],
    ]);
    expect(supportingSteps['create-log-group'].title(keep)).toBe('create log group /lg/a');
    expect(supportingSteps['put-log-retention'].title(put)).toBe('set retention of /lg/a');
    expect(supportingSteps['delete-log-retention'].title(del)).toBe('remove retention of /lg/b');
  });
});

describe('buildCreateRequest', () => {
  it('puts the managed security group first and does not repeat it from security_group_ids', () => {
    const cfg = config({ security_group_ids: 'sg-0bbbbbbbbbbbbbbb2,sg-0aaaaaaaaaaaaaaa1' });
    const req = buildCreateRequest(cfg, resourceNames(cfg), 'sg-0aaaaaaaaaaaaaaa1', undefined, {});
    expect(req.SecurityGroupIds).toEqual(['sg-0aaaaaaaaaaaaaaa1', 'sg-0bbbbbbbbbbbbbbb2']);
  });

  it('asks for data tiering on a data-tiering node type only', () => {
    const tiered = config({ node_type: 'cache.r6gd.xlarge' });
    expect(buildCreateRequest(tiered, resourceNames(tiered), 'sg-1', undefined, {}).DataTieringEnabled).toBe(
      true,
    );
    const plain = config();
    expect(
      buildCreateRequest(plain, resourceNames(plain), 'sg-1', undefined, {}).DataTieringEnabled,
    ).toBeUndefined();
  });
});
