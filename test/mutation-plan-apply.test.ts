// The apply planner's assembly (src/plan/ensure/index.ts), pinned exactly: refusals stop the plan
// before any step, the create sequence and its reason, the action (create/update/none), the waits
// between group changes, alarms last and the reboot notice.

import { describe, expect, it } from 'vitest';
import { planApply } from '../src/plan/ensure/index.js';
import type { Observed } from '../src/observe/types.js';
import type { Step } from '../src/plan/steps.js';
import { config, converged, empty, tagsFor, TOPIC } from './support/config.js';

type Cfg = ReturnType<typeof config>;
const plan = (cfg: Cfg, obs: Observed, planOnly?: boolean) =>
  planApply(cfg, obs, { tags: tagsFor(cfg), ...(planOnly === undefined ? {} : { planOnly }) });
const kl = (steps: Step[]) => steps.map((s) => [s.kind, s.level]);

describe('planApply: a new group', () => {
  it('supporting resources at level 0, then the create, the wait and the publish, each its own level', () => {
    const cfg = config();
    const p = plan(cfg, empty(cfg));
    expect(p.action).toBe('create');
    expect(p.refusals).toEqual([]);
    expect(p.pending).toEqual([]);
    expect(kl(p.steps)).toEqual([
      ['create-subnet-group', 0],
      ['create-parameter-group', 0],
      ['create-security-group', 0],
      ['create-log-group', 0],
      ['create-log-group', 0],
      ['create-replication-group', 1],
      ['wait-available', 2],
      ['publish-ssm', 3],
    ]);
    expect(p.steps.slice(5)).toEqual([
      {
        kind: 'create-replication-group',
        level: 1,
        reason:
          'replication group shop-cache is missing: create it (redis 7.1, 2 × cache.t4g.micro, automatic failover, Multi-AZ, encrypted at rest, TLS, no AUTH, backups 7 days)',
      },
      {
        kind: 'wait-available',
        level: 2,
        reason: 'wait until shop-cache and its 2 node(s) are available',
      },
      {
        kind: 'publish-ssm',
        level: 3,
        parameterNames: [
          '/django-redis-action/shop-cache/REDIS_URL',
          '/django-redis-action/shop-cache/CELERY_BROKER_URL',
          '/django-redis-action/shop-cache/CELERY_RESULT_BACKEND',
        ],
        reason: 'publish the connection URLs',
      },
    ]);
  });

  it('the other choice of every setting is in the reason; a restore names its snapshot; wait: false stops after the create', () => {
    const cfg = config({
      num_cache_clusters: '1',
      automatic_failover_enabled: 'false',
      multi_az_enabled: 'false',
      at_rest_encryption_enabled: 'false',
      auth_token_enabled: 'true',
      snapshot_retention_limit: '0',
      snapshot_name: 'shop-cache-manual-20261130',
      wait: 'false',
    });
    const obs = empty(cfg);
    obs.restoreSnapshot = {
      name: 'shop-cache-manual-20261130',
      arn: 'arn:aws:elasticache:eu-west-1:123456789012:snapshot:shop-cache-manual-20261130',
      status: 'available',
      source: 'manual',
      replicationGroupId: 'shop-cache',
      cacheClusterId: undefined,
      createdAt: undefined,
      engine: 'redis',
      engineVersion: '7.1.0',
      nodeType: 'cache.t4g.micro',
      port: 6379,
      dataTiering: false,
      numNodeGroups: 1,
    };
    const p = plan(cfg, obs);
    expect(p.refusals).toEqual([]);
    expect(p.action).toBe('create');
    const rg = p.steps.filter((s) => s.level > 0);
    expect(rg).toEqual([
      {
        kind: 'create-replication-group',
        level: 1,
        snapshotName: 'shop-cache-manual-20261130',
        reason:
          'replication group shop-cache is missing: create it from snapshot shop-cache-manual-20261130 (redis 7.1, 1 × cache.t4g.micro, no failover, single-AZ, not encrypted at rest, TLS, AUTH, backups 0 days)',
      },
    ]);
    // the token is stored at level 0, with the supporting resources
    expect(p.steps.filter((s) => s.kind === 'store-auth-token').map((s) => s.level)).toEqual([0]);
    const plain = config({ transit_encryption_enabled: 'false' });
    expect(plan(plain, empty(plain)).steps.find((s) => s.kind === 'create-replication-group')!.reason).toBe(
      'replication group shop-cache is missing: create it (redis 7.1, 2 × cache.t4g.micro, automatic failover, Multi-AZ, encrypted at rest, no TLS, no AUTH, backups 7 days)',
    );
  });

  it('a pending token left by a group that is gone is deleted at level 0, with the token stored', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const obs = empty(cfg);
    obs.ssm['/django-redis-action/shop-cache/AUTH_TOKEN_PENDING'] = {
      value: 'P'.repeat(64),
      type: 'SecureString',
    };
    const p = plan(cfg, obs);
    expect(
      p.steps
        .filter((s) => s.kind === 'store-auth-token' || s.kind === 'delete-ssm-parameter')
        .map((s) => [s.kind, s.level]),
    ).toEqual([
      ['store-auth-token', 0],
      ['delete-ssm-parameter', 0],
    ]);
  });

  it('without snapshot_name the create carries no snapshotName at all', () => {
    const cfg = config();
    const create = plan(cfg, empty(cfg)).steps.find((s) => s.kind === 'create-replication-group')!;
    expect(Object.keys(create).sort()).toEqual(['kind', 'level', 'reason']);
  });

  it('with alarms: put last, after the publish, in its own level', () => {
    const cfg = config({ notification_topic_arn: TOPIC });
    const p = plan(cfg, empty(cfg));
    expect(kl(p.steps).slice(5)).toEqual([
      ['create-replication-group', 1],
      ['wait-available', 2],
      ['publish-ssm', 3],
      ['put-alarms', 4],
    ]);
  });
});

