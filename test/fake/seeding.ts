// seedReplicationGroup() accepts a partial create input: whatever the group refers to but is
// missing (VPC, subnet group, parameter group, security groups, log groups) is created first, so a
// convergence test can start from "the group already exists" in one line.

import { CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateCacheParameterGroupCommand,
  CreateCacheSubnetGroupCommand,
  type CreateReplicationGroupMessage,
} from '@aws-sdk/client-elasticache';
import type { Ec2 } from './ec2.js';
import { DEFAULT_ENGINE_VERSION, findVersion } from './engine.js';
import type { CommandClass } from './router.js';
import type { FakeContext } from './world.js';

export type SeedInput = Partial<CreateReplicationGroupMessage> & { ReplicationGroupId: string };

type RunSeed = <I extends object, O extends object>(command: CommandClass<I, O>, input: I) => unknown;

export function completeSeedInput(
  ctx: FakeContext,
  ec2: Ec2,
  run: RunSeed,
  partial: SeedInput,
): CreateReplicationGroupMessage {
  const { world } = ctx;
  const id = partial.ReplicationGroupId.toLowerCase();
  const input: CreateReplicationGroupMessage = {
    ReplicationGroupDescription: id,
    CacheNodeType: 'cache.t4g.micro',
    CacheSubnetGroupName: id,
    ...partial,
  };

  const subnetGroupName = (input.CacheSubnetGroupName ?? 'default').toLowerCase();
  if (!world.subnetGroups.has(subnetGroupName)) {
    let vpc = [...world.vpcs.values()][0];
    if (!vpc) {
      ec2.addVpc({
        vpcId: 'vpc-seed',
        subnets: ['a', 'b'].map((az) => ({ subnetId: `subnet-seed${az}`, az: `${ctx.region}${az}` })),
      });
      vpc = world.vpcs.get('vpc-seed')!;
    }
    const subnets = [...world.subnets.values()].filter((s) => s.vpcId === vpc.vpcId);
    const privateSubnets = subnets.filter((s) => !s.public);
    run(CreateCacheSubnetGroupCommand, {
      CacheSubnetGroupName: subnetGroupName,
      CacheSubnetGroupDescription: 'seeded',
      SubnetIds: (privateSubnets.length > 0 ? privateSubnets : subnets).map((s) => s.subnetId),
    });
  }
  const vpcId = world.subnetGroups.get(subnetGroupName)!.vpcId;

  const engine = (input.Engine ?? 'redis').toLowerCase() === 'valkey' ? 'valkey' : 'redis';
  const version = findVersion(engine, input.EngineVersion ?? DEFAULT_ENGINE_VERSION[engine]);
  const pgName = input.CacheParameterGroupName?.toLowerCase();
  if (version && pgName && !world.parameterGroups.has(pgName)) {
    run(CreateCacheParameterGroupCommand, {
      CacheParameterGroupName: pgName,
      CacheParameterGroupFamily: version.family,
      Description: 'seeded',
    });
  }

  for (const sgId of input.SecurityGroupIds ?? []) {
    if (!world.securityGroups.has(sgId)) ec2.addSecurityGroup({ vpcId, groupName: sgId, groupId: sgId });
  }

  for (const l of input.LogDeliveryConfigurations ?? []) {
    const group = l.DestinationDetails?.CloudWatchLogsDetails?.LogGroup;
    if (group && !world.logGroups.has(group)) run(CreateLogGroupCommand, { logGroupName: group });
  }
  return input;
}
