// ElastiCache's answer as the planner sees it: DescribeReplicationGroups, the first member's
// DescribeCacheClusters and the group's tags mapped to one ObservedGroup. Pure: no call is made here.

import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { ObservedGroup, ObservedLogDelivery } from '../observe/types.js';

/**
 * The group as the planner sees it: the RG shape plus what only the first member carries. Only that
 * member was described, so the others' status is 'unknown' (never taken for busy).
 */
export function toObservedGroup(
  rg: ReplicationGroup,
  member: CacheCluster | undefined,
  tags: Record<string, string>,
): ObservedGroup {
  const ng = rg.NodeGroups?.[0];
  const logDelivery: ObservedLogDelivery[] = (rg.LogDeliveryConfigurations ?? []).map((l) => ({
    logType: l.LogType as 'slow-log' | 'engine-log',
    destinationType: l.DestinationType ?? '',
    logGroup: l.DestinationDetails?.CloudWatchLogsDetails?.LogGroup,
    logFormat: l.LogFormat,
    status: l.Status,
  }));
  const memberIds = rg.MemberClusters ?? [];
  const topic = member?.NotificationConfiguration;
  return {
    id: rg.ReplicationGroupId ?? '',
    arn: rg.ARN ?? '',
    status: rg.Status ?? 'unknown',
    nodeType: rg.CacheNodeType ?? member?.CacheNodeType,
    engine: rg.Engine ?? member?.Engine,
    engineVersion: member?.EngineVersion,
    memberClusters: memberIds,
    members: memberIds.map((id) => {
      const c = member?.CacheClusterId === id ? member : undefined;
      const ngm = ng?.NodeGroupMembers?.find((m) => m.CacheClusterId === id);
      const role = ngm?.CurrentRole;
      return {
        id,
        availabilityZone: ngm?.PreferredAvailabilityZone,
        role: role === 'primary' || role === 'replica' ? role : undefined,
        status: c?.CacheClusterStatus ?? 'unknown',
        pendingNodeType: c?.PendingModifiedValues?.CacheNodeType,
        pendingEngineVersion: c?.PendingModifiedValues?.EngineVersion,
      };
    }),
    automaticFailover: rg.AutomaticFailover,
    multiAz: rg.MultiAZ,
    atRestEncryptionEnabled: rg.AtRestEncryptionEnabled ?? false,
    kmsKeyId: rg.KmsKeyId,
    transitEncryptionEnabled: rg.TransitEncryptionEnabled ?? false,
    transitEncryptionMode: rg.TransitEncryptionMode,
    authTokenEnabled: rg.AuthTokenEnabled ?? false,
    clusterEnabled: rg.ClusterEnabled ?? false,
    dataTiering: rg.DataTiering === 'enabled',
    port: ng?.PrimaryEndpoint?.Port ?? member?.CacheNodes?.[0]?.Endpoint?.Port,
    primaryEndpoint:
      ng?.PrimaryEndpoint?.Address !== undefined
        ? { address: ng.PrimaryEndpoint.Address, port: ng.PrimaryEndpoint.Port ?? 0 }
        : undefined,
    readerEndpoint:
      ng?.ReaderEndpoint?.Address !== undefined
        ? { address: ng.ReaderEndpoint.Address, port: ng.ReaderEndpoint.Port ?? 0 }
        : undefined,
    snapshotRetentionLimit: rg.SnapshotRetentionLimit,
    snapshotWindow: rg.SnapshotWindow,
    maintenanceWindow: member?.PreferredMaintenanceWindow,
    notificationTopicArn: topic?.TopicStatus === 'active' ? topic.TopicArn : undefined,
    parameterGroupName: member?.CacheParameterGroup?.CacheParameterGroupName,
    parameterApplyStatus: member?.CacheParameterGroup?.ParameterApplyStatus,
    // Stryker disable next-line ArrayDeclaration: a fallback element without the field maps to '' and is filtered out
    securityGroupIds: (member?.SecurityGroups ?? []).map((s) => s.SecurityGroupId ?? '').filter(Boolean),
    subnetGroupName: member?.CacheSubnetGroupName,
    logDelivery,
    pendingAuthTokenStatus: rg.PendingModifiedValues?.AuthTokenStatus,
    authTokenLastModified: rg.AuthTokenLastModifiedDate?.getTime(),
    pendingTransitEncryptionMode: rg.PendingModifiedValues?.TransitEncryptionMode,
    autoMinorVersionUpgrade: rg.AutoMinorVersionUpgrade ?? member?.AutoMinorVersionUpgrade,
    description: rg.Description,
    networkType: rg.NetworkType,
    ipDiscovery: rg.IpDiscovery,
    tags,
  };
}
