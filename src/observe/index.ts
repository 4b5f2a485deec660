// Observe: read everything the planner needs, each read starting as soon as what it depends on is
// known, in a number of calls that does not grow with the node count. For a converged group that is
// two levels and 10 calls:
//   level 1: the group, our subnet group, the input subnets, parameter values, our security group,
//            log groups, SSM;
//   level 2: the group's first member (version, parameter group, SGs, windows, pending values), the
//            group's tags, the VPC's route tables.
// Only the first member is described: members share their configuration, and a member that is busy
// while the group is available is caught when AWS refuses a change (the apply loop in modes/apply.ts
// then waits for the group and every member, and observes and plans again). Referenced security groups are looked up only when not
// already in use, so a converged re-run spends no call on them; on the create path that lookup runs
// at level 2, beside the route tables. Each concern (the group, the network, the references the
// inputs name, the rest) builds its reads below; observe() awaits them all at once.

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
  const group = groupReads(names, a);
  const network = networkReads(cfg, names, a, group.member);
  const references = referenceReads(cfg, a, group.replicationGroup, group.member);
  const other = otherReads(cfg, names, a, group.replicationGroup);

  // One Promise.all over every read: the first failure fails observe, and no read is left unawaited.
  const [
    [rg, member, tags, subnetGroup],
    [subnets, routeTables, vpcId, securityGroup, referenced],
    [topicExists, key],
    paramValues,
    logGroups,
    ssm,
    restoreSnapshot,
    alarms,
  ] = await Promise.all([
    Promise.all([group.replicationGroup, group.member, group.tags, group.subnetGroup]),
    Promise.all([
      network.subnets,
      network.routeTables,
      network.vpcId,
      network.securityGroup,
      network.referenced,
    ]),
    Promise.all([references.topicExists, references.key]),
    other.parameterValues,
    other.logGroups,
    other.ssm,
    other.restoreSnapshot,
    other.alarms,
  ]);
  const missing = missingReferences(cfg, referenced, topicExists, key);
  if (missing.length) throw new MissingReferenceError(missing);

  return {
    subnets: classifySubnets(subnets, routeTables),
    vpcId,
    group: rg ? toObservedGroup(rg, member, tags) : undefined,
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
 * Our parameter group's values, our log groups, the SSM parameters, our alarms (only with alarms on),
 * and the snapshot to restore from (only when there is no group to restore into).
 */
function otherReads(
  cfg: ApplyConfig,
  names: ResourceNames,
  a: Adapters,
  rgP: Promise<ReplicationGroup | undefined>,
) {
  const parameterValues = a.elasticache.describeUserParameters(names.parameterGroup);
  const logGroups = a.logs.describeLogGroups(`/aws/elasticache/${names.replicationGroupId}/`);
  const ssm = a.ssm.getParameters([
    names.ssm.redisUrl,
    names.ssm.celeryBrokerUrl,
    names.ssm.celeryResultBackend,
    ...(cfg.authTokenEnabled ? [names.ssm.authToken, names.ssm.authTokenPending] : []),
  ]);
  // With alarms on, one paged DescribeAlarms by the group's prefix (filtered to our name pattern).
  const alarms = cfg.alarms
    ? a.cloudwatch.describeAlarms(`${names.replicationGroupId}-`).then((found) => {
        const ours = alarmNamePattern(names.replicationGroupId);
        return found.filter((x) => ours.test(x.AlarmName ?? ''));
      })
    : Promise.resolve(undefined);
  const restoreSnapshot = rgP.then((rg) =>
    !rg && cfg.snapshotName ? a.snapshots.describe(cfg.snapshotName).then((s) => s ?? null) : undefined,
  );

  return { parameterValues, logGroups, ssm, alarms, restoreSnapshot };
}

/** The replication group, its first member and tags (level 2), and the subnet group it uses. */
function groupReads(names: ResourceNames, a: Adapters) {
  const ec = a.elasticache;
  const replicationGroup = ec.describeReplicationGroup(names.replicationGroupId);
  const member = replicationGroup.then((rg) => firstMember(ec, rg));
  const tags = replicationGroup.then((rg) =>
    rg?.ARN && rg.Status === 'available' ? ec.listTags(rg.ARN) : ({} as Record<string, string>),
  );
  const ours = ec.describeSubnetGroup(names.subnetGroup);
  // The group's own subnet group: a group created elsewhere may use another name than ours.
  const subnetGroup = Promise.all([ours, member]).then(async ([found, m]) => {
    const used = m?.CacheSubnetGroupName;
    return used && used !== names.subnetGroup ? ec.describeSubnetGroup(used) : found;
  });
  return { replicationGroup, member, tags, subnetGroup };
}

/**
 * The input subnets and their VPC's route tables, our security group in that VPC, and the referenced
 * security groups not already in use (looked up beside the route tables).
 */
function networkReads(
  cfg: ApplyConfig,
  names: ResourceNames,
  a: Adapters,
  memberP: Promise<CacheCluster | undefined>,
) {
  // The input subnets are described at once (it also proves they exist), so the VPC's route tables
  // follow at level 2 whether or not a subnet group exists yet.
  const subnets = describeSubnets(cfg, a);
  const vpcIds = subnets.then((found) => [...new Set(found.map((s) => s.VpcId ?? ''))]);
  const routeTables = vpcIds.then((vpcs) =>
    Promise.all(vpcs.map((v) => a.ec2.describeRouteTables(v))).then((t) => t.flat()),
  );
  const vpcId = vpcIds.then((vpcs) => (vpcs.length === 1 ? vpcs[0] : undefined));
  const ourSgs = a.ec2.findSecurityGroups(names.securityGroup);
  const securityGroup = Promise.all([ourSgs, vpcId]).then(([found, vpc]) => {
    const sg = found.find((s) => s.VpcId === vpc) ?? (vpc ? undefined : found[0]);
    return sg ? toObservedSecurityGroup(sg, cfg.port) : undefined;
  });
  const referenced = Promise.all([securityGroup, memberP]).then(([sg, member]) =>
    referencedSecurityGroups(cfg, a, [
      ...(sg?.ingress.securityGroupIds ?? []),
      ...(member?.SecurityGroups ?? []).map((g) => g.SecurityGroupId ?? ''),
    ]),
  );
  return { subnets, routeTables, vpcId, securityGroup, referenced };
}

/**
 * notification_topic_arn and kms_key_id must exist before anything is written. The topic is looked
 * up only when the group does not already use it, the key only on create (a group's key cannot
 * change): a converged re-run spends no call on either.
 */
function referenceReads(
  cfg: ApplyConfig,
  a: Adapters,
  rgP: Promise<ReplicationGroup | undefined>,
  memberP: Promise<CacheCluster | undefined>,
) {
  const topicExists = memberP.then((member) => {
    const topic = cfg.notificationTopicArn;
    const inUse = member?.NotificationConfiguration?.TopicArn === topic;
    return topic && !inUse ? a.sns.topicExists(topic) : true;
  });
  const key = rgP.then((rg) => (!rg && cfg.kmsKeyId ? a.kms.describeKey(cfg.kmsKeyId) : null));
  return { topicExists, key };
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
