// Engine facts the fake enforces: versions, parameter-group families, node types, the parameter
// catalog and maintenance/snapshot window arithmetic.

import type { Parameter } from '@aws-sdk/client-elasticache';
import type { Engine } from './world.js';

interface VersionInfo {
  engine: Engine;
  /** What the API accepts (major.minor for Redis 6+ and Valkey). */
  version: string;
  /** What member clusters report. */
  full: string;
  family: string;
}

export const ENGINE_VERSIONS: VersionInfo[] = [
  { engine: 'redis', version: '5.0.6', full: '5.0.6', family: 'redis5.0' },
  { engine: 'redis', version: '6.0', full: '6.0.5', family: 'redis6.x' },
  { engine: 'redis', version: '6.2', full: '6.2.6', family: 'redis6.x' },
  { engine: 'redis', version: '7.0', full: '7.0.7', family: 'redis7' },
  { engine: 'redis', version: '7.1', full: '7.1.0', family: 'redis7' },
  { engine: 'valkey', version: '7.2', full: '7.2.4', family: 'valkey7' },
  { engine: 'valkey', version: '8.0', full: '8.0.1', family: 'valkey8' },
  { engine: 'valkey', version: '8.1', full: '8.1.0', family: 'valkey8' },
  { engine: 'valkey', version: '8.2', full: '8.2.0', family: 'valkey8' },
];

export const DEFAULT_ENGINE_VERSION: Record<Engine, string> = { redis: '7.1', valkey: '8.2' };

export const FAMILIES = [...new Set(ENGINE_VERSIONS.map((v) => v.family))];

/** Resolve a requested version ("7.1", "7.1.0", "6.x") for an engine; undefined when unknown. */
export function findVersion(engine: Engine, requested: string): VersionInfo | undefined {
  const candidates = ENGINE_VERSIONS.filter((v) => v.engine === engine);
  if (requested === '6.x') return candidates.find((v) => v.version === '6.2');
  return candidates.find((v) => v.version === requested || v.full === requested);
}

export function familyOf(engine: Engine, fullVersion: string): string {
  const v = ENGINE_VERSIONS.find((x) => x.engine === engine && x.full === fullVersion);
  if (!v) throw new Error(`fake cloud: no family for ${engine} ${fullVersion}`);
  return v.family;
}

/** Compare dotted versions numerically (negative when a < b). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** In-place transit encryption changes need Redis >= 7.0.5 or any Valkey. */
export function supportsInPlaceTransit(engine: Engine, fullVersion: string): boolean {
  return engine === 'valkey' || compareVersions(fullVersion, '7.0.5') >= 0;
}

export function supportsLogType(engine: Engine, fullVersion: string, logType: string): boolean {
  if (engine === 'valkey') return true;
  return compareVersions(fullVersion, logType === 'engine-log' ? '6.2' : '6.0') >= 0;
}

// ----- node types -------------------------------------------------------------------------------

const NODE_FAMILIES = ['t2', 't3', 't4g', 'm4', 'm5', 'm6g', 'm7g', 'r4', 'r5', 'r6g', 'r6gd', 'r7g', 'c7gn'];
const NODE_SIZES = [
  'micro',
  'small',
  'medium',
  'large',
  'xlarge',
  '2xlarge',
  '4xlarge',
  '8xlarge',
  '12xlarge',
  '16xlarge',
  '24xlarge',
];

export function isValidNodeType(nodeType: string): boolean {
  const m = /^cache\.([a-z0-9]+)\.([a-z0-9]+)$/.exec(nodeType);
  return !!m && NODE_FAMILIES.includes(m[1]!) && NODE_SIZES.includes(m[2]!);
}

export function isDataTieringNodeType(nodeType: string): boolean {
  return /^cache\.r6gd\./.test(nodeType);
}

// ----- parameters -------------------------------------------------------------------------------

export type CatalogParameter = Required<
  Pick<
    Parameter,
    | 'ParameterName'
    | 'ParameterValue'
    | 'Description'
    | 'DataType'
    | 'AllowedValues'
    | 'IsModifiable'
    | 'MinimumEngineVersion'
    | 'ChangeType'
  >
>;

/** One row of the parameter metadata table. */
interface ParameterRow {
  name: string;
  value: string;
  dataType: 'string' | 'integer';
  /** As AWS reports it: "a,b,c", "1-75", "0,20-", "-5-"; "" for free-form strings. */
  allowed: string;
  modifiable: boolean;
  changeType: 'immediate' | 'requires-reboot';
  /** First Redis OSS version with the parameter (also its MinimumEngineVersion in Redis families). */
  since: string;
  /** Last Redis OSS major that had it (renamed parameters), exclusive. */
  until?: string;
  description: string;
  /** Extra check for free-form strings (not reported by the API). */
  pattern?: RegExp;
}

