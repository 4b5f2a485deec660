// Input rules that mutation testing (npm run mutation) found unpinned: every integer input at both
// bounds, number spellings that are not plain decimals, lists at the limit, the cross-input rules
// and the record the planner reads.

import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { parseConfig } from '../src/config/index.js';
import { formatInputError, readInputs, shown, type InputName } from '../src/config/inputs.js';
import type { ApplyConfig } from '../src/config/types.js';
import { connectionUrls } from '../src/domain/urls.js';
import { MAX_LIST_ITEMS } from '../src/config/rules.js';

const MINIMAL = {
  name: 'my-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: 'subnet-0123456789abcdef0,subnet-89abcdef',
  aws_region: 'eu-west-1',
} satisfies Partial<Record<InputName, string>>;

type Inputs = Partial<Record<InputName, string>>;

function parse(inputs: Inputs, env: Record<string, string | undefined> = {}) {
  const all: Inputs = { ...MINIMAL, ...inputs };
  return parseConfig(
    readInputs((n) => all[n as InputName] ?? ''),
    env,
    yaml,
  );
}

function ok(inputs: Partial<Record<InputName, string>>): ApplyConfig {
  const r = parse(inputs);
  if (!r.ok) throw new Error(r.errors.map(formatInputError).join('\n'));
  if (r.config.mode !== 'apply' && r.config.mode !== 'plan') throw new Error(`mode ${r.config.mode}`);
  return r.config;
}

function refused(inputs: Partial<Record<InputName, string>>) {
  const r = parse(inputs);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}

/** Each integer input with its bounds and where the parsed value lands in the config. */
const INTEGERS: Array<[InputName, number, number, (c: ApplyConfig) => unknown, string]> = [
  ['num_cache_clusters', 1, 6, (c) => c.numCacheClusters, ' (1 primary + up to 5 replicas)'],
  ['port', 1024, 65535, (c) => c.port, ''],
  [
    'snapshot_retention_limit',
    0,
    35,
    (c) => c.snapshotRetentionLimit,
    ' (days; 0 disables automatic backups)',
  ],
  ['timeout', 0, 86400, (c) => Number(c.parameters.timeout), ' (seconds; 0 = never close idle connections)'],
  [
    'tcp_keepalive',
    0,
    3600,
    (c) => Number(c.parameters['tcp-keepalive']),
    ' (seconds; 0 disables keepalive)',
  ],
  ['maxmemory_samples', 1, 64, (c) => Number(c.parameters['maxmemory-samples']), ''],
  ['cache_db', 0, 15, (c) => c.cacheDb, ' (Redis database number)'],
  ['wait_timeout_minutes', 1, 355, (c) => c.waitTimeoutMinutes, ''],
];

/** Inputs that must change alongside to keep the other rules satisfied. */
function around(name: InputName, value: string): Partial<Record<InputName, string>> {
  const extra: Partial<Record<InputName, string>> = {};
  if (name === 'num_cache_clusters' && value === '1')
    Object.assign(extra, { automatic_failover_enabled: 'false', multi_az_enabled: 'false' });
  if (name === 'cache_db') Object.assign(extra, { celery_db: '3', celery_result_db: '4' });
  return { ...extra, [name]: value };
}

describe('integer inputs: both bounds, and nothing but plain decimals', () => {
  for (const [name, min, max, read, note] of INTEGERS) {
    it(`${name}: ${min} and ${max} are accepted, ${min - 1} and ${max + 1} refused`, () => {
      expect(read(ok(around(name, String(max))))).toBe(max);
      expect(read(ok(around(name, String(min))))).toBe(min);
      const message = `must be an integer from ${min} to ${max}${note}`;
      expect(refused(around(name, String(max + 1)))).toEqual([
        { input: name, value: String(max + 1), message },
      ]);
      if (min > 0) expect(refused(around(name, String(min - 1)))[0]!.message).toBe(message);
      for (const spelled of ['2e3', '0x400', '1.0', '+5', '-0', '1_0', 'Infinity', '5 5']) {
        expect(refused(around(name, spelled)).map((e) => e.input)).toEqual([name]);
      }
    });
  }

  it('celery_db and celery_result_db: 15 is the highest database', () => {
    const c = ok({ cache_db: '13', celery_db: '14', celery_result_db: '15' });
    expect([c.cacheDb, c.celeryDb, c.celeryResultDb]).toEqual([13, 14, 15]);
    expect(refused({ celery_db: '16' })[0]).toMatchObject({ input: 'celery_db' });
    expect(refused({ celery_result_db: '16' })[0]).toMatchObject({ input: 'celery_result_db' });
    expect(refused({ celery_db: '0x1' })[0]).toMatchObject({ input: 'celery_db' });
  });

  it('leading zeros are plain decimals', () => {
    expect(ok({ port: '06379' }).port).toBe(6379);
  });

  it('log_retention_days: 0 and the CloudWatch values, nothing else', () => {
    expect(ok({ log_retention_days: '0' }).logRetentionDays).toBe(0);
    expect(ok({ log_retention_days: '3653' }).logRetentionDays).toBe(3653);
    expect(ok({ log_retention_days: '1' }).logRetentionDays).toBe(1);
    for (const bad of ['2', '3654', '3e1', '0x1e', '30.0']) {
      expect(refused({ log_retention_days: bad }).map((e) => e.input)).toEqual(['log_retention_days']);
    }
  });
});

