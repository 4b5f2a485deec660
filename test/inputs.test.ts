import { describe, it, expect } from 'vitest';
import * as yaml from 'yaml';
import { parseConfig } from '../src/config/index.js';
import {
  INPUT_DEFAULTS,
  INPUT_NAMES,
  formatInputError,
  readInputs,
  type InputError,
  type InputName,
} from '../src/config/inputs.js';
import { cidrProblem, splitList } from '../src/config/rules.js';
import { parseTags as parseTagsWith, tagsAreYaml } from '../src/config/tags.js';
import {
  SUPPORTED_VERSIONS,
  compareVersions,
  familyFor,
  majorMinor,
  supportsInPlaceTransitEncryption,
} from '../src/domain/engine.js';
import type { ApplyConfig as Config } from '../src/config/types.js';
import { PRODUCTION_EXAMPLE } from './support/config.js';

const SUBNET_A = 'subnet-0123456789abcdef0';
const SUBNET_B = 'subnet-89abcdef';
const SG_APP = 'sg-0a1b2c3d4e5f67890';

const MINIMAL = {
  name: 'my-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: `${SUBNET_A},${SUBNET_B}`,
  aws_region: 'eu-west-1',
} satisfies Partial<Record<InputName, string>>;

/** What a runner-less getInput does: only the inputs given, '' for the rest. */
function raw(inputs: Partial<Record<InputName, string>>): Record<InputName, string> {
  return readInputs((name) => inputs[name as InputName] ?? '');
}

/** As main.ts parses: the YAML parser at hand (main loads it only when tagsAreYaml). */
function parse(inputs: Partial<Record<InputName, string>>, env: Record<string, string | undefined> = {}) {
  return parseConfig(raw(inputs), env, yaml);
}

const parseTags = (text: string) => parseTagsWith(text, yaml);

function config(
  inputs: Partial<Record<InputName, string>>,
  env: Record<string, string | undefined> = {},
): Config {
  const r = parse(inputs, env);
  if (!r.ok) throw new Error(r.errors.map(formatInputError).join('\n'));
  if (r.config.mode !== 'apply' && r.config.mode !== 'plan') throw new Error(`mode ${r.config.mode}`);
  return r.config;
}

function errors(inputs: Partial<Record<InputName, string>>, env: Record<string, string | undefined> = {}) {
  const r = parse(inputs, env);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}

