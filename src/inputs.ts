// Action inputs → one validated Config. Every input is read as a string (exactly as the runner
// passes it), defaults are restated here (a mocked/local getInput never sees action.yml defaults),
// and a single zod schema validates the whole record in one pass, collecting every error at once.

import { z } from 'zod';
import { parseDocument, isMap, isScalar, isPair } from 'yaml';
import { MAXMEMORY_POLICIES, type Config, type Engine, type MaxmemoryPolicy, type Mode } from './types.js';
import { ENGINES, SUPPORTED_VERSIONS, familyFor } from './engine.js';
import {
  parseMaintenanceWindow,
  parseSnapshotWindow,
  windowsOverlap,
  type DailyWindow,
  type WeeklyWindow,
} from './windows.js';

export const INPUT_NAMES = [
  'mode',
  'name',
  'node_type',
  'subnet_ids',
  'engine',
  'engine_version',
  'num_cache_clusters',
  'automatic_failover_enabled',
  'multi_az_enabled',
  'at_rest_encryption_enabled',
  'kms_key_id',
  'transit_encryption_enabled',
  'auth_token_enabled',
  'auth_token_rotate',
  'environment',
  'port',
  'allowed_security_group_ids',
  'allowed_cidr_blocks',
  'security_group_ids',
  'snapshot_retention_limit',
  'snapshot_window',
  'maintenance_window',
  'maxmemory_policy',
  'timeout',
  'tcp_keepalive',
  'maxmemory_samples',
  'notification_topic_arn',
  'log_retention_days',
  'apply_immediately',
  'tags',
  'ssm_prefix',
  'cache_db',
  'celery_db',
  'celery_result_db',
  'wait',
  'wait_timeout_minutes',
  'allow_public_subnets',
  'aws_region',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/** The action.yml defaults, restated ('' = no default). test/action-contract.test.ts keeps them equal. */
export const INPUT_DEFAULTS: Record<InputName, string> = {
  mode: 'apply',
  name: '',
  node_type: '',
  subnet_ids: '',
  engine: 'redis',
  engine_version: '7.1',
  num_cache_clusters: '2',
  automatic_failover_enabled: 'true',
  multi_az_enabled: 'true',
  at_rest_encryption_enabled: 'true',
  kms_key_id: '',
  transit_encryption_enabled: 'true',
  auth_token_enabled: 'false',
  auth_token_rotate: 'false',
  environment: '',
  port: '6379',
  allowed_security_group_ids: '',
  allowed_cidr_blocks: '',
  security_group_ids: '',
  snapshot_retention_limit: '7',
  snapshot_window: '03:00-04:00',
  maintenance_window: 'sun:05:00-sun:06:00',
  maxmemory_policy: 'allkeys-lru',
  timeout: '300',
  tcp_keepalive: '300',
  maxmemory_samples: '5',
  notification_topic_arn: '',
  log_retention_days: '30',
  apply_immediately: 'true',
  tags: '',
  ssm_prefix: '',
  cache_db: '0',
  celery_db: '1',
  celery_result_db: '2',
  wait: 'true',
  wait_timeout_minutes: '60',
  allow_public_subnets: 'false',
  aws_region: '',
};

/** CloudWatch Logs' allowed retention values (days); 0 here means "never expire". */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** Tag keys the action sets itself on every resource. */
export const RESERVED_TAG_KEYS = ['ManagedBy', 'GitHubRepository', 'GitHubWorkflowRun'] as const;
export const MAX_USER_TAGS = 40;
export const MAX_LIST_ITEMS = 50;

export interface InputError {
  /** The action input the error is about (snake_case, as in action.yml). */
  input: string;
  /** The offending value, trimmed and cut to 100 characters. */
  value: string;
  message: string;
}

export type ParseResult =
  { ok: true; config: Config; warnings: string[] } | { ok: false; errors: InputError[] };

const MAX_SHOWN_VALUE = 100;

function shown(value: string): string {
  const v = value.trim();
  return v.length <= MAX_SHOWN_VALUE ? v : `${v.slice(0, MAX_SHOWN_VALUE - 1)}…`;
}

/** `Input "num_cache_clusters" = "9": must be an integer from 1 to 6` */
export function formatInputError(e: InputError): string {
  return `Input "${e.input}" = ${JSON.stringify(shown(e.value))}: ${e.message}`;
}

/**
 * Read every input through `get` (e.g. core.getInput), trimmed; an empty value takes the default
 * from INPUT_DEFAULTS.
 */
export function readInputs(get: (name: string) => string): Record<InputName, string> {
  const raw = {} as Record<InputName, string>;
  for (const name of INPUT_NAMES) {
    const value = (get(name) ?? '').trim();
    raw[name] = value === '' ? INPUT_DEFAULTS[name] : value;
  }
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Field rules. Each takes the trimmed string and returns the parsed value or throws RuleError.

class RuleError extends Error {}

function fail(message: string): never {
  throw new RuleError(message);
}

const BOOLEAN_TRUE = ['true', 'True', 'TRUE'];
const BOOLEAN_FALSE = ['false', 'False', 'FALSE'];

function bool(s: string): boolean {
  if (BOOLEAN_TRUE.includes(s)) return true;
  if (BOOLEAN_FALSE.includes(s)) return false;
  return fail(`must be a boolean: one of ${[...BOOLEAN_TRUE, ...BOOLEAN_FALSE].join(', ')}`);
}

function int(min: number, max: number, note = ''): (s: string) => number {
  return (s) => {
    const n = /^\d+$/.test(s) ? Number(s) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      fail(`must be an integer from ${min} to ${max}${note ? ` (${note})` : ''}`);
    }
    return n;
  };
}

function oneOf<T extends string>(values: readonly T[], what = 'one of'): (s: string) => T {
  return (s) => {
    if (!(values as readonly string[]).includes(s)) fail(`must be ${what}: ${values.join(', ')}`);
    return s as T;
  };
}

function required<T>(what: string, rule: (s: string) => T): (s: string) => T {
  return (s) => (s === '' ? fail(`is required: ${what}`) : rule(s));
}

function optional<T>(rule: (s: string) => T): (s: string) => T | undefined {
  return (s) => (s === '' ? undefined : rule(s));
}

/** Split on commas and newlines, trim, drop empties. */
export function splitList(s: string): string[] {
  return s
    .split(/[,\r\n]/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

function list(
  what: string,
  check: (item: string) => string | undefined,
  requiredWhat?: string,
): (s: string) => string[] {
  return (s) => {
    const items = splitList(s);
    if (requiredWhat && items.length === 0) fail(`is required: ${requiredWhat}`);
    if (items.length > MAX_LIST_ITEMS)
      fail(`must list at most ${MAX_LIST_ITEMS} ${what} (got ${items.length})`);
    const seen = new Set<string>();
    for (const item of items) {
      const problem = check(item);
      if (problem) fail(problem);
      if (seen.has(item)) fail(`lists ${JSON.stringify(item)} more than once`);
      seen.add(item);
    }
    return items;
  };
}

const ID_HEX = '(?:[0-9a-f]{8}|[0-9a-f]{17})';
const SUBNET_ID = new RegExp(`^subnet-${ID_HEX}$`);
const SG_ID = new RegExp(`^sg-${ID_HEX}$`);

const subnetList = list(
  'subnet ids',
  (id) =>
    SUBNET_ID.test(id)
      ? undefined
      : `${JSON.stringify(id)} is not a subnet id (subnet- followed by 8 or 17 lowercase hex characters)`,
  'at least one private subnet id (subnet-…)',
);
const sgList = list('security group ids', (id) =>
  SG_ID.test(id)
    ? undefined
    : `${JSON.stringify(id)} is not a security group id (sg- followed by 8 or 17 lowercase hex characters)`,
);

/** Validate an IPv4 CIDR block; returns a problem description, or undefined when valid. */
export function cidrProblem(cidr: string): string | undefined {
  const q = JSON.stringify(cidr);
  if (cidr.includes(':')) return `${q} is an IPv6 block; only IPv4 CIDR blocks (a.b.c.d/n) are supported`;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!m) return `${q} is not an IPv4 CIDR block (a.b.c.d/n, e.g. 10.0.0.0/16)`;
  const octets = [m[1]!, m[2]!, m[3]!, m[4]!];
  if (octets.some((o) => (o.length > 1 && o.startsWith('0')) || Number(o) > 255)) {
    return `${q}: each octet must be 0-255 without leading zeros`;
  }
  const bits = Number(m[5]);
  if (bits > 32 || (m[5]!.length > 1 && m[5]!.startsWith('0'))) return `${q}: the prefix length must be 0-32`;
  const ip = octets.reduce((acc, o) => acc * 256 + Number(o), 0);
  const size = 2 ** (32 - bits);
  const network = Math.floor(ip / size) * size;
  if (network !== ip) {
    const n = [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256).join('.');
    return `${q} is not a network address (host bits are set); use ${n}/${bits}`;
  }
  return undefined;
}

const cidrList = list('CIDR blocks', cidrProblem);

const REPLICATION_GROUP_RULE = '1-40 letters, digits or hyphens, starting with a letter';

function replicationGroupId(s: string): string {
  if (s.length > 40) fail(`must be at most 40 characters (${REPLICATION_GROUP_RULE}); got ${s.length}`);
  if (!/^[A-Za-z]/.test(s)) fail(`must start with a letter (${REPLICATION_GROUP_RULE})`);
  if (!/^[A-Za-z0-9-]+$/.test(s))
    fail(`may contain only letters, digits and hyphens (${REPLICATION_GROUP_RULE})`);
  if (s.includes('--')) fail('must not contain two consecutive hyphens');
  if (s.endsWith('-')) fail('must not end with a hyphen');
  return s.toLowerCase();
}

function nodeType(s: string): string {
  if (!/^cache\.[a-z0-9]+\.[a-z0-9]+$/.test(s)) {
    fail('must be an ElastiCache node type cache.<family>.<size>, e.g. cache.t4g.micro or cache.r7g.large');
  }
  return s;
}

/** r6gd-style node types use data tiering, which restricts the eviction policy. */
export function isDataTieringNodeType(type: string): boolean {
  return /^cache\.[a-z]\d+gd\./.test(type);
}
const DATA_TIERING_POLICIES: readonly MaxmemoryPolicy[] = ['noeviction', 'volatile-lru', 'allkeys-lru'];

function engineVersion(s: string): string {
  const all = ENGINES.map((e) => `${e}: ${SUPPORTED_VERSIONS[e].join(', ')}`).join('; ');
  if (/^\d+\.\d+\.\d+$/.test(s)) {
    fail(
      `must be major.minor (e.g. 7.1), not a patch version; ElastiCache picks the patch. Supported: ${all}`,
    );
  }
  if (!/^\d+\.\d+$/.test(s)) fail(`must be major.minor, e.g. 7.1. Supported: ${all}`);
  return s;
}

const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d+$/;
const REGION_PART = '[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d+';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEY_ID = `(?:${UUID}|mrk-[0-9a-f]{32})`;
const ALIAS_NAME = 'alias/[A-Za-z0-9/_-]{1,250}';
const KMS_KEY = new RegExp(
  `^(?:${KEY_ID}|${ALIAS_NAME}|arn:aws[a-z-]*:kms:${REGION_PART}:\\d{12}:(?:key/${KEY_ID}|${ALIAS_NAME}))$`,
);

function kmsKeyId(s: string): string {
  if (!KMS_KEY.test(s)) {
    fail(
      'must be a KMS key id (UUID or mrk-…), a key ARN (arn:aws:kms:<region>:<account>:key/<id>), ' +
        'an alias (alias/<name>) or an alias ARN',
    );
  }
  return s;
}

const SNS_TOPIC = new RegExp(`^arn:aws[a-z-]*:sns:${REGION_PART}:\\d{12}:[A-Za-z0-9_-]{1,256}$`);

function topicArn(s: string): string {
  if (!SNS_TOPIC.test(s))
    fail('must be an SNS topic ARN: arn:aws:sns:<region>:<12-digit account>:<topic name>');
  return s;
}

function logRetention(s: string): number {
  const n = /^\d+$/.test(s) ? Number(s) : NaN;
  if (n !== 0 && !(LOG_RETENTION_DAYS as readonly number[]).includes(n)) {
    fail(`must be one of ${LOG_RETENTION_DAYS.join(', ')} (days), or 0 to never expire`);
  }
  return n;
}

// Tag charset as AWS documents it: Unicode letters, digits, spaces and _ . : / = + - @
const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const TAG_CHARS_TEXT = 'letters, digits, spaces and _ . : / = + - @';
const charLength = (s: string): number => [...s].length;

function environment(s: string): string {
  if (charLength(s) > 256) fail('must be at most 256 characters');
  if (!TAG_CHARS.test(s)) fail(`may contain only ${TAG_CHARS_TEXT} (it becomes the Environment tag)`);
  return s;
}

function tagProblem(key: string, value: string): string | undefined {
  const k = JSON.stringify(key);
  if (charLength(key) < 1 || charLength(key) > 128) return `tag key ${k} must be 1-128 characters`;
  if (!TAG_CHARS.test(key)) return `tag key ${k} may contain only ${TAG_CHARS_TEXT}`;
  if (key.toLowerCase().startsWith('aws:'))
    return `tag key ${k} must not start with "aws:" (reserved by AWS)`;
  const reserved = RESERVED_TAG_KEYS.find((r) => r.toLowerCase() === key.toLowerCase());
  if (reserved) return `tag key ${k} is reserved: the action sets ${RESERVED_TAG_KEYS.join(', ')} itself`;
  if (charLength(value) > 256) return `the value of tag ${k} must be at most 256 characters`;
  if (!TAG_CHARS.test(value)) return `the value of tag ${k} may contain only ${TAG_CHARS_TEXT}`;
  return undefined;
}

const TAGS_FORMAT = 'a YAML or JSON map (Key: value) or key=value lines';

/**
 * key=value lines: every line has "=" after a non-empty key, and no YAML "key: " separator comes
 * before that "=" (so "Url=https://x" and "aws:team=x" are key=value, "Owner: a=b" is YAML).
 */
function isKeyValueLines(lines: string[]): boolean {
  return lines.every((line) => {
    const eq = line.indexOf('=');
    return eq > 0 && !line.startsWith('{') && !/:(\s|$)/.test(line.slice(0, eq));
  });
}

/**
 * Parse the `tags` input: a YAML map, a JSON object (JSON is YAML), or `key=value` lines.
 * Number and boolean values become strings as written (`007` stays "007"); an empty YAML value is "".
 */
export function parseTags(
  text: string,
): { ok: true; tags: Record<string, string> } | { ok: false; message: string } {
  const tags: Record<string, string> = {};
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, tags };
  const lines = trimmed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const entries: Array<[string, string]> = [];
  if (isKeyValueLines(lines)) {
    for (const line of lines) {
      const eq = line.indexOf('=');
      entries.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()]);
    }
  } else {
    const doc = parseDocument(trimmed, { uniqueKeys: true, prettyErrors: false });
    const err = doc.errors[0];
    if (err)
      return { ok: false, message: `must be ${TAGS_FORMAT}; YAML error: ${err.message.split('\n')[0]}` };
    if (!isMap(doc.contents)) return { ok: false, message: `must be ${TAGS_FORMAT}` };
    for (const pair of doc.contents.items) {
      if (!isPair(pair) || !isScalar(pair.key)) return { ok: false, message: `must be ${TAGS_FORMAT}` };
      const key = scalarText(pair.key);
      if (pair.value !== null && !isScalar(pair.value)) {
        return {
          ok: false,
          message: `the value of tag ${JSON.stringify(key)} must be a string, number or boolean, not a list or map`,
        };
      }
      entries.push([key, pair.value === null ? '' : scalarText(pair.value)]);
    }
  }
  for (const [key, value] of entries) {
    if (Object.hasOwn(tags, key))
      return { ok: false, message: `tag key ${JSON.stringify(key)} is given twice` };
    const problem = tagProblem(key, value);
    if (problem) return { ok: false, message: problem };
    tags[key] = value;
  }
  const count = Object.keys(tags).length;
  if (count > MAX_USER_TAGS)
    return { ok: false, message: `must have at most ${MAX_USER_TAGS} tags (got ${count})` };
  return { ok: true, tags };
}

