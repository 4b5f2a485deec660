// Refusals and warnings decided before any write: anything AWS cannot do in place, or that the
// inputs and the observed state contradict, stops the run with zero writes.

import type { ApplyConfig as Config } from '../../config/types.js';
import type { Observed, ObservedGroup } from '../../observe/types.js';
import type { ResourceNames } from '../../domain/names.js';
import { compareVersions, supportsInPlaceTransitEncryption } from '../../domain/engine.js';
import { busyMember, isBusyGroup } from '../../domain/group-state.js';
import { isDataTieringNodeType } from '../../domain/node-types.js';
import { usesOurSubnetGroup } from '../../domain/ownership.js';
import { sameSet } from '../../domain/sets.js';
import type { Plan } from '../steps.js';
// ---------------------------------------------------------------------------------------------
// Refusals: decided before any write.

export function checkSubnets(cfg: Config, obs: Observed, plan: Plan) {
  const vpcs = [...new Set(obs.subnets.map((s) => s.vpcId))];
  if (vpcs.length > 1) {
    plan.refusals.push(
      `Input "subnet_ids": the subnets are in different VPCs (${obs.subnets.map((s) => `${s.id} in ${s.vpcId}`).join(', ')}); a cache subnet group needs subnets of one VPC.`,
    );
  }
  if (!cfg.allowPublicSubnets) {
    for (const s of obs.subnets) {
      if (s.internetGatewayRoute) {
        plan.refusals.push(
          `Input "subnet_ids": subnet ${s.id} is public: its route table sends 0.0.0.0/0 to internet gateway ${s.internetGatewayRoute}. ` +
            `Use private subnets (the spec's "private subnets only"), or set allow_public_subnets: true if you really mean it.`,
        );
      }
    }
  }
  const azs = new Set(obs.subnets.map((s) => s.availabilityZone));
  if (cfg.multiAzEnabled && azs.size < 2) {
    plan.refusals.push(
      `Input "multi_az_enabled": Multi-AZ needs subnets in at least two availability zones, but subnet_ids are all in ${[...azs].join(', ') || 'one zone'}. Add a subnet in another zone or set multi_az_enabled: false.`,
    );
  }
  if (obs.subnetGroup && obs.vpcId && obs.subnetGroup.vpcId && obs.subnetGroup.vpcId !== obs.vpcId) {
    plan.refusals.push(
      `Input "subnet_ids": the subnets are in ${obs.vpcId} but cache subnet group ${obs.subnetGroup.name} is in ${obs.subnetGroup.vpcId}; a replication group cannot move VPCs. Snapshot it and restore into a new name in the new VPC.`,
    );
  }
}

/** Referenced security groups must be in the group's VPC (one that does not exist stops observe). */
export function checkReferences(cfg: Config, obs: Observed, plan: Plan) {
  for (const [id, vpc] of Object.entries(obs.referencedSecurityGroups)) {
    if (vpc !== undefined && cfg.securityGroupIds.includes(id) && obs.vpcId && vpc !== obs.vpcId) {
      plan.refusals.push(
        `Input "security_group_ids": security group ${id} is in ${vpc}, but the subnets are in ${obs.vpcId}; only security groups of the group's own VPC can be attached.`,
      );
    }
  }
}

export function checkGroupUsable(cfg: Config, g: ObservedGroup, plan: Plan, planOnly: boolean) {
  if (g.status === 'create-failed') {
    plan.refusals.push(
      `Replication group ${g.id} is in create-failed. This action does not delete groups: delete it (aws elasticache delete-replication-group --replication-group-id ${g.id}) after reading its events, then re-run.`,
    );
  } else if (g.status === 'deleting') {
    plan.refusals.push(
      `Replication group ${g.id} is being deleted; wait until it is gone, then re-run to create it again.`,
    );
  } else if (planOnly && isBusyGroup(g)) {
    const member = busyMember(g);
    const state =
      g.status === 'available' && member ? `available but member ${member.id} is ${member.status}` : g.status;
    plan.warnings.push(
      `Replication group ${g.id} is ${state} (another run or AWS is busy with it). ` +
        `This plan is computed from its current state${g.status === 'available' ? '' : ' (tags not compared: ElastiCache lists them only for an available group)'}; apply waits until it is available, then plans again.`,
    );
  } else if (g.status !== 'available') {
    plan.refusals.push(
      `Replication group ${g.id} is ${g.status}, not available; re-run when it is available.`,
    );
  }
  if (g.clusterEnabled) {
    plan.refusals.push(
      `Replication group ${g.id} has cluster mode enabled: Celery's Redis transport and DB numbers other than 0 do not work on it. This action manages cluster-mode-disabled groups only.`,
    );
  }
}