const YES_NO = 'yes,no';
const EVICTION =
  'volatile-lru,allkeys-lru,volatile-lfu,allkeys-lfu,volatile-random,allkeys-random,volatile-ttl,noeviction';

function row(
  name: string,
  value: string,
  dataType: 'string' | 'integer',
  allowed: string,
  description: string,
  opts: { modifiable?: boolean; reboot?: boolean; since?: string; until?: string; pattern?: RegExp } = {},
): ParameterRow {
  return {
    name,
    value,
    dataType,
    allowed,
    modifiable: opts.modifiable ?? true,
    changeType: opts.reboot ? 'requires-reboot' : 'immediate',
    since: opts.since ?? '2.8.6',
    ...(opts.until ? { until: opts.until } : {}),
    description,
    ...(opts.pattern ? { pattern: opts.pattern } : {}),
  };
}

/**
 * The parameter metadata (DescribeEngineDefaultParameters / DescribeCacheParameters), one table for
 * every family: a representative slice of the real catalog, from the ElastiCache parameter
 * documentation. Not modifiable on ElastiCache: appendonly, appendfsync, cluster-enabled and
 * maxclients. databases needs a reboot; everything else here applies immediately.
 */
export const PARAMETER_TABLE: readonly ParameterRow[] = [
  row('acllog-max-len', '128', 'integer', '1-10000', 'The maximum number of entries in the ACL log.', {
    since: '6.0.0',
  }),
  row('activedefrag', 'no', 'string', YES_NO, 'Enabled active memory defragmentation.', { since: '4.0.10' }),
  row('active-defrag-cycle-max', '75', 'integer', '1-75', 'Maximal effort for defrag in CPU percentage.', {
    since: '4.0.10',
  }),
  row('active-defrag-cycle-min', '5', 'integer', '1-75', 'Minimal effort for defrag in CPU percentage.', {
    since: '4.0.10',
  }),
  row(
    'active-defrag-ignore-bytes',
    '104857600',
    'integer',
    '1048576-',
    'Minimum amount of fragmentation waste to start active defrag.',
    { since: '4.0.10' },
  ),
  row(
    'active-defrag-threshold-lower',
    '10',
    'integer',
    '1-100',
    'Minimum percentage of fragmentation to start active defrag.',
    { since: '4.0.10' },
  ),
  row(
    'active-defrag-threshold-upper',
    '100',
    'integer',
    '1-100',
    'Maximum percentage of fragmentation at which we use maximum effort.',
    { since: '4.0.10' },
  ),
  row('appendfsync', 'everysec', 'string', 'always,everysec,no', 'fsync policy for AOF persistence.', {
    modifiable: false,
  }),
  row('appendonly', 'no', 'string', YES_NO, 'Enable Redis persistence.', { modifiable: false }),
  row(
    'client-output-buffer-limit-normal-hard-limit',
    '0',
    'integer',
    '0-',
    'Normal client output buffer hard limit in bytes.',
  ),
  row(
    'client-output-buffer-limit-normal-soft-limit',
    '0',
    'integer',
    '0-',
    'Normal client output buffer soft limit in bytes.',
  ),
  row(
    'client-output-buffer-limit-normal-soft-seconds',
    '0',
    'integer',
    '0-',
    'Normal client output buffer soft limit in seconds.',
  ),
  row(
    'client-output-buffer-limit-pubsub-hard-limit',
    '33554432',
    'integer',
    '0-',
    'Pubsub client output buffer hard limit in bytes.',
  ),
  row(
    'client-output-buffer-limit-pubsub-soft-limit',
    '8388608',
    'integer',
    '0-',
    'Pubsub client output buffer soft limit in bytes.',
  ),
  row(
    'client-output-buffer-limit-pubsub-soft-seconds',
    '60',
    'integer',
    '0-',
    'Pubsub client output buffer soft limit in seconds.',
  ),
  row(
    'close-on-replica-write',
    'yes',
    'string',
    YES_NO,
    'If enabled, clients who attempt to write to a read-only replica will be disconnected.',
  ),
  row('cluster-enabled', 'no', 'string', YES_NO, 'Enable cluster mode.', {
    modifiable: false,
    reboot: true,
    since: '3.2.4',
  }),
  row('databases', '16', 'integer', '1-1200000', 'Set the number of databases.', { reboot: true }),
  row(
    'hash-max-listpack-entries',
    '128',
    'integer',
    '0-',
    'The maximum number of hash entries in order for the dataset to be compressed.',
    {
      since: '7.0.0',
    },
  ),
  row(
    'hash-max-listpack-value',
    '64',
    'integer',
    '0-',
    'The threshold of biggest hash entries in order for the dataset to be compressed.',
    {
      since: '7.0.0',
    },
  ),
  row(
    'hash-max-ziplist-entries',
    '512',
    'integer',
    '0-',
    'The maximum number of hash entries in order for the dataset to be compressed.',
    {
      until: '7.0.0',
    },
  ),
  row(
    'hash-max-ziplist-value',
    '64',
    'integer',
    '0-',
    'The threshold of biggest hash entries in order for the dataset to be compressed.',
    {
      until: '7.0.0',
    },
  ),
  row('lazyfree-lazy-eviction', 'no', 'string', YES_NO, 'Perform an asynchronous delete on evictions.', {
    since: '4.0.10',
  }),
  row('lazyfree-lazy-expire', 'no', 'string', YES_NO, 'Perform an asynchronous delete on expired keys.', {
    since: '4.0.10',
  }),
  row(
    'lazyfree-lazy-server-del',
    'no',
    'string',
    YES_NO,
    'Perform an asynchronous delete for commands which update values.',
    { since: '4.0.10' },
  ),
  row('lazyfree-lazy-user-del', 'no', 'string', YES_NO, 'Makes DEL behave like UNLINK.', { since: '6.0.0' }),
  row(
    'lfu-decay-time',
    '1',
    'integer',
    '0-',
    'The amount of time in minutes to decrement the key counter for LFU eviction policy.',
    {
      since: '4.0.10',
    },
  ),
  row(
    'lfu-log-factor',
    '10',
    'integer',
    '1-',
    'The log factor for incrementing key counter for LFU eviction policy.',
    {
      since: '4.0.10',
    },
  ),
  row(
    'list-max-listpack-size',
    '-2',
    'integer',
    '-5-',
    'The number of entries allowed per internal list node.',
    {
      since: '7.0.0',
    },
  ),
  row(
    'list-max-ziplist-size',
    '-2',
    'integer',
    '-5-',
    'The number of entries allowed per internal list node.',
    {
      since: '3.2.4',
      until: '7.0.0',
    },
  ),
  row('maxclients', '65000', 'integer', '1-65000', 'The maximum number of Redis clients.', {
    modifiable: false,
    reboot: true,
  }),
  row('maxmemory-policy', 'volatile-lru', 'string', EVICTION, 'Max memory policy.'),
  row('maxmemory-samples', '3', 'integer', '1-', 'Max memory samples.'),
  row(
    'min-replicas-max-lag',
    '10',
    'integer',
    '0-',
    'The maximum amount of replica lag in seconds beyond which the master would stop taking writes.',
    {
      since: '5.0.0',
    },
  ),
  row(
    'min-replicas-to-write',
    '0',
    'integer',
    '0-',
    'The minimum number of replicas that must be present for the master to accept writes.',
    {
      since: '5.0.0',
    },
  ),
  row(
    'notify-keyspace-events',
    '',
    'string',
    '',
    'The keyspace events for Redis to notify Pub/Sub clients about.',
    {
      pattern: /^[KEg$lshzxetmdnA]*$/,
    },
  ),
  row(
    'repl-backlog-size',
    '1048576',
    'integer',
    '16384-',
    'The replication backlog size in bytes for PSYNC.',
  ),
  row(
    'reserved-memory-percent',
    '25',
    'integer',
    '0-100',
    'The percent of memory reserved for non-cache memory usage.',
    {
      since: '3.2.4',
    },
  ),
  row(
    'set-max-intset-entries',
    '512',
    'integer',
    '0-',
    'The limit in the size of the set in order for the dataset to be compressed.',
  ),
  row(
    'slowlog-log-slower-than',
    '10000',
    'integer',
    '0-',
    'The execution time, in microseconds, to exceed in order for the command to get logged.',
  ),
  row('slowlog-max-len', '128', 'integer', '0-', 'The length of the slow log.'),
  row('tcp-keepalive', '300', 'integer', '0-', 'Close connections if client is unresponsive for n seconds.'),
  row(
    'timeout',
    '0',
    'integer',
    '0,20-',
    'Close connection if client is idle for a given number of seconds.',
  ),
];

