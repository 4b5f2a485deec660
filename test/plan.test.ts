import { describe, expect, it } from 'vitest';
import { planApply as planRun } from '../src/plan/ensure/index.js';
import { resourceNames } from '../src/domain/names.js';
import type { Observed } from '../src/observe/types.js';
import type { Step } from '../src/plan/steps.js';
import { config, converged, empty, tagsFor, TOPIC } from './support/config.js';

const kinds = (steps: Step[]) => steps.map((s) => s.kind);
const plan = (cfg = config(), obs: Observed = converged(cfg)) => planRun(cfg, obs, { tags: tagsFor(cfg) });

describe('planner: create from nothing', () => {
  it('creates supporting resources concurrently at level 0, then the group, waits, publishes', () => {
    const cfg = config();
    const p = plan(cfg, empty(cfg));
    expect(p.action).toBe('create');
    expect(p.refusals).toEqual([]);
    const level0 = p.steps.filter((s) => s.level === 0);
    expect(kinds(level0).sort()).toEqual(
      [
        'create-log-group',
        'create-log-group',
        'create-parameter-group',
        'create-security-group',
        'create-subnet-group',
      ].sort(),
    );
    expect(kinds(p.steps.filter((s) => s.level > 0))).toEqual([
      'create-replication-group',
      'wait-available',
      'publish-ssm',
    ]);
    const levels = p.steps.map((s) => s.level);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const pg = p.steps.find((s) => s.kind === 'create-parameter-group');
    expect(pg).toMatchObject({
      name: 'shop-cache-redis7',
      family: 'redis7',
      parameters: {
        'maxmemory-policy': 'allkeys-lru',
        timeout: '300',
        'tcp-keepalive': '300',
        'maxmemory-samples': '5',
      },
    });
  });

  it('with AUTH, stores a generated token at level 0, before the create', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const p = plan(cfg, empty(cfg));
    const store = p.steps.find((s) => s.kind === 'store-auth-token');
    const create = p.steps.find((s) => s.kind === 'create-replication-group');
    expect(store).toMatchObject({
      level: 0,
      generate: true,
      parameterName: '/django-redis-action/shop-cache/AUTH_TOKEN',
    });
    expect(create!.level).toBeGreaterThan(store!.level);
  });

  it('with wait: false ends after the create call (no wait, no publish)', () => {
    const cfg = config({ wait: 'false' });
    expect(kinds(plan(cfg, empty(cfg)).steps).slice(-1)).toEqual(['create-replication-group']);
  });

  it('refuses public subnets unless allow_public_subnets', () => {
    const cfg = config();
    const obs = empty(cfg);
    obs.subnets[1]!.internetGatewayRoute = 'igw-0abc';
    const p = plan(cfg, obs);
    expect(p.steps).toEqual([]);
    expect(p.refusals.join('\n')).toMatch(
      /subnet-0a1b2c3d4e5f60002 is public.*igw-0abc.*allow_public_subnets/,
    );
    const allowed = config({ allow_public_subnets: 'true' });
    expect(plan(allowed, { ...obs }).refusals).toEqual([]);
  });

  it('refuses subnets from two VPCs and Multi-AZ in one zone', () => {
    const cfg = config();
    const obs = empty(cfg);
    obs.subnets[1] = { ...obs.subnets[1]!, vpcId: 'vpc-0other', availabilityZone: 'eu-west-1a' };
    const p = plan(cfg, obs);
    expect(p.refusals.join('\n')).toMatch(/different VPCs/);
    expect(p.refusals.join('\n')).toMatch(/multi_az_enabled.*two availability zones/);
  });
});

describe('planner: converged', () => {
  it('plans zero steps when everything matches (TLS, AUTH, topic, CIDRs)', () => {
    const variants: Array<Record<string, string>> = [
      {},
      { auth_token_enabled: 'true' },
      { transit_encryption_enabled: 'false' },
      { notification_topic_arn: TOPIC, allowed_cidr_blocks: '10.0.0.0/16' },
      { engine: 'valkey', engine_version: '8.0' },
    ];
    for (const o of variants) {
      const cfg = config(o);
      const p = plan(cfg);
      expect(p.steps, JSON.stringify(o)).toEqual([]);
      expect(p.action).toBe('none');
    }
  });

  it('ignores the per-run provenance tag but not a real tag change', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.tags.GitHubWorkflowRun = 'https://github.com/acme/shop/actions/runs/1';
    expect(plan(cfg, obs).steps).toEqual([]);
    obs.group!.tags.Owner = 'someone-else';
    const p = plan(cfg, obs);
    expect(kinds(p.steps)).toEqual(['remove-tags']);
  });
});

