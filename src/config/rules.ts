// Field rules shared by every mode's schema. Each takes the trimmed input string and returns the
// parsed value, or throws RuleError with a message that says what is valid.

import { ENGINES, SUPPORTED_VERSIONS } from '../domain/engine.js';

/** CloudWatch Logs' allowed retention values (days); 0 here means "never expire". */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

export const MAX_LIST_ITEMS = 50;

export class RuleError extends Error {}

export function fail(message: string): never {
  throw new RuleError(message);
}

const BOOLEAN_TRUE = ['true', 'True', 'TRUE'];
const BOOLEAN_FALSE = ['false', 'False', 'FALSE'];

export function bool(s: string): boolean {
  if (BOOLEAN_TRUE.includes(s)) return true;
  if (BOOLEAN_FALSE.includes(s)) return false;
  return fail(`must be a boolean: one of ${[...BOOLEAN_TRUE, ...BOOLEAN_FALSE].join(', ')}`);
}

export function int(min: number, max: number, note = ''): (s: string) => number {
  return (s) => {
    const n = /^\d+$/.test(s) ? Number(s) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      fail(`must be an integer from ${min} to ${max}${note ? ` (${note})` : ''}`);
    }
    return n;
  };
}

export function oneOf<T extends string>(values: readonly T[], what = 'one of'): (s: string) => T {
  return (s) => {
    if (!(values as readonly string[]).includes(s)) fail(`must be ${what}: ${values.join(', ')}`);
    return s as T;
  };
}

export function required<T>(what: string, rule: (s: string) => T): (s: string) => T {
  return (s) => (s === '' ? fail(`is required: ${what}`) : rule(s));
}

export function optional<T>(rule: (s: string) => T): (s: string) => T | undefined {
  return (s) => (s === '' ? undefined : rule(s));
}

