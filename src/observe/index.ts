// Observe: read everything the planner needs, each read starting as soon as what it depends on is
// known. For a converged group that is two levels and 6 + members + 2 calls:
//   level 1: the group, our subnet group, parameter values, our security group, log groups, SSM;
//   level 2: every member cluster, the group's tags, the VPC's route tables.
// Subnets are described only when the subnet group does not already hold exactly the inputs, and
// referenced security groups only when they are not already in use.

import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { Adapters } from '../aws/adapters.js';
import type { ElastiCacheAdapter } from '../aws/elasticache.js';
import { toObservedGroup } from '../aws/elasticache.js';
import { classifySubnets, toObservedSecurityGroup } from '../aws/ec2.js';
import type { ApplyConfig } from '../config/types.js';
import type { ResourceNames } from '../domain/names.js';
import { sameSet } from '../domain/sets.js';
import { AwsCallError, PlanError } from '../errors.js';
import type { Observed, ObservedSubnetGroup } from './types.js';
import type { Subnet } from '@aws-sdk/client-ec2';

export type { Adapters };

export async function observe(cfg: ApplyConfig, names: ResourceNames, a: Adapters): Promise<Observed> {
  const ec = a.elasticache;
  const rgP = ec.describeReplicationGroup(names.replicationGroupId);
  const membersP = rgP.then((rg) => describeMembers(ec, rg));
  const tagsP = rgP.then((rg) =>
    rg?.ARN && rg.Status === 'available' ? ec.listTags(rg.ARN) : ({} as Record<string, string>),
  );
  const ourSubnetGroupP = ec.describeSubnetGroup(names.subnetGroup);
  // The group's own subnet group: a group created elsewhere may use another name than ours.
  const subnetGroupP = Promise.all([ourSubnetGroupP, membersP]).then(async ([ours, members]) => {
    const used = members[0]?.CacheSubnetGroupName;
    return used && used !== names.subnetGroup ? ec.describeSubnetGroup(used) : ours;
  });
  // Subnets (and so the VPC's route tables) do not wait for the members: our subnet group is enough.
  const subnetsP = ourSubnetGroupP.then((sg) => subnetsOf(cfg, a, sg));
  const routesP = subnetsP.then((subnets) => {
    const vpcs = [...new Set(subnets.map((s) => s.VpcId ?? ''))];
    return Promise.all(vpcs.map((v) => a.ec2.describeRouteTables(v))).then((t) => t.flat());
  });
  const ourSgP = a.ec2.findSecurityGroups(names.securityGroup);
  const paramsP = ec.describeUserParameters(names.parameterGroup);
  const logsP = a.logs.describeLogGroups(`/aws/elasticache/${names.replicationGroupId}/`);
  const ssmP = a.ssm.getParameters([
    names.ssm.redisUrl,
    names.ssm.celeryBrokerUrl,
    names.ssm.celeryResultBackend,
    ...(cfg.authTokenEnabled ? [names.ssm.authToken, names.ssm.authTokenPending] : []),
  ]);

  // The snapshot to restore from is read only when there is no group to restore into.
  const restoreP = rgP.then((rg) =>
    !rg && cfg.snapshotName ? a.snapshots.describe(cfg.snapshotName).then((s) => s ?? null) : undefined,
  );

  const [read, restoreSnapshot] = await Promise.all([
    Promise.all([rgP, membersP, tagsP, subnetGroupP, subnetsP, routesP, ourSgP, paramsP, logsP, ssmP]),
    restoreP,
  ]);
  const [rg, members, tags, subnetGroup, subnets, routeTables, securityGroups, paramValues, logGroups, ssm] =
    read;

  const vpcIds = [...new Set(subnets.map((s) => s.VpcId ?? ''))];
  const vpcId = vpcIds.length === 1 ? vpcIds[0] : undefined;
  const sg = securityGroups.find((s) => s.VpcId === vpcId) ?? (vpcId ? undefined : securityGroups[0]);
  const securityGroup = sg ? toObservedSecurityGroup(sg, cfg.port) : undefined;
  const memberMap = new Map(members.map((m) => [m.CacheClusterId ?? '', m]));
  const group = rg ? toObservedGroup(rg, members[0], tags, memberMap) : undefined;

  // Referenced security groups are looked up only when not already in use by the group or our SG,
  // so a converged re-run spends no call on them.
  const inUse = new Set([
    ...(securityGroup?.ingress.securityGroupIds ?? []),
    ...(group?.securityGroupIds ?? []),
  ]);
  const unknown = [...new Set([...cfg.allowedSecurityGroupIds, ...cfg.securityGroupIds])].filter(
    (id) => !inUse.has(id),
  );
  const referencedSecurityGroups: Record<string, string | undefined> = {};
  if (unknown.length) {
    const found = await a.ec2.securityGroupsById(unknown);
    for (const id of unknown) referencedSecurityGroups[id] = found.find((g) => g.GroupId === id)?.VpcId;
  }

  return {
    subnets: classifySubnets(subnets, routeTables),
    vpcId,
    group,
    subnetGroup,
    parameterGroup: paramValues
      ? { name: names.parameterGroup, family: cfg.family, values: paramValues }
      : undefined,
    securityGroup,
    logGroups,
    ssm,
    referencedSecurityGroups,
    ...(restoreSnapshot !== undefined ? { restoreSnapshot } : {}),
  };
}

/** Every member cluster (busy members block the next change), in MemberClusters order. */
async function describeMembers(
  ec: ElastiCacheAdapter,
  rg: ReplicationGroup | undefined,
): Promise<CacheCluster[]> {
  const ids = rg?.MemberClusters ?? [];
  const found = await Promise.all(ids.map((id) => ec.describeCacheCluster(id)));
  return found.filter((c): c is CacheCluster => c !== undefined);
}

/**
 * The input subnets with their VPC and zone. When the subnet group already holds exactly these
 * subnets its answer is enough; otherwise EC2 DescribeSubnets (which also proves they exist).
 */
async function subnetsOf(
  cfg: ApplyConfig,
  a: Adapters,
  sg: ObservedSubnetGroup | undefined,
): Promise<Subnet[]> {
  if (sg && sg.vpcId && sameSet(sg.subnetIds, cfg.subnetIds) && sg.subnetZones) {
    return cfg.subnetIds.map((id) => ({
      SubnetId: id,
      VpcId: sg.vpcId,
      AvailabilityZone: sg.subnetZones?.[id],
    }));
  }
  let subnets: Subnet[];
  try {
    subnets = await a.ec2.describeSubnets(cfg.subnetIds);
  } catch (e) {
    if (e instanceof AwsCallError && /^InvalidSubnet/.test(e.causeName)) {
      throw new PlanError(
        `Input "subnet_ids": ${e.message.replace(/^EC2 DescribeSubnets failed: /, '')} (check the ids and aws_region).`,
      );
    }
    throw e;
  }
  const missing = cfg.subnetIds.filter((id) => !subnets.some((s) => s.SubnetId === id));
  if (missing.length) {
    throw new PlanError(
      `Input "subnet_ids": ${missing.join(', ')} not found in ${cfg.region}; check the ids and aws_region.`,
    );
  }
  return subnets;
}
