// Level 0: subnet group, parameter group, security group, log groups (independent of each other).

import type { ApplyConfig as Config } from '../../config/types.js';
import type { IngressRules, Observed, ObservedGroup, RawPermission } from '../../observe/types.js';
import type { ResourceNames } from '../../domain/names.js';
import { usesOurSubnetGroup } from '../../domain/ownership.js';
import { sameSet } from '../../domain/sets.js';
import type { Unleveled } from '../steps.js';
import { parameterSpec } from '../../domain/parameter-metadata.js';
export function supportingResources(
  cfg: Config,
  obs: Observed,
  names: ResourceNames,
  g: ObservedGroup | undefined,
): Unleveled[] {
  return [
    ...subnetGroupSteps(cfg, obs, names, g),
    ...parameterGroupSteps(cfg, obs, names),
    ...securityGroupSteps(cfg, obs, names),
    ...logGroupSteps(cfg, obs, names),
  ];
}

/** Our subnet group: created, or its subnets kept equal to subnet_ids. */
function subnetGroupSteps(
  cfg: Config,
  obs: Observed,
  names: ResourceNames,
  g: ObservedGroup | undefined,
): Unleveled[] {
  const out: Unleveled[] = [];
  const sg = obs.subnetGroup;
  // Someone else's subnet group is left alone (checkForeignSubnetGroup refuses a mismatch).
  const ours = usesOurSubnetGroup(g, names);
  if (ours && !sg) {
    out.push({
      kind: 'create-subnet-group',
      name: names.subnetGroup,
      subnetIds: cfg.subnetIds,
      reason: `cache subnet group ${names.subnetGroup} is missing: create it with ${cfg.subnetIds.join(', ')}`,
    });
  } else if (ours && sg && !sameSet(sg.subnetIds, cfg.subnetIds)) {
    out.push({
      kind: 'modify-subnet-group',
      name: names.subnetGroup,
      subnetIds: cfg.subnetIds,
      reason: `subnet_ids ${[...sg.subnetIds].sort().join(',')} → ${[...cfg.subnetIds].sort().join(',')}`,
    });
  }
  return out;
}

/**
 * The Django-tuned parameter group: created, or its values kept equal to the four Django defaults
 * with the `parameters` input merged over them. A parameter set before and no longer asked for goes
 * back to the family default (ResetCacheParameterGroup). How "set before" is known: the group is
 * this action's own (named after the replication group and family), so every user-set value in it
 * (DescribeCacheParameters Source user) that differs from the family default is one this action set
 * (or a hand edit, which the action also undoes); a user-set value equal to the default is left
 * alone, as resetting it would change nothing.
 */
function parameterGroupSteps(cfg: Config, obs: Observed, names: ResourceNames): Unleveled[] {
  const out: Unleveled[] = [];
  const desiredParams: Record<string, string> = { ...cfg.parameters };
  const pg = obs.parameterGroup;
  if (!pg) {
    out.push({
      kind: 'create-parameter-group',
      name: names.parameterGroup,
      family: cfg.family,
      parameters: desiredParams,
      reason: `parameter group ${names.parameterGroup} (${cfg.family}) is missing: create it with ${formatParams(desiredParams)}`,
    });
    return out;
  }
  const changed = Object.fromEntries(Object.entries(desiredParams).filter(([k, v]) => pg.values[k] !== v));
  if (Object.keys(changed).length) {
    out.push({
      kind: 'modify-parameter-group',
      name: pg.name,
      parameters: changed,
      reason: Object.entries(changed)
        .map(([k, v]) => `${inputOfParameter(k)} ${pg.values[k] ?? '(default)'} → ${v}${rebootNote(cfg, k)}`)
        .join('; '),
    });
  }
  const reset = parametersToReset(cfg, pg.values);
  if (reset.length) {
    out.push({
      kind: 'reset-parameters',
      name: pg.name,
      parameterNames: reset,
      reason: reset
        .map(
          (k) =>
            `parameters["${k}"] ${pg.values[k]} → family default ${parameterSpec(cfg.family, k)?.defaultValue ?? ''} (no longer in the parameters input)${rebootNote(cfg, k)}`,
        )
        .join('; '),
    });
  }
  return out;
}

