// Observe: read everything the planner needs, each read starting as soon as what it depends on is
// known, in a number of calls that does not grow with the node count. For a converged group that is
// two levels and 10 calls:
//   level 1: the group, our subnet group, the input subnets, parameter values, our security group,
//            log groups, SSM;
//   level 2: the group's first member (version, parameter group, SGs, windows, pending values), the
//            group's tags, the VPC's route tables.
// Only the first member is described: members share their configuration, and a member that is busy
// while the group is available is caught when AWS refuses a change (execute/index.ts waits for every
// member, then retries that step once). Referenced security groups are looked up only when not
// already in use, so a converged re-run spends no call on them; on the create path that lookup runs
// at level 2, beside the route tables.

import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { Adapters } from '../aws/adapters.js';
import type { ElastiCacheAdapter } from '../aws/elasticache.js';
import { toObservedGroup } from '../aws/elasticache-observed.js';
import { classifySubnets, toObservedSecurityGroup } from '../aws/ec2.js';
import type { ApplyConfig } from '../config/types.js';
import type { ResourceNames } from '../domain/names.js';
import { AwsCallError, PlanError } from '../errors.js';
import type { Observed } from './types.js';
import { alarmNamePattern } from '../domain/alarms.js';
import type { Subnet } from '@aws-sdk/client-ec2';
import type { KmsKeyState } from '../aws/kms.js';

export type { Adapters };

export async function observe(cfg: ApplyConfig, names: ResourceNames, a: Adapters): Promise<Observed> {
  const ec = a.elasticache;
  const rgP = ec.describeReplicationGroup(names.replicationGroupId);
  const memberP = rgP.then((rg) => firstMember(ec, rg));
  const tagsP = rgP.then((rg) =>
    rg?.ARN && rg.Status === 'available' ? ec.listTags(rg.ARN) : ({} as Record<string, string>),
  );
  const ourSubnetGroupP = ec.describeSubnetGroup(names.subnetGroup);
  // The group's own subnet group: a group created elsewhere may use another name than ours.
  const subnetGroupP = Promise.all([ourSubnetGroupP, memberP]).then(async ([ours, member]) => {
    const used = member?.CacheSubnetGroupName;
    return used && used !== names.subnetGroup ? ec.describeSubnetGroup(used) : ours;
  });
  // The input subnets are described at once (it also proves they exist), so the VPC's route tables
  // follow at level 2 whether or not a subnet group exists yet.
  const subnetsP = describeSubnets(cfg, a);
  const routesP = subnetsP.then((subnets) => {
    const vpcs = [...new Set(subnets.map((s) => s.VpcId ?? ''))];
    return Promise.all(vpcs.map((v) => a.ec2.describeRouteTables(v))).then((t) => t.flat());
  });
  const ourSgsP = a.ec2.findSecurityGroups(names.securityGroup);
  const paramsP = ec.describeUserParameters(names.parameterGroup);
  const logsP = a.logs.describeLogGroups(`/aws/elasticache/${names.replicationGroupId}/`);
  const ssmP = a.ssm.getParameters([
    names.ssm.redisUrl,
    names.ssm.celeryBrokerUrl,
    names.ssm.celeryResultBackend,
    ...(cfg.authTokenEnabled ? [names.ssm.authToken, names.ssm.authTokenPending] : []),
  ]);
  const vpcP = subnetsP.then((subnets) => {
    const vpcIds = [...new Set(subnets.map((s) => s.VpcId ?? ''))];
    return vpcIds.length === 1 ? vpcIds[0] : undefined;
  });
  const securityGroupP = Promise.all([ourSgsP, vpcP]).then(([found, vpcId]) => {
    const sg = found.find((s) => s.VpcId === vpcId) ?? (vpcId ? undefined : found[0]);
    return sg ? toObservedSecurityGroup(sg, cfg.port) : undefined;
  });
  const referencedP = Promise.all([securityGroupP, memberP]).then(([sg, member]) =>
    referencedSecurityGroups(cfg, a, [
      ...(sg?.ingress.securityGroupIds ?? []),
      ...(member?.SecurityGroups ?? []).map((g) => g.SecurityGroupId ?? ''),
    ]),
  );

  // notification_topic_arn and kms_key_id must exist before anything is written. The topic is looked
  // up only when the group does not already use it, the key only on create (a group's key cannot
  // change): a converged re-run spends no call on either.
  const topicP = memberP.then((member) => {
    const topic = cfg.notificationTopicArn;
    const inUse = member?.NotificationConfiguration?.TopicArn === topic;
    return topic && !inUse ? a.sns.topicExists(topic) : true;
  });
  const keyP = rgP.then((rg) => (!rg && cfg.kmsKeyId ? a.kms.describeKey(cfg.kmsKeyId) : null));

  // With alarms on, one paged DescribeAlarms by the group's prefix (filtered to our name pattern).
  const alarmsP = cfg.alarms
    ? a.cloudwatch.describeAlarms(`${names.replicationGroupId}-`).then((found) => {
        const ours = alarmNamePattern(names.replicationGroupId);
        return found.filter((x) => ours.test(x.AlarmName ?? ''));
      })
    : Promise.resolve(undefined);

  // The snapshot to restore from is read only when there is no group to restore into.
  const restoreP = rgP.then((rg) =>
    !rg && cfg.snapshotName ? a.snapshots.describe(cfg.snapshotName).then((s) => s ?? null) : undefined,
  );

  // One Promise.all over every read: the first failure fails observe, and no read is left unawaited.
  const [
    rg,
    member,
    tags,
    subnetGroup,
    subnets,
    routeTables,
    vpcId,
    securityGroup,
    referenced,
    paramValues,
    logGroups,
    ssm,
    restoreSnapshot,
    topicExists,
    key,
    alarms,
  ] = await Promise.all([
    rgP,
    memberP,
    tagsP,
    subnetGroupP,
    subnetsP,
    routesP,
    vpcP,
    securityGroupP,
    referencedP,
    paramsP,
    logsP,
    ssmP,
    restoreP,
    topicP,
    keyP,
    alarmsP,
  ]);
  const missing = missingReferences(cfg, referenced, topicExists, key);
  if (missing.length) throw new MissingReferenceError(missing);
  const group = rg ? toObservedGroup(rg, member, tags) : undefined;

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
    referencedSecurityGroups: referenced,
    ...(restoreSnapshot !== undefined ? { restoreSnapshot } : {}),
    ...(alarms ? { alarms } : {}),
  };
}

