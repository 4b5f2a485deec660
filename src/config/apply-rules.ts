// The cross-input rules of `apply` and `plan`: what AWS enforces between inputs (failover and
// Multi-AZ, AUTH and TLS, data tiering, parameter metadata, windows, network type, alarms, DBs),
// each checked before any call and only when the inputs it reads are individually valid.

import { familyFor, SUPPORTED_VERSIONS } from '../domain/engine.js';
import { isDataTieringNodeType } from '../domain/node-types.js';
import { isNitroNodeType, supportsIpv6Engine } from '../domain/network.js';
import { parameterProblem } from '../domain/parameter-metadata.js';
import type { Fields } from './apply.js';
import { cross } from './field.js';
import type { InputName } from './inputs.js';
import { windowsOverlap } from './windows.js';

const DATA_TIERING_POLICIES: readonly string[] = ['noeviction', 'volatile-lru', 'allkeys-lru'];

/**
 * Security groups on a replication group's network interface: 5 by default (the EC2 quota
 * "security groups per network interface"), 16 at most with a raised quota; the managed one counts.
 */
export const DEFAULT_SECURITY_GROUPS_PER_ENI = 5;
export const MAX_SECURITY_GROUPS_PER_ENI = 16;

/** The four Django defaults as their dedicated inputs set them, keyed by the Redis parameter name. */
const DJANGO_PARAMETER_INPUTS = {
  'maxmemory-policy': 'maxmemory_policy',
  timeout: 'timeout',
  'tcp-keepalive': 'tcp_keepalive',
  'maxmemory-samples': 'maxmemory_samples',
} as const satisfies Record<string, InputName>;

export function djangoParameters(
  v: Pick<Fields, 'maxmemory_policy' | 'timeout' | 'tcp_keepalive' | 'maxmemory_samples'>,
) {
  return {
    'maxmemory-policy': v.maxmemory_policy,
    timeout: String(v.timeout),
    'tcp-keepalive': String(v.tcp_keepalive),
    'maxmemory-samples': String(v.maxmemory_samples),
  };
}