/** User-set parameters no longer asked for whose value differs from the family default. */
export function parametersToReset(cfg: Config, values: Record<string, string | undefined>): string[] {
  return Object.entries(values)
    .filter(([k, v]) => !Object.hasOwn(cfg.parameters, k) && v !== parameterSpec(cfg.family, k)?.defaultValue)
    .map(([k]) => k)
    .sort();
}

function rebootNote(cfg: Config, name: string): string {
  return parameterSpec(cfg.family, name)?.changeType === 'requires-reboot'
    ? ' (takes effect after a reboot)'
    : '';
}

/**
 * Parameter changes that need a reboot are set in the parameter group but do not reach the nodes
 * until each is rebooted. This action never reboots (it would drop every connection): it says so,
 * with what to do, on the run that makes the change and on every run while a member still reports
 * pending-reboot.
 */
export function rebootPending(cfg: Config, obs: Observed, g: ObservedGroup | undefined): string[] {
  const pg = obs.parameterGroup;
  if (!g || !pg) return [];
  const needsReboot = (k: string) => parameterSpec(cfg.family, k)?.changeType === 'requires-reboot';
  const changing = [
    ...Object.entries(cfg.parameters)
      .filter(([k, v]) => pg.values[k] !== v && needsReboot(k))
      .map(([k]) => k),
    ...parametersToReset(cfg, pg.values).filter(needsReboot),
  ];
  if (!changing.length && g.parameterApplyStatus !== 'pending-reboot') return [];
  const what = changing.length
    ? `parameter ${changing.join(', ')} changes in ${pg.name}`
    : `parameter group ${pg.name} has changes`;
  const reboot = g.memberClusters
    .map(
      (id) => `aws elasticache reboot-cache-cluster --cache-cluster-id ${id} --cache-node-ids-to-reboot 0001`,
    )
    .join('; ');
  return [
    `${what} that take effect only when the nodes reboot (ChangeType requires-reboot); this action never reboots. ` +
      `When a short disconnect is acceptable, reboot the replicas, then the primary: ${reboot}.`,
  ];
}

/** Our security group: created, and its ingress kept to exactly the inputs. */
function securityGroupSteps(cfg: Config, obs: Observed, names: ResourceNames): Unleveled[] {
  const out: Unleveled[] = [];
  const desiredIngress: IngressRules = {
    port: cfg.port,
    securityGroupIds: cfg.allowedSecurityGroupIds,
    cidrBlocks: cfg.allowedCidrBlocks,
  };
  const sec = obs.securityGroup;
  if (!sec) {
    out.push({
      kind: 'create-security-group',
      name: names.securityGroup,
      vpcId: obs.vpcId ?? '',
      ingress: desiredIngress,
      reason: `security group ${names.securityGroup} is missing: create it in ${obs.vpcId ?? 'the subnets’ VPC'} with ingress on ${cfg.port}/tcp from ${describeSources(desiredIngress)}`,
    });
  } else {
    const addSg = cfg.allowedSecurityGroupIds.filter((id) => !sec.ingress.securityGroupIds.includes(id));
    const addCidr = cfg.allowedCidrBlocks.filter((c) => !sec.ingress.cidrBlocks.includes(c));
    const delSg = sec.ingress.securityGroupIds.filter((id) => !cfg.allowedSecurityGroupIds.includes(id));
    const delCidr = sec.ingress.cidrBlocks.filter((c) => !cfg.allowedCidrBlocks.includes(c));
    if (addSg.length + addCidr.length) {
      const rules = { port: cfg.port, securityGroupIds: addSg, cidrBlocks: addCidr };
      out.push({
        kind: 'authorize-ingress',
        ...rules,
        reason: `allow ${cfg.port}/tcp from ${describeSources(rules)} on ${sec.id}`,
      });
    }
    if (delSg.length + delCidr.length) {
      const rules = { port: cfg.port, securityGroupIds: delSg, cidrBlocks: delCidr };
      out.push({
        kind: 'revoke-ingress',
        ...rules,
        reason: `revoke ${cfg.port}/tcp from ${describeSources(rules)} on ${sec.id} (not in allowed_security_group_ids/allowed_cidr_blocks)`,
      });
    }
    if (sec.otherPermissions.length) {
      out.push({
        kind: 'revoke-other-ingress',
        permissions: sec.otherPermissions,
        reason: `revoke ${sec.otherPermissions.map(describePermission).join('; ')} on ${sec.id} (only ${cfg.port}/tcp from the allowed groups and CIDRs belongs there)`,
      });
    }
  }
  return out;
}

