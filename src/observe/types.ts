// What observe() read from AWS: the planner's only view of the world.

import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';

/** A subnet as EC2 reports it, with the outcome of the "private subnets only" check. */
export interface ObservedSubnet {
  id: string;
  vpcId: string;
  availabilityZone: string;
  /** The internet gateway id of a default route in the subnet's effective route table, if any. */
  internetGatewayRoute: string | undefined;
  /** The subnet's IPv6 CIDR blocks in state associated (dual_stack and ipv6 need one). */
  ipv6CidrBlocks: string[];
}

export interface IngressRules {
  port: number;
  securityGroupIds: string[];
  cidrBlocks: string[];
}

/** An ingress permission as EC2 reports it (the SDK's IpPermission, trimmed to what we revoke). */
export interface RawPermission {
  IpProtocol?: string;
  FromPort?: number;
  ToPort?: number;
  UserIdGroupPairs?: Array<{ GroupId?: string }>;
  IpRanges?: Array<{ CidrIp?: string }>;
  Ipv6Ranges?: Array<{ CidrIpv6?: string }>;
  PrefixListIds?: Array<{ PrefixListId?: string }>;
}

export interface ObservedSecurityGroup {
  id: string;
  name: string;
  vpcId: string;
  /** Ingress on exactly cfg.port (TCP) from SGs/IPv4 CIDRs. */
  ingress: IngressRules;
  /** Every other ingress permission (other ports or protocols, IPv6, prefix lists): not ours to keep. */
  otherPermissions: RawPermission[];
  tags: Record<string, string>;
}

export interface ObservedLogDelivery {
  logType: 'slow-log' | 'engine-log';
  destinationType: string;
  logGroup: string | undefined;
  logFormat: string | undefined;
  status: string | undefined;
}

export interface Endpoint {
  address: string;
  port: number;
}

export interface ObservedMember {
  id: string;
  /** The member's zone, as the group reports it. */
  availabilityZone?: string | undefined;
  /** CurrentRole as the group reports it (undefined while AWS does not say, e.g. creating). */
  role: 'primary' | 'replica' | undefined;
  status: string;
  pendingNodeType: string | undefined;
  pendingEngineVersion: string | undefined;
}

export interface ObservedGroup {
  id: string;
  arn: string;
  status: string;
  nodeType: string | undefined;
  engine: string | undefined;
  /** Full version from the first member cluster, e.g. "7.1.0". */
  engineVersion: string | undefined;
  memberClusters: string[];
  members: ObservedMember[];
  automaticFailover: string | undefined;
  multiAz: string | undefined;
  atRestEncryptionEnabled: boolean;
  kmsKeyId: string | undefined;
  transitEncryptionEnabled: boolean;
  transitEncryptionMode: string | undefined;
  authTokenEnabled: boolean;
  clusterEnabled: boolean;
  dataTiering: boolean;
  port: number | undefined;
  primaryEndpoint: Endpoint | undefined;
  readerEndpoint: Endpoint | undefined;
  snapshotRetentionLimit: number | undefined;
  snapshotWindow: string | undefined;
  maintenanceWindow: string | undefined;
  notificationTopicArn: string | undefined;
  parameterGroupName: string | undefined;
  /** The first member's ParameterApplyStatus: in-sync, applying, or pending-reboot. */
  parameterApplyStatus: string | undefined;
  securityGroupIds: string[];
  subnetGroupName: string | undefined;
  logDelivery: ObservedLogDelivery[];
  pendingAuthTokenStatus: string | undefined;
  /** When the group's AUTH token last changed (create, ROTATE, SET), ms since the epoch. */
  authTokenLastModified: number | undefined;
  pendingTransitEncryptionMode: string | undefined;
  autoMinorVersionUpgrade: boolean | undefined;
  /** NetworkType and IpDiscovery as the group reports them (undefined when it does not say). */
  networkType: string | undefined;
  ipDiscovery: string | undefined;
  description: string | undefined;
  tags: Record<string, string>;
}

