// Observe: read everything the planner needs, concurrently where independent.
// Level 1 (all at once): group, subnets, subnet group, parameter values, security group, log groups, SSM.
// Level 2 (needs level 1): the first member cluster, the group's tags, the VPC's route tables.

import type { CacheCluster } from '@aws-sdk/client-elasticache';
import type { ElastiCacheAdapter } from './aws/elasticache.js';
import { toObservedGroup } from './aws/elasticache.js';
import type { Ec2Adapter } from './aws/ec2.js';
import { classifySubnets, toObservedSecurityGroup } from './aws/ec2.js';
import type { LogsAdapter } from './aws/logs.js';
import type { SsmAdapter } from './aws/ssm.js';
import { AwsCallError, PlanError } from './errors.js';
import type { Config, Observed, ResourceNames } from './types.js';

export interface Adapters {
  elasticache: ElastiCacheAdapter;
  ec2: Ec2Adapter;
  ssm: SsmAdapter;
  logs: LogsAdapter;
}

export async function observe(cfg: Config, names: ResourceNames, a: Adapters): Promise<Observed> {
  const [rg, subnets, subnetGroup, paramValues, securityGroups, logGroups, ssm] = await Promise.all([
    a.elasticache.describeReplicationGroup(names.replicationGroupId),
    describeSubnets(a, cfg.subnetIds),
    a.elasticache.describeSubnetGroup(names.subnetGroup),
    a.elasticache.describeUserParameters(names.parameterGroup),
    a.ec2.findSecurityGroups(names.securityGroup),
    a.logs.describeLogGroups(`/aws/elasticache/${names.replicationGroupId}/`),
    a.ssm.getParameters([
      names.ssm.redisUrl,
      names.ssm.celeryBrokerUrl,
      names.ssm.celeryResultBackend,
      ...(cfg.authTokenEnabled ? [names.ssm.authToken] : []),
    ]),
  ]);

  const missingSubnets = cfg.subnetIds.filter((id) => !subnets.some((s) => s.SubnetId === id));
  if (missingSubnets.length) {
    throw new PlanError(
      `Input "subnet_ids": ${missingSubnets.join(', ')} not found in ${cfg.region}; check the ids and aws_region.`,
    );
  }
  const vpcIds = [...new Set(subnets.map((s) => s.VpcId ?? ''))];
  const vpcId = vpcIds.length === 1 ? vpcIds[0] : undefined;

  const firstMember = rg?.MemberClusters?.[0];
  const [member, tags, routeTables] = await Promise.all([
    firstMember ? a.elasticache.describeCacheCluster(firstMember) : Promise.resolve(undefined),
    rg?.ARN && rg.Status === 'available' ? a.elasticache.listTags(rg.ARN) : Promise.resolve({}),
    // One call covers every subnet of the VPC: own associations and the main table.
    Promise.all(vpcIds.map((v) => a.ec2.describeRouteTables(v))).then((t) => t.flat()),
  ]);

  const group = rg ? toObservedGroup(rg, member, tags, new Map<string, CacheCluster>()) : undefined;

  // A group created elsewhere may use another subnet group: that one is what we must keep in sync.
  let observedSubnetGroup = subnetGroup;
  if (group?.subnetGroupName && group.subnetGroupName !== names.subnetGroup) {
    observedSubnetGroup = await a.elasticache.describeSubnetGroup(group.subnetGroupName);
  }

  const sg = securityGroups.find((s) => s.VpcId === vpcId) ?? (vpcId ? undefined : securityGroups[0]);
  return {
    subnets: classifySubnets(subnets, routeTables),
    vpcId,
    group,
    subnetGroup: observedSubnetGroup,
    parameterGroup: paramValues
      ? { name: names.parameterGroup, family: cfg.family, values: paramValues }
      : undefined,
    securityGroup: sg ? toObservedSecurityGroup(sg, cfg.port) : undefined,
    logGroups,
    ssm,
  };
}

async function describeSubnets(a: Adapters, ids: string[]) {
  try {
    return await a.ec2.describeSubnets(ids);
  } catch (e) {
    if (e instanceof AwsCallError && /^InvalidSubnet/.test(e.causeName)) {
      throw new PlanError(
        `Input "subnet_ids": ${e.message.replace(/^EC2 DescribeSubnets failed: /, '')} (check the ids and aws_region).`,
      );
    }
    throw e;
  }
}