/** Split on commas and newlines, trim, drop empties. */
export function splitList(s: string): string[] {
  return s
    .split(/[,\r\n]/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

export function list(
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

export const subnetList = list(
  'subnet ids',
  (id) =>
    SUBNET_ID.test(id)
      ? undefined
      : `${JSON.stringify(id)} is not a subnet id (subnet- followed by 8 or 17 lowercase hex characters)`,
  'at least one private subnet id (subnet-…)',
);
export const sgList = list('security group ids', (id) =>
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

export const cidrList = list('CIDR blocks', cidrProblem);

export const REPLICATION_GROUP_RULE = '1-40 letters, digits or hyphens, starting with a letter';

export function replicationGroupId(s: string): string {
  if (s.length > 40) fail(`must be at most 40 characters (${REPLICATION_GROUP_RULE}); got ${s.length}`);
  if (!/^[A-Za-z]/.test(s)) fail(`must start with a letter (${REPLICATION_GROUP_RULE})`);
  if (!/^[A-Za-z0-9-]+$/.test(s))
    fail(`may contain only letters, digits and hyphens (${REPLICATION_GROUP_RULE})`);
  if (s.includes('--')) fail('must not contain two consecutive hyphens');
  if (s.endsWith('-')) fail('must not end with a hyphen');
  return s.toLowerCase();
}

export function nodeType(s: string): string {
  if (!/^cache\.[a-z0-9]+\.[a-z0-9]+$/.test(s)) {
    fail('must be an ElastiCache node type cache.<family>.<size>, e.g. cache.t4g.micro or cache.r7g.large');
  }
  return s;
}

export function engineVersion(s: string): string {
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
export const REGION_PART = '[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d+';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEY_ID = `(?:${UUID}|mrk-[0-9a-f]{32})`;
const ALIAS_NAME = 'alias/[A-Za-z0-9/_-]{1,250}';
const KMS_KEY = new RegExp(
  `^(?:${KEY_ID}|${ALIAS_NAME}|arn:aws[a-z-]*:kms:${REGION_PART}:\\d{12}:(?:key/${KEY_ID}|${ALIAS_NAME}))$`,
);

export function kmsKeyId(s: string): string {
  if (!KMS_KEY.test(s)) {
    fail(
      'must be a KMS key id (UUID or mrk-…), a key ARN (arn:aws:kms:<region>:<account>:key/<id>), ' +
        'an alias (alias/<name>) or an alias ARN',
    );
  }
  return s;
}

const SNS_TOPIC = new RegExp(`^arn:aws[a-z-]*:sns:${REGION_PART}:\\d{12}:[A-Za-z0-9_-]{1,256}$`);

export function topicArn(s: string): string {
  if (!SNS_TOPIC.test(s))
    fail('must be an SNS topic ARN: arn:aws:sns:<region>:<12-digit account>:<topic name>');
  return s;
}

export function logRetention(s: string): number {
  const n = /^\d+$/.test(s) ? Number(s) : NaN;
  if (n !== 0 && !(LOG_RETENTION_DAYS as readonly number[]).includes(n)) {
    fail(`must be one of ${LOG_RETENTION_DAYS.join(', ')} (days), or 0 to never expire`);
  }
  return n;
}

// Tag charset as AWS documents it: Unicode letters, digits, spaces and _ . : / = + - @

export function ssmPrefix(s: string): string {
  if (!s.startsWith('/')) fail('must start with "/" (e.g. /myapp/prod/redis)');
  if (!/^[A-Za-z0-9_.\-/]+$/.test(s)) fail('may contain only letters, digits and _ . - /');
  if (s.includes('//')) fail('must not contain "//"');
  if (/^\/(aws|ssm)/i.test(s)) fail('must not start with /aws or /ssm (reserved by AWS)');
  // Stryker disable next-line Regex: "//" is refused above, so at most one trailing "/" is left to strip.
  const p = s.replace(/\/+$/, '');
  if (p === '') fail('must contain at least one path segment after "/"');
  if (p.length > 900) fail(`must be at most 900 characters (got ${p.length})`);
  // SSM allows 15 levels in a parameter name; the parameter itself (REDIS_URL…) is one of them.
  const levels = p.split('/').length - 1;
  if (levels > 14)
    fail(`must have at most 14 levels (SSM allows 15 including the parameter name; got ${levels})`);
  return p;
}

export function region(s: string): string {
  if (!REGION.test(s)) fail('must be an AWS region code such as eu-west-1 or us-gov-west-1');
  return s;
}

/**
 * An existing snapshot's name (to restore from): manual ones follow the group-id rules, automatic
 * ones look like automatic.<group>-2026-01-01-03-00, so dots are allowed.
 */
export function snapshotName(s: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(s)) {
    fail('must be an ElastiCache snapshot name: 1-255 letters, digits, dots, hyphens or underscores');
  }
  return s;
}

/** Availability zones, one per node (a zone may repeat: two nodes in one zone). */
export function zoneList(s: string): string[] {
  const zones = splitList(s);
  const bad = zones.find((z) => !/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/.test(z));
  if (bad) fail(`${JSON.stringify(bad)} is not an availability zone name (e.g. eu-west-1a)`);
  return zones;
}

/** ReplicationGroupDescription: at most 255 characters, no control characters. */
export function groupDescription(s: string): string {
  if (s.length > 255) fail(`must be at most 255 characters (got ${s.length})`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(s)) fail('must be one line of text without control characters');
  return s;
}

/** CloudWatch accepts at most 5 actions per alarm state. */
export const MAX_ALARM_ACTIONS = 5;
const ALARM_ACTION = new RegExp(
  `^arn:aws[a-z-]*:(sns:${REGION_PART}:\\d{12}:[A-Za-z0-9_-]{1,256}|lambda:${REGION_PART}:\\d{12}:function:.+|ssm(-incidents)?:${REGION_PART}:\\d{12}:.+)$`,
);

/** alarm_actions / ok_actions: ARNs of SNS topics (or Lambda functions, SSM OpsItems/incidents). */
export function alarmActionList(s: string): string[] {
  const items = list('alarm actions', (a) =>
    ALARM_ACTION.test(a)
      ? undefined
      : `${JSON.stringify(a)} is not an alarm action ARN: an SNS topic (arn:aws:sns:<region>:<account>:<topic>), a Lambda function or an SSM OpsItem/incident ARN`,
  )(s);
  if (items.length > MAX_ALARM_ACTIONS)
    fail(`must list at most ${MAX_ALARM_ACTIONS} ARNs (CloudWatch's limit per alarm state)`);
  return items;
}
