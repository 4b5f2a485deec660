// ElastiCache cache subnet groups and cache parameter groups.

import {
  type CacheParameterGroup,
  CacheParameterGroupAlreadyExistsFault,
  type CacheSubnetGroup,
  CacheSubnetGroupAlreadyExistsFault,
  CacheSubnetGroupInUse,
  CreateCacheParameterGroupCommand,
  CreateCacheSubnetGroupCommand,
  DeleteCacheParameterGroupCommand,
  DeleteCacheSubnetGroupCommand,
  DescribeCacheParameterGroupsCommand,
  DescribeCacheParametersCommand,
  DescribeCacheSubnetGroupsCommand,
  DescribeEngineDefaultParametersCommand,
  InvalidCacheParameterGroupStateFault,
  InvalidSubnet,
  ModifyCacheParameterGroupCommand,
  ModifyCacheSubnetGroupCommand,
  type Parameter,
  type ParameterNameValue,
  ResetCacheParameterGroupCommand,
  SubnetInUse,
  type Tag,
  TagQuotaPerResourceExceeded,
} from '@aws-sdk/client-elasticache';
import {
  ecArn,
  invalidCombination,
  invalidValue,
  requireParameterGroup,
  requireSubnetGroup,
  validateIdentifier,
} from './elasticache-common.js';
import { type CatalogParameter, FAMILIES, findParameter, isAllowedValue, parametersFor } from './engine.js';
import { ecError } from './errors.js';
import { route, type RouteDef } from './router.js';
import { compact, pageSize, paginate, tagListToRecord } from './util.js';
import type { FakeContext, FakeParameterGroup, FakeSubnetGroup } from './world.js';

const PAGE = { min: 20, max: 100, def: 100 };
export const MAX_TAGS = 50;

/** Store tags given at create time (needs elasticache:AddTagsToResource too, like AWS). */
export function tagOnCreate(ctx: FakeContext, arn: string, tags: Tag[] | undefined): void {
  if (!tags || tags.length === 0) return;
  ctx.authorize('elasticache', 'elasticache:AddTagsToResource', arn);
  if (tags.length > MAX_TAGS)
    throw ecError(TagQuotaPerResourceExceeded, `Tag quota of ${MAX_TAGS} per resource exceeded.`);
  ctx.setTags(arn, tagListToRecord(tags));
}

/** Seed the default parameter groups every account has. */
export function addDefaultParameterGroups(ctx: FakeContext): void {
  for (const family of FAMILIES) {
    for (const clusterOn of [false, true]) {
      const name = `default.${family}${clusterOn ? '.cluster.on' : ''}`;
      ctx.world.parameterGroups.set(name, {
        name,
        arn: ecArn(ctx, 'parametergroup', name),
        family,
        description: `Default parameter group for ${family}${clusterOn ? ' with cluster mode on' : ''}`,
        isDefault: true,
        userValues: {},
        systemOverrides: clusterOn ? { 'cluster-enabled': 'yes' } : {},
      });
    }
  }
}

export function parameterValue(pg: FakeParameterGroup, name: string): string | undefined {
  return pg.userValues[name] ?? pg.systemOverrides[name] ?? findParameter(pg.family, name)?.ParameterValue;
}

function renderParameter(pg: FakeParameterGroup, entry: CatalogParameter): Parameter {
  const name = entry.ParameterName;
  return {
    ...entry,
    ParameterValue: parameterValue(pg, name),
    Source: name in pg.userValues ? 'user' : 'system',
  };
}

function renderParameterGroup(pg: FakeParameterGroup): CacheParameterGroup {
  return {
    CacheParameterGroupName: pg.name,
    CacheParameterGroupFamily: pg.family,
    Description: pg.description,
    IsGlobal: false,
    ARN: pg.arn,
  };
}

/** A subnet with an IPv6 block supports every network type (the fake has no IPv6-only subnets). */
function subnetNetworkTypes(ctx: FakeContext, subnetId: string): Array<'ipv4' | 'dual_stack' | 'ipv6'> {
  return ctx.world.subnets.get(subnetId)?.ipv6CidrBlock ? ['ipv4', 'dual_stack', 'ipv6'] : ['ipv4'];
}