/**
 * A reference in the inputs that does not exist (a security group, the SNS topic, the KMS key):
 * the run stops before any write, and sets no plan outputs (there is no plan to speak of).
 */
export class MissingReferenceError extends PlanError {
  override name = 'MissingReferenceError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

function missingReferences(
  cfg: ApplyConfig,
  securityGroups: Record<string, string | undefined>,
  topicExists: boolean,
  key: KmsKeyState | undefined | null,
): string[] {
  const out: string[] = [];
  for (const [id, vpc] of Object.entries(securityGroups)) {
    if (vpc !== undefined) continue;
    const inputs = [
      cfg.allowedSecurityGroupIds.includes(id) ? 'allowed_security_group_ids' : undefined,
      cfg.securityGroupIds.includes(id) ? 'security_group_ids' : undefined,
    ].filter(Boolean);
    out.push(
      `Input "${inputs.join('" and "')}": security group ${id} does not exist in ${cfg.region}; check the id.`,
    );
  }
  if (!topicExists) {
    out.push(
      `Input "notification_topic_arn": SNS topic ${cfg.notificationTopicArn} does not exist in ${cfg.region} (SNS GetTopicAttributes: not found); create it or fix the ARN.`,
    );
  }
  if (key === undefined) {
    out.push(
      `Input "kms_key_id": KMS key ${cfg.kmsKeyId} does not exist in ${cfg.region} (KMS DescribeKey: not found); check the key id, ARN or alias and the region.`,
    );
  } else if (key && key.state !== 'Enabled') {
    out.push(
      `Input "kms_key_id": KMS key ${cfg.kmsKeyId} is ${key.state ?? 'not usable'}; ElastiCache encrypts only with an enabled key. Enable it (or cancel its deletion), or use another key.`,
    );
  }
  return out;
}

/** The group's first member: what only a member carries (version, parameter group, SGs, windows). */
async function firstMember(
  ec: ElastiCacheAdapter,
  rg: ReplicationGroup | undefined,
): Promise<CacheCluster | undefined> {
  const id = rg?.MemberClusters?.[0];
  return id ? ec.describeCacheCluster(id) : undefined;
}

/**
 * Referenced security groups (allowed_security_group_ids, security_group_ids) that are not already
 * in use by our security group or the group, mapped to their VPC (undefined: does not exist).
 */
async function referencedSecurityGroups(
  cfg: ApplyConfig,
  a: Adapters,
  inUse: string[],
): Promise<Record<string, string | undefined>> {
  const used = new Set(inUse);
  const unknown = [...new Set([...cfg.allowedSecurityGroupIds, ...cfg.securityGroupIds])].filter(
    (id) => !used.has(id),
  );
  const out: Record<string, string | undefined> = {};
  if (!unknown.length) return out;
  const found = await a.ec2.securityGroupsById(unknown);
  for (const id of unknown) out[id] = found.find((g) => g.GroupId === id)?.VpcId;
  return out;
}

/** The input subnets with their VPC and zone, from EC2 DescribeSubnets (which proves they exist). */
async function describeSubnets(cfg: ApplyConfig, a: Adapters): Promise<Subnet[]> {
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