describe('lists: at most 50 items', () => {
  const sg = (i: number) => `sg-${i.toString(16).padStart(8, '0')}`;
  const subnet = (i: number) => `subnet-${i.toString(16).padStart(8, '0')}`;
  const cidr = (i: number) => `10.${i}.0.0/16`;

  it('exactly 50 are accepted, 51 refused with the count', () => {
    expect(MAX_LIST_ITEMS).toBe(50);
    const n = (k: number, f: (i: number) => string) =>
      Array.from({ length: k }, (_, i) => f(i + 1)).join(',');
    expect(ok({ allowed_security_group_ids: n(50, sg) }).allowedSecurityGroupIds).toHaveLength(50);
    // security_group_ids are attached to the group's network interface: 15 at most (16 with the managed one).
    expect(ok({ security_group_ids: n(15, sg) }).securityGroupIds).toHaveLength(15);
    expect(refused({ security_group_ids: n(16, sg) })[0]!.message).toMatch(/List at most 15/);
    expect(ok({ allowed_cidr_blocks: n(50, cidr) }).allowedCidrBlocks).toHaveLength(50);
    expect(ok({ subnet_ids: n(50, subnet) }).subnetIds).toHaveLength(50);
    expect(refused({ allowed_security_group_ids: n(51, sg) })[0]!.message).toBe(
      'must list at most 50 security group ids (got 51)',
    );
    expect(refused({ allowed_cidr_blocks: n(51, cidr) })[0]!.message).toBe(
      'must list at most 50 CIDR blocks (got 51)',
    );
    expect(refused({ subnet_ids: n(51, subnet) })[0]!.message).toBe(
      'must list at most 50 subnet ids (got 51)',
    );
  });

  it('a duplicate is refused; an empty required list says what is required', () => {
    expect(refused({ security_group_ids: `${sg(1)},${sg(1)}` })[0]!.message).toBe(
      `lists ${JSON.stringify(sg(1))} more than once`,
    );
    expect(refused({ subnet_ids: ' , ' })[0]).toMatchObject({
      input: 'subnet_ids',
      message: 'is required: at least one private subnet id (subnet-…)',
    });
    expect(ok({ allowed_cidr_blocks: '' }).allowedCidrBlocks).toEqual([]);
  });
});