describe('planner: convergence ordering', () => {
  it('adds replicas first, then one modify, then waits between steps', () => {
    const cfg = config({ num_cache_clusters: '3', node_type: 'cache.t4g.small' });
    const obs = converged(config());
    const p = plan(cfg, obs);
    expect(kinds(p.steps)).toEqual([
      'increase-replicas',
      'wait-available',
      'modify-replication-group',
      'wait-available',
    ]);
    expect(p.steps[0]).toMatchObject({ newReplicaCount: 2 });
    expect(p.steps[2]!.reason).toContain('node_type cache.t4g.micro → cache.t4g.small');
    expect(p.steps[2]).toMatchObject({
      changes: { CacheNodeType: 'cache.t4g.small', ApplyImmediately: true },
    });
  });

  it('going to one node disables Multi-AZ and failover before removing the replica', () => {
    const cfg = config({
      num_cache_clusters: '1',
      automatic_failover_enabled: 'false',
      multi_az_enabled: 'false',
    });
    const p = plan(cfg, converged(config()));
    expect(kinds(p.steps)).toEqual([
      'modify-replication-group',
      'wait-available',
      'decrease-replicas',
      'wait-available',
    ]);
    expect(p.steps[0]).toMatchObject({ changes: { AutomaticFailoverEnabled: false, MultiAZEnabled: false } });
    expect(p.steps[2]).toMatchObject({ newReplicaCount: 0 });
  });

  it('enables transit encryption in two phases: preferred, then required', () => {
    const cfg = config();
    const obs = converged(config({ transit_encryption_enabled: 'false' }));
    const p = plan(cfg, obs);
    const modifies = p.steps.filter((s) => s.kind === 'modify-replication-group');
    expect(modifies.map((s) => (s.kind === 'modify-replication-group' ? s.changes : {}))).toEqual([
      { TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred', ApplyImmediately: true },
      { TransitEncryptionMode: 'required', ApplyImmediately: true },
    ]);
    // The rediss:// URLs are published while TLS is preferred (both schemes work), before required.
    expect(kinds(p.steps)).toEqual([
      'modify-replication-group',
      'wait-available',
      'publish-ssm',
      'modify-replication-group',
      'wait-available',
    ]);
    const publish = p.steps.find((s) => s.kind === 'publish-ssm');
    expect(publish).toMatchObject({
      tokenless: true,
      reason: expect.stringMatching(/rediss:\/\/ URLs while the group accepts both/),
    });
  });

  it('publishes the redis:// URLs between the phases when disabling, once', () => {
    const p = plan(config({ transit_encryption_enabled: 'false' }), converged(config()));
    expect(kinds(p.steps)).toEqual([
      'modify-replication-group',
      'wait-available',
      'publish-ssm',
      'modify-replication-group',
      'wait-available',
    ]);
  });

  it('finishing an interrupted TLS migration publishes before required, and not when already published', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group = { ...obs.group!, transitEncryptionMode: 'preferred' };
    expect(kinds(plan(cfg, obs).steps)).toEqual(['modify-replication-group', 'wait-available']);
    const stale = converged(config({ transit_encryption_enabled: 'false' }));
    stale.group = { ...obs.group };
    expect(kinds(plan(cfg, stale).steps)).toEqual([
      'publish-ssm',
      'modify-replication-group',
      'wait-available',
    ]);
  });

  it('finishing a TLS migration on a group with AUTH publishes the URLs with the stored token before required', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const obs = converged(cfg);
    obs.group = { ...obs.group!, transitEncryptionMode: 'preferred' };
    const names = resourceNames(cfg);
    for (const n of [names.ssm.redisUrl, names.ssm.celeryBrokerUrl, names.ssm.celeryResultBackend]) {
      obs.ssm[n] = { value: 'redis://:old@host:6379/0', type: 'SecureString' };
    }
    const p = plan(cfg, obs);
    expect(kinds(p.steps)).toEqual(['publish-ssm', 'modify-replication-group', 'wait-available']);
    expect(p.steps[0]).not.toHaveProperty('tokenless');
  });

  it('TLS and AUTH on together: tokenless rediss:// URLs between the TLS phases, then the token URLs before SET', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const p = plan(cfg, converged(config({ transit_encryption_enabled: 'false' })));
    const publishes = p.steps.filter((s) => s.kind === 'publish-ssm');
    expect(publishes.map((s) => s.kind === 'publish-ssm' && s.tokenless === true)).toEqual([true, false]);
    const set = p.steps.find((s) => s.kind === 'auth-token' && s.strategy === 'SET')!;
    const required = p.steps.find(
      (s) => s.kind === 'modify-replication-group' && s.changes.TransitEncryptionMode === 'required',
    )!;
    expect(publishes[0]!.level).toBeLessThan(required.level);
    expect(publishes[1]!.level).toBeLessThan(set.level);
  });

  it('disables transit encryption in reverse: preferred, then off', () => {
    const cfg = config({ transit_encryption_enabled: 'false' });
    const p = plan(cfg, converged(config()));
    const changes = p.steps.flatMap((s) => (s.kind === 'modify-replication-group' ? [s.changes] : []));
    expect(changes).toEqual([
      { TransitEncryptionMode: 'preferred', ApplyImmediately: true },
      { TransitEncryptionEnabled: false, ApplyImmediately: true },
    ]);
  });

  it('enables AUTH crash-safely: pending token, ROTATE, publish + store, SET, delete pending', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const p = plan(cfg, converged(config()));
    expect(p.steps.map((s) => [s.level, s.kind])).toEqual([
      [0, 'store-auth-token'],
      [1, 'auth-token'],
      [2, 'wait-available'],
      [3, 'publish-ssm'],
      [3, 'store-auth-token'],
      [4, 'auth-token'],
      [5, 'wait-available'],
      [6, 'delete-ssm-parameter'],
    ]);
    expect(p.steps[0]).toMatchObject({
      parameterName: '/django-redis-action/shop-cache/AUTH_TOKEN_PENDING',
      generate: true,
    });
    expect(p.steps[4]).toMatchObject({
      parameterName: '/django-redis-action/shop-cache/AUTH_TOKEN',
      generate: false,
    });
    expect(p.steps.flatMap((s) => (s.kind === 'auth-token' ? [s.strategy] : []))).toEqual(['ROTATE', 'SET']);
  });

  it('rotation generates a new pending token; a pending token left by a crash is resumed, not replaced', () => {
    const cfg = config({ auth_token_enabled: 'true', auth_token_rotate: 'true' });
    const p = plan(cfg, converged(cfg, 'A'.repeat(64)));
    expect(kinds(p.steps).slice(0, 2)).toEqual(['store-auth-token', 'auth-token']);

    const variants: Array<Record<string, string>> = [
      { auth_token_enabled: 'true' },
      { auth_token_enabled: 'true', auth_token_rotate: 'true' },
    ];
    for (const input of variants) {
      const c = config(input);
      const obs = converged(c, 'A'.repeat(64));
      obs.ssm['/django-redis-action/shop-cache/AUTH_TOKEN_PENDING'] = {
        value: 'B'.repeat(64),
        type: 'SecureString',
      };
      const resume = plan(c, obs);
      expect(kinds(resume.steps)).toContain('auth-token');
      expect(resume.steps.some((s) => s.kind === 'store-auth-token' && s.generate)).toBe(false);
      expect(resume.steps.at(-1)).toMatchObject({ kind: 'delete-ssm-parameter' });
    }
  });

  it('a resumed token change skips ROTATE when the group (not only our mark) says it happened', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const strategies = (obs: Observed) =>
      plan(cfg, obs).steps.flatMap((s) => (s.kind === 'auth-token' ? [s.strategy] : []));
    const resume = (group: { status?: string; date?: number }, pending: { version?: number } = {}) => {
      const obs = converged(cfg, 'A'.repeat(64));
      obs.group!.authTokenLastModified = group.date ?? 1_000;
      obs.group!.pendingAuthTokenStatus = group.status;
      obs.ssm['/django-redis-action/shop-cache/AUTH_TOKEN_PENDING'] = {
        value: 'B'.repeat(64),
        type: 'SecureString',
        version: pending.version ?? 1,
        lastModified: 2_000,
      };
      return strategies(obs);
    };
    // The group's token last changed before the pending token was stored: ROTATE has not happened.
    expect(resume({ date: 1_000 })).toEqual(['ROTATE', 'SET']);
    expect(resume({ date: 2_000 })).toEqual(['ROTATE', 'SET']);
    // It changed after: ROTATE happened (the run died before its mark).
    expect(resume({ date: 2_001 })).toEqual(['SET']);
    // AWS is applying it right now (mode plan sees a busy group).
    expect(resume({ status: 'ROTATING' })).toEqual(['SET']);
    // Our own mark still counts.
    expect(resume({ date: 1_000 }, { version: 2 })).toEqual(['SET']);
  });

  it('a group with AUTH but no stored token is moved to a stored one', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const obs = converged(cfg);
    delete obs.ssm['/django-redis-action/shop-cache/AUTH_TOKEN'];
    expect(kinds(plan(cfg, obs).steps).slice(0, 2)).toEqual(['store-auth-token', 'auth-token']);
  });

  it('redis → valkey creates a valkey parameter group and switches engine, version and group in one modify', () => {
    const cfg = config({ engine: 'valkey', engine_version: '8.0' });
    const obs = converged(config());
    obs.parameterGroup = undefined; // shop-cache-valkey8 does not exist yet
    const p = plan(cfg, obs);
    expect(p.steps[0]).toMatchObject({
      kind: 'create-parameter-group',
      name: 'shop-cache-valkey8',
      family: 'valkey8',
      level: 0,
    });
    const mod = p.steps.find((s) => s.kind === 'modify-replication-group');
    expect(mod).toMatchObject({
      changes: { Engine: 'valkey', EngineVersion: '8.0', CacheParameterGroupName: 'shop-cache-valkey8' },
    });
  });

  it('leaves node type pending with apply_immediately false, and does not re-issue it', () => {
    const cfg = config({ node_type: 'cache.t4g.small', apply_immediately: 'false' });
    const first = plan(cfg, converged(config()));
    expect(first.steps[0]).toMatchObject({
      changes: { CacheNodeType: 'cache.t4g.small', ApplyImmediately: false },
    });
    const obs = converged(config());
    obs.group!.members[0]!.pendingNodeType = 'cache.t4g.small';
    const again = plan(cfg, obs);
    expect(again.steps).toEqual([]);
    expect(again.pending.join()).toMatch(/node_type cache.t4g.micro → cache.t4g.small is pending/);
  });

  it('changes parameter values, ingress, retention and subnets without touching the group', () => {
    const cfg = config({
      maxmemory_policy: 'volatile-lru',
      allowed_cidr_blocks: '10.1.0.0/16',
      allowed_security_group_ids: '',
      log_retention_days: '90',
      subnet_ids: 'subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60003',
      multi_az_enabled: 'false',
      automatic_failover_enabled: 'false',
      num_cache_clusters: '2',
    });
    const obs = converged(config());
    obs.subnets = cfg.subnetIds.map((id, i) => ({
      id,
      vpcId: 'vpc-0123456789abcdef0',
      availabilityZone: `eu-west-1${'ab'[i]}`,
      internetGatewayRoute: undefined,
      ipv6CidrBlocks: [],
    }));
    const p = plan(cfg, obs);
    const byKind = Object.fromEntries(p.steps.map((s) => [s.kind, s]));
    expect(byKind['modify-parameter-group']).toMatchObject({
      parameters: { 'maxmemory-policy': 'volatile-lru' },
    });
    expect(byKind['authorize-ingress']).toMatchObject({ cidrBlocks: ['10.1.0.0/16'], securityGroupIds: [] });
    expect(byKind['revoke-ingress']).toMatchObject({
      securityGroupIds: ['sg-0123456789abcdef0'],
      cidrBlocks: [],
    });
    expect(byKind['put-log-retention']).toMatchObject({ retentionDays: 90 });
    expect(byKind['modify-subnet-group']).toMatchObject({ subnetIds: cfg.subnetIds });
    expect(p.warnings).toEqual([]); // volatile-lru is the broker-safe policy
  });
});

