// The schema of `apply` and its dry run `plan`: every input of the Terraform module this action
// mirrors, each through its rule, then the cross-input rules AWS enforces, checked before any call.

import { z } from 'zod';
import {
  MAXMEMORY_POLICIES,
  type AlarmSettings,
  type ApplyConfig,
  type Engine,
  type MaxmemoryPolicy,
} from './types.js';
import { MAX_CLIENTS } from '../domain/alarms.js';
import { ENGINES, familyFor, SUPPORTED_VERSIONS } from '../domain/engine.js';
import { isDataTieringNodeType } from '../domain/node-types.js';
import {
  IP_DISCOVERIES,
  isNitroNodeType,
  NETWORK_TYPES,
  supportsIpv6Engine,
  type IpDiscovery,
  type NetworkType,
} from '../domain/network.js';
import { INPUT_DEFAULTS, type InputName } from './inputs.js';
import {
  alarmActionList,
  bool,
  cidrList,
  groupDescription,
  zoneList,
  engineVersion,
  int,
  kmsKeyId,
  logRetention,
  nodeType,
  oneOf,
  optional,
  replicationGroupId,
  required,
  REPLICATION_GROUP_RULE,
  sgList,
  ssmPrefix,
  snapshotName,
  subnetList,
  topicArn,
} from './rules.js';
import { environment, tags } from './tags.js';
import { parameters } from './parameters.js';
import { parameterProblem } from '../domain/parameter-metadata.js';
import {
  cross,
  field,
  modeField,
  refusedHere,
  regionField,
  windowRule,
  type SchemaContext,
} from './field.js';
import {
  parseMaintenanceWindow,
  parseSnapshotWindow,
  windowsOverlap,
  type DailyWindow,
  type WeeklyWindow,
} from './windows.js';

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

function djangoParameters(
  v: Pick<Fields, 'maxmemory_policy' | 'timeout' | 'tcp_keepalive' | 'maxmemory_samples'>,
) {
  return {
    'maxmemory-policy': v.maxmemory_policy,
    timeout: String(v.timeout),
    'tcp-keepalive': String(v.tcp_keepalive),
    'maxmemory-samples': String(v.maxmemory_samples),
  };
}

/** The inputs `apply` and `plan` read, each through its rule. */
function applyShape({ regionSource, yaml }: SchemaContext) {
  return {
    mode: z.enum(['apply', 'plan']),
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
    parameters: field('parameters', (s) => parameters(s, yaml)),
    notification_topic_arn: field('notification_topic_arn', optional(topicArn)),
    log_retention_days: field('log_retention_days', logRetention),
    apply_immediately: field('apply_immediately', bool),
    tags: field('tags', (s) => tags(s, yaml)),
    ssm_prefix: field('ssm_prefix', optional(ssmPrefix)),
    cache_db: field('cache_db', int(0, 15, 'Redis database number')),
    celery_db: field('celery_db', int(0, 15, 'Redis database number')),
    celery_result_db: field('celery_result_db', int(0, 15, 'Redis database number')),
    wait: field('wait', bool),
    wait_timeout_minutes: field('wait_timeout_minutes', int(1, 355)),
    allow_public_subnets: field('allow_public_subnets', bool),
    aws_region: regionField(regionSource),
    snapshot_name: modeField('snapshot_name', optional(snapshotName)),
    pr_comment: modeField('pr_comment', bool),
    verify_connection: modeField('verify_connection', bool),
    github_token: field(
      'github_token',
      optional((s) => s),
    ),
    preferred_cache_cluster_azs: field('preferred_cache_cluster_azs', zoneList),
    network_type: field('network_type', oneOf<NetworkType>(NETWORK_TYPES)),
    ip_discovery: field('ip_discovery', oneOf<IpDiscovery>(IP_DISCOVERIES)),
    auto_minor_version_upgrade: field('auto_minor_version_upgrade', bool),
    description: field('description', optional(groupDescription)),
    alarms: field('alarms', optional(bool)),
    alarm_actions: field('alarm_actions', alarmActionList),
    ok_actions: field('ok_actions', alarmActionList),
    alarm_cpu_threshold_percent: field('alarm_cpu_threshold_percent', int(1, 100, 'percent')),
    alarm_memory_threshold_percent: field('alarm_memory_threshold_percent', int(1, 100, 'percent')),
    alarm_connections_threshold: field(
      'alarm_connections_threshold',
      int(1, MAX_CLIENTS, `connections; maxclients is ${MAX_CLIENTS}`),
    ),
    alarm_replication_lag_seconds: field('alarm_replication_lag_seconds', int(1, 3600, 'seconds')),
    dry_run: refusedHere(
      'applies to modes destroy, snapshot and cleanup; the dry run of apply is mode: plan (it writes nothing)',
    ),
  } satisfies Partial<Record<InputName, z.ZodType>>;
}