describe('cross-input rules', () => {
  const cases: Array<[Partial<Record<InputName, string>>, InputName]> = [
    [{ num_cache_clusters: '1' }, 'num_cache_clusters'],
    [{ automatic_failover_enabled: 'false' }, 'multi_az_enabled'],
    [{ auth_token_enabled: 'true', transit_encryption_enabled: 'false' }, 'auth_token_enabled'],
    [{ auth_token_rotate: 'true' }, 'auth_token_rotate'],
    [{ kms_key_id: 'alias/cache', at_rest_encryption_enabled: 'false' }, 'kms_key_id'],
    [{ node_type: 'cache.r6gd.xlarge', maxmemory_policy: 'allkeys-lfu' }, 'maxmemory_policy'],
    [{ engine: 'valkey', engine_version: '7.1' }, 'engine_version'],
    [{ snapshot_window: '05:00-06:00', maintenance_window: 'mon:05:30-mon:06:30' }, 'maintenance_window'],
    [{ celery_db: '0' }, 'celery_db'],
    [{ celery_result_db: '1' }, 'celery_result_db'],
  ];
  for (const [inputs, input] of cases) {
    it(`${JSON.stringify(inputs)} is refused on ${input}, and only there`, () => {
      expect(refused(inputs).map((e) => e.input)).toEqual([input]);
    });
  }

  it('each rule holds back when its inputs are fine', () => {
    expect(
      ok({ num_cache_clusters: '1', automatic_failover_enabled: 'false', multi_az_enabled: 'false' })
        .numCacheClusters,
    ).toBe(1);
    expect(ok({ multi_az_enabled: 'false' }).multiAzEnabled).toBe(false);
    expect(ok({ auth_token_enabled: 'true', auth_token_rotate: 'true' }).authTokenRotate).toBe(true);
    expect(ok({ kms_key_id: 'alias/cache' }).kmsKeyId).toBe('alias/cache');
    expect(ok({ node_type: 'cache.r6gd.xlarge', maxmemory_policy: 'volatile-lru' }).nodeType).toBe(
      'cache.r6gd.xlarge',
    );
    expect(ok({ node_type: 'cache.r6g.xlarge', maxmemory_policy: 'allkeys-lfu' }).nodeType).toBe(
      'cache.r6g.xlarge',
    );
  });

  it('a cache_db clash names the earlier input', () => {
    expect(refused({ cache_db: '1' })).toEqual([
      {
        input: 'celery_db',
        value: '1',
        message: 'must differ from cache_db (both are 1); each use needs its own database',
      },
    ]);
    expect(refused({ cache_db: '5', celery_db: '5', celery_result_db: '5' }).map((e) => e.message)).toEqual([
      'must differ from cache_db (both are 5); each use needs its own database',
      'must differ from cache_db (both are 5); each use needs its own database',
    ]);
  });
});

describe('the record the planner reads', () => {
  it('maps every input, with the derived family and SSM prefix', () => {
    const c = ok({
      engine: 'valkey',
      engine_version: '8.0',
      auth_token_enabled: 'true',
      environment: 'prod',
      port: '6380',
      apply_immediately: 'false',
      wait: 'false',
      allow_public_subnets: 'true',
      notification_topic_arn: 'arn:aws:sns:eu-west-1:123456789012:alerts',
    });
    expect(c).toMatchObject({
      mode: 'apply',
      name: 'my-cache',
      engine: 'valkey',
      engineVersion: '8.0',
      family: 'valkey8',
      authTokenEnabled: true,
      authTokenRotate: false,
      transitEncryptionEnabled: true,
      atRestEncryptionEnabled: true,
      environment: 'prod',
      port: 6380,
      applyImmediately: false,
      wait: false,
      allowPublicSubnets: true,
      region: 'eu-west-1',
      ssmPrefix: '/django-redis-action/my-cache',
      notificationTopicArn: 'arn:aws:sns:eu-west-1:123456789012:alerts',
      snapshotWindow: '03:00-04:00',
      maintenanceWindow: 'sun:05:00-sun:06:00',
      parameters: {
        'maxmemory-policy': 'allkeys-lru',
        timeout: '300',
        'tcp-keepalive': '300',
        'maxmemory-samples': '5',
      },
      cacheDb: 0,
      celeryDb: 1,
      celeryResultDb: 2,
      waitTimeoutMinutes: 60,
      numCacheClusters: 2,
      snapshotRetentionLimit: 7,
      logRetentionDays: 30,
      prComment: false,
      verifyConnection: false,
    });
    expect(ok({ ssm_prefix: '/apps/shop/' }).ssmPrefix).toBe('/apps/shop');
  });

  it('the region comes from AWS_REGION, then AWS_DEFAULT_REGION, when the input is empty', () => {
    const noRegion = (env: Record<string, string>) =>
      parseConfig(
        readInputs((n) => (n === 'aws_region' ? '' : ((MINIMAL as Inputs)[n as InputName] ?? ''))),
        env,
        yaml,
      );
    const a = noRegion({ AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'eu-west-3' });
    expect(a.ok && a.config.mode === 'apply' && a.config.region).toBe('us-east-2');
    const b = noRegion({ AWS_REGION: ' ', AWS_DEFAULT_REGION: 'eu-west-3' });
    expect(b.ok && b.config.mode === 'apply' && b.config.region).toBe('eu-west-3');
    const c = noRegion({ AWS_REGION: 'Mars' });
    expect(c.ok ? [] : c.errors).toEqual([
      {
        input: 'aws_region',
        value: 'Mars',
        message:
          'must be an AWS region code such as eu-west-1 or us-gov-west-1 (taken from the AWS_REGION environment variable)',
      },
    ]);
    const d = noRegion({});
    expect(d.ok ? [] : d.errors.map((e) => e.input)).toEqual(['aws_region']);
  });

  it('a value shown in an error is cut to 100 characters', () => {
    expect(shown(' x ')).toBe('x');
    expect(shown('a'.repeat(100))).toBe('a'.repeat(100));
    expect(shown('a'.repeat(101))).toBe(`${'a'.repeat(99)}…`);
  });
});

