import {
  AddTagsToResourceCommand,
  CreateCacheParameterGroupCommand,
  CreateCacheSubnetGroupCommand,
  CreateReplicationGroupCommand,
  DecreaseReplicaCountCommand,
  DeleteCacheParameterGroupCommand,
  DeleteCacheSubnetGroupCommand,
  DeleteReplicationGroupCommand,
  DescribeCacheClustersCommand,
  DescribeCacheParameterGroupsCommand,
  DescribeCacheParametersCommand,
  DescribeCacheSubnetGroupsCommand,
  DescribeEventsCommand,
  DescribeReplicationGroupsCommand,
  IncreaseReplicaCountCommand,
  ListTagsForResourceCommand,
  ModifyCacheParameterGroupCommand,
  ModifyCacheSubnetGroupCommand,
  ModifyReplicationGroupCommand,
  RemoveTagsFromResourceCommand,
  ResetCacheParameterGroupCommand,
  type CacheCluster,
  type CreateReplicationGroupMessage,
  type ElastiCacheClient,
  type ModifyReplicationGroupMessage,
  type ReplicationGroup,
} from '@aws-sdk/client-elasticache';
import { AwsCallError } from '../errors.js';
import { tagList } from '../domain/names.js';
import type { ObservedSubnetGroup } from '../observe/types.js';
import { awsCall, type RetryNote } from './call.js';

/** Parameters are changed at most 20 per ModifyCacheParameterGroup call (API limit). */
export const PARAMETERS_PER_CALL = 20;

function missing(e: unknown, ...names: string[]): boolean {
  return e instanceof AwsCallError && names.includes(e.causeName);
}