function migrate(name: string): string {
  return (
    `AWS cannot change this in place. To migrate: take a snapshot (aws elasticache create-snapshot --replication-group-id ${name} --snapshot-name ${name}-migrate), ` +
    `restore it into a new group under a new name with the new settings, switch your apps to the new URLs, then delete the old group.`
  );
}

export function checkImmutable(cfg: Config, g: ObservedGroup, names: ResourceNames, plan: Plan) {
  const refuse = (input: string, from: string, to: string) =>
    plan.refusals.push(`Input "${input}": the group has ${from}, the input asks for ${to}. ${migrate(g.id)}`);
  if (g.atRestEncryptionEnabled !== cfg.atRestEncryptionEnabled) {
    refuse(
      'at_rest_encryption_enabled',
      String(g.atRestEncryptionEnabled),
      String(cfg.atRestEncryptionEnabled),
    );
  }
  const comparableKey = cfg.kmsKeyId !== undefined && !/(^|:)alias\//.test(cfg.kmsKeyId);
  if (
    comparableKey &&
    cfg.kmsKeyId !== undefined &&
    g.kmsKeyId !== undefined &&
    !sameKmsKey(g.kmsKeyId, cfg.kmsKeyId)
  ) {
    refuse('kms_key_id', g.kmsKeyId, cfg.kmsKeyId);
  } else if ((cfg.kmsKeyId === undefined) !== (g.kmsKeyId === undefined) && g.atRestEncryptionEnabled) {
    refuse('kms_key_id', g.kmsKeyId ?? 'the AWS managed key', cfg.kmsKeyId ?? 'the AWS managed key');
  }
  if (g.port !== undefined && g.port !== cfg.port) refuse('port', String(g.port), String(cfg.port));
  if (g.engine === 'valkey' && cfg.engine === 'redis') {
    refuse('engine', 'valkey', 'redis (valkey → redis is not supported)');
  }
  if (g.engineVersion && compareVersions(cfg.engineVersion, g.engineVersion, { majorMinorOnly: true }) < 0) {
    refuse(
      'engine_version',
      `${g.engine ?? ''} ${g.engineVersion}`.trim(),
      `${cfg.engine} ${cfg.engineVersion} (a downgrade)`,
    );
  }
  if (g.dataTiering !== isDataTieringNodeType(cfg.nodeType)) {
    refuse(
      'node_type',
      `data tiering ${g.dataTiering ? 'on' : 'off'} (${g.nodeType})`,
      `${cfg.nodeType} (data tiering ${g.dataTiering ? 'off' : 'on'})`,
    );
  }
  if (g.authTokenEnabled && !cfg.authTokenEnabled) {
    plan.refusals.push(
      `Input "auth_token_enabled": the group has AUTH on and the input turns it off. ElastiCache can only remove an AUTH token by migrating to RBAC user groups (AuthTokenUpdateStrategy DELETE), which this action does not manage. Keep auth_token_enabled: true, or ${migrate(g.id)}`,
    );
  }
  const transitChanges = g.transitEncryptionEnabled !== cfg.transitEncryptionEnabled;
  if (
    transitChanges &&
    g.engineVersion &&
    !supportsInPlaceTransitEncryption(g.engine ?? cfg.engine, g.engineVersion)
  ) {
    refuse(
      'transit_encryption_enabled',
      `TLS ${g.transitEncryptionEnabled ? 'on' : 'off'} on ${g.engine} ${g.engineVersion}`,
      `TLS ${cfg.transitEncryptionEnabled ? 'on' : 'off'} (in place needs Redis ≥ 7.0.5 or Valkey; upgrade engine_version first)`,
    );
  }
}

/**
 * A group created elsewhere may use a subnet group that is not ours (`default`, or one shared with
 * other groups). This action never modifies or tags it, and a replication group cannot switch
 * subnet groups in place: the inputs must name the subnets it already has.
 */
export function checkForeignSubnetGroup(
  cfg: Config,
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  plan: Plan,
) {
  const used = obs.subnetGroup;
  if (usesOurSubnetGroup(g, names) || !used) return;
  if (sameSet(used.subnetIds, cfg.subnetIds)) return;
  plan.refusals.push(
    `Input "subnet_ids": replication group ${g.id} uses cache subnet group ${used.name} (not created by this action, possibly shared with other groups), ` +
      `which has ${[...used.subnetIds].sort().join(',')}; the input asks for ${[...cfg.subnetIds].sort().join(',')}. ` +
      `This action only changes its own subnet group (${names.subnetGroup}) and a group cannot switch subnet groups in place. ` +
      // Stryker disable next-line Regex: the phrase occurs only at the start of migrate()'s text, so the ^ anchor changes nothing
      `Set subnet_ids to the subnets it has, or change ${used.name} yourself; to move the group onto ${names.subnetGroup}: ${migrate(g.id).replace(/^AWS cannot change this in place\. To migrate: /, '')}`,
  );
}