/** The slow-log and engine-log groups, with log_retention_days. */
function logGroupSteps(cfg: Config, obs: Observed, names: ResourceNames): Unleveled[] {
  const out: Unleveled[] = [];
  for (const logGroup of [names.slowLogGroup, names.engineLogGroup]) {
    const desired = cfg.logRetentionDays;
    if (!(logGroup in obs.logGroups)) {
      out.push({
        kind: 'create-log-group',
        name: logGroup,
        retentionDays: desired,
        reason: `log group ${logGroup} is missing: create it (retention ${desired ? `${desired} days` : 'never expire'})`,
      });
    } else if (desired !== 0 && obs.logGroups[logGroup] !== desired) {
      out.push({
        kind: 'put-log-retention',
        name: logGroup,
        retentionDays: desired,
        reason: `log_retention_days ${obs.logGroups[logGroup] ?? 'never expire'} → ${desired} on ${logGroup}`,
      });
    } else if (desired === 0 && obs.logGroups[logGroup] !== undefined) {
      out.push({
        kind: 'delete-log-retention',
        name: logGroup,
        reason: `log_retention_days ${obs.logGroups[logGroup]} → 0 (never expire) on ${logGroup}`,
      });
    }
  }
  return out;
}

const DJANGO_INPUTS: Record<string, string> = {
  'maxmemory-policy': 'maxmemory_policy',
  timeout: 'timeout',
  'tcp-keepalive': 'tcp_keepalive',
  'maxmemory-samples': 'maxmemory_samples',
};

/** The input a parameter comes from: one of the four Django inputs, or the `parameters` map. */
function inputOfParameter(p: string): string {
  return DJANGO_INPUTS[p] ?? `parameters["${p}"]`;
}

function formatParams(p: Record<string, string>): string {
  return Object.entries(p)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

function describeSources(r: IngressRules): string {
  const all = [...r.securityGroupIds, ...r.cidrBlocks];
  return all.length ? all.join(', ') : 'nowhere (no allowed_security_group_ids or allowed_cidr_blocks)';
}

/** Pure: a one-line description of a permission, for plan reasons. */
export function describePermission(p: RawPermission): string {
  const ports =
    p.IpProtocol === '-1'
      ? 'all traffic'
      : `${p.FromPort ?? '*'}${p.ToPort !== p.FromPort ? `-${p.ToPort}` : ''}/${p.IpProtocol}`;
  const sources = [
    // Stryker disable ArrayDeclaration: a non-empty fallback holds strings, whose .GroupId (etc.) is undefined and dropped by filter(Boolean)
    ...(p.UserIdGroupPairs ?? []).map((g) => g.GroupId),
    ...(p.IpRanges ?? []).map((r) => r.CidrIp),
    ...(p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
    ...(p.PrefixListIds ?? []).map((r) => r.PrefixListId),
    // Stryker restore ArrayDeclaration
  ].filter(Boolean);
  return `${ports} from ${sources.join(', ') || 'nowhere'}`;
}