function scalarText(node: { value: unknown; source?: string }): string {
  if (node.value === null || node.value === undefined) return '';
  if (typeof node.value === 'string') return node.value;
  // Numbers and booleans keep their written form ("007", "1.10", "TRUE"), not JS's rendering.
  return node.source ?? String(node.value);
}

function tags(s: string): Record<string, string> {
  const r = parseTags(s);
  return r.ok ? r.tags : fail(r.message);
}

function ssmPrefix(s: string): string {
  if (!s.startsWith('/')) fail('must start with "/" (e.g. /myapp/prod/redis)');
  if (!/^[A-Za-z0-9_.\-/]+$/.test(s)) fail('may contain only letters, digits and _ . - /');
  if (s.includes('//')) fail('must not contain "//"');
  if (/^\/(aws|ssm)/i.test(s)) fail('must not start with /aws or /ssm (reserved by AWS)');
  const p = s.replace(/\/+$/, '');
  if (p === '') fail('must contain at least one path segment after "/"');
  if (p.length > 900) fail(`must be at most 900 characters (got ${p.length})`);
  // SSM allows 15 levels in a parameter name; the parameter itself (REDIS_URL…) is one of them.
  const levels = p.split('/').length - 1;
  if (levels > 14)
    fail(`must have at most 14 levels (SSM allows 15 including the parameter name; got ${levels})`);
  return p;
}

