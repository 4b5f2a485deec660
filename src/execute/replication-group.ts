// Step family: the replication group itself (create, replica count, ModifyReplicationGroup, waits).

import type { CreateReplicationGroupMessage } from '@aws-sdk/client-elasticache';
import type { ApplyConfig as Config } from '../config/types.js';
import { tagList, type ResourceNames } from '../domain/names.js';
import { isDataTieringNodeType } from '../domain/node-types.js';
import { desiredLogDelivery } from '../plan/ensure/replication-group.js';
import { MANAGED_SECURITY_GROUP } from '../plan/steps.js';
import { applyContext, requireSg, type StepHandlers } from './context.js';
import { waitUntilAvailable } from './wait.js';

type Kind =
  | 'create-replication-group'
  | 'wait-available'
  | 'increase-replicas'
  | 'decrease-replicas'
  | 'modify-replication-group';

export const replicationGroupSteps: StepHandlers<Kind> = {
  'create-replication-group': {
    title: (s) =>
      s.snapshotName
        ? `create replication group from snapshot ${s.snapshotName}`
        : 'create replication group',
    run: async (s, ctx, st) => {
      const { aws, createTags, log } = ctx;
      const { cfg, names } = applyContext(ctx);
      const rg = await aws.elasticache.createReplicationGroup({
        ...buildCreateRequest(cfg, names, requireSg(st), st.token, createTags),
        ...(s.snapshotName ? { SnapshotName: s.snapshotName } : {}),
      });
      st.group = rg;
      if (!cfg.wait)
        log.info(
          `  create requested; wait is false, so this step ends now while ${cfg.name} is ${rg?.Status ?? 'creating'}`,
        );
    },
  },
  'wait-available': {
    title: () => 'wait for available',
    run: async (_s, ctx, st) => {
      st.group = await waitUntilAvailable(ctx, applyContext(ctx).names.replicationGroupId);
    },
  },
  'increase-replicas': {
    title: (s) => `increase replicas to ${s.newReplicaCount}`,
    run: (s, ctx) =>
      ctx.aws.elasticache.increaseReplicaCount(applyContext(ctx).names.replicationGroupId, s.newReplicaCount),
  },
  'decrease-replicas': {
    title: (s) => `decrease replicas to ${s.newReplicaCount}`,
    run: (s, ctx) =>
      ctx.aws.elasticache.decreaseReplicaCount(applyContext(ctx).names.replicationGroupId, s.newReplicaCount),
  },
  'modify-replication-group': {
    title: (s) =>
      `modify replication group (${Object.keys(s.changes)
        .filter((k) => k !== 'ApplyImmediately')
        .join(', ')})`,
    run: (s, ctx, st) => {
      const { aws } = ctx;
      const { names } = applyContext(ctx);
      const changes = { ...s.changes };
      if (changes.SecurityGroupIds) {
        changes.SecurityGroupIds = changes.SecurityGroupIds.map((id) =>
          id === MANAGED_SECURITY_GROUP ? requireSg(st) : id,
        );
      }
      return aws.elasticache.modifyReplicationGroup({
        ReplicationGroupId: names.replicationGroupId,
        ...changes,
      });
    },
  },
};

/** What a new group is described as when the `description` input is empty. */
export function defaultDescription(name: string): string {
  return `Django cache and Celery broker for ${name} (django-redis-action)`;
}

/** The full create request: every setting from the inputs, log delivery, tags. Pure. */
export function buildCreateRequest(
  cfg: Config,
  names: ResourceNames,
  securityGroupId: string,
  token: string | undefined,
  tags: Record<string, string>,
): CreateReplicationGroupMessage {
  return {
    ReplicationGroupId: names.replicationGroupId,
    ReplicationGroupDescription: cfg.description ?? defaultDescription(cfg.name),
    AutoMinorVersionUpgrade: cfg.autoMinorVersionUpgrade,
    PreferredCacheClusterAZs: cfg.preferredCacheClusterAzs.length ? cfg.preferredCacheClusterAzs : undefined,
    // Sent only when not AWS's default, so an IPv4 group's request is the one it always was.
    NetworkType: cfg.networkType === 'ipv4' ? undefined : cfg.networkType,
    IpDiscovery: cfg.ipDiscovery === 'ipv4' ? undefined : cfg.ipDiscovery,
    Engine: cfg.engine,
    EngineVersion: cfg.engineVersion,
    CacheNodeType: cfg.nodeType,
    NumCacheClusters: cfg.numCacheClusters,
    AutomaticFailoverEnabled: cfg.automaticFailoverEnabled,
    MultiAZEnabled: cfg.multiAzEnabled,
    AtRestEncryptionEnabled: cfg.atRestEncryptionEnabled,
    KmsKeyId: cfg.kmsKeyId,
    TransitEncryptionEnabled: cfg.transitEncryptionEnabled,
    TransitEncryptionMode: cfg.transitEncryptionEnabled ? 'required' : undefined,
    AuthToken: cfg.authTokenEnabled ? token : undefined,
    Port: cfg.port,
    CacheSubnetGroupName: names.subnetGroup,
    CacheParameterGroupName: names.parameterGroup,
    SecurityGroupIds: [securityGroupId, ...cfg.securityGroupIds.filter((id) => id !== securityGroupId)],
    SnapshotRetentionLimit: cfg.snapshotRetentionLimit,
    SnapshotWindow: cfg.snapshotWindow,
    PreferredMaintenanceWindow: cfg.maintenanceWindow,
    NotificationTopicArn: cfg.notificationTopicArn,
    DataTieringEnabled: isDataTieringNodeType(cfg.nodeType) ? true : undefined,
    LogDeliveryConfigurations: desiredLogDelivery(names),
    Tags: tagList(tags),
  };
}