describe('URLs at the database bounds', () => {
  it('DB 15 is the path of the URL; DB 0 too', () => {
    const cfg = ok({
      cache_db: '15',
      celery_db: '0',
      celery_result_db: '14',
      transit_encryption_enabled: 'false',
    });
    const urls = connectionUrls({ host: 'h.example', port: 6379, tls: false, token: undefined }, cfg);
    expect(urls.redisUrl).toBe('redis://h.example:6379/15');
    expect(urls.celeryBrokerUrl).toBe('redis://h.example:6379/0');
    expect(urls.celeryResultBackendUrl).toBe('redis://h.example:6379/14');
  });
});

describe('single-value rules: anchors and limits', () => {
  const messageOf = (inputs: Inputs) => refused(inputs).map((e) => `${e.input}: ${e.message}`);

  it('a name of exactly 40 characters is accepted, 41 refused', () => {
    expect(ok({ name: `a${'b'.repeat(39)}` }).name).toHaveLength(40);
    expect(messageOf({ name: `a${'b'.repeat(40)}` })).toEqual([
      'name: must be at most 40 characters (1-40 letters, digits or hyphens, starting with a letter); got 41',
    ]);
  });

  it('node types are matched whole', () => {
    for (const bad of ['xcache.t4g.micro', 'cache.t4g.micro-', 'cache.t4g.micro.x']) {
      expect(refused({ node_type: bad }).map((e) => e.input)).toEqual(['node_type']);
    }
  });

  it('engine_version: a patch version, a non-version and an unknown version each get their own message', () => {
    const supported = 'Supported: redis: 7.0, 7.1; valkey: 7.2, 8.0, 8.1, 8.2';
    const patch = `engine_version: must be major.minor (e.g. 7.1), not a patch version; ElastiCache picks the patch. ${supported}`;
    const notVersion = `engine_version: must be major.minor, e.g. 7.1. ${supported}`;
    for (const v of ['7.1.0', '17.1.0', '7.10.0', '7.1.10'])
      expect(messageOf({ engine_version: v })).toEqual([patch]);
    for (const v of ['v7.1.0', '7.1.0x', 'v7.1', '7.1x', '7', '7.1.']) {
      expect(messageOf({ engine_version: v })).toEqual([notVersion]);
    }
    for (const v of ['17.1', '7.10']) {
      expect(messageOf({ engine_version: v })).toEqual([
        'engine_version: is not available for engine redis; valid versions: 7.0, 7.1',
      ]);
    }
  });

  it('CIDR blocks are matched whole', () => {
    for (const bad of ['1234.0.0.0/8', '10.0.0.0/168', 'x10.0.0.0/8']) {
      expect(refused({ allowed_cidr_blocks: bad }).map((e) => e.input)).toEqual(['allowed_cidr_blocks']);
    }
  });

  it('ssm_prefix: /aws and /ssm are reserved only at the start; 900 characters is the longest', () => {
    expect(ok({ ssm_prefix: '/app/aws/ssm' }).ssmPrefix).toBe('/app/aws/ssm');
    expect(refused({ ssm_prefix: '/AWS/app' }).map((e) => e.input)).toEqual(['ssm_prefix']);
    const longest = `/${'a'.repeat(899)}`;
    expect(ok({ ssm_prefix: longest }).ssmPrefix).toBe(longest);
    expect(messageOf({ ssm_prefix: `${longest}b` })).toEqual([
      'ssm_prefix: must be at most 900 characters (got 901)',
    ]);
  });
});
