// Plan steps: each step is one unit of work the shared executor performs, with a human reason.
// `level`: steps with the same level are independent and may run concurrently; levels run in order.

import type { AlarmSpec } from '../domain/alarms.js';
import type { IngressRules, RawPermission } from '../observe/types.js';

/** Placeholder for the managed security group's id when it is created in the same run. */
export const MANAGED_SECURITY_GROUP = '(managed security group)';

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
  AutoMinorVersionUpgrade?: boolean;
  ReplicationGroupDescription?: string;
  IpDiscovery?: 'ipv4' | 'ipv6';
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
  /** ResetCacheParameterGroup of these names: back to the family default. */
  | (StepBase & { kind: 'reset-parameters'; name: string; parameterNames: string[] })
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
  /** `snapshotName`: restore the new group from this snapshot (apply's snapshot_name). */
  | (StepBase & { kind: 'create-replication-group'; snapshotName?: string })
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
  | (StepBase & { kind: 'publish-ssm'; parameterNames: string[]; tokenless?: boolean })
  /** PutMetricAlarm of each (create or replace), tagged with the ownership marker on create. */
  | (StepBase & { kind: 'put-alarms'; alarms: AlarmSpec[] })
  /** Alarms of nodes that left the group (or changed role): each deleted only if its tags prove it ours. */
  | (StepBase & { kind: 'remove-alarms'; alarms: Array<{ name: string; arn: string }> })
  // Mode destroy (and the janitor): every step names what it deletes; deletes of what is gone succeed.
  /** Retried while a member is busy; an earlier run's delete already under way counts as done. */
  | (StepBase & { kind: 'delete-replication-group'; groupId: string; finalSnapshotName?: string })
  /** Polls until DescribeReplicationGroups answers ReplicationGroupNotFoundFault. */
  | (StepBase & { kind: 'wait-deleted'; groupId: string })
  /** The next three are retried (jittered, within the run's deadline) while AWS reports them in use. */
  | (StepBase & { kind: 'delete-parameter-group'; name: string })
  | (StepBase & { kind: 'delete-subnet-group'; name: string })
  | (StepBase & { kind: 'delete-security-group'; groupId: string })
  | (StepBase & { kind: 'delete-log-group'; name: string })
  | (StepBase & { kind: 'delete-alarms'; names: string[] })
  /**
   * mode snapshot: CreateSnapshot of one member cluster, tagged with the ownership marker. When
   * `snapshotName` was taken between observing and creating (another run), `fallbackName` is used.
   */
  | (StepBase & {
      kind: 'create-snapshot';
      replicationGroupId: string;
      cacheClusterId: string;
      snapshotName: string;
      fallbackName?: string;
    })
  /** Waits for the snapshot this run took (or resumed) to be available. */
  | (StepBase & {
      kind: 'wait-snapshot';
      replicationGroupId: string;
      snapshotName: string;
      /** The member it is taken from, whose events explain a failure. */
      cacheClusterId: string | undefined;
    })
  | (StepBase & { kind: 'delete-snapshot'; snapshotName: string });

export type StepKind = Step['kind'];

export interface Plan {
  /** "create" when the group is missing, "update" when steps change it, "none" when converged; "delete": destroy. */
  action: 'create' | 'update' | 'none' | 'delete';
  steps: Step[];
  /** Changes AWS cannot make in place: any refusal fails the run before a single write. */
  refusals: string[];
  warnings: string[];
  /** Changes AWS left pending for the maintenance window (apply_immediately: false). */
  pending: string[];
}

/** A step before it is given its level (Omit distributed over the union). */
export type Unleveled = Step extends infer S ? (S extends Step ? Omit<S, 'level'> : never) : never;
