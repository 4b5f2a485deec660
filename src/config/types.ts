// The validated input record of a run: one type per mode, parsed once from the action inputs
// (names mirror action.yml). Modes share the rules of src/config/; see src/config/index.ts.

import type { Engine } from '../domain/engine.js';
import type { IpDiscovery, NetworkType } from '../domain/network.js';

export type { Engine };
/** Every mode the action runs in; `plan` is the dry run of `apply`. */
export type Mode = 'apply' | 'plan' | 'destroy' | 'snapshot' | 'cleanup';

export const MAXMEMORY_POLICIES = [
  'allkeys-lru',
  'volatile-lru',
  'allkeys-lfu',
  'volatile-lfu',
  'allkeys-random',
  'volatile-random',
  'volatile-ttl',
  'noeviction',
] as const;
export type MaxmemoryPolicy = (typeof MAXMEMORY_POLICIES)[number];

/**
 * The parameter-group values this action manages, keyed by the Redis parameter name: the four
 * Django defaults, with the `parameters` input merged over them.
 */
export type ManagedParameters = {
  'maxmemory-policy': string;
  timeout: string;
  'tcp-keepalive': string;
  'maxmemory-samples': string;
} & Record<string, string>;

/** The record of `apply` and of its dry run `plan`: everything needed to ensure the group. */
export interface ApplyConfig {
  mode: 'apply' | 'plan';
  /** Replication group id, lowercased. */
  name: string;
  nodeType: string;
  subnetIds: string[];
  engine: Engine;
  /** major.minor, e.g. "7.1". */
  engineVersion: string;
  /** Derived from engine + engineVersion (redis7, valkey7, valkey8); never typed by the user. */
  family: string;
  numCacheClusters: number;
  automaticFailoverEnabled: boolean;
  multiAzEnabled: boolean;
  atRestEncryptionEnabled: boolean;
  kmsKeyId: string | undefined;
  transitEncryptionEnabled: boolean;
  authTokenEnabled: boolean;
  authTokenRotate: boolean;
  environment: string | undefined;
  port: number;
  allowedSecurityGroupIds: string[];
  allowedCidrBlocks: string[];
  securityGroupIds: string[];
  snapshotRetentionLimit: number;
  /** hh24:mi-hh24:mi (UTC). */
  snapshotWindow: string;
  /** ddd:hh24:mi-ddd:hh24:mi (UTC), lowercase days. */
  maintenanceWindow: string;
  parameters: ManagedParameters;
  notificationTopicArn: string | undefined;
  logRetentionDays: number;
  applyImmediately: boolean;
  /** The user's tags only; ownership/context tags are added by desiredTags(). */
  tags: Record<string, string>;
  /** Starts with "/", no trailing slash. */
  ssmPrefix: string;
  cacheDb: number;
  celeryDb: number;
  celeryResultDb: number;
  wait: boolean;
  waitTimeoutMinutes: number;
  allowPublicSubnets: boolean;
  region: string;
  /** Restore a new group from this ElastiCache snapshot (ignored, with a notice, on an existing group). */
  snapshotName: string | undefined;
  /** For a pull request: post (and later update) one comment with the endpoints and the plan. */
  prComment: boolean;
  /** apply: after publishing, connect through redis_url and celery_broker_url (src/verify/); plan ignores it. */
  verifyConnection: boolean;
  /** Token for the GitHub API (pr_comment); the workflow's token by default. */
  githubToken: string | undefined;
  /** Create-only: the zone of each node, the primary's first ([] = AWS places them). */
  preferredCacheClusterAzs: string[];
  /** Create-only: NetworkType (ipv4, dual_stack or ipv6; AWS's default ipv4). */
  networkType: NetworkType;
  /** IpDiscovery (ipv4 or ipv6; AWS's default ipv4); modifiable. ipv6 needs networkType dual_stack or ipv6. */
  ipDiscovery: IpDiscovery;
  /** AutoMinorVersionUpgrade (AWS's default true); modifiable. */
  autoMinorVersionUpgrade: boolean;
  /** ReplicationGroupDescription; undefined: a new group gets DEFAULT_DESCRIPTION, an existing one keeps its own. */
  description: string | undefined;
  /** CloudWatch alarms on every node (input `alarms`); undefined when off (existing ones are left alone). */
  alarms: AlarmSettings | undefined;
}

/** What the alarms of src/domain/alarms.ts are built from. */
export interface AlarmSettings {
  cpuThresholdPercent: number;
  memoryThresholdPercent: number;
  connectionsThreshold: number;
  replicationLagSeconds: number;
  /** ARNs notified on ALARM (alarm_actions, or the notification topic). */
  alarmActions: string[];
  /** ARNs notified on OK (ok_actions, or the notification topic). */
  okActions: string[];
}

/** What every lifecycle mode shares. */
interface LifecycleBase {
  region: string;
  /** Print what would be done and write nothing. */
  dryRun: boolean;
  waitTimeoutMinutes: number;
}

/** `destroy`: delete one group and everything this action created for it. */
export interface DestroyConfig extends LifecycleBase {
  mode: 'destroy';
  name: string;
  /** Starts with "/", no trailing slash (as apply's, so the same parameters are found). */
  ssmPrefix: string;
  /** Take `<name>-final-<YYYYMMDD-HHMM>` (UTC) before deleting. */
  finalSnapshot: boolean;
  /** Leave the CloudWatch log groups (and their retention) in place. */
  keepLogs: boolean;
}

/** `snapshot`: take a manual snapshot of one group and prune this action's older ones. */
export interface SnapshotConfig extends LifecycleBase {
  mode: 'snapshot';
  name: string;
  /** Keep this many of this action's manual snapshots of the group (newest first); none pruned when undefined. */
  keepSnapshots: number | undefined;
}

/** `cleanup`: destroy this repository's preview groups whose pull request is closed or that are too old. */
export interface CleanupConfig extends LifecycleBase {
  mode: 'cleanup';
  /** Previews older than this are destroyed even if their pull request is open; no age limit when undefined. */
  previewTtlHours: number | undefined;
  /** Leave the previews' CloudWatch log groups in place. */
  keepLogs: boolean;
  /** Token for the GitHub API (reads pull request states); the workflow's token by default. */
  githubToken: string | undefined;
}

/** The validated input record for any mode (discriminated on `mode`). */
export type Config = ApplyConfig | DestroyConfig | SnapshotConfig | CleanupConfig;