type Fields = z.output<z.ZodObject<ReturnType<typeof applyShape>>>;

/** Cross-input rules: each runs only when the inputs it reads are individually valid. */
const APPLY_RULES = [
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

/** The schema of apply/plan: fields, then cross-input rules, then the ApplyConfig record. */
export function applySchema(ctx: SchemaContext) {
  let schema = z.object(applyShape(ctx));
  for (const [fn, params] of APPLY_RULES) schema = schema.superRefine(fn, params);
  return schema.transform(toApplyConfig);
}

/** The validated fields as the record the planner reads; defaults derived here (family, ssm_prefix). */
function toApplyConfig(v: Fields): ApplyConfig {
  const family = familyFor(v.engine, v.engine_version)!;
  return {
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
    // The `parameters` map is merged over the four Django defaults (a name in both: the map wins).
    parameters: { ...djangoParameters(v), ...v.parameters },
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
    snapshotName: v.snapshot_name,
    prComment: v.pr_comment,
    verifyConnection: v.verify_connection,
    githubToken: v.github_token,
    preferredCacheClusterAzs: v.preferred_cache_cluster_azs,
    networkType: v.network_type,
    ipDiscovery: v.ip_discovery,
    autoMinorVersionUpgrade: v.auto_minor_version_upgrade,
    description: v.description,
    alarms: alarmSettings(v),
  };
}

/** `alarms` empty: on when notification_topic_arn is set. Actions default to that topic. */
function alarmSettings(v: Fields): AlarmSettings | undefined {
  const topic = v.notification_topic_arn;
  if (!(v.alarms ?? topic !== undefined)) return undefined;
  const toTopic = topic ? [topic] : [];
  return {
    cpuThresholdPercent: v.alarm_cpu_threshold_percent,
    memoryThresholdPercent: v.alarm_memory_threshold_percent,
    connectionsThreshold: v.alarm_connections_threshold,
    replicationLagSeconds: v.alarm_replication_lag_seconds,
    alarmActions: v.alarm_actions.length ? v.alarm_actions : toTopic,
    okActions: v.ok_actions.length ? v.ok_actions : toTopic,
  };
}

const ALARM_INPUTS: InputName[] = [
  'alarm_actions',
  'ok_actions',
  'alarm_cpu_threshold_percent',
  'alarm_memory_threshold_percent',
  'alarm_connections_threshold',
  'alarm_replication_lag_seconds',
];

/** Whether the workflow set an input that only matters with alarms on. */
function alarmInputsSet(raw: Partial<Record<InputName, string>> | undefined): boolean {
  return ALARM_INPUTS.some((n) => (raw?.[n] ?? '').trim() !== '' && raw?.[n]?.trim() !== INPUT_DEFAULTS[n]);
}

/** Advice that does not stop the run. */
export function applyWarnings(config: ApplyConfig, raw?: Partial<Record<InputName, string>>): string[] {
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
  const attached = config.securityGroupIds.length + 1;
  if (attached > DEFAULT_SECURITY_GROUPS_PER_ENI) {
    warnings.push(
      `security_group_ids: ${attached} security groups on the group's network interface (with the managed one), ` +
        `more than the default quota of ${DEFAULT_SECURITY_GROUPS_PER_ENI} per network interface. AWS refuses the ` +
        `create or change unless the account's "security groups per network interface" quota (VPC) is raised to at least ${attached}.`,
    );
  }
  if (!config.alarms && alarmInputsSet(raw)) {
    warnings.push(
      'alarm_actions, ok_actions or an alarm threshold is set, but alarms are off (alarms is false, or empty ' +
        'without notification_topic_arn): no alarm is created. Set alarms: true to create them.',
    );
  }
  if (config.allowedCidrBlocks.includes('0.0.0.0/0')) {
    warnings.push(
      `allowed_cidr_blocks contains 0.0.0.0/0: port ${config.port} is open to every address that can route ` +
        'to the VPC. Prefer the application’s security group or its private CIDR.',
    );
  }
  return warnings;
}