/** Cross-input rules: each runs only when the inputs it reads are individually valid. */
export const APPLY_RULES = [
  cross<Fields>(['num_cache_clusters', 'automatic_failover_enabled'], (v, issue) => {
    if (v.automatic_failover_enabled && v.num_cache_clusters < 2) {
      issue(
        'num_cache_clusters',
        'automatic failover (automatic_failover_enabled: true) needs at least 2 nodes (a primary and a ' +
          'replica); raise num_cache_clusters, or set automatic_failover_enabled and multi_az_enabled to false',
      );
    }
  }),
  cross<Fields>(['multi_az_enabled', 'automatic_failover_enabled'], (v, issue) => {
    if (v.multi_az_enabled && !v.automatic_failover_enabled) {
      issue('multi_az_enabled', 'Multi-AZ requires automatic_failover_enabled: true');
    }
  }),
  cross<Fields>(['auth_token_enabled', 'transit_encryption_enabled'], (v, issue) => {
    if (v.auth_token_enabled && !v.transit_encryption_enabled) {
      issue('auth_token_enabled', 'an AUTH token requires transit_encryption_enabled: true (TLS)');
    }
  }),
  cross<Fields>(['auth_token_rotate', 'auth_token_enabled'], (v, issue) => {
    if (v.auth_token_rotate && !v.auth_token_enabled) {
      issue('auth_token_rotate', 'rotating the AUTH token requires auth_token_enabled: true');
    }
  }),
  cross<Fields>(['kms_key_id', 'at_rest_encryption_enabled'], (v, issue) => {
    if (v.kms_key_id !== undefined && !v.at_rest_encryption_enabled) {
      issue('kms_key_id', 'a KMS key requires at_rest_encryption_enabled: true');
    }
  }),
  cross<Fields>(['node_type', 'maxmemory_policy', 'parameters'], (v, issue) => {
    const fromMap = v.parameters['maxmemory-policy'];
    const policy = fromMap ?? v.maxmemory_policy;
    if (isDataTieringNodeType(v.node_type) && !DATA_TIERING_POLICIES.includes(policy)) {
      issue(
        fromMap === undefined ? 'maxmemory_policy' : 'parameters',
        `node type ${v.node_type} uses data tiering, which supports only maxmemory_policy ` +
          `${DATA_TIERING_POLICIES.join(', ')}`,
      );
    }
  }),
  cross<Fields>(['security_group_ids'], (v, issue) => {
    const attached = v.security_group_ids.length + 1;
    if (attached > MAX_SECURITY_GROUPS_PER_ENI) {
      issue(
        'security_group_ids',
        `lists ${v.security_group_ids.length} security groups; with the managed one that is ${attached} on the ` +
          `group's network interface, and AWS allows at most ${MAX_SECURITY_GROUPS_PER_ENI} (with a raised ` +
          `"security groups per network interface" quota; ${DEFAULT_SECURITY_GROUPS_PER_ENI} by default). ` +
          `List at most ${MAX_SECURITY_GROUPS_PER_ENI - 1}, or allow clients through allowed_security_group_ids instead`,
      );
    }
  }),
  // Every parameter value must fit the family's metadata (AllowedValues, DataType, IsModifiable),
  // checked here so AWS never refuses it half-way through a run.
  cross<Fields>(
    [
      'engine',
      'engine_version',
      'maxmemory_policy',
      'timeout',
      'tcp_keepalive',
      'maxmemory_samples',
      'parameters',
    ],
    (v, issue) => {
      const family = familyFor(v.engine, v.engine_version);
      if (family === undefined) return;
      for (const [name, value] of Object.entries(djangoParameters(v))) {
        if (Object.hasOwn(v.parameters, name)) continue; // the map overrides the input
        const problem = parameterProblem(family, name, value);
        if (problem) issue(DJANGO_PARAMETER_INPUTS[name as keyof typeof DJANGO_PARAMETER_INPUTS], problem);
      }
      for (const [name, value] of Object.entries(v.parameters)) {
        const problem = parameterProblem(family, name, value);
        if (problem) issue('parameters', problem);
      }
    },
  ),
  cross<Fields>(['parameters', 'cache_db', 'celery_db', 'celery_result_db'], (v, issue) => {
    const databases = v.parameters.databases;
    if (databases === undefined || !/^\d+$/.test(databases)) return;
    const highest = Math.max(v.cache_db, v.celery_db, v.celery_result_db);
    if (Number(databases) <= highest) {
      issue(
        'parameters',
        `databases = ${databases} leaves no DB ${highest} (cache_db/celery_db/celery_result_db); set databases to at least ${highest + 1}`,
      );
    }
  }),
  cross<Fields>(['engine', 'engine_version'], (v, issue) => {
    if (familyFor(v.engine, v.engine_version) === undefined) {
      issue(
        'engine_version',
        `is not available for engine ${v.engine}; valid versions: ${SUPPORTED_VERSIONS[v.engine].join(', ')}`,
      );
    }
  }),
  cross<Fields>(['snapshot_window', 'maintenance_window'], (v, issue) => {
    if (windowsOverlap(v.snapshot_window, v.maintenance_window)) {
      issue(
        'maintenance_window',
        `overlaps snapshot_window ${v.snapshot_window.text}; the snapshot window repeats every day, so the ` +
          'maintenance window must avoid it on every day it covers',
      );
    }
  }),
  cross<Fields>(['preferred_cache_cluster_azs', 'num_cache_clusters'], (v, issue) => {
    const n = v.preferred_cache_cluster_azs.length;
    if (n > 0 && n !== v.num_cache_clusters) {
      issue(
        'preferred_cache_cluster_azs',
        `lists ${n} zone${n === 1 ? '' : 's'} for ${v.num_cache_clusters} node${v.num_cache_clusters === 1 ? '' : 's'}: ` +
          'list exactly one zone per node (num_cache_clusters), the primary’s first, or leave it empty',
      );
    }
  }),
  cross<Fields>(['ip_discovery', 'network_type'], (v, issue) => {
    if (v.ip_discovery === 'ipv6' && v.network_type === 'ipv4') {
      issue(
        'ip_discovery',
        'ipv6 discovery needs IPv6 addresses on the nodes: set network_type to dual_stack (or ipv6), or ip_discovery to ipv4',
      );
    }
  }),
  // IPv6 (dual_stack, ipv6) needs Valkey 7.2+ or Redis OSS 6.2 to 7.1, on Nitro-based nodes.
  cross<Fields>(['network_type', 'engine', 'engine_version', 'node_type'], (v, issue) => {
    if (v.network_type === 'ipv4') return;
    if (!supportsIpv6Engine(v.engine, v.engine_version)) {
      issue(
        'network_type',
        `${v.network_type} needs Valkey 7.2 or later, or Redis OSS 6.2 to 7.1; engine ${v.engine} ${v.engine_version} ` +
          'runs on IPv4 only: choose another engine_version, or network_type ipv4',
      );
    }
    if (!isNitroNodeType(v.node_type)) {
      issue(
        'network_type',
        `${v.network_type} needs a Nitro-based node type (e.g. cache.t4g, cache.m7g, cache.r7g); ` +
          `${v.node_type} is of an older generation: choose a current node_type, or network_type ipv4`,
      );
    }
  }),
  cross<Fields>(['alarms', 'notification_topic_arn', 'alarm_actions'], (v, issue) => {
    if (v.alarms === true && v.notification_topic_arn === undefined && v.alarm_actions.length === 0) {
      issue(
        'alarms',
        'alarms need somewhere to send them: set notification_topic_arn (alarm_actions and ok_actions ' +
          'default to it) or alarm_actions',
      );
    }
  }),
  cross<Fields>(['cache_db', 'celery_db', 'celery_result_db'], (v, issue) => {
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