describe('planner: levels', () => {
  it('with wait: false, publishing never shares a level with the group change before it', () => {
    const cfg = config({ wait: 'false' });
    const p = plan(cfg, converged(config({ transit_encryption_enabled: 'false' })));
    const firstModify = p.steps.find((s) => s.kind === 'modify-replication-group')!;
    const publish = p.steps.find((s) => s.kind === 'publish-ssm')!;
    const wait = p.steps.find((s) => s.kind === 'wait-available')!;
    expect(firstModify.level).toBeLessThan(wait.level);
    expect(wait.level).toBeLessThan(publish.level);
    expect(p.steps.at(-1)?.kind).toBe('modify-replication-group'); // no final wait was added
  });

  it('every level holds steps that may run together: at most one group change per level', () => {
    const cfg = config({
      num_cache_clusters: '3',
      node_type: 'cache.t4g.small',
      auth_token_enabled: 'true',
      maxmemory_policy: 'noeviction',
    });
    const p = plan(cfg, converged(config({ transit_encryption_enabled: 'true' })));
    const byLevel = new Map<number, Step[]>();
    for (const s of p.steps) byLevel.set(s.level, [...(byLevel.get(s.level) ?? []), s]);
    for (const steps of byLevel.values()) {
      const changes = steps.filter((s) =>
        ['increase-replicas', 'decrease-replicas', 'modify-replication-group', 'auth-token'].includes(s.kind),
      );
      expect(changes.length).toBeLessThanOrEqual(1);
      if (changes.length) expect(steps).toHaveLength(1);
    }
  });
});

