// Resource Groups Tagging API: GetResources over every tagged resource of the fake (ElastiCache
// groups, member clusters, snapshots, parameter and subnet groups; EC2 security groups, subnets,
// VPCs and route tables; log groups; SSM parameters; CloudWatch alarms).

import {
  GetResourcesCommand,
  InvalidParameterException,
  type ResourceTagMapping,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { jsonError } from './errors.js';
import { route, type RouteDef } from './router.js';
import { pageSize, paginate, recordToTagList, type TagRecord } from './util.js';
import type { FakeContext } from './world.js';

/** Services GetResources knows in this fake (others are refused like unsupported ones). */
const SERVICES = ['elasticache', 'ec2', 'logs', 'ssm', 'cloudwatch', 'sns', 'kms'];
const TYPE_FILTER = /^[a-z0-9-]+(:[a-z0-9-]+)?$/;
const MAX_TAG_FILTERS = 50;
const MAX_VALUES = 20;

const invalid = (message: string) => jsonError(InvalidParameterException, message);

interface TaggedResource {
  arn: string;
  /** "service:resourceType" as ResourceTypeFilters name it. */
  type: string;
  tags: TagRecord;
}

/** Every resource of the fake with its ARN, type and tags (untagged ones included; filtered later). */
function allResources(ctx: FakeContext): TaggedResource[] {
  const { world } = ctx;
  const out: TaggedResource[] = [];
  const add = (type: string, arn: string, tagKey = arn) => out.push({ arn, type, tags: ctx.getTags(tagKey) });
  const ec = (kind: string, name: string) => ctx.arn('elasticache', `${kind}:${name}`);
  for (const rg of world.replicationGroups.values()) {
    add('elasticache:replicationgroup', rg.arn);
    // Tags propagate to member clusters.
    for (const id of rg.memberIds) add('elasticache:cluster', ec('cluster', id), rg.arn);
  }
  for (const s of world.snapshots.values()) add('elasticache:snapshot', s.arn);
  for (const pg of world.parameterGroups.values()) add('elasticache:parametergroup', pg.arn);
  for (const sg of world.subnetGroups.values()) add('elasticache:subnetgroup', sg.arn);
  for (const g of world.securityGroups.values())
    add('ec2:security-group', ctx.arn('ec2', `security-group/${g.groupId}`), g.groupId);
  for (const s of world.subnets.values())
    add('ec2:subnet', ctx.arn('ec2', `subnet/${s.subnetId}`), s.subnetId);
  for (const v of world.vpcs.values()) add('ec2:vpc', ctx.arn('ec2', `vpc/${v.vpcId}`), v.vpcId);
  for (const t of world.routeTables.values())
    add('ec2:route-table', ctx.arn('ec2', `route-table/${t.routeTableId}`), t.routeTableId);
  for (const g of world.logGroups.values()) add('logs:log-group', g.arn);
  for (const p of world.ssmParameters.values()) add('ssm:parameter', p.arn);
  for (const a of world.alarms.values()) add('cloudwatch:alarm', a.arn);
  return out.sort((a, b) => a.arn.localeCompare(b.arn));
}

export function taggingRoutes(ctx: FakeContext): RouteDef[] {
  return [
    route(GetResourcesCommand, (input) => {
      if (input.ResourceARNList !== undefined)
        throw new Error('fake cloud: GetResources ResourceARNList is not supported by the fake');
      if (input.IncludeComplianceDetails || input.ExcludeCompliantResources)
        throw new Error('fake cloud: GetResources compliance details are not supported by the fake');
      const filters = input.TagFilters ?? [];
      if (filters.length > MAX_TAG_FILTERS)
        throw invalid(`TagFilters can contain at most ${MAX_TAG_FILTERS} filters.`);
      for (const f of filters) {
        if (!f.Key || f.Key.length > 128) throw invalid('TagFilters Key must be 1-128 characters long.');
        if ((f.Values?.length ?? 0) > MAX_VALUES)
          throw invalid(`A tag filter can contain at most ${MAX_VALUES} values.`);
      }
      const types = input.ResourceTypeFilters ?? [];
      for (const t of types) {
        if (!TYPE_FILTER.test(t)) throw invalid(`${t} is not a valid resource type filter.`);
        if (!SERVICES.includes(t.split(':')[0]!)) throw invalid(`Unsupported service=${t.split(':')[0]}`);
      }
      const perPage = pageSize(
        input.ResourcesPerPage,
        { min: 1, max: 100, def: 100 },
        invalid,
        'ResourcesPerPage',
      );
      if (input.TagsPerPage !== undefined)
        pageSize(input.TagsPerPage, { min: 100, max: 500, def: 500 }, invalid, 'TagsPerPage');
      const matches = allResources(ctx).filter(
        (r) =>
          Object.keys(r.tags).length > 0 &&
          (types.length === 0 ||
            types.some((t) => (t.includes(':') ? r.type === t : r.type.startsWith(`${t}:`)))) &&
          filters.every(
            (f) => f.Key! in r.tags && ((f.Values?.length ?? 0) === 0 || f.Values!.includes(r.tags[f.Key!]!)),
          ),
      );
      const page = paginate(matches, perPage, input.PaginationToken, () =>
        invalid('The pagination token is not valid.'),
      );
      return {
        ResourceTagMappingList: page.items.map((r): ResourceTagMapping => ({
          ResourceARN: r.arn,
          Tags: recordToTagList(r.tags),
        })),
        // GetResources ends with an empty string, not a missing token.
        PaginationToken: page.next ?? '',
      };
    }),
  ];
}
