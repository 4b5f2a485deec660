// Scenario tests: the whole action (run()) against the stateful fake cloud, through the real SDK
// clients, with the virtual clock injected so a 12-minute create takes milliseconds.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { throttlingError, type FakeCloud } from './fake/index.js';
import { callDepths, isRead } from './support/depth.js';
import { maskedBeforeUse, runAction } from './support/harness.js';
import { APP_SG, createWorld, PUBLIC_SUBNET, SUBNETS, TOPIC } from './support/world.js';
import { PRODUCTION_EXAMPLE } from './support/config.js';

let cloud: FakeCloud;

beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const base = {
  name: 'shop-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: SUBNETS.slice(0, 2).join('\n'),
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
};

/** The spec's "Example: Production Configuration", as action inputs. */
const production = {
  ...PRODUCTION_EXAMPLE,
  subnet_ids: SUBNETS.slice(0, 2).join(','),
  notification_topic_arn: TOPIC,
  allowed_security_group_ids: APP_SG,
  aws_region: 'eu-west-1',
};

const run = (inputs: Record<string, string>, extra: { generateToken?: () => string } = {}) =>
  runAction(inputs, { clock: cloud.clock, ...extra });

describe('apply path: the production example from nothing', () => {
  it('creates everything, waits, and publishes URLs to SSM and outputs', async () => {
    const r = await run(production);
    expect(r.errors).toEqual([]);
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('created');

    const rg = cloud.state.replicationGroups.get('lightwave-django-prod')!;
    expect(rg).toBeDefined();
    const host = r.outputs.primary_endpoint_address!;
    expect(host).toMatch(/^lightwave-django-prod\./);
    expect(r.outputs.redis_url).toBe(`rediss://${host}:6379/0?ssl_cert_reqs=required`);
    expect(r.outputs.celery_broker_url).toBe(`rediss://${host}:6379/1?ssl_cert_reqs=required`);
    expect(r.outputs.celery_result_backend_url).toBe(`rediss://${host}:6379/2?ssl_cert_reqs=required`);
    expect(r.outputs.reader_endpoint_address).toBeTruthy();
    expect(r.outputs.port).toBe('6379');
    expect(r.outputs.replication_group_arn).toMatch(
      /^arn:aws:elasticache:eu-west-1:\d{12}:replicationgroup:lightwave-django-prod$/,
    );
    expect(r.outputs.redis_security_group_id).toMatch(/^sg-/);
    expect(JSON.parse(r.outputs.ssm_parameter_names!)).toEqual({
      redis_url: '/django-redis-action/lightwave-django-prod/REDIS_URL',
      celery_broker_url: '/django-redis-action/lightwave-django-prod/CELERY_BROKER_URL',
      celery_result_backend_url: '/django-redis-action/lightwave-django-prod/CELERY_RESULT_BACKEND',
    });
    expect(r.outputs.auth_token_parameter_name).toBeUndefined();
    // ARNs for ECS task definitions (secrets[].valueFrom), in the group's account and region.
    expect(JSON.parse(r.outputs.ssm_parameter_arns!)).toEqual({
      redis_url:
        'arn:aws:ssm:eu-west-1:123456789012:parameter/django-redis-action/lightwave-django-prod/REDIS_URL',
      celery_broker_url:
        'arn:aws:ssm:eu-west-1:123456789012:parameter/django-redis-action/lightwave-django-prod/CELERY_BROKER_URL',
      celery_result_backend_url:
        'arn:aws:ssm:eu-west-1:123456789012:parameter/django-redis-action/lightwave-django-prod/CELERY_RESULT_BACKEND',
    });
    // Django read replicas: the same cache URL on the reader endpoint.
    const reader = r.outputs.reader_endpoint_address!;
    expect(reader).not.toBe(host);
    expect(r.outputs.redis_reader_url).toBe(`rediss://${reader}:6379/0?ssl_cert_reqs=required`);

    // The create request carried every setting.
    const create = cloud.calls.find((c) => c.command === 'CreateReplicationGroup')!.input;
    expect(create).toMatchObject({
      CacheNodeType: 'cache.t4g.small',
      NumCacheClusters: 2,
      AutomaticFailoverEnabled: true,
      MultiAZEnabled: true,
      AtRestEncryptionEnabled: true,
      TransitEncryptionEnabled: true,
      SnapshotRetentionLimit: 30,
      SnapshotWindow: '03:00-04:00',
      NotificationTopicArn: TOPIC,
      CacheParameterGroupName: 'lightwave-django-prod-redis7',
      CacheSubnetGroupName: 'lightwave-django-prod-subnets',
    });
    expect(create.AuthToken).toBeUndefined();
    const tags = Object.fromEntries(create.Tags.map((t: { Key: string; Value: string }) => [t.Key, t.Value]));
    expect(tags).toMatchObject({
      ManagedBy: 'django-redis-action',
      Environment: 'production', // the user's tag overrides the environment input
      Application: 'LightWave Django API',
      GitHubRepository: 'acme/shop',
      GitHubWorkflowRun: 'https://github.com/acme/shop/actions/runs/4242',
    });
    // Created here, from this repository: the create-only ownership marker that destroy requires.
    expect(tags['django-redis-action:created-by']).toBe('acme/shop');
    expect(tags['django-redis-action:group']).toBe('lightwave-django-prod');
    const marker = {
      'django-redis-action:created-by': 'acme/shop',
      'django-redis-action:group': 'lightwave-django-prod',
    };
    for (const command of ['CreateCacheSubnetGroup', 'CreateCacheParameterGroup']) {
      const call = cloud.calls.find((c) => c.command === command)!;
      expect(
        Object.fromEntries(call.input.Tags.map((t: { Key: string; Value: string }) => [t.Key, t.Value])),
        command,
      ).toMatchObject(marker);
    }
    const sgCall = cloud.calls.find((c) => c.command === 'CreateSecurityGroup')!;
    expect(
      Object.fromEntries(
        sgCall.input.TagSpecifications[0].Tags.map((t: { Key: string; Value: string }) => [t.Key, t.Value]),
      ),
    ).toMatchObject(marker);
    for (const call of cloud.calls.filter((c) => c.command === 'CreateLogGroup'))
      expect(call.input.tags).toMatchObject(marker);
    for (const call of cloud.calls.filter((c) => c.command === 'PutParameter' && c.input.Tags))
      expect(
        Object.fromEntries(call.input.Tags.map((t: { Key: string; Value: string }) => [t.Key, t.Value])),
      ).toMatchObject(marker);

    // Supporting resources exist, with the Django tuning and explicit ingress only.
    const pg = cloud.state.parameterGroups.get('lightwave-django-prod-redis7')!;
    expect(pg.family).toBe('redis7');
    const sg = [...cloud.state.securityGroups.values()].find(
      (g) => g.groupName === 'lightwave-django-prod-redis',
    )!;
    expect(sg.ingress.map((i) => [i.protocol, i.fromPort, i.toPort, i.source])).toEqual([
      ['tcp', 6379, 6379, { kind: 'sg', groupId: APP_SG }],
    ]);
    expect(
      cloud.state.logGroups.get('/aws/elasticache/lightwave-django-prod/slow-log')?.retentionInDays,
    ).toBe(30);
    expect(
      cloud.state.logGroups.get('/aws/elasticache/lightwave-django-prod/engine-log')?.retentionInDays,
    ).toBe(30);
    expect(
      cloud.state.ssmParameters.get('/django-redis-action/lightwave-django-prod/REDIS_URL'),
    ).toMatchObject({
      value: r.outputs.redis_url,
      type: 'String',
    });

    // Ordering: supporting resources before the create; the wait before the SSM writes.
    const order = cloud.calls.map((c) => c.command);
    const createAt = order.indexOf('CreateReplicationGroup');
    for (const before of [
      'CreateCacheSubnetGroup',
      'CreateCacheParameterGroup',
      'CreateSecurityGroup',
      'CreateLogGroup',
    ]) {
      expect(order.indexOf(before), before).toBeLessThan(createAt);
    }
    expect(order.indexOf('PutParameter')).toBeGreaterThan(createAt);

    // Every created resource carries the ownership tag.
    const owned = [...cloud.state.tags].filter(([arn]) =>
      /replicationgroup:|parametergroup:lightwave|subnetgroup:|parameter\/django|log-group:/.test(arn),
    );
    // group, parameter group, subnet group, 3 SSM parameters, 2 log groups
    expect(owned.length).toBeGreaterThanOrEqual(8);
    for (const [arn, t] of owned) expect(t.ManagedBy, arn).toBe('django-redis-action');
    expect(cloud.state.tags.get(sg.groupId)?.ManagedBy).toBe('django-redis-action');

    // Progress while waiting, a summary, and the eviction warning.
    expect(r.stdout).toMatch(/replication group lightwave-django-prod: creating/);
    expect(r.stdout).toMatch(/replication group lightwave-django-prod: available/);
    expect(r.summary).toContain('lightwave-django-prod');
    expect(r.summary).toContain('/django-redis-action/lightwave-django-prod/REDIS_URL');
    expect(r.summary).toMatch(/Timing/);
    expect(r.warnings.join()).toMatch(/Celery/);
  });

  it('a re-run adopts the group: zero writes anywhere, same outputs, status unchanged', async () => {
    const first = await run(production);
    cloud.resetCalls();
    cloud.clock.advance(60_000);
    const again = await run(production);
    expect(again.errors).toEqual([]);
    expect(again.outputs.status).toBe('unchanged');
    expect(again.outputs.has_changes).toBe('false');
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(again.outputs.redis_url).toBe(first.outputs.redis_url);
  });

  it('a converged re-run makes at most 11 read calls in at most 2 sequential levels', async () => {
    await run(production);
    cloud.resetCalls();
    cloud.clock.advance(60_000);
    await run(production);
    const calls = cloud.calls;
    // 10 without alarms (the it.each below), plus one DescribeAlarms: the example sets a topic, so alarms are on.
    expect(calls.length).toBeLessThanOrEqual(11);
    expect(cloud.callDepth()).toBeLessThanOrEqual(2);
    // The measured shape: 8 independent reads, then the first member, the tags and the route tables.
    expect(calls.map((c) => c.command).sort()).toEqual(
      [
        'DescribeAlarms',
        'DescribeReplicationGroups',
        'DescribeCacheSubnetGroups',
        'DescribeSubnets',
        'DescribeCacheParameters',
        'DescribeSecurityGroups',
        'DescribeLogGroups',
        'GetParameters',
        'DescribeCacheClusters',
        'ListTagsForResource',
        'DescribeRouteTables',
      ].sort(),
    );
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it.each([2, 3, 6])(
    'a converged re-run at %i nodes: at most 10 reads in at most 2 levels, whatever the node count',
    async (nodes) => {
      const inputs = { ...base, num_cache_clusters: String(nodes) };
      expect((await run(inputs)).failed).toBe(false);
      expect(cloud.replicationGroup('shop-cache')?.memberIds).toHaveLength(nodes);
      cloud.resetCalls();
      cloud.clock.advance(60_000);
      const again = await run(inputs);
      expect(again.outputs.status).toBe('unchanged');
      expect(cloud.mutatingCalls()).toEqual([]);
      expect(cloud.calls.length).toBeLessThanOrEqual(10);
      expect(cloud.callDepth()).toBeLessThanOrEqual(2);
    },
  );
});

describe('apply path: the create path is short', () => {
  it.each([
    ['defaults', base],
    ['the production example', production],
    ['AUTH on', { ...base, auth_token_enabled: 'true' }],
  ])(
    '%s: at most 2 read levels, then at most 2 write levels, before CreateReplicationGroup',
    async (_label, inputs) => {
      const r = await run(inputs);
      expect(r.failed).toBe(false);
      const depths = callDepths(cloud.calls);
      const create = cloud.calls.find((c) => c.command === 'CreateReplicationGroup')!;
      const before = cloud.calls.filter((c) => c.endSeq < create.startSeq);
      const readLevels = Math.max(...before.filter(isRead).map((c) => depths.get(c)!));
      const writes = before.filter((c) => !isRead(c));
      // Every read comes before every write: writes start once the plan is made.
      expect(Math.min(...writes.map((c) => depths.get(c)!))).toBe(readLevels + 1);
      expect(readLevels).toBeLessThanOrEqual(2);
      const writeLevels = depths.get(create)! - 1 - readLevels;
      expect(writeLevels).toBeLessThanOrEqual(2);
      // Reads after the create (the wait) do not count; the reads before it are the observe phase.
      expect(before.filter(isRead).map((c) => c.command)).toEqual(
        expect.arrayContaining(['DescribeSubnets', 'DescribeRouteTables', 'DescribeSecurityGroups']),
      );
    },
  );
});

describe('apply path: variants', () => {
  it('TLS off gives redis:// URLs with no query string', async () => {
    const r = await run({ ...base, transit_encryption_enabled: 'false' });
    expect(r.failed).toBe(false);
    expect(r.outputs.redis_url).toMatch(/^redis:\/\/shop-cache\.[^/]+:6379\/0$/);
    expect(r.outputs.celery_broker_url).toMatch(/^redis:\/\/[^?]+:6379\/1$/);
  });

  it('AUTH on: token stored as SecureString before the create, URLs SecureString, everything masked', async () => {
    const token = 'Tok-' + 'x'.repeat(60);
    const r = await run({ ...base, auth_token_enabled: 'true' }, { generateToken: () => token });
    expect(r.failed).toBe(false);
    const order = cloud.calls.map((c) => `${c.command}:${c.input?.Name ?? ''}`);
    const tokenPut = order.indexOf('PutParameter:/django-redis-action/shop-cache/AUTH_TOKEN');
    expect(tokenPut).toBeGreaterThanOrEqual(0);
    expect(tokenPut).toBeLessThan(order.indexOf('CreateReplicationGroup:'));
    expect(cloud.state.ssmParameters.get('/django-redis-action/shop-cache/AUTH_TOKEN')).toMatchObject({
      value: token,
      type: 'SecureString',
    });
    expect(cloud.state.ssmParameters.get('/django-redis-action/shop-cache/REDIS_URL')?.type).toBe(
      'SecureString',
    );
    expect(r.outputs.redis_url).toMatch(
      new RegExp(`^rediss://:${token}@shop-cache\\.[^/]+:6379/0\\?ssl_cert_reqs=required$`),
    );
    expect(r.outputs.auth_token_parameter_name).toBe('/django-redis-action/shop-cache/AUTH_TOKEN');
    expect(cloud.acceptedTokens('shop-cache')).toEqual([token]);
    // Masked before anything could print it; never in the summary.
    expect(maskedBeforeUse(r.stdout, token)).toBe(true);
    expect(maskedBeforeUse(r.stdout, r.outputs.redis_url!)).toBe(true);
    expect(r.stdout).toContain(`::add-mask::${r.outputs.celery_broker_url}`);
    expect(r.outputs.redis_reader_url).toMatch(new RegExp(`^rediss://:${token}@`));
    expect(maskedBeforeUse(r.stdout, r.outputs.redis_reader_url!)).toBe(true);
    expect(JSON.parse(r.outputs.ssm_parameter_arns!).auth_token).toMatch(
      /:parameter\/django-redis-action\/shop-cache\/AUTH_TOKEN$/,
    );
    expect(r.summary).not.toContain(token);
    expect(r.summary).toContain('rediss://:AUTH_TOKEN@');

    // A re-run reuses the stored token: no new token, zero writes.
    cloud.resetCalls();
    const again = await run(
      { ...base, auth_token_enabled: 'true' },
      { generateToken: () => 'other-'.padEnd(64, 'y') },
    );
    expect(again.outputs.status).toBe('unchanged');
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(again.outputs.redis_url).toBe(r.outputs.redis_url);
  });

  it('wait: false ends after the create call and says so; the next run waits and publishes', async () => {
    const r = await run({ ...base, wait: 'false' });
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('create-requested');
    expect(r.stdout).toMatch(/wait is false/);
    expect(cloud.state.replicationGroups.get('shop-cache')?.status).toBe('creating');
    expect(cloud.calls.some((c) => c.command === 'PutParameter')).toBe(false);

    const next = await run(base);
    expect(next.failed).toBe(false);
    expect(next.stdout).toMatch(/is creating \(another run or AWS is busy with it\): waiting/);
    expect(next.outputs.redis_url).toMatch(/^rediss:\/\//);
    expect(cloud.state.ssmParameters.has('/django-redis-action/shop-cache/REDIS_URL')).toBe(true);
  });

  it('refuses public subnets before creating anything, naming the subnet', async () => {
    const r = await run({ ...base, subnet_ids: `${SUBNETS[0]},${PUBLIC_SUBNET}` });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(new RegExp(`${PUBLIC_SUBNET} is public.*igw-`));
    expect(cloud.mutatingCalls()).toEqual([]);
    // A refusal is a verdict: status says so, and has_changes is true (the inputs differ from AWS).
    expect(r.outputs.status).toBe('refused');
    expect(r.outputs.has_changes).toBe('true');
  });
});

describe('apply path: failures', () => {
  it('create-failed fails the step with the group’s recent events', async () => {
    cloud.makeCreateFail('shop-cache');
    const r = await run(base);
    expect(r.failed).toBe(true);
    const text = r.errors.join('\n');
    expect(text).toMatch(/shop-cache: ended in create-failed/);
    expect(text).toMatch(/Recent ElastiCache events/);
    expect(text).toMatch(/insufficient capacity/i);
  });

  it('a wait past wait_timeout_minutes fails with the last state and what to do', async () => {
    cloud.durations.createMs = 90 * 60_000;
    const r = await run({ ...base, wait_timeout_minutes: '20' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /still creating.*after 20m00s, past the run's 20-minute limit \(wait_timeout_minutes\)\. Raise wait_timeout_minutes/s,
    );
    // Virtual time only: the clock moved 20 minutes, the test did not.
    expect(cloud.clock.slept).toBeGreaterThanOrEqual(20 * 60_000);
  });

  // Retrying is the SDK's job alone (test/retry.test.ts proves it against a loopback server). The fake
  // cloud answers through aws-sdk-client-mock, which replaces send() and so bypasses the SDK's retry
  // middleware: a throttled answer here is what reaches the action once the SDK has given up.
  it('throttling the SDK could not ride out fails the run before any write, naming the call and the attempts', async () => {
    const gaveUp = throttlingError('elasticache');
    gaveUp.$metadata.attempts = 5;
    cloud.failNext('DescribeReplicationGroups', gaveUp);
    const r = await run(base);
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /ElastiCache DescribeReplicationGroups was still throttled by AWS after 5 attempts \(Throttling\): too many calls in this account and region; re-run later/,
    );
    expect(r.outputs).toEqual({ status: 'failed' });
    expect(cloud.mutatingCalls()).toEqual([]);
    // No second retry layer: the action sent the call once.
    expect(cloud.calls.filter((c) => c.command === 'DescribeReplicationGroups')).toHaveLength(1);
  });

  it('a throttled create is not retried by the action: one CreateReplicationGroup, a clear error', async () => {
    cloud.throttle('CreateReplicationGroup', 1);
    const r = await run(base);
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /ElastiCache CreateReplicationGroup was still throttled by AWS after 1 attempt \(Throttling\)/,
    );
    expect(cloud.calls.filter((c) => c.command === 'CreateReplicationGroup')).toHaveLength(1);
    expect(cloud.state.replicationGroups.has('shop-cache')).toBe(false);
  });

  it('AccessDenied names the missing IAM action', async () => {
    cloud.deny('elasticache:CreateReplicationGroup');
    const r = await run(base);
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/needs the IAM permission "elasticache:CreateReplicationGroup"/);
    // A failed run sets status, and nothing a later step could mistake for a plan.
    expect(r.outputs.status).toBe('failed');
    expect(r.outputs.has_changes).toBeUndefined();
    expect(r.outputs.changes).toBeUndefined();
  });

  it('AccessDenied on an EC2 read names the EC2 action, before anything is created', async () => {
    cloud.deny('ec2:DescribeSubnets');
    const r = await run(base);
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/"ec2:DescribeSubnets"/);
    expect(cloud.mutatingCalls()).toEqual([]);
  });
});