function region(s: string): string {
  if (!REGION.test(s)) fail('must be an AWS region code such as eu-west-1 or us-gov-west-1');
  return s;
}

// ---------------------------------------------------------------------------------------------
// The schema.

/** A zod field over the raw string: trimmed, empty → the action.yml default, then `rule`. */
function field<T>(name: InputName, rule: (s: string) => T) {
  return z
    .string()
    .optional()
    .transform((v, ctx): T => {
      const s = (v ?? '').trim() || INPUT_DEFAULTS[name];
      try {
        return rule(s);
      } catch (e) {
        if (!(e instanceof RuleError)) throw e;
        ctx.addIssue({ code: 'custom', message: e.message });
        return z.NEVER;
      }
    });
}

function windowRule<W>(parse: (s: string) => { ok: true; window: W } | { ok: false; message: string }) {
  return (s: string): W => {
    const r = parse(s);
    return r.ok ? r.window : fail(r.message);
  };
}

function buildSchema(regionSource: string) {
  const shape = {
    mode: field('mode', oneOf<Mode>(['apply', 'plan'])),
    name: field('name', required(`the replication group id (${REPLICATION_GROUP_RULE})`, replicationGroupId)),
    node_type: field('node_type', required('the node type, e.g. cache.t4g.micro', nodeType)),
    subnet_ids: field('subnet_ids', subnetList),
    engine: field('engine', oneOf<Engine>(ENGINES)),
    engine_version: field('engine_version', engineVersion),
    num_cache_clusters: field('num_cache_clusters', int(1, 6, '1 primary + up to 5 replicas')),
    automatic_failover_enabled: field('automatic_failover_enabled', bool),
    multi_az_enabled: field('multi_az_enabled', bool),
    at_rest_encryption_enabled: field('at_rest_encryption_enabled', bool),
    kms_key_id: field('kms_key_id', optional(kmsKeyId)),
    transit_encryption_enabled: field('transit_encryption_enabled', bool),
    auth_token_enabled: field('auth_token_enabled', bool),
    auth_token_rotate: field('auth_token_rotate', bool),
    environment: field('environment', optional(environment)),
    port: field('port', int(1024, 65535)),
    allowed_security_group_ids: field('allowed_security_group_ids', sgList),
    allowed_cidr_blocks: field('allowed_cidr_blocks', cidrList),
    security_group_ids: field('security_group_ids', sgList),
    snapshot_retention_limit: field(
      'snapshot_retention_limit',
      int(0, 35, 'days; 0 disables automatic backups'),
    ),
    snapshot_window: field('snapshot_window', windowRule<DailyWindow>(parseSnapshotWindow)),
    maintenance_window: field('maintenance_window', windowRule<WeeklyWindow>(parseMaintenanceWindow)),
    maxmemory_policy: field('maxmemory_policy', oneOf<MaxmemoryPolicy>(MAXMEMORY_POLICIES)),
    timeout: field('timeout', int(0, 86400, 'seconds; 0 = never close idle connections')),
    tcp_keepalive: field('tcp_keepalive', int(0, 3600, 'seconds; 0 disables keepalive')),
    maxmemory_samples: field('maxmemory_samples', int(1, 64)),
    notification_topic_arn: field('notification_topic_arn', optional(topicArn)),
    log_retention_days: field('log_retention_days', logRetention),
    apply_immediately: field('apply_immediately', bool),
    tags: field('tags', tags),
    ssm_prefix: field('ssm_prefix', optional(ssmPrefix)),
    cache_db: field('cache_db', int(0, 15, 'Redis database number')),
    celery_db: field('celery_db', int(0, 15, 'Redis database number')),
    celery_result_db: field('celery_result_db', int(0, 15, 'Redis database number')),
    wait: field('wait', bool),
    wait_timeout_minutes: field('wait_timeout_minutes', int(1, 355)),
    allow_public_subnets: field('allow_public_subnets', bool),
    aws_region: field(
      'aws_region',
      required(
        'set the aws_region input, or run aws-actions/configure-aws-credentials first (it sets AWS_REGION)',
        (s) => {
          try {
            return region(s);
          } catch (e) {
            if (e instanceof RuleError && regionSource) fail(`${e.message} (taken from ${regionSource})`);
            throw e;
          }
        },
      ),
    ),
  } satisfies Record<InputName, z.ZodType>;

  type Fields = z.output<z.ZodObject<typeof shape>>;
  type Ctx = z.core.$RefinementCtx<Fields>;

  /** A cross-input rule that runs only when the inputs it reads are individually valid. */
  const cross = (
    inputs: InputName[],
    rule: (v: Fields, issue: (input: InputName, message: string) => void) => void,
  ) =>
    [
      (v: Fields, ctx: Ctx) =>
        rule(v, (input, message) => ctx.addIssue({ code: 'custom', message, path: [input] })),
      {
        when: (payload: z.core.ParsePayload) =>
          !payload.issues.some((i) => inputs.includes(i.path?.[0] as InputName)),
      },
    ] as const;

  const rules = [
    cross(['num_cache_clusters', 'automatic_failover_enabled'], (v, issue) => {
      if (v.automatic_failover_enabled && v.num_cache_clusters < 2) {
        issue(
          'num_cache_clusters',
          'automatic failover (automatic_failover_enabled: true) needs at least 2 nodes (a primary and a ' +
            'replica); raise num_cache_clusters, or set automatic_failover_enabled and multi_az_enabled to false',
        );
      }
    }),
    cross(['multi_az_enabled', 'automatic_failover_enabled'], (v, issue) => {
      if (v.multi_az_enabled && !v.automatic_failover_enabled) {
        issue('multi_az_enabled', 'Multi-AZ requires automatic_failover_enabled: true');
      }
    }),
    cross(['auth_token_enabled', 'transit_encryption_enabled'], (v, issue) => {
      if (v.auth_token_enabled && !v.transit_encryption_enabled) {
        issue('auth_token_enabled', 'an AUTH token requires transit_encryption_enabled: true (TLS)');
      }
    }),
    cross(['auth_token_rotate', 'auth_token_enabled'], (v, issue) => {
      if (v.auth_token_rotate && !v.auth_token_enabled) {
        issue('auth_token_rotate', 'rotating the AUTH token requires auth_token_enabled: true');
      }
    }),
    cross(['kms_key_id', 'at_rest_encryption_enabled'], (v, issue) => {
      if (v.kms_key_id !== undefined && !v.at_rest_encryption_enabled) {
        issue('kms_key_id', 'a KMS key requires at_rest_encryption_enabled: true');
      }
    }),
    cross(['node_type', 'maxmemory_policy'], (v, issue) => {
      if (isDataTieringNodeType(v.node_type) && !DATA_TIERING_POLICIES.includes(v.maxmemory_policy)) {
        issue(
          'maxmemory_policy',
          `node type ${v.node_type} uses data tiering, which supports only maxmemory_policy ` +
            `${DATA_TIERING_POLICIES.join(', ')}`,
        );
      }
    }),
    cross(['engine', 'engine_version'], (v, issue) => {
      if (familyFor(v.engine, v.engine_version) === undefined) {
        issue(
          'engine_version',
          `is not available for engine ${v.engine}; valid versions: ${SUPPORTED_VERSIONS[v.engine].join(', ')}`,
        );
      }
    }),
    cross(['name', 'engine', 'engine_version'], (v, issue) => {
      const family = familyFor(v.engine, v.engine_version);
      if (family === undefined) return;
      // The derived names (see names.ts) must themselves be valid: ≤ 255 characters, and the
      // parameter and subnet groups follow the replication-group naming rules. With a valid id of
      // at most 40 characters and today's families this always holds; it guards future families.
      for (const derived of [`${v.name}-redis`, `${v.name}-${family}`, `${v.name}-subnets`]) {
        if (derived.length > 255 || derived.includes('--') || derived.endsWith('-')) {
          issue('name', `gives the invalid derived resource name ${JSON.stringify(derived)}`);
        }
      }
    }),
    cross(['snapshot_window', 'maintenance_window'], (v, issue) => {
      if (windowsOverlap(v.snapshot_window, v.maintenance_window)) {
        issue(
          'maintenance_window',
          `overlaps snapshot_window ${v.snapshot_window.text}; the snapshot window repeats every day, so the ` +
            'maintenance window must avoid it on every day it covers',
        );
      }
    }),
    cross(['cache_db', 'celery_db', 'celery_result_db'], (v, issue) => {
      const dbs: Array<[InputName, number]> = [
        ['cache_db', v.cache_db],
        ['celery_db', v.celery_db],
        ['celery_result_db', v.celery_result_db],
      ];
      dbs.forEach(([input, db], i) => {
        const clash = dbs.slice(0, i).find(([, other]) => other === db);
        if (clash)
          issue(input, `must differ from ${clash[0]} (both are ${db}); each use needs its own database`);
      });
    }),
  ];

  let schema = z.object(shape);
  for (const [fn, params] of rules) schema = schema.superRefine(fn, params);
  return schema;
}

