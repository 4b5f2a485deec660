// Shared shapes: the validated input record (Config), what we observed in AWS (Observed),
// and the ordered plan (Step[]) that the executor runs and every renderer prints.

export type Engine = 'redis' | 'valkey';
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

/** One validated input record, parsed once from the action inputs (names mirror action.yml). */
export interface Config {
  mode: Mode;
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

/** A subnet as EC2 reports it, with the outcome of the "private subnets only" check. */
export interface ObservedSubnet {
  id: string;
  vpcId: string;
  availabilityZone: string;
  /** The internet gateway id of a default route in the subnet's effective route table, if any. */
  internetGatewayRoute: string | undefined;
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
  securityGroupIds: string[];
  subnetGroupName: string | undefined;
  logDelivery: ObservedLogDelivery[];
  pendingAuthTokenStatus: string | undefined;
  pendingTransitEncryptionMode: string | undefined;
  tags: Record<string, string>;
}

export interface ObservedParameterGroup {
  name: string;
  family: string;
  /** Values of the parameters this action manages, as AWS reports them (user-set or default). */
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
}

/** Names of everything the action manages for one replication group. */
export interface ResourceNames {
  replicationGroupId: string;
  subnetGroup: string;
  parameterGroup: string;
  securityGroup: string;
  slowLogGroup: string;
  engineLogGroup: string;
  ssm: {
    redisUrl: string;
    celeryBrokerUrl: string;
    celeryResultBackend: string;
    authToken: string;
    /** A token generated for a rotation that has not finished yet (deleted once SET is done). */
    authTokenPending: string;
  };
}

// ---------------------------------------------------------------------------------------------
// Plan steps. Each step is one unit of work the executor performs, with a human reason.
// `level`: steps with the same level are independent and may run concurrently; levels run in order.

interface StepBase {
  level: number;
  /** Human reason, e.g. "node_type cache.t4g.micro → cache.t4g.small". */
  reason: string;
}

export type ReplicationGroupModification = {
  CacheNodeType?: string;
  Engine?: string;
  EngineVersion?: string;
  AutomaticFailoverEnabled?: boolean;
  MultiAZEnabled?: boolean;
  SnapshotRetentionLimit?: number;
  SnapshottingClusterId?: string;
  SnapshotWindow?: string;
  PreferredMaintenanceWindow?: string;
  /** Resolved by the executor when the security group is created in the same run. */
  SecurityGroupIds?: string[];
  NotificationTopicArn?: string;
  NotificationTopicStatus?: 'active' | 'inactive';
  CacheParameterGroupName?: string;
  LogDeliveryConfigurations?: LogDeliveryRequest[];
  TransitEncryptionEnabled?: boolean;
  TransitEncryptionMode?: 'preferred' | 'required';
  ApplyImmediately?: boolean;
};

export interface LogDeliveryRequest {
  LogType: 'slow-log' | 'engine-log';
  DestinationType?: 'cloudwatch-logs';
  DestinationDetails?: { CloudWatchLogsDetails: { LogGroup: string } };
  LogFormat?: 'json';
  Enabled: boolean;
}

export type Step =
  | (StepBase & { kind: 'create-subnet-group'; name: string; subnetIds: string[] })
  | (StepBase & { kind: 'modify-subnet-group'; name: string; subnetIds: string[] })
  | (StepBase & {
      kind: 'create-parameter-group';
      name: string;
      family: string;
      parameters: Record<string, string>;
    })
  | (StepBase & { kind: 'modify-parameter-group'; name: string; parameters: Record<string, string> })
  | (StepBase & {
      kind: 'create-security-group';
      name: string;
      vpcId: string;
      ingress: IngressRules;
    })
  | (StepBase & {
      kind: 'authorize-ingress';
      port: number;
      securityGroupIds: string[];
      cidrBlocks: string[];
    })
  | (StepBase & {
      kind: 'revoke-ingress';
      port: number;
      securityGroupIds: string[];
      cidrBlocks: string[];
    })
  | (StepBase & { kind: 'revoke-other-ingress'; permissions: RawPermission[] })
  | (StepBase & { kind: 'create-log-group'; name: string; retentionDays: number })
  | (StepBase & { kind: 'put-log-retention'; name: string; retentionDays: number })
  | (StepBase & { kind: 'delete-log-retention'; name: string })
  /** Writes the token in use (generated first when `generate`) to the parameter. */
  | (StepBase & { kind: 'store-auth-token'; parameterName: string; generate: boolean })
  | (StepBase & { kind: 'delete-ssm-parameter'; parameterName: string })
  | (StepBase & { kind: 'create-replication-group' })
  | (StepBase & { kind: 'wait-available' })
  | (StepBase & { kind: 'increase-replicas'; newReplicaCount: number })
  | (StepBase & { kind: 'decrease-replicas'; newReplicaCount: number })
  | (StepBase & { kind: 'modify-replication-group'; changes: ReplicationGroupModification })
  /**
   * `mark`: after AWS accepts ROTATE, re-write this parameter (the pending token) so its version
   * records that ROTATE happened. `resumed`: SET of a change whose ROTATE an earlier run marked.
   */
  | (StepBase & { kind: 'auth-token'; strategy: 'ROTATE' | 'SET'; mark?: string; resumed?: boolean })
  /** Tags go to every managed resource: the group, its SG, parameter and subnet groups, log groups, SSM. */
  | (StepBase & { kind: 'add-tags'; tags: Record<string, string> })
  | (StepBase & { kind: 'remove-tags'; keys: string[] })
  /**
   * Writes the URL parameters that differ. The URLs embed the token of this run when AUTH is on,
   * unless `tokenless` (published mid-run, before the group requires a token).
   */
  | (StepBase & { kind: 'publish-ssm'; parameterNames: string[]; tokenless?: boolean });

export type StepKind = Step['kind'];

export interface Plan {
  /** "create" when the group is missing, "update" when steps change it, "none" when converged. */
  action: 'create' | 'update' | 'none';
  steps: Step[];
  /** Changes AWS cannot make in place: any refusal fails the run before a single write. */
  refusals: string[];
  warnings: string[];
  /** Changes AWS left pending for the maintenance window (apply_immediately: false). */
  pending: string[];
}

/** Status reported in the `status` output. */
export type RunStatus = 'created' | 'updated' | 'unchanged' | 'pending' | 'planned' | 'create-requested';