function sameKmsKey(a: string, b: string): boolean {
  // Stryker disable next-line Regex: a validated kms_key_id and AWS's KmsKeyId are a key id or a key ARN, which starts with arn:, so the ^ anchor changes nothing
  const id = (k: string) => k.replace(/^arn:[^:]+:kms:[^:]*:[^:]*:key\//, '');
  return id(a) === id(b);
}

export function warnAboutEviction(cfg: Config, plan: Plan) {
  if (cfg.parameters['maxmemory-policy'].startsWith('allkeys-')) {
    plan.warnings.push(
      `maxmemory_policy is ${cfg.parameters['maxmemory-policy']} and this group also publishes a Celery broker URL (DB ${cfg.celeryDb}). ` +
        `Eviction is instance-wide: when memory fills, Redis may evict Celery's queue lists and _kombu.binding.* keys (they have no TTL), silently losing tasks. ` +
        `Use a separate replication group for the broker with maxmemory_policy: noeviction, or use volatile-lru here so only keys with a TTL are evicted.`,
    );
  }
}

/**
 * preferred_cache_cluster_azs: every zone must have a subnet in subnet_ids; on an existing group
 * (create-only) the zones its nodes are in must agree with the input (as a multiset; when the node
 * count changes in this run, the smaller list must be part of the larger).
 */
export function checkPreferredAzs(cfg: Config, obs: Observed, g: ObservedGroup | undefined, plan: Plan) {
  const want = cfg.preferredCacheClusterAzs;
  if (!want.length) return;
  const zones = [...new Set(obs.subnets.map((s) => s.availabilityZone))].sort();
  const outside = [...new Set(want.filter((z) => !zones.includes(z)))];
  if (outside.length) {
    plan.refusals.push(
      `Input "preferred_cache_cluster_azs": ${outside.join(', ')} ${outside.length === 1 ? 'has' : 'have'} no subnet in subnet_ids (their zones: ${zones.join(', ') || 'none'}); list only those zones, or add a subnet there.`,
    );
    return;
  }
  if (!g) return;
  const have = g.members.map((m) => m.availabilityZone).filter((z): z is string => !!z);
  if (have.length !== g.members.length) return; // zones not reported (busy group): nothing to compare
  const [small, big] = have.length <= want.length ? [have, want] : [want, have];
  const left = [...big];
  const fits = small.every((z) => {
    const i = left.indexOf(z);
    if (i >= 0) left.splice(i, 1);
    return i >= 0;
  });
  if (!fits)
    plan.refusals.push(
      `Input "preferred_cache_cluster_azs": the nodes of ${g.id} are in ${have.join(', ')}, the input asks for ${want.join(', ')}. ` +
        `ElastiCache sets the zones only when it creates a group: keep the zones the group has, or empty the input. ${migrate(g.id)}`,
    );
}

/**
 * network_type: dual_stack and ipv6 need every subnet to have an associated IPv6 CIDR block; on an
 * existing group (create-only) the network type it has must be the input's.
 */
export function checkNetworkType(cfg: Config, obs: Observed, g: ObservedGroup | undefined, plan: Plan) {
  if (cfg.networkType !== 'ipv4') {
    const ipv4Only = obs.subnets.filter((s) => s.ipv6CidrBlocks.length === 0).map((s) => s.id);
    if (ipv4Only.length) {
      plan.refusals.push(
        `Input "network_type": ${cfg.networkType} needs an IPv6 CIDR block on every subnet, and ${ipv4Only.join(', ')} ${ipv4Only.length === 1 ? 'has' : 'have'} none. ` +
          `Associate one with each (aws ec2 associate-subnet-cidr-block --subnet-id <id> --ipv6-cidr-block <block>, after giving the VPC one), list only dual-stack subnets in subnet_ids, or set network_type: ipv4.`,
      );
    }
  }
  if (g?.networkType !== undefined && g.networkType !== cfg.networkType) {
    plan.refusals.push(
      `Input "network_type": the group has ${g.networkType}, the input asks for ${cfg.networkType}. ` +
        `ElastiCache sets the network type only when it creates a group: set network_type: ${g.networkType}. ${migrate(g.id)}`,
    );
  }
}