/** The Redis OSS version each family is compatible with (Valkey 7.2 continues Redis OSS 7.2). */
const FAMILY_BASE: Record<string, { redis: string; minimum?: string }> = {
  'redis5.0': { redis: '5.0.6' },
  'redis6.x': { redis: '6.2.6' },
  redis7: { redis: '7.1.0' },
  valkey7: { redis: '7.2.4', minimum: '7.2.4' },
  valkey8: { redis: '7.2.4', minimum: '8.0.0' },
};

function rowsFor(family: string): ParameterRow[] {
  const base = FAMILY_BASE[family];
  if (!base) return [];
  return PARAMETER_TABLE.filter(
    (r) =>
      compareVersions(r.since, base.redis) <= 0 &&
      (r.until === undefined || compareVersions(base.redis, r.until) < 0),
  ).sort((a, b) => a.name.localeCompare(b.name));
}

function toParameter(r: ParameterRow, family: string): CatalogParameter {
  return {
    ParameterName: r.name,
    ParameterValue: r.value,
    Description: r.description,
    DataType: r.dataType,
    AllowedValues: r.allowed,
    IsModifiable: r.modifiable,
    MinimumEngineVersion: FAMILY_BASE[family]?.minimum ?? r.since,
    ChangeType: r.changeType,
  };
}