describe('planApply: refusals', () => {
  it('any refusal: no step at all, action none, the warnings still said', () => {
    const cfg = config();
    const obs = empty(cfg);
    obs.subnets[0]!.internetGatewayRoute = 'igw-1';
    const p = plan(cfg, obs);
    expect(p.steps).toEqual([]);
    expect(p.action).toBe('none');
    expect(p.refusals).toHaveLength(1);
    expect(p.warnings).toEqual([expect.stringMatching(/^maxmemory_policy is allkeys-lru/)]);
    expect(p.pending).toEqual([]);
  });

  it('every check runs: subnets, references, zones, network type and, on a group, usable, immutable and foreign subnet group', () => {
    const other = 'sg-0ccccccccccccccc3';
    const cfg = config({
      security_group_ids: other,
      preferred_cache_cluster_azs: 'eu-west-1c,eu-west-1c',
      network_type: 'dual_stack',
    });
    const obs = converged(cfg);
    obs.subnets[0]!.internetGatewayRoute = 'igw-1';
    obs.subnets[0]!.ipv6CidrBlocks = [];
    obs.referencedSecurityGroups = { [other]: 'vpc-other' };
    obs.group!.status = 'create-failed';
    obs.group!.port = 6380;
    obs.group!.subnetGroupName = 'default';
    obs.subnetGroup = { name: 'default', vpcId: 'vpc-0123456789abcdef0', subnetIds: ['subnet-x'] };
    const p = plan(cfg, obs);
    expect(p.refusals.map((r) => r.slice(0, 41))).toEqual([
      'Input "subnet_ids": subnet subnet-0a1b2c3',
      'Input "security_group_ids": security grou',
      'Input "preferred_cache_cluster_azs": eu-w',
      'Input "network_type": dual_stack needs an',
      'Replication group shop-cache is in create',
      'Input "port": the group has 6380, the inp',
      'Input "subnet_ids": replication group sho',
    ]);
  });

  it('a missing group is checked for its restore, an existing one is not', () => {
    const cfg = config({ snapshot_name: 'shop-cache-manual-20261130' });
    const missing = plan(cfg, { ...empty(cfg), restoreSnapshot: null });
    expect(missing.refusals).toEqual([
      expect.stringMatching(/^Input "snapshot_name": snapshot .* does not exist/),
    ]);
    const existing = plan(cfg, { ...converged(cfg), restoreSnapshot: null });
    expect(existing.refusals).toEqual([]);
    expect(existing.action).toBe('none');
  });

  it('plan mode on a busy group: a warning instead of a refusal; apply refuses', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.status = 'modifying';
    expect(plan(cfg, obs, true).refusals).toEqual([]);
    expect(plan(cfg, obs, true).warnings).toHaveLength(2);
    expect(plan(cfg, obs, false).refusals).toEqual([
      'Replication group shop-cache is modifying, not available; re-run when it is available.',
    ]);
    expect(plan(cfg, obs).refusals).toHaveLength(1);
  });
});