describe('planner: refusals (zero steps)', () => {
  const cases: Array<[string, Record<string, string>, (o: Observed) => void, RegExp]> = [
    [
      'at-rest encryption',
      { at_rest_encryption_enabled: 'false' },
      () => {},
      /at_rest_encryption_enabled.*snapshot/s,
    ],
    ['port', { port: '6380' }, () => {}, /Input "port": the group has 6379, the input asks for 6380/],
    ['engine downgrade', { engine_version: '7.0' }, () => {}, /engine_version.*downgrade/],
    [
      'valkey → redis',
      {},
      (o) => {
        o.group!.engine = 'valkey';
        o.group!.engineVersion = '8.0.1';
      },
      /valkey → redis is not supported/,
    ],
    [
      'KMS key',
      { kms_key_id: '11111111-2222-3333-4444-555555555555' },
      (o) => {
        o.group!.kmsKeyId = 'arn:aws:kms:eu-west-1:123456789012:key/99999999-2222-3333-4444-555555555555';
      },
      /kms_key_id/,
    ],
    [
      'data tiering',
      { node_type: 'cache.r6gd.xlarge', maxmemory_policy: 'volatile-lru' },
      () => {},
      /data tiering/,
    ],
    [
      'AUTH off',
      {},
      (o) => {
        o.group!.authTokenEnabled = true;
      },
      /auth_token_enabled.*RBAC/,
    ],
    [
      'TLS on old engine',
      { transit_encryption_enabled: 'true', engine_version: '7.0' },
      (o) => {
        o.group!.transitEncryptionEnabled = false;
        o.group!.engineVersion = '7.0.4';
      },
      /Redis ≥ 7.0.5/,
    ],
    [
      'create-failed group',
      {},
      (o) => {
        o.group!.status = 'create-failed';
      },
      /create-failed.*delete/,
    ],
  ];
  it.each(cases)('%s', (_label, overrides, mutate, message) => {
    const obs = converged(config());
    mutate(obs);
    const p = plan(config(overrides), obs);
    expect(p.refusals.join('\n')).toMatch(message);
    expect(p.steps).toEqual([]);
  });
});

describe('planner: warnings', () => {
  it('warns that allkeys-* eviction can drop Celery queues, and says what to do', () => {
    const p = plan(config({ maxmemory_policy: 'allkeys-lru' }));
    expect(p.warnings.join()).toMatch(/Celery.*noeviction.*volatile-lru/s);
    expect(plan(config({ maxmemory_policy: 'noeviction' })).warnings).toEqual([]);
  });
});

describe('planner: SSM', () => {
  it('rewrites only the parameters whose value changed', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.ssm['/django-redis-action/shop-cache/CELERY_BROKER_URL']!.value = 'redis://old:6379/1';
    const p = plan(cfg, obs);
    expect(p.steps).toEqual([
      expect.objectContaining({
        kind: 'publish-ssm',
        parameterNames: ['/django-redis-action/shop-cache/CELERY_BROKER_URL'],
      }),
    ]);
  });

  it('never puts the token in a step reason', () => {
    const token = 'Z'.repeat(64);
    const cfg = config({ auth_token_enabled: 'true' });
    const obs = converged(cfg, token);
    obs.ssm['/django-redis-action/shop-cache/REDIS_URL']!.value = 'stale';
    const text = JSON.stringify(plan(cfg, obs));
    expect(text).not.toContain(token);
  });
});
