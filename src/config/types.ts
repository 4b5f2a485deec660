// The validated input record of a run: one type per mode, parsed once from the action inputs
// (names mirror action.yml). Modes share the rules of src/config/; see src/config/index.ts.

import type { Engine } from '../domain/engine.js';

export type { Engine };
/** Every mode the action runs in; `plan` is the dry run of `apply`. */
export type Mode = 'apply' | 'plan';

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

/** The parameter-group values this action manages, keyed by the Redis parameter name. */
export interface ManagedParameters {
  'maxmemory-policy': string;
  timeout: string;
  'tcp-keepalive': string;
  'maxmemory-samples': string;
}

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
}

/** The validated input record for any mode. */
export type Config = ApplyConfig;