/** The network types every subnet of the group supports. */
export function supportedNetworkTypes(
  ctx: FakeContext,
  sg: FakeSubnetGroup,
): Array<'ipv4' | 'dual_stack' | 'ipv6'> {
  return sg.subnetIds.reduce((types, id) => types.filter((t) => subnetNetworkTypes(ctx, id).includes(t)), [
    'ipv4',
    'dual_stack',
    'ipv6',
  ] as Array<'ipv4' | 'dual_stack' | 'ipv6'>);
}

function renderSubnetGroup(ctx: FakeContext, sg: FakeSubnetGroup): CacheSubnetGroup {
  return {
    CacheSubnetGroupName: sg.name,
    CacheSubnetGroupDescription: sg.description,
    VpcId: sg.vpcId,
    Subnets: sg.subnetIds.map((id) => ({
      SubnetIdentifier: id,
      SubnetAvailabilityZone: { Name: ctx.world.subnets.get(id)?.availabilityZone },
      SupportedNetworkTypes: subnetNetworkTypes(ctx, id),
    })),
    ARN: sg.arn,
    SupportedNetworkTypes: supportedNetworkTypes(ctx, sg),
  };
}

/** All subnets must exist and share one VPC; returns that VPC. */
function validateSubnets(ctx: FakeContext, subnetIds: string[] | undefined): string {
  if (!subnetIds || subnetIds.length === 0) throw invalidValue('The parameter SubnetIds must be provided.');
  const vpcs = new Set<string>();
  for (const id of subnetIds) {
    const subnet = ctx.world.subnets.get(id);
    if (!subnet) throw ecError(InvalidSubnet, `The subnet ID ${id} does not exist`);
    vpcs.add(subnet.vpcId);
  }
  if (vpcs.size > 1) throw ecError(InvalidSubnet, 'Subnets must all belong to the same VPC.');
  return [...vpcs][0]!;
}

/** Replication groups whose members use the subnet group / parameter group. */
function groupsUsing(
  ctx: FakeContext,
  pred: (rg: { subnetGroupName: string; parameterGroupName: string }) => boolean,
) {
  return [...ctx.world.replicationGroups.values()].filter(pred);
}

/** The family's catalog entry for a parameter named in a request, or InvalidParameterValue. */
function requireParameter(pg: FakeParameterGroup, name: string): CatalogParameter {
  const entry = findParameter(pg.family, name);
  if (!entry) throw invalidValue(`Unknown parameter for family ${pg.family}: ${name}`);
  if (!entry.IsModifiable) throw invalidValue(`The parameter ${name} cannot be modified.`);
  return entry;
}

function checkParameterChanges(
  pg: FakeParameterGroup,
  values: ParameterNameValue[] | undefined,
): Array<[string, string]> {
  if (pg.isDefault) throw invalidValue(`Cannot modify the default parameter group ${pg.name}.`);
  const list = values ?? [];
  if (list.length === 0) throw invalidValue('The parameter ParameterNameValues must be provided.');
  if (list.length > 20)
    throw invalidValue('The maximum number of parameters that can be modified at once is 20.');
  return list.map(({ ParameterName: name = '', ParameterValue: value }) => {
    const entry = requireParameter(pg, name);
    if (value === undefined) throw invalidValue(`The parameter value for ${name} must be provided.`);
    if (entry.DataType === 'integer' && !/^-?\d+$/.test(value))
      throw invalidValue(`Invalid value ${value} for parameter ${name}: the value must be an integer.`);
    if (!isAllowedValue(entry, value))
      throw invalidValue(
        `Invalid value ${value} for parameter ${name}. Allowed values: ${entry.AllowedValues || '(pattern)'}`,
      );
    return [name, value];
  });
}

/** Members of groups using `pg` need a reboot after a requires-reboot parameter change. */
function markPendingReboot(ctx: FakeContext, pg: FakeParameterGroup, names: string[]): void {
  const needsReboot = names.some((n) => findParameter(pg.family, n)?.ChangeType === 'requires-reboot');
  if (!needsReboot) return;
  for (const rg of groupsUsing(ctx, (g) => g.parameterGroupName === pg.name)) {
    for (const id of rg.memberIds) {
      const m = ctx.world.cacheClusters.get(id);
      if (m) m.parameterApplyStatus = 'pending-reboot';
    }
  }
}

