// The fake cloud's state (plain objects, so tests can assert on it) and the context every service
// implementation receives.

import type { Dimension, StandardUnit, StateValue } from '@aws-sdk/client-cloudwatch';
import type {
  LogDeliveryConfiguration,
  PendingLogDeliveryConfiguration,
  ReplicationGroupPendingModifiedValues,
  SourceType,
  TransitEncryptionMode,
} from '@aws-sdk/client-elasticache';
import type { VirtualClock } from './clock.js';
import { accessDenied, type FakeErrorShape, type ServiceName } from './errors.js';
import { IdFactory, type TagRecord } from './util.js';

export type Engine = 'redis' | 'valkey';
export type ReplicationGroupStatus =
  'creating' | 'available' | 'modifying' | 'deleting' | 'create-failed' | 'snapshotting';
export type MemberStatus =
  'creating' | 'available' | 'modifying' | 'deleting' | 'snapshotting' | 'rebooting cluster nodes';

/** Changes that are applied to a replication group at the end of an operation (or at maintenance). */
export interface GroupChanges {
  description?: string;
  automaticFailover?: boolean;
  multiAZ?: boolean;
  securityGroupIds?: string[];
  maintenanceWindow?: string;
  snapshotWindow?: string;
  snapshotRetentionLimit?: number;
  snapshottingClusterId?: string;
  notification?: { topicArn: string; status: string } | null;
  parameterGroupName?: string;
  engine?: Engine;
  engineVersion?: string;
  cacheNodeType?: string;
  transitEncryption?: boolean;
  transitEncryptionMode?: TransitEncryptionMode;
  auth?: { strategy: 'ROTATE' | 'SET'; token: string };
  logDelivery?: LogDeliveryConfiguration[];
  autoMinorVersionUpgrade?: boolean;
  ipDiscovery?: 'ipv4' | 'ipv6';
}

export interface FakeReplicationGroup {
  id: string;
  arn: string;
  description: string;
  status: ReplicationGroupStatus;
  engine: Engine;
  /** Full patch version, e.g. "7.1.0". */
  engineVersion: string;
  cacheNodeType: string;
  port: number;
  /** Member cluster ids in order; the first is the primary. */
  memberIds: string[];
  automaticFailover: 'enabled' | 'disabled' | 'enabling' | 'disabling';
  multiAZ: boolean;
  atRestEncryption: boolean;
  kmsKeyId: string | undefined;
  transitEncryption: boolean;
  transitEncryptionMode: TransitEncryptionMode | undefined;
  auth: {
    /** Tokens the engine currently accepts (at most two while rotating). */
    tokens: string[];
    /** The most recently rotated (or created) token; SET must repeat it. */
    lastRotated: string | undefined;
    /** Whether clients without AUTH are still accepted. */
    unauthenticated: boolean;
    lastModified: Date | undefined;
  };
  snapshotRetentionLimit: number;
  snapshotWindow: string;
  maintenanceWindow: string;
  snapshottingClusterId: string | undefined;
  notification: { topicArn: string; status: string } | undefined;
  parameterGroupName: string;
  securityGroupIds: string[];
  subnetGroupName: string;
  logDelivery: LogDeliveryConfiguration[];
  dataTiering: boolean;
  autoMinorVersionUpgrade: boolean;
  networkType: 'ipv4' | 'ipv6' | 'dual_stack';
  ipDiscovery: 'ipv4' | 'ipv6';
  /** The random-looking label in every endpoint host name. */
  endpointLabel: string;
  endpointsReady: boolean;
  /** RG-level PendingModifiedValues shown while an operation is in flight. */
  pending: ReplicationGroupPendingModifiedValues;
  pendingLogDelivery: PendingLogDeliveryConfiguration[] | undefined;
  /** Changes in flight (status modifying); applied when the operation completes. */
  inflight: GroupChanges | undefined;
  /** Node type / engine version changes waiting for the maintenance window (ApplyImmediately false). */
  deferred: Pick<GroupChanges, 'cacheNodeType' | 'engine' | 'engineVersion' | 'parameterGroupName'>;
  createdAt: Date;
  /** Bumped whenever a new operation starts, so stale scheduled transitions become no-ops. */
  opToken: number;
  /** Snapshot the group is being restored from (while `creating`). */
  restoringFrom: string | undefined;
}

export interface FakeCacheCluster {
  id: string;
  replicationGroupId: string;
  status: MemberStatus;
  availabilityZone: string;
  createdAt: Date;
  parameterApplyStatus: 'in-sync' | 'pending-reboot' | 'applying';
}

export type SnapshotStatus = 'creating' | 'available' | 'restoring' | 'deleting';

