// The schema of `apply` and its dry run `plan`: every input of the Terraform module this action
// mirrors, each through its rule, then the cross-input rules (apply-rules.ts), checked before any call.

import * as z from 'zod/mini';
import {
  MAXMEMORY_POLICIES,
  type AlarmSettings,
  type ApplyConfig,
  type Engine,
  type MaxmemoryPolicy,
} from './types.js';
import { MAX_CLIENTS } from '../domain/alarms.js';
import { ENGINES, familyFor } from '../domain/engine.js';
import { IP_DISCOVERIES, NETWORK_TYPES, type IpDiscovery, type NetworkType } from '../domain/network.js';
import type { InputName } from './inputs.js';
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
import { field, modeField, refusedHere, regionField, windowRule, type SchemaContext } from './field.js';
import {
  parseMaintenanceWindow,
  parseSnapshotWindow,
  type DailyWindow,
  type WeeklyWindow,
} from './windows.js';
import { APPLY_RULES, djangoParameters } from './apply-rules.js';

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
  } satisfies Partial<Record<InputName, z.ZodMiniType>>;
}

export type Fields = z.output<z.ZodMiniObject<ReturnType<typeof applyShape>>>;

/** The schema of apply/plan: fields, then cross-input rules, then the ApplyConfig record. */
export function applySchema(ctx: SchemaContext) {
  const schema = z
    .object(applyShape(ctx))
    .check(...APPLY_RULES.map(([fn, params]) => z.superRefine(fn, params)));
  return z.pipe(schema, z.transform(toApplyConfig));
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