describe('validation before any AWS call', () => {
  const bad: Array<[string, Record<string, string>]> = [
    ['name', { name: '9lives' }],
    ['name', { name: 'a--b' }],
    ['name', { name: 'trailing-' }],
    ['name', { name: 'x'.repeat(41) }],
    ['node_type', { node_type: 't4g.micro' }],
    ['subnet_ids', { subnet_ids: 'subnet-xyz' }],
    ['subnet_ids', { subnet_ids: '' }],
    ['engine', { engine: 'memcached' }],
    ['engine_version', { engine_version: '6.2' }],
    ['engine_version', { engine: 'valkey', engine_version: '7.1' }],
    ['num_cache_clusters', { num_cache_clusters: '7' }],
    ['num_cache_clusters', { num_cache_clusters: '1' }],
    ['multi_az_enabled', { automatic_failover_enabled: 'false' }],
    ['auth_token_enabled', { auth_token_enabled: 'true', transit_encryption_enabled: 'false' }],
    ['auth_token_rotate', { auth_token_rotate: 'true' }],
    ['kms_key_id', { kms_key_id: 'alias/cache', at_rest_encryption_enabled: 'false' }],
    ['kms_key_id', { kms_key_id: 'arn:aws:s3:::bucket' }],
    ['port', { port: 'redis' }],
    ['allowed_security_group_ids', { allowed_security_group_ids: 'sg-12' }],
    ['allowed_cidr_blocks', { allowed_cidr_blocks: '10.0.0.1/16' }],
    ['allowed_cidr_blocks', { allowed_cidr_blocks: '10.0.0.0/33' }],
    ['security_group_ids', { security_group_ids: 'default' }],
    ['snapshot_retention_limit', { snapshot_retention_limit: '36' }],
    ['snapshot_window', { snapshot_window: '03:00-03:30' }],
    ['maintenance_window', { maintenance_window: 'mon:03:00-mon:04:00' }],
    ['maintenance_window', { maintenance_window: 'funday:05:00-sun:06:00' }],
    ['maxmemory_policy', { maxmemory_policy: 'lru' }],
    ['timeout', { timeout: '-1' }],
    ['tcp_keepalive', { tcp_keepalive: 'often' }],
    ['maxmemory_samples', { maxmemory_samples: '0' }],
    ['notification_topic_arn', { notification_topic_arn: 'arn:aws:sqs:eu-west-1:123456789012:q' }],
    ['log_retention_days', { log_retention_days: '31' }],
    ['apply_immediately', { apply_immediately: 'yes' }],
    ['tags', { tags: 'ManagedBy=me' }],
    ['tags', { tags: 'aws:owner=me' }],
    ['ssm_prefix', { ssm_prefix: 'no-slash' }],
    ['celery_db', { celery_db: '0' }],
    ['cache_db', { cache_db: '16' }],
    ['wait_timeout_minutes', { wait_timeout_minutes: '0' }],
    ['aws_region', { aws_region: 'Ireland' }],
    ['mode', { mode: 'deploy' }],
  ];
  it.each(bad)('%s: %j fails naming the input, with zero AWS calls', async (input, overrides) => {
    const r = await run({ ...base, ...overrides });
    expect(r.failed).toBe(true);
    expect(
      r.errors.some((e) => e.startsWith(`Input "${input}"`)),
      r.errors.join('\n'),
    ).toBe(true);
    expect(r.stdout).toMatch(/invalid inputs?; nothing was changed in AWS/);
    expect(cloud.calls).toEqual([]);
    expect(r.outputs).toEqual({ status: 'failed' });
  });
  it('covers at least 30 bad inputs', () => expect(bad.length).toBeGreaterThanOrEqual(30));
});