export interface ObservedParameterGroup {
  name: string;
  family: string;
  /** The user-set values of the group (DescribeCacheParameters Source user): what this action set. */
  values: Record<string, string | undefined>;
  tags?: Record<string, string>;
}

export interface ObservedSubnetGroup {
  name: string;
  vpcId: string;
  subnetIds: string[];
  /** Subnet id -> availability zone, as the subnet group reports it. */
  subnetZones?: Record<string, string>;
}

export interface ObservedSsmParameter {
  value: string;
  type: 'String' | 'SecureString' | 'StringList';
  /** SSM's version of the parameter (1 when created, +1 per overwrite), when reported. */
  version?: number;
  /** When the current version was written (ms since the epoch), when reported. */
  lastModified?: number;
}

export interface Observed {
  subnets: ObservedSubnet[];
  vpcId: string | undefined;
  group: ObservedGroup | undefined;
  subnetGroup: ObservedSubnetGroup | undefined;
  parameterGroup: ObservedParameterGroup | undefined;
  securityGroup: ObservedSecurityGroup | undefined;
  /** Log group name -> retention in days (undefined = never expire). Missing key = group absent. */
  logGroups: Record<string, number | undefined>;
  /** SSM parameter name -> current value. Missing key = parameter absent. */
  ssm: Record<string, ObservedSsmParameter>;
  /** Referenced security groups (allowed_security_group_ids, security_group_ids) that were looked up
   * because they were not already in use, mapped to their VPC; absent ids map to undefined. */
  referencedSecurityGroups: Record<string, string | undefined>;
  /**
   * snapshot_name on a missing group: the snapshot to restore from, or null when it does not exist
   * (SnapshotNotFoundFault). Not read (absent) when the group exists.
   */
  restoreSnapshot?: ObservedSnapshot | null;
  /**
   * With alarms on: this group's alarms (named `<name>-<NNN>-<metric>`), as DescribeAlarms returns
   * them. Not read (undefined) when alarms are off.
   */
  alarms?: ObservedAlarm[];
}

/** A metric alarm as DescribeAlarms reports it, trimmed to what the alarm planner compares. */
export type ObservedAlarm = Pick<
  MetricAlarm,
  | 'AlarmName'
  | 'AlarmArn'
  | 'AlarmDescription'
  | 'ActionsEnabled'
  | 'AlarmActions'
  | 'OKActions'
  | 'Namespace'
  | 'MetricName'
  | 'Statistic'
  | 'Dimensions'
  | 'Period'
  | 'EvaluationPeriods'
  | 'DatapointsToAlarm'
  | 'Threshold'
  | 'ComparisonOperator'
  | 'TreatMissingData'
>;

/** An ElastiCache snapshot as the planners of snapshot (pruning) and apply (restore) see it. */
export interface ObservedSnapshot {
  name: string;
  arn: string;
  /** creating | available | restoring | copying | deleting. */
  status: string;
  /** "manual" or "automated" (DescribeSnapshots' SnapshotSource field, not its filter values). */
  source: string;
  replicationGroupId: string | undefined;
  /** The member cluster it was taken from (set when taken by CacheClusterId). */
  cacheClusterId: string | undefined;
  /** When the snapshot was taken (ms); the oldest node snapshot's time, undefined while unknown. */
  createdAt: number | undefined;
  engine: string | undefined;
  /** Full version, e.g. "7.1.0". */
  engineVersion: string | undefined;
  nodeType: string | undefined;
  port: number | undefined;
  dataTiering: boolean;
  /** Node groups (shards) of the source: more than one means a cluster-mode-enabled snapshot. */
  numNodeGroups: number | undefined;
  /** Tags, when they were read (ListTagsForResource); undefined when not read. */
  tags?: Record<string, string>;
}