describe('readInputs', () => {
  it('trims values and fills empty ones from INPUT_DEFAULTS', () => {
    const r = readInputs((name) => (name === 'name' ? '  my-cache \n' : name === 'port' ? '   ' : ''));
    expect(r.name).toBe('my-cache');
    expect(r.port).toBe('6379');
    expect(r.engine).toBe('redis');
    expect(r.kms_key_id).toBe('');
    expect(Object.keys(r).sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('asks for every input by its snake_case name', () => {
    const asked: string[] = [];
    readInputs((name) => {
      asked.push(name);
      return '';
    });
    expect(asked).toEqual([...INPUT_NAMES]);
  });

  it('keeps INPUT_DEFAULTS total over INPUT_NAMES', () => {
    expect(Object.keys(INPUT_DEFAULTS).sort()).toEqual([...INPUT_NAMES].sort());
  });
});

describe('parseConfig: valid inputs', () => {
  it('applies every default to a minimal input', () => {
    const r = parse(MINIMAL);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config).toStrictEqual({
      mode: 'apply',
      name: 'my-cache',
      nodeType: 'cache.t4g.micro',
      subnetIds: [SUBNET_A, SUBNET_B],
      engine: 'redis',
      engineVersion: '7.1',
      family: 'redis7',
      numCacheClusters: 2,
      automaticFailoverEnabled: true,
      multiAzEnabled: true,
      atRestEncryptionEnabled: true,
      kmsKeyId: undefined,
      transitEncryptionEnabled: true,
      authTokenEnabled: false,
      authTokenRotate: false,
      environment: undefined,
      port: 6379,
      allowedSecurityGroupIds: [],
      allowedCidrBlocks: [],
      securityGroupIds: [],
      snapshotRetentionLimit: 7,
      snapshotWindow: '03:00-04:00',
      maintenanceWindow: 'sun:05:00-sun:06:00',
      parameters: {
        'maxmemory-policy': 'allkeys-lru',
        timeout: '300',
        'tcp-keepalive': '300',
        'maxmemory-samples': '5',
      },
      notificationTopicArn: undefined,
      logRetentionDays: 30,
      applyImmediately: true,
      tags: {},
      ssmPrefix: '/django-redis-action/my-cache',
      cacheDb: 0,
      celeryDb: 1,
      celeryResultDb: 2,
      wait: true,
      waitTimeoutMinutes: 60,
      allowPublicSubnets: false,
      region: 'eu-west-1',
      snapshotName: undefined,
      prComment: false,
      verifyConnection: false,
      githubToken: undefined,
      preferredCacheClusterAzs: [],
      networkType: 'ipv4',
      ipDiscovery: 'ipv4',
      autoMinorVersionUpgrade: true,
      description: undefined,
      alarms: undefined,
    } satisfies Config);
    expect(r.warnings).toEqual([expect.stringContaining('nothing will be able to connect')]);
  });

  it('parses the spec production example', () => {
    const r = parse({
      ...PRODUCTION_EXAMPLE,
      subnet_ids: `${SUBNET_A}\n${SUBNET_B}\n`,
      notification_topic_arn: 'arn:aws:sns:us-east-1:123456789012:alerts',
      allowed_security_group_ids: SG_APP,
      aws_region: 'us-east-1',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.config).toMatchObject({
      name: 'lightwave-django-prod',
      nodeType: 'cache.t4g.small',
      numCacheClusters: 2,
      automaticFailoverEnabled: true,
      multiAzEnabled: true,
      atRestEncryptionEnabled: true,
      transitEncryptionEnabled: true,
      authTokenEnabled: false,
      snapshotRetentionLimit: 30,
      snapshotWindow: '03:00-04:00',
      notificationTopicArn: 'arn:aws:sns:us-east-1:123456789012:alerts',
      logRetentionDays: 30,
      environment: 'prod',
      allowedSecurityGroupIds: [SG_APP],
      parameters: { 'maxmemory-policy': 'allkeys-lru', timeout: '300' },
      region: 'us-east-1',
      tags: {
        Application: 'LightWave Django API',
        Environment: 'production',
        Owner: 'Platform Team',
        CostCenter: 'engineering',
      },
    });
  });

  it('normalises case: name, maintenance window days', () => {
    const c = config({ ...MINIMAL, name: 'My-Cache-01', maintenance_window: 'Mon:05:00-MON:06:30' });
    expect(c.name).toBe('my-cache-01');
    expect(c.ssmPrefix).toBe('/django-redis-action/my-cache-01');
    expect(c.maintenanceWindow).toBe('mon:05:00-mon:06:30');
  });

  it('derives the parameter-group family from engine and version', () => {
    expect(config({ ...MINIMAL, engine_version: '7.0' }).family).toBe('redis7');
    expect(config({ ...MINIMAL, engine: 'valkey', engine_version: '7.2' }).family).toBe('valkey7');
    expect(config({ ...MINIMAL, engine: 'valkey', engine_version: '8.2' })).toMatchObject({
      engine: 'valkey',
      engineVersion: '8.2',
      family: 'valkey8',
    });
  });

  it('accepts every boolean spelling core.getBooleanInput accepts', () => {
    for (const t of ['true', 'True', 'TRUE']) expect(config({ ...MINIMAL, wait: t }).wait).toBe(true);
    for (const f of ['false', 'False', 'FALSE']) expect(config({ ...MINIMAL, wait: f }).wait).toBe(false);
  });

  it('accepts a single node without failover or Multi-AZ', () => {
    const c = config({
      ...MINIMAL,
      num_cache_clusters: '1',
      automatic_failover_enabled: 'false',
      multi_az_enabled: 'false',
    });
    expect(c).toMatchObject({ numCacheClusters: 1, automaticFailoverEnabled: false, multiAzEnabled: false });
  });

  it('accepts AUTH with TLS, with and without rotation', () => {
    expect(config({ ...MINIMAL, auth_token_enabled: 'true' })).toMatchObject({
      authTokenEnabled: true,
      authTokenRotate: false,
    });
    const r = parse({
      ...MINIMAL,
      auth_token_enabled: 'true',
      auth_token_rotate: 'true',
      allowed_cidr_blocks: '10.0.0.0/16',
    });
    expect(r.ok && r.config.mode === 'apply' && r.config.authTokenRotate).toBe(true);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it.each([
    '1234abcd-12ab-34cd-56ef-1234567890ab',
    'mrk-1234abcd12ab34cd56ef1234567890ab',
    'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab',
    'alias/my-redis-key',
    'arn:aws:kms:eu-west-1:123456789012:alias/my-redis-key',
  ])('accepts the KMS key reference %s', (key) => {
    expect(config({ ...MINIMAL, kms_key_id: key }).kmsKeyId).toBe(key);
  });

  it('parses lists split on commas and newlines, trimmed, empties dropped', () => {
    expect(splitList(' a, b\n\nc ,,\r\nd ')).toEqual(['a', 'b', 'c', 'd']);
    const c = config({
      ...MINIMAL,
      subnet_ids: `\n ${SUBNET_A} ,\n${SUBNET_B},\n`,
      allowed_security_group_ids: `${SG_APP}\nsg-12345678`,
      allowed_cidr_blocks: '10.0.0.0/16, 192.168.1.0/24,10.1.2.3/32',
      security_group_ids: 'sg-abcdef01',
    });
    expect(c.subnetIds).toEqual([SUBNET_A, SUBNET_B]);
    expect(c.allowedSecurityGroupIds).toEqual([SG_APP, 'sg-12345678']);
    expect(c.allowedCidrBlocks).toEqual(['10.0.0.0/16', '192.168.1.0/24', '10.1.2.3/32']);
    expect(c.securityGroupIds).toEqual(['sg-abcdef01']);
  });

  it('turns the parameter inputs into parameter-group strings', () => {
    const c = config({
      ...MINIMAL,
      maxmemory_policy: 'volatile-lru',
      timeout: '0',
      tcp_keepalive: '60',
      maxmemory_samples: '10',
    });
    expect(c.parameters).toStrictEqual({
      'maxmemory-policy': 'volatile-lru',
      timeout: '0',
      'tcp-keepalive': '60',
      'maxmemory-samples': '10',
    });
  });

  it('allows data-tiering nodes with a supported policy', () => {
    expect(
      config({ ...MINIMAL, node_type: 'cache.r6gd.xlarge', maxmemory_policy: 'noeviction' }).nodeType,
    ).toBe('cache.r6gd.xlarge');
  });

  it('accepts log_retention_days 0 (never expire) and the CloudWatch values', () => {
    expect(config({ ...MINIMAL, log_retention_days: '0' }).logRetentionDays).toBe(0);
    expect(config({ ...MINIMAL, log_retention_days: '3653' }).logRetentionDays).toBe(3653);
  });

  it('strips the trailing slash of ssm_prefix', () => {
    expect(config({ ...MINIMAL, ssm_prefix: '/myapp/prod/redis/' }).ssmPrefix).toBe('/myapp/prod/redis');
    expect(config({ ...MINIMAL, ssm_prefix: '/My_App.v2/re-dis' }).ssmPrefix).toBe('/My_App.v2/re-dis');
    expect(config({ ...MINIMAL, ssm_prefix: '/a'.repeat(14) }).ssmPrefix).toBe('/a'.repeat(14));
  });

  it('takes the region from the input, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    const noRegion = { ...MINIMAL, aws_region: '' };
    const env = { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'ap-southeast-1' };
    expect(config(MINIMAL, env).region).toBe('eu-west-1');
    expect(config(noRegion, env).region).toBe('us-west-2');
    expect(config(noRegion, { AWS_REGION: '', AWS_DEFAULT_REGION: 'ap-southeast-1' }).region).toBe(
      'ap-southeast-1',
    );
    expect(config({ ...MINIMAL, aws_region: 'us-gov-west-1' }).region).toBe('us-gov-west-1');
    expect(config({ ...MINIMAL, aws_region: 'us-isob-east-1' }).region).toBe('us-isob-east-1');
  });

  it('accepts plan mode and windows that wrap', () => {
    const c = config({
      ...MINIMAL,
      mode: 'plan',
      snapshot_window: '23:30-00:30',
      maintenance_window: 'sat:22:00-sat:23:30',
    });
    expect(c).toMatchObject({
      mode: 'plan',
      snapshotWindow: '23:30-00:30',
      maintenanceWindow: 'sat:22:00-sat:23:30',
    });
  });
});

describe('parseConfig: warnings', () => {
  it('warns when nothing is allowed to connect', () => {
    const r = parse(MINIMAL);
    expect(r.ok && r.warnings).toEqual([expect.stringContaining('nothing will be able to connect')]);
  });

  it('words the warning differently when extra security groups are attached', () => {
    const r = parse({ ...MINIMAL, security_group_ids: SG_APP });
    expect(r.ok && r.warnings).toEqual([expect.stringContaining('only the rules of security_group_ids')]);
  });

  it('warns (does not fail) on 0.0.0.0/0', () => {
    const r = parse({ ...MINIMAL, allowed_cidr_blocks: '0.0.0.0/0' });
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings).toEqual([expect.stringContaining('0.0.0.0/0')]);
  });

  it('has no warning when an application security group is allowed', () => {
    const r = parse({ ...MINIMAL, allowed_security_group_ids: SG_APP });
    expect(r.ok && r.warnings).toEqual([]);
  });
});

describe('tags', () => {
  const expected = { Application: 'Django API', Owner: 'Platform Team', Build: '007', Live: 'true' };

  it.each([
    ['a YAML map', 'Application: Django API\nOwner: "Platform Team"\nBuild: 007\nLive: true'],
    [
      'a JSON object',
      '{"Application": "Django API", "Owner": "Platform Team", "Build": "007", "Live": true}',
    ],
    ['a YAML flow map', '{ Application: Django API, Owner: Platform Team, Build: 007, Live: true }'],
    ['key=value lines', 'Application=Django API\nOwner = Platform Team\nBuild=007\nLive=true\n'],
    [
      'key=value lines with CRLF and comments',
      '# ours\r\nApplication=Django API\r\nOwner=Platform Team\r\nBuild=007\r\nLive=true',
    ],
  ])('parses %s', (_label, text) => {
    expect(parseTags(text)).toStrictEqual({ ok: true, tags: expected });
    expect(config({ ...MINIMAL, tags: text }).tags).toStrictEqual(expected);
  });

  it('converts non-string scalars to strings as written', () => {
    expect(parseTags('Count: 3\nRatio: 1.50\nOn: TRUE\nEmpty:')).toStrictEqual({
      ok: true,
      tags: { Count: '3', Ratio: '1.50', On: 'TRUE', Empty: '' },
    });
    expect(parseTags('{"Count": 3, "On": false}')).toStrictEqual({
      ok: true,
      tags: { Count: '3', On: 'false' },
    });
  });

  it('keeps "=" and ":" inside values', () => {
    expect(parseTags('Url=https://example.com/a=b')).toStrictEqual({
      ok: true,
      tags: { Url: 'https://example.com/a=b' },
    });
    expect(parseTags('Url: "https://example.com/a=b"')).toStrictEqual({
      ok: true,
      tags: { Url: 'https://example.com/a=b' },
    });
    expect(parseTags('Empty=')).toStrictEqual({ ok: true, tags: { Empty: '' } });
    expect(parseTags('Owner: a=b')).toStrictEqual({ ok: true, tags: { Owner: 'a=b' } });
    expect(parseTags('{"Owner":"a=b"}')).toStrictEqual({ ok: true, tags: { Owner: 'a=b' } });
    expect(parseTags('team:name=x')).toStrictEqual({ ok: true, tags: { 'team:name': 'x' } });
  });

  it('accepts an empty input and Unicode letters', () => {
    expect(parseTags('')).toStrictEqual({ ok: true, tags: {} });
    expect(parseTags('Équipe: Données @ Zürich')).toStrictEqual({
      ok: true,
      tags: { Équipe: 'Données @ Zürich' },
    });
  });

  it('accepts exactly 40 tags', () => {
    const forty = Array.from({ length: 40 }, (_, i) => `k${i}=v`).join('\n');
    const r = parseTags(forty);
    expect(r.ok && Object.keys(r.tags)).toHaveLength(40);
  });

  it('needs the YAML parser only for YAML (main.ts loads it only then)', () => {
    expect(tagsAreYaml('')).toBe(false);
    expect(tagsAreYaml('# nothing yet\n')).toBe(false);
    expect(tagsAreYaml('Application=Django API\nOwner = Platform Team')).toBe(false);
    expect(tagsAreYaml('Application: Django API')).toBe(true);
    expect(tagsAreYaml('{"Owner":"a=b"}')).toBe(true);
    expect(tagsAreYaml('Owner: a=b')).toBe(true);
    // key=value lines parse with no parser at all; YAML without one is a programming error.
    expect(parseTagsWith('Application=Django API\n# c\nLive=true')).toStrictEqual({
      ok: true,
      tags: { Application: 'Django API', Live: 'true' },
    });
    expect(() => parseTagsWith('Application: Django API')).toThrow(/need the yaml parser/);
    expect(parseConfig(raw({ ...MINIMAL, tags: 'Team=cache' }), {}).ok).toBe(true);
  });
});

// -------------------------------------------------------------------------------------------------
// Bad inputs: each row is [label, inputs (merged over MINIMAL), input the error must name, rule fragment, env?]

const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(',');

const BAD: Array<[string, Partial<Record<InputName, string>>, InputName, string, Record<string, string>?]> = [
  ['unknown mode', { mode: 'deploy' }, 'mode', 'must be one of: apply, plan'],
  ['missing name', { name: '' }, 'name', 'is required'],
  ['name starting with a digit', { name: '1cache' }, 'name', 'must start with a letter'],
  ['name over 40 characters', { name: `a${'b'.repeat(40)}` }, 'name', 'at most 40 characters'],
  ['name with "--"', { name: 'my--cache' }, 'name', 'two consecutive hyphens'],
  ['name with a trailing hyphen', { name: 'my-cache-' }, 'name', 'must not end with a hyphen'],
  ['name with an underscore', { name: 'my_cache' }, 'name', 'only letters, digits and hyphens'],
  ['missing node_type', { node_type: '' }, 'node_type', 'is required'],
  ['node_type without cache. prefix', { node_type: 't4g.micro' }, 'node_type', 'cache.<family>.<size>'],
  ['node_type with uppercase', { node_type: 'cache.T4G.micro' }, 'node_type', 'cache.t4g.micro'],
  ['missing subnet_ids', { subnet_ids: ' , \n' }, 'subnet_ids', 'is required'],
  ['short subnet id', { subnet_ids: 'subnet-1234' }, 'subnet_ids', 'is not a subnet id'],
  ['subnet id with 9 hex', { subnet_ids: 'subnet-123456789' }, 'subnet_ids', '8 or 17 lowercase hex'],
  ['duplicate subnet', { subnet_ids: `${SUBNET_A}\n${SUBNET_A}` }, 'subnet_ids', 'more than once'],
  [
    '51 subnets',
    { subnet_ids: many(51, (i) => `subnet-${(0x10000000 + i).toString(16)}`) },
    'subnet_ids',
    'at most 50',
  ],
  ['unknown engine', { engine: 'memcached' }, 'engine', 'must be one of: redis, valkey'],
  ['engine in capitals', { engine: 'Redis' }, 'engine', 'redis, valkey'],
  ['engine_version with a patch', { engine_version: '7.1.0' }, 'engine_version', 'not a patch version'],
  ['engine_version not a version', { engine_version: 'latest' }, 'engine_version', 'must be major.minor'],
  ['redis 6.2', { engine_version: '6.2' }, 'engine_version', 'valid versions: 7.0, 7.1'],
  ['redis 8.0', { engine_version: '8.0' }, 'engine_version', 'not available for engine redis'],
  [
    'valkey 7.1',
    { engine: 'valkey', engine_version: '7.1' },
    'engine_version',
    'valid versions: 7.2, 8.0, 8.1, 8.2',
  ],
  ['9 nodes', { num_cache_clusters: '9' }, 'num_cache_clusters', 'must be an integer from 1 to 6'],
  ['0 nodes', { num_cache_clusters: '0' }, 'num_cache_clusters', 'integer from 1 to 6'],
  ['fractional nodes', { num_cache_clusters: '2.5' }, 'num_cache_clusters', 'integer from 1 to 6'],
  ['failover on one node', { num_cache_clusters: '1' }, 'num_cache_clusters', 'needs at least 2 nodes'],
  [
    'Multi-AZ without failover',
    { automatic_failover_enabled: 'false' },
    'multi_az_enabled',
    'Multi-AZ requires automatic_failover_enabled: true',
  ],
  [
    'boolean "yes"',
    { automatic_failover_enabled: 'yes' },
    'automatic_failover_enabled',
    'true, True, TRUE, false',
  ],
  ['boolean "1"', { apply_immediately: '1' }, 'apply_immediately', 'must be a boolean'],
  ['boolean "tRue"', { wait: 'tRue' }, 'wait', 'must be a boolean'],
  ['boolean "no"', { allow_public_subnets: 'no' }, 'allow_public_subnets', 'FALSE'],
  [
    'AUTH without TLS',
    { auth_token_enabled: 'true', transit_encryption_enabled: 'false' },
    'auth_token_enabled',
    'requires transit_encryption_enabled: true',
  ],
  [
    'rotate without AUTH',
    { auth_token_rotate: 'true' },
    'auth_token_rotate',
    'requires auth_token_enabled: true',
  ],
  [
    'KMS key without at-rest encryption',
    { kms_key_id: 'alias/redis', at_rest_encryption_enabled: 'false' },
    'kms_key_id',
    'requires at_rest_encryption_enabled: true',
  ],
  ['KMS key as a bare name', { kms_key_id: 'my-redis-key' }, 'kms_key_id', 'must be a KMS key id'],
  [
    'KMS ARN of another service',
    { kms_key_id: 'arn:aws:sns:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
    'kms_key_id',
    'alias ARN',
  ],
  [
    'environment with "!"',
    { environment: 'prod!' },
    'environment',
    'may contain only letters, digits, spaces',
  ],
  ['environment over 256 characters', { environment: 'e'.repeat(257) }, 'environment', 'at most 256'],
  ['port 80', { port: '80' }, 'port', 'integer from 1024 to 65535'],
  ['port 65536', { port: '65536' }, 'port', 'integer from 1024 to 65535'],
  [
    'allowed SG id malformed',
    { allowed_security_group_ids: 'sg-xyz' },
    'allowed_security_group_ids',
    'is not a security group id',
  ],
  [
    'extra SG id with 9 hex',
    { security_group_ids: 'sg-123456789' },
    'security_group_ids',
    'sg- followed by 8 or 17',
  ],
  [
    'duplicate allowed SG',
    { allowed_security_group_ids: `${SG_APP},${SG_APP}` },
    'allowed_security_group_ids',
    'more than once',
  ],
  [
    '51 extra SGs',
    { security_group_ids: many(51, (i) => `sg-${(0x10000000 + i).toString(16)}`) },
    'security_group_ids',
    'at most 50',
  ],
  ['CIDR with host bits', { allowed_cidr_blocks: '10.0.0.5/16' }, 'allowed_cidr_blocks', 'use 10.0.0.0/16'],
  [
    'CIDR octet 256',
    { allowed_cidr_blocks: '10.256.0.0/16' },
    'allowed_cidr_blocks',
    'each octet must be 0-255',
  ],
  [
    'CIDR prefix 33',
    { allowed_cidr_blocks: '10.0.0.0/33' },
    'allowed_cidr_blocks',
    'prefix length must be 0-32',
  ],
  [
    'CIDR without a prefix',
    { allowed_cidr_blocks: '10.0.0.0' },
    'allowed_cidr_blocks',
    'is not an IPv4 CIDR block',
  ],
  ['IPv6 CIDR', { allowed_cidr_blocks: '2001:db8::/32' }, 'allowed_cidr_blocks', 'only IPv4'],
  [
    'snapshot retention 36',
    { snapshot_retention_limit: '36' },
    'snapshot_retention_limit',
    'integer from 0 to 35',
  ],
  [
    'snapshot retention -1',
    { snapshot_retention_limit: '-1' },
    'snapshot_retention_limit',
    'integer from 0 to 35',
  ],
  [
    'snapshot window of 30 minutes',
    { snapshot_window: '03:00-03:30' },
    'snapshot_window',
    'at least 60 minutes',
  ],
  ['snapshot window in words', { snapshot_window: '3am-4am' }, 'snapshot_window', 'hh24:mi-hh24:mi'],
  ['snapshot window hour 24', { snapshot_window: '24:00-01:00' }, 'snapshot_window', 'hours must be 00-23'],
  [
    'maintenance window of 30 minutes',
    { maintenance_window: 'sun:05:00-sun:05:30' },
    'maintenance_window',
    'at least 60 minutes',
  ],
  [
    'maintenance window over 24 h',
    { maintenance_window: 'sun:05:00-mon:06:00' },
    'maintenance_window',
    'at most 24 hours',
  ],
  [
    'maintenance window with full day names',
    { maintenance_window: 'sunday:05:00-sunday:06:00' },
    'maintenance_window',
    'ddd:hh24:mi-ddd:hh24:mi',
  ],
  [
    'maintenance window with a bad day',
    { maintenance_window: 'sun:05:00-fun:06:00' },
    'maintenance_window',
    'days must be one of sun, mon',
  ],
  [
    'maintenance overlapping the snapshot window',
    { maintenance_window: 'wed:03:30-wed:04:30' },
    'maintenance_window',
    'overlaps snapshot_window 03:00-04:00',
  ],
  [
    'overlap across midnight',
    { snapshot_window: '23:30-00:30', maintenance_window: 'sun:00:00-sun:01:00' },
    'maintenance_window',
    'overlaps snapshot_window 23:30-00:30',
  ],
  [
    'overlap across sat→sun',
    { snapshot_window: '00:30-01:30', maintenance_window: 'sat:23:00-sun:01:00' },
    'maintenance_window',
    'overlaps snapshot_window',
  ],
  [
    'unknown maxmemory_policy',
    { maxmemory_policy: 'lru' },
    'maxmemory_policy',
    'allkeys-lru, volatile-lru, allkeys-lfu',
  ],
  [
    'data tiering with allkeys-lfu',
    { node_type: 'cache.r6gd.xlarge', maxmemory_policy: 'allkeys-lfu' },
    'maxmemory_policy',
    'data tiering, which supports only maxmemory_policy noeviction, volatile-lru, allkeys-lru',
  ],
  ['timeout 86401', { timeout: '86401' }, 'timeout', 'integer from 0 to 86400'],
  ['timeout with a unit', { timeout: '300s' }, 'timeout', 'integer from 0 to 86400'],
  ['tcp_keepalive 3601', { tcp_keepalive: '3601' }, 'tcp_keepalive', 'integer from 0 to 3600'],
  ['maxmemory_samples 0', { maxmemory_samples: '0' }, 'maxmemory_samples', 'integer from 1 to 64'],
  ['maxmemory_samples 65', { maxmemory_samples: '65' }, 'maxmemory_samples', 'integer from 1 to 64'],
  [
    'SNS ARN with a short account',
    { notification_topic_arn: 'arn:aws:sns:eu-west-1:1234:alerts' },
    'notification_topic_arn',
    'SNS topic ARN',
  ],
  [
    'SNS ARN of another service',
    { notification_topic_arn: 'arn:aws:sqs:eu-west-1:123456789012:alerts' },
    'notification_topic_arn',
    '12-digit account',
  ],
  [
    'log retention 10',
    { log_retention_days: '10' },
    'log_retention_days',
    'must be one of 1, 3, 5, 7, 14, 30, 60',
  ],
  [
    'log retention "forever"',
    { log_retention_days: 'forever' },
    'log_retention_days',
    'or 0 to never expire',
  ],
  ['tag key aws:', { tags: 'aws:team=x' }, 'tags', 'must not start with "aws:"'],
  ['tag key AWS: in YAML', { tags: '"AWS:team": x' }, 'tags', 'must not start with "aws:"'],
  ['reserved tag ManagedBy', { tags: 'ManagedBy=me' }, 'tags', 'is reserved'],
  ['reserved tag GitHubRepository in JSON', { tags: '{"GitHubRepository": "x/y"}' }, 'tags', 'is reserved'],
  ['tag value with a comma', { tags: 'Owner=a,b' }, 'tags', 'may contain only letters, digits, spaces'],
  ['tag key with "#"', { tags: 'Cost#Center: x' }, 'tags', 'may contain only'],
  ['tags as a YAML list', { tags: '- a\n- b' }, 'tags', 'YAML or JSON map'],
  ['tags as broken JSON', { tags: '{"Owner": "x"' }, 'tags', 'YAML error'],
  ['tag value that is a list', { tags: 'Owner: [a, b]' }, 'tags', 'must be a string, number or boolean'],
  ['duplicate tag key', { tags: 'Owner=a\nOwner=b' }, 'tags', 'given twice'],
  ['duplicate YAML tag key', { tags: 'Owner: a\nOwner: b' }, 'tags', 'YAML error'],
  ['tag key of 129 characters', { tags: `${'k'.repeat(129)}=v` }, 'tags', '1-128 characters'],
  ['tag value of 257 characters', { tags: `k=${'v'.repeat(257)}` }, 'tags', 'at most 256 characters'],
  [
    '41 tags',
    { tags: Array.from({ length: 41 }, (_, i) => `k${i}=v`).join('\n') },
    'tags',
    'at most 40 tags',
  ],
  ['ssm_prefix without a leading slash', { ssm_prefix: 'myapp/redis' }, 'ssm_prefix', 'must start with "/"'],
  ['ssm_prefix under /aws', { ssm_prefix: '/aws/redis' }, 'ssm_prefix', 'must not start with /aws or /ssm'],
  ['ssm_prefix under /SSM', { ssm_prefix: '/SSM/redis' }, 'ssm_prefix', '/aws or /ssm'],
  ['ssm_prefix with "//"', { ssm_prefix: '/myapp//redis' }, 'ssm_prefix', 'must not contain "//"'],
  ['ssm_prefix with a space', { ssm_prefix: '/my app' }, 'ssm_prefix', 'only letters, digits and _ . - /'],
  ['ssm_prefix of just "/"', { ssm_prefix: '/' }, 'ssm_prefix', 'at least one path segment'],
  ['ssm_prefix over 900 characters', { ssm_prefix: `/${'p'.repeat(900)}` }, 'ssm_prefix', 'at most 900'],
  ['ssm_prefix 15 levels deep', { ssm_prefix: '/a'.repeat(15) }, 'ssm_prefix', 'at most 14 levels'],
  ['cache_db 16', { cache_db: '16' }, 'cache_db', 'integer from 0 to 15'],
  ['celery_db equal to cache_db', { celery_db: '0' }, 'celery_db', 'must differ from cache_db'],
  [
    'celery_result_db equal to celery_db',
    { celery_result_db: '1' },
    'celery_result_db',
    'must differ from celery_db',
  ],
  ['wait_timeout_minutes 0', { wait_timeout_minutes: '0' }, 'wait_timeout_minutes', 'integer from 1 to 355'],
  [
    'wait_timeout_minutes 356',
    { wait_timeout_minutes: '356' },
    'wait_timeout_minutes',
    'integer from 1 to 355',
  ],
  ['no region anywhere', { aws_region: '' }, 'aws_region', 'aws-actions/configure-aws-credentials'],
  ['region in words', { aws_region: 'Ireland' }, 'aws_region', 'must be an AWS region code'],
  [
    'bad region from AWS_REGION',
    { aws_region: '' },
    'aws_region',
    'taken from the AWS_REGION',
    { AWS_REGION: 'eu_west_1' },
  ],
];

describe('parseConfig: bad inputs', () => {
  it('has a large table', () => {
    expect(BAD.length).toBeGreaterThanOrEqual(35);
  });

  it.each(BAD)('%s', (_label, inputs, input, fragment, env) => {
    const r = parse({ ...MINIMAL, ...inputs }, env ?? {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const mine = r.errors.filter((e) => e.input === input);
    expect(mine, JSON.stringify(r.errors)).toHaveLength(1);
    expect(mine[0]!.message).toContain(fragment);
    // Nothing else is blamed: every row breaks exactly one rule.
    expect(r.errors).toHaveLength(1);
    expect(formatInputError(mine[0]!)).toMatch(new RegExp(`^Input "${input}" = ".*": `, 's'));
  });
});

describe('parseConfig: error reporting', () => {
  it('collects every error at once, field and cross-field alike', () => {
    const errs = errors({
      ...MINIMAL,
      name: '9lives',
      port: '22',
      engine: 'valkey',
      engine_version: '7.0',
      num_cache_clusters: '1',
      tags: 'aws:x=y',
      maintenance_window: 'sun:03:00-sun:04:00',
      celery_result_db: '0',
      aws_region: '',
    });
    expect(errs.map((e) => e.input).sort()).toEqual(
      [
        'aws_region',
        'celery_result_db',
        'engine_version',
        'maintenance_window',
        'name',
        'num_cache_clusters',
        'port',
        'tags',
      ].sort(),
    );
  });

  it('skips a cross-field rule when one of its inputs is already wrong', () => {
    const errs = errors({ ...MINIMAL, num_cache_clusters: 'one', automatic_failover_enabled: 'true' });
    expect(errs).toHaveLength(1);
    expect(errs[0]!.message).toContain('integer from 1 to 6');
  });

  it('formats like Input "x" = "v": rule', () => {
    const [e] = errors({ ...MINIMAL, num_cache_clusters: '9' });
    expect(formatInputError(e!)).toBe(
      'Input "num_cache_clusters" = "9": must be an integer from 1 to 6 (1 primary + up to 5 replicas)',
    );
  });

  it('shows values trimmed and cut to 100 characters, escaping newlines', () => {
    const e: InputError = { input: 'tags', value: `  ${'x'.repeat(300)}  `, message: 'bad' };
    const shown = JSON.parse(formatInputError(e).slice('Input "tags" = '.length, -': bad'.length)) as string;
    expect(shown.length).toBe(100);
    expect(shown.startsWith('xxx')).toBe(true);
    const [tagErr] = errors({ ...MINIMAL, tags: 'Owner=a\nOwner=b' });
    expect(formatInputError(tagErr!)).toContain('"Owner=a\\nOwner=b"');
    const [long] = errors({ ...MINIMAL, environment: 'e'.repeat(300) });
    expect(long!.value.length).toBeLessThanOrEqual(100);
  });

  it('reports the region value that came from the environment', () => {
    const [e] = errors({ ...MINIMAL, aws_region: '' }, { AWS_DEFAULT_REGION: 'mars' });
    expect(e).toMatchObject({ input: 'aws_region', value: 'mars' });
    expect(e!.message).toContain('AWS_DEFAULT_REGION');
  });

  it('lists the valid versions for the chosen engine', () => {
    const [e] = errors({ ...MINIMAL, engine: 'valkey', engine_version: '6.2' });
    expect(e!.message).toContain(SUPPORTED_VERSIONS.valkey.join(', '));
  });

  it('treats an explicit empty value as the default', () => {
    expect(parseConfig({ ...raw(MINIMAL), port: '', engine: '  ' }, {}, yaml).ok).toBe(true);
  });
});

describe('cidrProblem', () => {
  it.each([
    '0.0.0.0/0',
    '10.0.0.0/8',
    '172.16.0.0/12',
    '192.168.1.128/25',
    '10.1.2.3/32',
    '255.255.255.255/32',
  ])('accepts %s', (c) => expect(cidrProblem(c)).toBeUndefined());

  it.each([
    ['10.0.0.5/16', 'use 10.0.0.0/16'],
    ['192.168.1.129/25', 'use 192.168.1.128/25'],
    ['1.2.3.4/0', 'use 0.0.0.0/0'],
    ['010.0.0.0/8', 'without leading zeros'],
    ['10.0.0.0/08', 'prefix length'],
    ['10.0.0/8', 'not an IPv4 CIDR block'],
  ])('rejects %s', (c, fragment) => expect(cidrProblem(c)).toContain(fragment));
});

describe('engine', () => {
  it('maps engine + major.minor to a parameter-group family', () => {
    expect(familyFor('redis', '7.0')).toBe('redis7');
    expect(familyFor('redis', '7.1')).toBe('redis7');
    expect(familyFor('valkey', '7.2')).toBe('valkey7');
    for (const v of ['8.0', '8.1', '8.2']) expect(familyFor('valkey', v)).toBe('valkey8');
    expect(familyFor('redis', '7.1.0')).toBe('redis7'); // AWS-reported full versions work too
    expect(familyFor('redis', '6.2')).toBeUndefined();
    expect(familyFor('valkey', '7.1')).toBeUndefined();
    expect(familyFor('memcached', '1.6')).toBeUndefined();
    expect(familyFor('redis', 'latest')).toBeUndefined();
  });

  it('compares dotted versions numerically', () => {
    expect(compareVersions('7.1', '7.1.0')).toBe(0);
    expect(compareVersions('7.1', '7.1.5')).toBe(-1);
    expect(compareVersions('7.1', '7.1.5', { majorMinorOnly: true })).toBe(0);
    expect(compareVersions('7.10', '7.9')).toBe(1);
    expect(compareVersions('8.0', '7.2.4', { majorMinorOnly: true })).toBe(1);
    expect(compareVersions('7.0', '7.1.0', { majorMinorOnly: true })).toBe(-1);
    expect(compareVersions('6.x', '6.0')).toBe(0);
  });

  it('extracts major.minor', () => {
    expect(majorMinor('7.1.0')).toBe('7.1');
    expect(majorMinor('8.2')).toBe('8.2');
    expect(majorMinor('8')).toBeUndefined();
  });

  it('knows where transit encryption can change in place', () => {
    expect(supportsInPlaceTransitEncryption('redis', '7.0.5')).toBe(true);
    expect(supportsInPlaceTransitEncryption('redis', '7.1.0')).toBe(true);
    expect(supportsInPlaceTransitEncryption('redis', '7.0.4')).toBe(false);
    expect(supportsInPlaceTransitEncryption('redis', '6.2.6')).toBe(false);
    expect(supportsInPlaceTransitEncryption('redis', '7.0')).toBe(false);
    expect(supportsInPlaceTransitEncryption('valkey', '7.2.4')).toBe(true);
    expect(supportsInPlaceTransitEncryption('memcached', '1.6.22')).toBe(false);
  });
});