export class ElastiCacheAdapter {
  constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    private readonly client: () => ElastiCacheClient,
    private readonly note?: RetryNote,
  ) {}

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return awsCall('elasticache', operation, fn, this.note);
  }

  async describeReplicationGroup(id: string): Promise<ReplicationGroup | undefined> {
    try {
      const out = await this.call('DescribeReplicationGroups', () =>
        this.client().send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: id })),
      );
      return out.ReplicationGroups?.[0];
    } catch (e) {
      if (missing(e, 'ReplicationGroupNotFoundFault')) return undefined;
      throw e;
    }
  }

  /** Member clusters, with node info; used for version, parameter group, SGs, windows, pending values. */
  async describeCacheCluster(id: string): Promise<CacheCluster | undefined> {
    try {
      const out = await this.call('DescribeCacheClusters', () =>
        this.client().send(new DescribeCacheClustersCommand({ CacheClusterId: id, ShowCacheNodeInfo: true })),
      );
      return out.CacheClusters?.[0];
    } catch (e) {
      if (missing(e, 'CacheClusterNotFoundFault')) return undefined;
      throw e;
    }
  }

  async listTags(arn: string): Promise<Record<string, string>> {
    const out = await this.call('ListTagsForResource', () =>
      this.client().send(new ListTagsForResourceCommand({ ResourceName: arn })),
    );
    return Object.fromEntries((out.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
  }

  async addTags(arn: string, tags: Record<string, string>): Promise<void> {
    await this.call('AddTagsToResource', () =>
      this.client().send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: tagList(tags) })),
    );
  }

  /** Removes tags; a key the resource does not carry is fine. */
  async removeTags(arn: string, keys: string[]): Promise<void> {
    try {
      await this.call('RemoveTagsFromResource', () =>
        this.client().send(new RemoveTagsFromResourceCommand({ ResourceName: arn, TagKeys: keys })),
      );
    } catch (e) {
      if (missing(e, 'TagNotFoundFault')) return;
      throw e;
    }
  }

  async createReplicationGroup(input: CreateReplicationGroupMessage): Promise<ReplicationGroup | undefined> {
    const out = await this.call('CreateReplicationGroup', () =>
      this.client().send(new CreateReplicationGroupCommand(input)),
    );
    return out.ReplicationGroup;
  }

  /** A no-op modify is success ("No modifications were requested"), as Terraform treats it. */
  async modifyReplicationGroup(input: ModifyReplicationGroupMessage): Promise<void> {
    try {
      await this.call('ModifyReplicationGroup', () =>
        this.client().send(new ModifyReplicationGroupCommand(input)),
      );
    } catch (e) {
      if (e instanceof AwsCallError && /No modifications were requested/i.test(e.message)) return;
      throw e;
    }
  }

  /**
   * Starts deleting the group (with a final snapshot taken from the primary when named). Errors are
   * the caller's to interpret: a delete already under way, a busy member, a taken snapshot name.
   */
  async deleteReplicationGroup(id: string, finalSnapshotName: string | undefined): Promise<void> {
    await this.call('DeleteReplicationGroup', () =>
      this.client().send(
        new DeleteReplicationGroupCommand({
          ReplicationGroupId: id,
          FinalSnapshotIdentifier: finalSnapshotName,
        }),
      ),
    );
  }

  /** Deletes a parameter group; one already gone is fine. In use → InvalidCacheParameterGroupStateFault. */
  async deleteParameterGroup(name: string): Promise<void> {
    try {
      await this.call('DeleteCacheParameterGroup', () =>
        this.client().send(new DeleteCacheParameterGroupCommand({ CacheParameterGroupName: name })),
      );
    } catch (e) {
      if (missing(e, 'CacheParameterGroupNotFoundFault')) return;
      throw e;
    }
  }

  /** Deletes a subnet group; one already gone is fine. In use → CacheSubnetGroupInUse. */
  async deleteSubnetGroup(name: string): Promise<void> {
    try {
      await this.call('DeleteCacheSubnetGroup', () =>
        this.client().send(new DeleteCacheSubnetGroupCommand({ CacheSubnetGroupName: name })),
      );
    } catch (e) {
      if (missing(e, 'CacheSubnetGroupNotFoundFault')) return;
      throw e;
    }
  }

  /** The ARN of a parameter group (to read its tags), or undefined when it does not exist. */
  async parameterGroupArn(name: string): Promise<string | undefined> {
    try {
      const out = await this.call('DescribeCacheParameterGroups', () =>
        this.client().send(new DescribeCacheParameterGroupsCommand({ CacheParameterGroupName: name })),
      );
      return out.CacheParameterGroups?.[0]?.ARN;
    } catch (e) {
      if (missing(e, 'CacheParameterGroupNotFoundFault')) return undefined;
      throw e;
    }
  }

  /** The ARN of a subnet group (to read its tags), or undefined when it does not exist. */
  async subnetGroupArn(name: string): Promise<string | undefined> {
    try {
      const out = await this.call('DescribeCacheSubnetGroups', () =>
        this.client().send(new DescribeCacheSubnetGroupsCommand({ CacheSubnetGroupName: name })),
      );
      return out.CacheSubnetGroups?.[0]?.ARN;
    } catch (e) {
      if (missing(e, 'CacheSubnetGroupNotFoundFault')) return undefined;
      throw e;
    }
  }

  async increaseReplicaCount(id: string, newReplicaCount: number): Promise<void> {
    await this.call('IncreaseReplicaCount', () =>
      this.client().send(
        new IncreaseReplicaCountCommand({
          ReplicationGroupId: id,
          NewReplicaCount: newReplicaCount,
          ApplyImmediately: true,
        }),
      ),
    );
  }

  async decreaseReplicaCount(id: string, newReplicaCount: number): Promise<void> {
    await this.call('DecreaseReplicaCount', () =>
      this.client().send(
        new DecreaseReplicaCountCommand({
          ReplicationGroupId: id,
          NewReplicaCount: newReplicaCount,
          ApplyImmediately: true,
        }),
      ),
    );
  }

  /** Recent events of the group and of each member (causes are often reported on a member), oldest first. */
  async recentEvents(id: string, memberIds: string[], sinceMs: number): Promise<string[]> {
    const sources: Array<['replication-group' | 'cache-cluster', string]> = [
      ['replication-group', id],
      ...memberIds.map((m): ['cache-cluster', string] => ['cache-cluster', m]),
    ];
    const answers = await Promise.all(
      sources.map(([SourceType, SourceIdentifier]) =>
        this.call('DescribeEvents', () =>
          this.client().send(
            new DescribeEventsCommand({ SourceType, SourceIdentifier, StartTime: new Date(sinceMs) }),
          ),
        ),
      ),
    );
    return answers
      .flatMap((out) => out.Events ?? [])
      .sort((x, y) => (x.Date?.getTime() ?? 0) - (y.Date?.getTime() ?? 0))
      .map((ev) =>
        `${ev.Date?.toISOString() ?? ''} ${ev.SourceIdentifier ?? id}: ${ev.Message ?? ''}`.trim(),
      );
  }

  async describeSubnetGroup(name: string): Promise<ObservedSubnetGroup | undefined> {
    try {
      const out = await this.call('DescribeCacheSubnetGroups', () =>
        this.client().send(new DescribeCacheSubnetGroupsCommand({ CacheSubnetGroupName: name })),
      );
      const g = out.CacheSubnetGroups?.[0];
      if (!g) return undefined;
      return {
        name: g.CacheSubnetGroupName ?? name,
        vpcId: g.VpcId ?? '',
        // Stryker disable next-line ArrayDeclaration: a fallback element without the field maps to '' and is filtered out
        subnetIds: (g.Subnets ?? []).map((s) => s.SubnetIdentifier ?? '').filter(Boolean),
        subnetZones: Object.fromEntries(
          (g.Subnets ?? []).map((s) => [s.SubnetIdentifier ?? '', s.SubnetAvailabilityZone?.Name ?? '']),
        ),
      };
    } catch (e) {
      if (missing(e, 'CacheSubnetGroupNotFoundFault')) return undefined;
      throw e;
    }
  }

  async createSubnetGroup(
    name: string,
    description: string,
    subnetIds: string[],
    tags: Record<string, string>,
  ) {
    await this.call('CreateCacheSubnetGroup', () =>
      this.client().send(
        new CreateCacheSubnetGroupCommand({
          CacheSubnetGroupName: name,
          CacheSubnetGroupDescription: description,
          SubnetIds: subnetIds,
          Tags: tagList(tags),
        }),
      ),
    );
  }

  async modifySubnetGroup(name: string, subnetIds: string[]) {
    await this.call('ModifyCacheSubnetGroup', () =>
      this.client().send(
        new ModifyCacheSubnetGroupCommand({ CacheSubnetGroupName: name, SubnetIds: subnetIds }),
      ),
    );
  }

  /** User-set parameter values of a group, or undefined when the group does not exist. */
  async describeUserParameters(name: string): Promise<Record<string, string | undefined> | undefined> {
    const values: Record<string, string | undefined> = {};
    let marker: string | undefined;
    try {
      do {
        const out = await this.call('DescribeCacheParameters', () =>
          this.client().send(
            new DescribeCacheParametersCommand({
              CacheParameterGroupName: name,
              Source: 'user',
              MaxRecords: 100,
              Marker: marker,
            }),
          ),
        );
        // Stryker disable next-line ArrayDeclaration: a fallback element has no ParameterName and is skipped
        for (const p of out.Parameters ?? []) if (p.ParameterName) values[p.ParameterName] = p.ParameterValue;
        marker = out.Marker;
      } while (marker);
    } catch (e) {
      if (missing(e, 'CacheParameterGroupNotFoundFault')) return undefined;
      throw e;
    }
    return values;
  }

  async createParameterGroup(
    name: string,
    family: string,
    description: string,
    tags: Record<string, string>,
  ) {
    await this.call('CreateCacheParameterGroup', () =>
      this.client().send(
        new CreateCacheParameterGroupCommand({
          CacheParameterGroupName: name,
          CacheParameterGroupFamily: family,
          Description: description,
          Tags: tagList(tags),
        }),
      ),
    );
  }

  async modifyParameters(name: string, parameters: Record<string, string>) {
    const entries = Object.entries(parameters);
    for (let i = 0; i < entries.length; i += PARAMETERS_PER_CALL) {
      const chunk = entries.slice(i, i + PARAMETERS_PER_CALL);
      await this.call('ModifyCacheParameterGroup', () =>
        this.client().send(
          new ModifyCacheParameterGroupCommand({
            CacheParameterGroupName: name,
            ParameterNameValues: chunk.map(([ParameterName, ParameterValue]) => ({
              ParameterName,
              ParameterValue,
            })),
          }),
        ),
      );
    }
  }

  /** Back to the family default: ResetCacheParameterGroup with ParameterNameValues, 20 per call. */
  async resetParameters(name: string, parameterNames: string[]) {
    for (let i = 0; i < parameterNames.length; i += PARAMETERS_PER_CALL) {
      const chunk = parameterNames.slice(i, i + PARAMETERS_PER_CALL);
      await this.call('ResetCacheParameterGroup', () =>
        this.client().send(
          new ResetCacheParameterGroupCommand({
            CacheParameterGroupName: name,
            ParameterNameValues: chunk.map((ParameterName) => ({ ParameterName })),
          }),
        ),
      );
    }
  }
}
