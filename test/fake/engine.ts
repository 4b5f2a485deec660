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

function param(
  name: string,
  value: string,
  dataType: 'string' | 'integer',
  allowed: string,
  opts: { modifiable?: boolean; reboot?: boolean; description?: string } = {},
): CatalogParameter {
  return {
    ParameterName: name,
    ParameterValue: value,
    Description: opts.description ?? `Redis configuration parameter ${name}.`,
    DataType: dataType,
    AllowedValues: allowed,
    IsModifiable: opts.modifiable ?? true,
    MinimumEngineVersion: '7.0.0',
    ChangeType: opts.reboot ? 'requires-reboot' : 'immediate',
  };
}

const YES_NO = 'yes,no';
const EVICTION =
  'volatile-lru,allkeys-lru,volatile-lfu,allkeys-lfu,volatile-random,allkeys-random,volatile-ttl,noeviction';

/** A representative slice of the real catalog (more than 20 entries, so pagination is exercised). */
export const PARAMETER_CATALOG: CatalogParameter[] = [
  param('activedefrag', 'no', 'string', YES_NO),
  param('active-defrag-cycle-max', '75', 'integer', '1-75'),
  param('active-defrag-cycle-min', '5', 'integer', '1-75'),
  param('active-defrag-ignore-bytes', '104857600', 'integer', '1048576-'),
  param('active-defrag-threshold-lower', '10', 'integer', '1-100'),
  param('active-defrag-threshold-upper', '100', 'integer', '1-100'),
  param('appendfsync', 'everysec', 'string', 'always,everysec,no', { modifiable: false }),
  param('appendonly', 'no', 'string', YES_NO, { modifiable: false }),
  param('client-output-buffer-limit-pubsub-hard-limit', '33554432', 'integer', '0-'),
  param('close-on-replica-write', 'yes', 'string', YES_NO),
  param('cluster-enabled', 'no', 'string', YES_NO, { modifiable: false, reboot: true }),
  param('databases', '16', 'integer', '1-1200000', { reboot: true }),
  param('hash-max-listpack-entries', '128', 'integer', '0-'),
  param('hash-max-listpack-value', '64', 'integer', '0-'),
  param('lazyfree-lazy-eviction', 'no', 'string', YES_NO),
  param('lazyfree-lazy-expire', 'no', 'string', YES_NO),
  param('lfu-decay-time', '1', 'integer', '0-'),
  param('lfu-log-factor', '10', 'integer', '1-'),
  param('list-max-listpack-size', '-2', 'integer', '-5-'),
  param('maxclients', '65000', 'integer', '1-65000', { modifiable: false, reboot: true }),
  param('maxmemory-policy', 'volatile-lru', 'string', EVICTION, { description: 'Max memory policy.' }),
  param('maxmemory-samples', '3', 'integer', '1-'),
  param('min-replicas-max-lag', '10', 'integer', '0-'),
  param('min-replicas-to-write', '0', 'integer', '0-'),
  param('notify-keyspace-events', '', 'string', '', {
    description: 'The keyspace events for Redis to notify Pub/Sub clients about.',
  }),
  param('repl-backlog-size', '1048576', 'integer', '16384-'),
  param('reserved-memory-percent', '25', 'integer', '0-100'),
  param('slowlog-log-slower-than', '10000', 'integer', '0-'),
  param('slowlog-max-len', '128', 'integer', '0-'),
  param('tcp-keepalive', '300', 'integer', '0-', {
    description: 'Close connections if client is unresponsive for n seconds.',
  }),
  param('timeout', '0', 'integer', '0,20-', {
    description: 'Close connection if client is idle for a given number of seconds.',
  }),
];

/** Check a value against a catalog entry's AllowedValues ("a,b,c", "1-75", "0,20-", "-5-"). */
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