function display(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * Validate the raw inputs (as read by readInputs) into a Config. Every problem is reported, each
 * naming its input; warnings are advice that does not stop the run.
 */
export function parseConfig(
  raw: Record<InputName, string>,
  env: Record<string, string | undefined>,
): ParseResult {
  const regionInput = (raw.aws_region ?? '').trim();
  const fromEnv = regionInput
    ? undefined
    : (['AWS_REGION', 'AWS_DEFAULT_REGION'] as const).find((k) => (env[k] ?? '').trim() !== '');
  const values: Record<InputName, string> = { ...INPUT_DEFAULTS };
  for (const name of INPUT_NAMES) {
    const v = (raw[name] ?? '').trim();
    if (v !== '') values[name] = v;
  }
  if (fromEnv) values.aws_region = (env[fromEnv] ?? '').trim();

  const result = buildSchema(fromEnv ? `the ${fromEnv} environment variable` : '').safeParse(values);
  if (!result.success) {
    const errors = result.error.issues.map((issue): InputError => {
      const input = String(issue.path[0] ?? 'inputs');
      return { input, value: shown(display(values[input as InputName])), message: issue.message };
    });
    return { ok: false, errors };
  }

  const v = result.data;
  const family = familyFor(v.engine, v.engine_version)!;
  const config: Config = {
    mode: v.mode,
    name: v.name,
    nodeType: v.node_type,
    subnetIds: v.subnet_ids,
    engine: v.engine,
    engineVersion: v.engine_version,
    family,
    numCacheClusters: v.num_cache_clusters,
    automaticFailoverEnabled: v.automatic_failover_enabled,
    multiAzEnabled: v.multi_az_enabled,
    atRestEncryptionEnabled: v.at_rest_encryption_enabled,
    kmsKeyId: v.kms_key_id,
    transitEncryptionEnabled: v.transit_encryption_enabled,
    authTokenEnabled: v.auth_token_enabled,
    authTokenRotate: v.auth_token_rotate,
    environment: v.environment,
    port: v.port,
    allowedSecurityGroupIds: v.allowed_security_group_ids,
    allowedCidrBlocks: v.allowed_cidr_blocks,
    securityGroupIds: v.security_group_ids,
    snapshotRetentionLimit: v.snapshot_retention_limit,
    snapshotWindow: v.snapshot_window.text,
    maintenanceWindow: v.maintenance_window.text,
    parameters: {
      'maxmemory-policy': v.maxmemory_policy,
      timeout: String(v.timeout),
      'tcp-keepalive': String(v.tcp_keepalive),
      'maxmemory-samples': String(v.maxmemory_samples),
    },
    notificationTopicArn: v.notification_topic_arn,
    logRetentionDays: v.log_retention_days,
    applyImmediately: v.apply_immediately,
    tags: v.tags,
    ssmPrefix: v.ssm_prefix ?? `/django-redis-action/${v.name}`,
    cacheDb: v.cache_db,
    celeryDb: v.celery_db,
    celeryResultDb: v.celery_result_db,
    wait: v.wait,
    waitTimeoutMinutes: v.wait_timeout_minutes,
    allowPublicSubnets: v.allow_public_subnets,
    region: v.aws_region,
  };

  const warnings: string[] = [];
  if (config.allowedSecurityGroupIds.length === 0 && config.allowedCidrBlocks.length === 0) {
    warnings.push(
      config.securityGroupIds.length === 0
        ? 'Neither allowed_security_group_ids nor allowed_cidr_blocks is set: nothing will be able to connect ' +
            `to ${config.name} on port ${config.port}.`
        : 'Neither allowed_security_group_ids nor allowed_cidr_blocks is set: the action’s security group ' +
            `admits nothing, so only the rules of security_group_ids let clients reach port ${config.port}.`,
    );
  }
  if (config.allowedCidrBlocks.includes('0.0.0.0/0')) {
    warnings.push(
      `allowed_cidr_blocks contains 0.0.0.0/0: port ${config.port} is open to every address that can route ` +
        'to the VPC. Prefer the application’s security group or its private CIDR.',
    );
  }
  return { ok: true, config, warnings };
}