/** An ElastiCache snapshot: a copy of the source group's configuration at the time it was taken. */
export interface FakeSnapshot {
  /** Lowercase, unique. */
  name: string;
  arn: string;
  status: SnapshotStatus;
  source: 'manual' | 'automated';
  replicationGroupId: string | undefined;
  replicationGroupDescription: string | undefined;
  /** Set when the snapshot was taken by cache cluster id (and for automated snapshots). */
  cacheClusterId: string | undefined;
  engine: Engine;
  engineVersion: string;
  cacheNodeType: string;
  port: number;
  parameterGroupName: string;
  subnetGroupName: string;
  vpcId: string;
  kmsKeyId: string | undefined;
  automaticFailover: 'enabled' | 'disabled';
  snapshotRetentionLimit: number;
  snapshotWindow: string;
  maintenanceWindow: string;
  topicArn: string | undefined;
  autoMinorVersionUpgrade: boolean;
  dataTiering: boolean;
  nodes: Array<{
    cacheClusterId: string;
    cacheNodeId: string;
    availabilityZone: string;
    cacheNodeCreateTime: Date;
    snapshotCreateTime: Date;
    cacheSize: string;
  }>;
  createdAt: Date;
  /** Bumped on every status change, so stale scheduled transitions become no-ops. */
  opToken: number;
}

/** An ENI ElastiCache keeps in a subnet for a member cluster; it lingers after the member is gone. */
export interface FakeNetworkInterface {
  eniId: string;
  subnetId: string;
  vpcId: string;
  availabilityZone: string;
  privateIpAddress: string;
  cacheClusterId: string;
  replicationGroupId: string;
  securityGroupIds: string[];
  /** in-use while the member exists; available (detached) while it lingers. */
  status: 'in-use' | 'available';
}

export interface FakeSubnetGroup {
  name: string;
  arn: string;
  description: string;
  vpcId: string;
  subnetIds: string[];
}

export interface FakeParameterGroup {
  name: string;
  arn: string;
  family: string;
  description: string;
  isDefault: boolean;
  /** Values set by the user (Source "user"). */
  userValues: Record<string, string>;
  /** Defaults that differ from the family catalog (e.g. cluster-enabled=yes for .cluster.on). */
  systemOverrides: Record<string, string>;
}

export interface FakeEvent {
  SourceIdentifier: string;
  SourceType: SourceType;
  Message: string;
  Date: Date;
  ARN?: string;
}

export interface FakeVpc {
  vpcId: string;
  cidrBlock: string;
  internetGatewayId: string;
  mainRouteTableId: string;
  defaultSecurityGroupId: string;
}

export interface FakeSubnet {
  subnetId: string;
  vpcId: string;
  availabilityZone: string;
  cidrBlock: string;
  public: boolean;
  /** An associated IPv6 CIDR block (a dual-stack subnet), if any. */
  ipv6CidrBlock?: string | undefined;
}

export interface FakeRoute {
  DestinationCidrBlock: string;
  GatewayId?: string;
  NatGatewayId?: string;
  Origin: 'CreateRouteTable' | 'CreateRoute';
  State: 'active' | 'blackhole';
}

export interface FakeRouteTable {
  routeTableId: string;
  vpcId: string;
  routes: FakeRoute[];
  associations: Array<{ associationId: string; main: boolean; subnetId?: string }>;
}

/** One ingress rule atom: a single source for a protocol/port range. */
export interface FakeIngressRule {
  ruleId: string;
  protocol: string;
  fromPort: number | undefined;
  toPort: number | undefined;
  source: { kind: 'sg'; groupId: string } | { kind: 'cidr'; cidr: string } | { kind: 'cidr6'; cidr: string };
  description: string | undefined;
}

export interface FakeSecurityGroup {
  groupId: string;
  groupName: string;
  description: string;
  vpcId: string;
  ingress: FakeIngressRule[];
}

export interface FakeLogGroup {
  logGroupName: string;
  creationTime: number;
  retentionInDays: number | undefined;
  arn: string;
}

export interface FakeSsmParameter {
  name: string;
  type: 'String' | 'SecureString' | 'StringList';
  value: string;
  version: number;
  lastModifiedDate: Date;
  arn: string;
  keyId: string | undefined;
  description: string | undefined;
  tier: 'Standard' | 'Advanced' | 'Intelligent-Tiering';
}

export interface FakeAlarm {
  name: string;
  arn: string;
  description: string | undefined;
  actionsEnabled: boolean;
  okActions: string[];
  alarmActions: string[];
  insufficientDataActions: string[];
  namespace: string;
  metricName: string;
  statistic: string | undefined;
  extendedStatistic: string | undefined;
  dimensions: Dimension[];
  period: number;
  unit: StandardUnit | undefined;
  evaluationPeriods: number;
  datapointsToAlarm: number | undefined;
  threshold: number | undefined;
  comparisonOperator: string;
  treatMissingData: string | undefined;
  evaluateLowSampleCountPercentile: string | undefined;
  state: StateValue;
  stateReason: string;
  stateUpdated: Date;
  configurationUpdated: Date;
}

export interface FakeTopic {
  arn: string;
  displayName: string;
}

export type KmsKeyState = 'Enabled' | 'Disabled' | 'PendingDeletion' | 'Creating' | 'Unavailable';

