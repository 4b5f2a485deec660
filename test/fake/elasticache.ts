// ElastiCache: tags, events, engine versions, and the assembly of every ElastiCache route.

import {
  AddTagsToResourceCommand,
  CacheClusterNotFoundFault,
  DescribeCacheEngineVersionsCommand,
  DescribeEventsCommand,
  InvalidARNFault,
  InvalidReplicationGroupStateFault,
  ListTagsForResourceCommand,
  RemoveTagsFromResourceCommand,
  TagNotFoundFault,
  TagQuotaPerResourceExceeded,
} from '@aws-sdk/client-elasticache';
import {
  invalidCombination,
  invalidValue,
  requireParameterGroup,
  requireReplicationGroup,
  requireSubnetGroup,
} from './elasticache-common.js';
import { groupRoutes, MAX_TAGS } from './elasticache-groups.js';
import type { Snapshots } from './elasticache-snapshots.js';
import { DEFAULT_ENGINE_VERSION, ENGINE_VERSIONS } from './engine.js';
import { ecError } from './errors.js';
import type { ReplicationGroups } from './replication-groups.js';
import { route, type RouteDef } from './router.js';
import { compact, pageSize, paginate, recordToTagList, tagListToRecord } from './util.js';
import type { FakeContext } from './world.js';

const ARN =
  /^arn:aws[a-z-]*:elasticache:([a-z0-9-]+):(\d{12}):(replicationgroup|cluster|parametergroup|subnetgroup|snapshot):(.+)$/;

/**
 * Resolve a taggable resource ARN to the key its tags are stored under. Member clusters share
 * their replication group's tags (tags propagate to member nodes). Replication groups must be
 * `available`, as AWS refuses tagging operations otherwise.
 */
function resolveTagKey(ctx: FakeContext, snapshots: Snapshots, resourceName: string | undefined): string {
  const m = ARN.exec(resourceName ?? '');
  if (!m) throw ecError(InvalidARNFault, `The ARN ${resourceName ?? ''} is not valid.`);
  const [, region, account, kind, name] = m as unknown as [string, string, string, string, string];
  const foreign = region !== ctx.region || account !== ctx.accountId;
  const resolveGroup = (id: string) => {
    const rg = requireReplicationGroup(ctx, foreign ? '' : id);
    if (rg.status !== 'available') {
      throw ecError(
        InvalidReplicationGroupStateFault,
        'Cluster not in available state to perform tagging operations.',
      );
    }
    return rg.arn;
  };
  switch (kind) {
    case 'replicationgroup':
      return resolveGroup(name);
    case 'cluster': {
      const member = foreign ? undefined : ctx.world.cacheClusters.get(name.toLowerCase());
      if (!member) throw ecError(CacheClusterNotFoundFault, `CacheCluster ${name} not found.`);
      return resolveGroup(member.replicationGroupId);
    }
    case 'parametergroup':
      return requireParameterGroup(ctx, foreign ? '' : name).arn;
    case 'snapshot':
      return snapshots.require(foreign ? '' : name).arn;
    default:
      return requireSubnetGroup(ctx, foreign ? '' : name).arn;
  }
}

export function elasticacheRoutes(
  ctx: FakeContext,
  groups: ReplicationGroups,
  snapshots: Snapshots,
): RouteDef[] {
  const { world } = ctx;
  const tagList = (key: string) => ({ TagList: recordToTagList(ctx.getTags(key)) });
  const tagKey = (resourceName: string | undefined) => resolveTagKey(ctx, snapshots, resourceName);
  return [
    ...groups.routes(),
    ...groupRoutes(ctx),
    ...snapshots.routes(),

    route(ListTagsForResourceCommand, (input) => tagList(tagKey(input.ResourceName))),

    route(AddTagsToResourceCommand, (input) => {
      const key = tagKey(input.ResourceName);
      const merged = { ...ctx.getTags(key), ...tagListToRecord(input.Tags) };
      if (Object.keys(merged).length > MAX_TAGS)
        throw ecError(TagQuotaPerResourceExceeded, `Tag quota of ${MAX_TAGS} per resource exceeded.`);
      ctx.setTags(key, merged);
      return tagList(key);
    }),

    route(RemoveTagsFromResourceCommand, (input) => {
      const key = tagKey(input.ResourceName);
      const current = ctx.getTags(key);
      const missing = (input.TagKeys ?? []).find((k) => !(k in current));
      if (missing !== undefined)
        throw ecError(
          TagNotFoundFault,
          `Tag with key ${missing} not found on resource ${input.ResourceName ?? ''}.`,
        );
      ctx.removeTags(key, input.TagKeys ?? []);
      return tagList(key);
    }),

    route(DescribeEventsCommand, (input) => {
      if (input.SourceIdentifier !== undefined && input.SourceType === undefined) {
        throw invalidCombination('SourceType must be provided when SourceIdentifier is provided.');
      }
      const now = ctx.clock.now();
      const end = input.EndTime?.getTime() ?? now;
      const start = input.StartTime?.getTime() ?? end - (input.Duration ?? 60) * 60_000;
      const all = world.events.filter(
        (e) =>
          (input.SourceType === undefined || e.SourceType === input.SourceType) &&
          (input.SourceIdentifier === undefined ||
            e.SourceIdentifier === input.SourceIdentifier.toLowerCase()) &&
          e.Date.getTime() >= start &&
          e.Date.getTime() <= end,
      );
      const page = paginate(
        all,
        pageSize(input.MaxRecords, { min: 20, max: 100, def: 100 }, invalidValue),
        input.Marker,
        invalidValue,
      );
      return compact({ Events: page.items.map((e) => ({ ...e })), Marker: page.next });
    }),

    route(DescribeCacheEngineVersionsCommand, (input) => {
      const all = ENGINE_VERSIONS.filter(
        (v) =>
          (input.Engine === undefined || v.engine === input.Engine) &&
          (input.EngineVersion === undefined ||
            v.version === input.EngineVersion ||
            v.full === input.EngineVersion) &&
          (input.CacheParameterGroupFamily === undefined || v.family === input.CacheParameterGroupFamily) &&
          (!input.DefaultOnly || DEFAULT_ENGINE_VERSION[v.engine] === v.version),
      ).map((v) => ({
        Engine: v.engine,
        EngineVersion: v.version,
        CacheParameterGroupFamily: v.family,
        CacheEngineDescription: v.engine === 'redis' ? 'Redis' : 'Valkey',
        CacheEngineVersionDescription: `${v.engine === 'redis' ? 'Redis' : 'Valkey'} ${v.full}`,
      }));
      const page = paginate(
        all,
        pageSize(input.MaxRecords, { min: 20, max: 100, def: 100 }, invalidValue),
        input.Marker,
        invalidValue,
      );
      return compact({ CacheEngineVersions: page.items, Marker: page.next });
    }),
  ];
}