/** The family's parameters with their engine defaults, in the order AWS lists them (by name). */
export function parametersFor(family: string): CatalogParameter[] {
  return rowsFor(family).map((r) => toParameter(r, family));
}

export function findParameter(family: string, name: string): CatalogParameter | undefined {
  const r = rowsFor(family).find((x) => x.name === name);
  return r && toParameter(r, family);
}

/** Check a value against a parameter's DataType and AllowedValues ("a,b,c", "1-75", "0,20-", "-5-"). */
export function isAllowedValue(p: CatalogParameter, value: string): boolean {
  if (p.DataType === 'integer') {
    if (!/^-?\d+$/.test(value)) return false;
    const n = Number(value);
    return p.AllowedValues.split(',').some((part) => {
      const m = /^(-?\d+)?-(-?\d+)?$/.exec(part);
      if (!m) return Number(part) === n;
      return (m[1] === undefined || n >= Number(m[1])) && (m[2] === undefined || n <= Number(m[2]));
    });
  }
  const pattern = PARAMETER_TABLE.find((r) => r.name === p.ParameterName)?.pattern;
  if (pattern) return pattern.test(value);
  return p.AllowedValues === '' || p.AllowedValues.split(',').includes(value);
}

// ----- windows ----------------------------------------------------------------------------------

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEK = 7 * 1440;

/** "hh24:mi-hh24:mi" → [startMinute, durationMinutes] within a day, or undefined when malformed. */
export function parseDailyWindow(w: string): [number, number] | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(w);
  if (!m) return undefined;
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = Number(m[3]) * 60 + Number(m[4]);
  return [start, (end - start + 1440) % 1440];
}

/** "ddd:hh24:mi-ddd:hh24:mi" → [startMinuteOfWeek, durationMinutes], or undefined when malformed. */
export function parseWeeklyWindow(w: string): [number, number] | undefined {
  const m =
    /^(sun|mon|tue|wed|thu|fri|sat):([01]\d|2[0-3]):([0-5]\d)-(sun|mon|tue|wed|thu|fri|sat):([01]\d|2[0-3]):([0-5]\d)$/.exec(
      w.toLowerCase(),
    );
  if (!m) return undefined;
  const start = DAYS.indexOf(m[1]!) * 1440 + Number(m[2]) * 60 + Number(m[3]);
  const end = DAYS.indexOf(m[4]!) * 1440 + Number(m[5]) * 60 + Number(m[6]);
  return [start, (end - start + WEEK) % WEEK];
}

function hhmm(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function formatDailyWindow(start: number, duration: number): string {
  return `${hhmm(start)}-${hhmm(start + duration)}`;
}

export function formatWeeklyWindow(start: number, duration: number): string {
  const day = (minute: number) => DAYS[Math.floor((((minute % WEEK) + WEEK) % WEEK) / 1440)]!;
  return `${day(start)}:${hhmm(start)}-${day(start + duration)}:${hhmm(start + duration)}`;
}

/** Whether the daily snapshot window touches the weekly maintenance window on any day. */
export function windowsOverlap(snapshot: string, maintenance: string): boolean {
  const s = parseDailyWindow(snapshot);
  const m = parseWeeklyWindow(maintenance);
  if (!s || !m) return false;
  const inMaintenance = (minute: number) => (((minute - m[0]) % WEEK) + WEEK) % WEEK < m[1];
  for (let day = 0; day < 7; day++) {
    for (let k = 0; k < s[1]; k++) if (inMaintenance(day * 1440 + s[0] + k)) return true;
  }
  return false;
}