export function groupRoutes(ctx: FakeContext): RouteDef[] {
  const { world } = ctx;
  return [
    route(CreateCacheSubnetGroupCommand, (input) => {
      const name = validateIdentifier('cache subnet group name', input.CacheSubnetGroupName, 255);
      if (name === 'default') throw invalidValue('The cache subnet group name default is reserved.');
      if (world.subnetGroups.has(name))
        throw ecError(CacheSubnetGroupAlreadyExistsFault, `Cache subnet group ${name} already exists.`);
      if (!input.CacheSubnetGroupDescription)
        throw invalidValue('The parameter CacheSubnetGroupDescription must be provided.');
      const vpcId = validateSubnets(ctx, input.SubnetIds);
      const sg: FakeSubnetGroup = {
        name,
        arn: ecArn(ctx, 'subnetgroup', name),
        description: input.CacheSubnetGroupDescription,
        vpcId,
        subnetIds: [...new Set(input.SubnetIds)],
      };
      tagOnCreate(ctx, sg.arn, input.Tags);
      world.subnetGroups.set(name, sg);
      return { CacheSubnetGroup: renderSubnetGroup(ctx, sg) };
    }),

    route(DescribeCacheSubnetGroupsCommand, (input) => {
      const all = input.CacheSubnetGroupName
        ? [requireSubnetGroup(ctx, input.CacheSubnetGroupName)]
        : [...world.subnetGroups.values()].sort((a, b) => a.name.localeCompare(b.name));
      const page = paginate(all, pageSize(input.MaxRecords, PAGE, invalidValue), input.Marker, invalidValue);
      return compact({
        CacheSubnetGroups: page.items.map((sg) => renderSubnetGroup(ctx, sg)),
        Marker: page.next,
      });
    }),

    route(ModifyCacheSubnetGroupCommand, (input) => {
      const sg = requireSubnetGroup(ctx, input.CacheSubnetGroupName);
      if (input.SubnetIds) {
        const vpcId = validateSubnets(ctx, input.SubnetIds);
        if (vpcId !== sg.vpcId)
          throw ecError(InvalidSubnet, `Subnets must belong to the subnet group's VPC ${sg.vpcId}.`);
        const azOf = (id: string) => world.subnets.get(id)?.availabilityZone;
        const remainingAzs = new Set(input.SubnetIds.map(azOf));
        const usedAzs = new Set(
          groupsUsing(ctx, (g) => g.subnetGroupName === sg.name).flatMap((rg) =>
            rg.memberIds.map((id) => world.cacheClusters.get(id)?.availabilityZone),
          ),
        );
        const stranded = sg.subnetIds.find((id) => usedAzs.has(azOf(id)) && !remainingAzs.has(azOf(id)));
        if (stranded) throw ecError(SubnetInUse, `The subnet ID ${stranded} is in use.`);
        sg.subnetIds = [...new Set(input.SubnetIds)];
      }
      if (input.CacheSubnetGroupDescription !== undefined) sg.description = input.CacheSubnetGroupDescription;
      return { CacheSubnetGroup: renderSubnetGroup(ctx, sg) };
    }),

    route(DeleteCacheSubnetGroupCommand, (input) => {
      const sg = requireSubnetGroup(ctx, input.CacheSubnetGroupName);
      if (groupsUsing(ctx, (g) => g.subnetGroupName === sg.name).length > 0) {
        throw ecError(
          CacheSubnetGroupInUse,
          `Cache subnet group ${sg.name} is currently in use by a cache cluster.`,
        );
      }
      world.subnetGroups.delete(sg.name);
      world.tags.delete(sg.arn);
      return {};
    }),

    route(CreateCacheParameterGroupCommand, (input) => {
      const name = validateIdentifier('cache parameter group name', input.CacheParameterGroupName, 255, true);
      if (name.startsWith('default.'))
        throw invalidValue('Parameter group names starting with "default." are reserved.');
      if (world.parameterGroups.has(name))
        throw ecError(CacheParameterGroupAlreadyExistsFault, `Parameter group ${name} already exists.`);
      const family = input.CacheParameterGroupFamily ?? '';
      if (!FAMILIES.includes(family))
        throw invalidValue(`The parameter CacheParameterGroupFamily has an invalid value: ${family}.`);
      if (!input.Description) throw invalidValue('The parameter Description must be provided.');
      const pg: FakeParameterGroup = {
        name,
        arn: ecArn(ctx, 'parametergroup', name),
        family,
        description: input.Description,
        isDefault: false,
        userValues: {},
        systemOverrides: {},
      };
      tagOnCreate(ctx, pg.arn, input.Tags);
      world.parameterGroups.set(name, pg);
      return { CacheParameterGroup: renderParameterGroup(pg) };
    }),

    route(DescribeCacheParameterGroupsCommand, (input) => {
      const all = input.CacheParameterGroupName
        ? [requireParameterGroup(ctx, input.CacheParameterGroupName)]
        : [...world.parameterGroups.values()].sort((a, b) => a.name.localeCompare(b.name));
      const page = paginate(all, pageSize(input.MaxRecords, PAGE, invalidValue), input.Marker, invalidValue);
      return compact({ CacheParameterGroups: page.items.map(renderParameterGroup), Marker: page.next });
    }),

    route(DescribeCacheParametersCommand, (input) => {
      const pg = requireParameterGroup(ctx, input.CacheParameterGroupName);
      const source = input.Source;
      if (source !== undefined && !['user', 'system', 'engine-default'].includes(source)) {
        throw invalidValue(
          `Invalid value for Source: ${source}. Valid values are user, system, engine-default.`,
        );
      }
      const all = parametersFor(pg.family)
        .map((p) => renderParameter(pg, p))
        .filter(
          (p) =>
            source === undefined ||
            (source === 'engine-default' ? p.Source === 'system' : p.Source === source),
        );
      const page = paginate(all, pageSize(input.MaxRecords, PAGE, invalidValue), input.Marker, invalidValue);
      return compact({ Parameters: page.items, CacheNodeTypeSpecificParameters: [], Marker: page.next });
    }),

    route(ModifyCacheParameterGroupCommand, (input) => {
      const pg = requireParameterGroup(ctx, input.CacheParameterGroupName);
      const changes = checkParameterChanges(pg, input.ParameterNameValues);
      const changed = changes.filter(([name, value]) => parameterValue(pg, name) !== value).map(([n]) => n);
      for (const [name, value] of changes) pg.userValues[name] = value;
      markPendingReboot(ctx, pg, changed);
      return { CacheParameterGroupName: pg.name };
    }),

    route(ResetCacheParameterGroupCommand, (input) => {
      const pg = requireParameterGroup(ctx, input.CacheParameterGroupName);
      if (pg.isDefault) throw invalidValue(`Cannot modify the default parameter group ${pg.name}.`);
      const listed = input.ParameterNameValues ?? [];
      if (input.ResetAllParameters && listed.length > 0)
        throw invalidCombination('ResetAllParameters and ParameterNameValues cannot be used together.');
      if (!input.ResetAllParameters && listed.length === 0)
        throw invalidValue('Either ResetAllParameters or ParameterNameValues must be provided.');
      if (listed.length > 20)
        throw invalidValue('The maximum number of parameters that can be reset at once is 20.');
      const names = input.ResetAllParameters
        ? Object.keys(pg.userValues)
        : listed.map((p) => requireParameter(pg, p.ParameterName ?? '').ParameterName);
      const changed = names.filter(
        (n) => n in pg.userValues && pg.userValues[n] !== findParameter(pg.family, n)?.ParameterValue,
      );
      for (const n of names) delete pg.userValues[n];
      markPendingReboot(ctx, pg, changed);
      return { CacheParameterGroupName: pg.name };
    }),

    route(DescribeEngineDefaultParametersCommand, (input) => {
      const family = input.CacheParameterGroupFamily ?? '';
      if (!FAMILIES.includes(family))
        throw invalidValue(`The parameter CacheParameterGroupFamily has an invalid value: ${family}.`);
      const all = parametersFor(family).map((p) => ({ ...p, Source: 'system' }));
      const page = paginate(all, pageSize(input.MaxRecords, PAGE, invalidValue), input.Marker, invalidValue);
      return {
        EngineDefaults: compact({
          CacheParameterGroupFamily: family,
          Parameters: page.items,
          CacheNodeTypeSpecificParameters: [],
          Marker: page.next,
        }),
      };
    }),

    route(DeleteCacheParameterGroupCommand, (input) => {
      const pg = requireParameterGroup(ctx, input.CacheParameterGroupName);
      if (pg.isDefault) throw invalidValue(`Default parameter group ${pg.name} cannot be deleted.`);
      if (groupsUsing(ctx, (g) => g.parameterGroupName === pg.name).length > 0) {
        throw ecError(
          InvalidCacheParameterGroupStateFault,
          `One or more cache clusters are still members of this parameter group ${pg.name}, so the group cannot be deleted.`,
        );
      }
      world.parameterGroups.delete(pg.name);
      world.tags.delete(pg.arn);
      return {};
    }),
  ];
}