describe('planApply: an existing group', () => {
  it('converged: no step, action none', () => {
    const cfg = config();
    const p = plan(cfg, converged(cfg));
    expect(p).toEqual({
      action: 'none',
      steps: [],
      refusals: [],
      warnings: [expect.stringMatching(/^maxmemory_policy is allkeys-lru/)],
      pending: [],
    });
  });

  it('only a supporting change: action update, no wait and no publish', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.logGroups['/aws/elasticache/shop-cache/slow-log'] = 7;
    const p = plan(cfg, obs);
    expect(p.action).toBe('update');
    expect(kl(p.steps)).toEqual([['put-log-retention', 0]]);
  });

  it('only an alarm change: action update too', () => {
    const cfg = config({ notification_topic_arn: TOPIC });
    const obs = converged(cfg);
    obs.alarms = obs.alarms!.filter((a) => a.AlarmName !== 'shop-cache-001-cpu');
    const p = plan(cfg, obs);
    expect(p.action).toBe('update');
    expect(kl(p.steps)).toEqual([['put-alarms', 0]]);
  });

  it('a group change: the change, a wait naming it, then the URLs only if they differ', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.snapshotWindow = '01:00-02:00';
    const p = plan(cfg, obs);
    expect(p.action).toBe('update');
    expect(kl(p.steps)).toEqual([
      ['modify-replication-group', 0],
      ['wait-available', 1],
    ]);
    expect(p.steps[1]!.reason).toBe(
      `wait until shop-cache and its members are available after: ${p.steps[0]!.reason}`,
    );
  });

  it('the last group change with wait: false: no wait, unless tags follow', () => {
    const cfg = config({ wait: 'false' });
    const obs = converged(cfg);
    obs.group!.snapshotWindow = '01:00-02:00';
    expect(kl(plan(cfg, obs).steps)).toEqual([['modify-replication-group', 0]]);
    obs.group!.tags = { ...obs.group!.tags, team: 'old' };
    expect(kl(plan(cfg, obs).steps)).toEqual([
      ['modify-replication-group', 0],
      ['wait-available', 1],
      ['remove-tags', 2],
    ]);
  });

  it('a wait between two group changes even with wait: false', () => {
    const cfg = config({ wait: 'false', num_cache_clusters: '3' });
    const obs = converged(cfg);
    obs.group!.memberClusters.pop();
    obs.group!.members.pop();
    obs.group!.snapshotWindow = '01:00-02:00';
    const kinds = plan(cfg, obs).steps.map((s) => s.kind);
    expect(kinds.slice(0, 3)).toEqual(['increase-replicas', 'wait-available', 'modify-replication-group']);
    expect(kinds.filter((k) => k === 'wait-available')).toHaveLength(1);
  });

  it('tags are compared only on an available group (plan mode on a busy one)', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.tags = {};
    expect(plan(cfg, obs).steps.map((s) => s.kind)).toEqual(['add-tags']);
    obs.group!.status = 'modifying';
    const p = plan(cfg, obs, true);
    expect(p.steps).toEqual([]);
    expect(p.action).toBe('none');
  });

  it('URLs that differ are published after the group change and tags', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.ssm['/django-redis-action/shop-cache/REDIS_URL']!.value = 'redis://old';
    obs.group!.tags = {};
    const p = plan(cfg, obs);
    expect(kl(p.steps)).toEqual([
      ['add-tags', 0],
      ['publish-ssm', 1],
    ]);
  });

  it('URLs that differ are published after a group change and its wait', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.snapshotWindow = '01:00-02:00';
    obs.ssm['/django-redis-action/shop-cache/REDIS_URL']!.value = 'redis://old';
    expect(kl(plan(cfg, obs).steps)).toEqual([
      ['modify-replication-group', 0],
      ['wait-available', 1],
      ['publish-ssm', 2],
    ]);
  });

  it('a TLS migration publishes within the sequence, and not again at the end', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.transitEncryptionEnabled = false;
    obs.group!.transitEncryptionMode = undefined;
    obs.ssm['/django-redis-action/shop-cache/REDIS_URL']!.value = 'redis://old';
    const p = plan(cfg, obs);
    expect(p.steps.filter((s) => s.kind === 'publish-ssm')).toHaveLength(1);
    expect(p.steps.at(-1)!.kind).toBe('wait-available');
  });

  it('a reboot parameter changing: said in pending', () => {
    const cfg = config({ parameters: '{"databases": "32"}' });
    const obs = converged(cfg);
    obs.parameterGroup!.values = { ...obs.parameterGroup!.values, databases: '16' };
    const p = plan(cfg, obs);
    expect(kl(p.steps)).toEqual([['modify-parameter-group', 0]]);
    expect(p.pending).toEqual([expect.stringMatching(/^parameter databases changes in shop-cache-redis7 /)]);
  });
});