export interface FakeKmsKey {
  keyId: string;
  arn: string;
  /** Alias names, each "alias/...". */
  aliases: string[];
  state: KmsKeyState;
  keyManager: 'CUSTOMER' | 'AWS';
  description: string;
  createdAt: Date;
}

export interface World {
  replicationGroups: Map<string, FakeReplicationGroup>;
  cacheClusters: Map<string, FakeCacheCluster>;
  subnetGroups: Map<string, FakeSubnetGroup>;
  parameterGroups: Map<string, FakeParameterGroup>;
  vpcs: Map<string, FakeVpc>;
  subnets: Map<string, FakeSubnet>;
  routeTables: Map<string, FakeRouteTable>;
  securityGroups: Map<string, FakeSecurityGroup>;
  logGroups: Map<string, FakeLogGroup>;
  ssmParameters: Map<string, FakeSsmParameter>;
  /** Tags by resource key: the ARN for ElastiCache, SSM and Logs; the resource id for EC2. */
  tags: Map<string, TagRecord>;
  /** ElastiCache events (DescribeEvents), oldest first. */
  events: FakeEvent[];
  snapshots: Map<string, FakeSnapshot>;
  networkInterfaces: Map<string, FakeNetworkInterface>;
  alarms: Map<string, FakeAlarm>;
  /** SNS topics by ARN. */
  topics: Map<string, FakeTopic>;
  /** KMS keys by key id. */
  kmsKeys: Map<string, FakeKmsKey>;
}

export function emptyWorld(): World {
  return {
    replicationGroups: new Map(),
    cacheClusters: new Map(),
    subnetGroups: new Map(),
    parameterGroups: new Map(),
    vpcs: new Map(),
    subnets: new Map(),
    routeTables: new Map(),
    securityGroups: new Map(),
    logGroups: new Map(),
    ssmParameters: new Map(),
    tags: new Map(),
    events: [],
    snapshots: new Map(),
    networkInterfaces: new Map(),
    alarms: new Map(),
    topics: new Map(),
    kmsKeys: new Map(),
  };
}

export interface Durations {
  /** CreateReplicationGroup: creating → available. */
  createMs: number;
  modifyMs: number;
  replicaMs: number;
  memberLagMs: number;
  /** DeleteReplicationGroup: deleting → gone (after the final snapshot, if one was asked for). */
  deleteMs: number;
  /** CreateSnapshot (and a final snapshot): creating → available; the group is snapshotting meanwhile. */
  snapshotCreateMs: number;
  /** DeleteSnapshot: deleting → gone. */
  snapshotDeleteMs: number;
  /** CreateReplicationGroup with SnapshotName: creating → available. */
  restoreMs: number;
  /** How long a deleted member's ENI keeps its security groups in use. */
  eniLingerMs: number;
}

/** Planning values from elasticache-api.md §9 (Terraform acceptance runs), not SLAs. */
export const DEFAULT_DURATIONS: Durations = {
  createMs: 12 * 60_000,
  modifyMs: 6 * 60_000,
  replicaMs: 9 * 60_000,
  memberLagMs: 2 * 60_000,
  deleteMs: 6 * 60_000,
  snapshotCreateMs: 4 * 60_000,
  snapshotDeleteMs: 60_000,
  restoreMs: 18 * 60_000,
  eniLingerMs: 5 * 60_000,
};

/** What every service implementation gets. */
export class FakeContext {
  readonly denied = new Set<string>();
  readonly failCreate = new Set<string>();
  /** Separate id stream for ENIs, so adding them did not shift any other generated id. */
  readonly eniIds: IdFactory;

  constructor(
    readonly region: string,
    readonly accountId: string,
    readonly clock: VirtualClock,
    readonly world: World,
    readonly durations: Durations,
    readonly ids: IdFactory,
  ) {
    this.eniIds = new IdFactory(`${accountId}:${region}:eni`);
  }

  get principal(): string {
    return `arn:aws:sts::${this.accountId}:assumed-role/deploy/gha`;
  }

  now(): Date {
    return new Date(this.clock.now());
  }

  arn(service: string, resource: string): string {
    return `arn:aws:${service}:${this.region}:${this.accountId}:${resource}`;
  }

  /** Throw the service's access-denied error if the IAM action is denied. */
  authorize(service: ServiceName, action: string, resource = '*'): void {
    if (this.denied.has(action))
      throw accessDenied(service, action, resource, this.principal) as FakeErrorShape;
  }

  emit(event: Omit<FakeEvent, 'Date'>, at = this.clock.now()): void {
    this.world.events.push({ ...event, Date: new Date(at) });
  }

  getTags(key: string): TagRecord {
    return this.world.tags.get(key) ?? {};
  }

  setTags(key: string, tags: TagRecord): void {
    this.world.tags.set(key, { ...this.getTags(key), ...tags });
  }

  removeTags(key: string, keys: string[]): void {
    const current = { ...this.getTags(key) };
    for (const k of keys) delete current[k];
    this.world.tags.set(key, current);
  }
}
