// The planner is pure: desired config + observed state → an ordered list of steps with reasons.
// It makes no AWS call and reads no clock, so every rule here is unit-tested directly, and plan
// mode, the apply log and the job summary all render exactly the list the executor runs.

import { compareVersions, supportsInPlaceTransitEncryption } from './engine.js';
import { isDataTieringNodeType } from './inputs.js';
import { OWNERSHIP_TAG, VOLATILE_TAGS, resourceNames } from './names.js';
import type {
  Config,
  Endpoint,
  RawPermission,
  IngressRules,
  LogDeliveryRequest,
  Observed,
  ObservedGroup,
  Plan,
  ReplicationGroupModification,
  ResourceNames,
  Step,
} from './types.js';
import { connectionUrls } from './urls.js';

/** Placeholder for the managed security group's id when it is created in the same run. */
export const MANAGED_SECURITY_GROUP = '(managed security group)';

/** Group states in which another run (or AWS) is busy: wait for `available`, then plan. */
export const BUSY_STATES = new Set(['creating', 'modifying', 'snapshotting']);

/** A step before it is given its level (Omit distributed over the union). */
type Unleveled = Step extends infer S ? (S extends Step ? Omit<S, 'level'> : never) : never;

export interface PlanContext {
  /** Desired tags (user + Environment + ownership + provenance). */
  tags: Record<string, string>;
  /**
   * mode: plan does not wait for a busy group: it plans from the state as it is, with a warning,
   * instead of refusing (apply waits for available before planning, so it never sees one busy).
   */
  planOnly?: boolean;
}

export function planRun(cfg: Config, obs: Observed, ctx: PlanContext): Plan {
  const names = resourceNames(cfg);
  const plan: Plan = { action: 'none', steps: [], refusals: [], warnings: [], pending: [] };
  const g = obs.group;

  checkSubnets(cfg, obs, plan);
  checkReferences(cfg, obs, plan);
  if (g) checkGroupUsable(cfg, g, plan, ctx.planOnly === true);
  if (g) checkImmutable(cfg, g, names, plan);
  if (g) checkForeignSubnetGroup(cfg, obs, g, names, plan);
  warnAboutEviction(cfg, plan);
  if (plan.refusals.length) return plan;

  const level0 = supportingResources(cfg, obs, names, g);
  const token = authTokenState(cfg, obs, names, g);
  if (token.store) level0.push(token.store);
  if (token.discard) level0.push(token.discard);
  const steps: Step[] = level0.map((s) => ({ ...s, level: 0 }) as Step);
  let level = level0.length ? 1 : 0;
  const push = (s: Unleveled) => steps.push({ ...s, level } as Step);
  const waitAfter = (reason: string) => {
    push({ kind: 'wait-available', reason });
    level += 1;
  };

  if (!g) {
    plan.action = 'create';
    push({ kind: 'create-replication-group', reason: createReason(cfg) });
    level += 1;
    if (cfg.wait) {
      waitAfter(`wait until ${cfg.name} and its ${cfg.numCacheClusters} node(s) are available`);
      push({
        kind: 'publish-ssm',
        parameterNames: urlParameterNames(names),
        reason: 'publish the connection URLs',
      });
    }
    plan.steps = steps;
    return plan;
  }

  const rgLevels = replicationGroupSteps(cfg, obs, g, names, token, plan);
  // Tags are read only from an available group (observe): a busy one (plan mode) has none to compare.
  const tagSteps = g.status === 'available' ? tagChanges(g.tags, ctx.tags) : [];
  rgLevels.forEach((group, i) => {
    for (const s of group) push(s);
    level += 1;
    // The next call is refused until the group and every member are available again, so wait after
    // each change of the group; after the last one only when asked to (or when something follows).
    const mutates = group.some((s) => GROUP_MUTATIONS.has(s.kind));
    if (mutates && (i < rgLevels.length - 1 || cfg.wait || tagSteps.length)) {
      waitAfter(
        `wait until ${cfg.name} and its members are available after: ${group.map((s) => s.reason).join('; ')}`,
      );
    }
  });
  if (tagSteps.length) {
    for (const s of tagSteps) push(s);
    level += 1;
  }
  // URLs published within the sequence (TLS migration, token change) are not published again.
  if (!rgLevels.flat().some((s) => s.kind === 'publish-ssm')) {
    const publish = publishStep(cfg, obs, g, names, token);
    if (publish) push(publish);
  }

  plan.steps = steps;
  plan.action = steps.length ? 'update' : 'none';
  return plan;
}

/** Steps that change the replication group itself (each must be followed by a wait). */
const GROUP_MUTATIONS = new Set<Step['kind']>([
  'increase-replicas',
  'decrease-replicas',
  'modify-replication-group',
  'auth-token',
]);

// ---------------------------------------------------------------------------------------------
// Refusals: decided before any write.

function checkSubnets(cfg: Config, obs: Observed, plan: Plan) {
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

function checkReferences(cfg: Config, obs: Observed, plan: Plan) {
  for (const [id, vpc] of Object.entries(obs.referencedSecurityGroups)) {
    const inputs = [
      cfg.allowedSecurityGroupIds.includes(id) ? 'allowed_security_group_ids' : undefined,
      cfg.securityGroupIds.includes(id) ? 'security_group_ids' : undefined,
    ].filter(Boolean);
    if (vpc === undefined) {
      plan.refusals.push(
        `Input "${inputs.join('" and "')}": security group ${id} does not exist in ${cfg.region}; check the id.`,
      );
    } else if (cfg.securityGroupIds.includes(id) && obs.vpcId && vpc !== obs.vpcId) {
      plan.refusals.push(
        `Input "security_group_ids": security group ${id} is in ${vpc}, but the subnets are in ${obs.vpcId}; only security groups of the group's own VPC can be attached.`,
      );
    }
  }
}

function checkGroupUsable(cfg: Config, g: ObservedGroup, plan: Plan, planOnly: boolean) {
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

/** A new group, or one in `<name>-subnets`; an adopted group may use `default` or a shared one. */
function usesOurSubnetGroup(g: ObservedGroup | undefined, names: ResourceNames): boolean {
  return !g?.subnetGroupName || g.subnetGroupName === names.subnetGroup;
}

function busyMember(g: ObservedGroup) {
  return g.members.find((m) => m.status !== 'available' && m.status !== 'unknown');
}

/** Another run or AWS is changing the group (or one of its members): wait before planning. */
export function isBusyGroup(g: ObservedGroup | undefined): boolean {
  if (!g) return false;
  return BUSY_STATES.has(g.status) || (g.status === 'available' && busyMember(g) !== undefined);
}

function migrate(name: string): string {
  return (
    `AWS cannot change this in place. To migrate: take a snapshot (aws elasticache create-snapshot --replication-group-id ${name} --snapshot-name ${name}-migrate), ` +
    `restore it into a new group under a new name with the new settings, switch your apps to the new URLs, then delete the old group.`
  );
}

function checkImmutable(cfg: Config, g: ObservedGroup, names: ResourceNames, plan: Plan) {
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
function checkForeignSubnetGroup(
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
      `Set subnet_ids to the subnets it has, or change ${used.name} yourself; to move the group onto ${names.subnetGroup}: ${migrate(g.id).replace(/^AWS cannot change this in place\. To migrate: /, '')}`,
  );
}

function sameKmsKey(a: string, b: string): boolean {
  const id = (k: string) => k.replace(/^arn:[^:]+:kms:[^:]*:[^:]*:key\//, '');
  return id(a) === id(b);
}

function warnAboutEviction(cfg: Config, plan: Plan) {
  if (cfg.parameters['maxmemory-policy'].startsWith('allkeys-')) {
    plan.warnings.push(
      `maxmemory_policy is ${cfg.parameters['maxmemory-policy']} and this group also publishes a Celery broker URL (DB ${cfg.celeryDb}). ` +
        `Eviction is instance-wide: when memory fills, Redis may evict Celery's queue lists and _kombu.binding.* keys (they have no TTL), silently losing tasks. ` +
        `Use a separate replication group for the broker with maxmemory_policy: noeviction, or use volatile-lru here so only keys with a TTL are evicted.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Level 0: subnet group, parameter group, security group, log groups (independent of each other).

function supportingResources(
  cfg: Config,
  obs: Observed,
  names: ResourceNames,
  g: ObservedGroup | undefined,
): Unleveled[] {
  const out: Unleveled[] = [];
  const sg = obs.subnetGroup;
  // Someone else's subnet group is left alone (checkForeignSubnetGroup refuses a mismatch).
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
  } else {
    const changed = Object.fromEntries(Object.entries(desiredParams).filter(([k, v]) => pg.values[k] !== v));
    if (Object.keys(changed).length) {
      out.push({
        kind: 'modify-parameter-group',
        name: pg.name,
        parameters: changed,
        reason: Object.entries(changed)
          .map(([k, v]) => `${inputOfParameter(k)} ${pg.values[k] ?? '(default)'} → ${v}`)
          .join('; '),
      });
    }
  }

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

// ---------------------------------------------------------------------------------------------
// AUTH token: reuse the stored one; generate (and store before it is used) when needed.
//
// On an existing group a new token goes through a crash-safe sequence:
//   store it in AUTH_TOKEN_PENDING → ROTATE (old and new valid) → wait → publish the URLs with the
//   new token and write AUTH_TOKEN → SET (only the new one valid) → wait → delete AUTH_TOKEN_PENDING.
// Apps move to the new URLs while both tokens work; a pending parameter that is still there when a
// run starts means an earlier run stopped half-way, and the sequence is resumed with that token.

interface TokenState {
  /** Store (and maybe generate) the token before anything uses it. */
  store: Unleveled | undefined;
  /** Delete a pending token no group can accept (left over from a group that no longer exists). */
  discard?: Unleveled;
  /** The ROTATE → publish → SET sequence is needed on the existing group. */
  rotate: boolean;
  /** Resuming: ROTATE with the known token already happened (a second ROTATE would drop the old token). */
  rotated?: boolean;
  /** Resuming: AUTH_TOKEN already holds the known token. */
  storedAlready?: boolean;
  /** The token the URLs will embed after this run, when it is known now (not generated in the run). */
  known: string | undefined;
  reason: string;
}

function authTokenState(
  cfg: Config,
  obs: Observed,
  names: ResourceNames,
  g: ObservedGroup | undefined,
): TokenState {
  if (!cfg.authTokenEnabled) return { store: undefined, rotate: false, known: undefined, reason: '' };
  const stored = obs.ssm[names.ssm.authToken]?.value;
  const pending = obs.ssm[names.ssm.authTokenPending]?.value;
  const generate = (parameterName: string, reason: string): Unleveled => ({
    kind: 'store-auth-token',
    parameterName,
    generate: true,
    reason,
  });
  if (!g) {
    // Create: the token goes straight into AUTH_TOKEN before the group exists (reused if stored).
    // A pending token belongs to a token change of a group that is gone: no group accepts it, and
    // left in place it would make the next run believe that change is still under way.
    return {
      discard: pending
        ? {
            kind: 'delete-ssm-parameter',
            parameterName: names.ssm.authTokenPending,
            reason: `${names.ssm.authTokenPending} is left from a token change of a group that no longer exists: delete it`,
          }
        : undefined,
      store: stored
        ? undefined
        : generate(
            names.ssm.authToken,
            `generate an AUTH token and store it in ${names.ssm.authToken} (SecureString) before creating the group`,
          ),
      rotate: false,
      known: stored,
      reason: '',
    };
  }
  if (pending) {
    // Resume from where the earlier run stopped, from what this action recorded: AUTH_TOKEN equal
    // to the pending token means ROTATE and the publish are done; a pending parameter at version 2
    // or later was re-written right after AWS accepted ROTATE (the executor's mark). Re-issuing
    // ROTATE then would be wrong: AWS keeps at most two tokens, and clients still on the old one
    // would lose access before SET.
    const storedAlready = stored === pending;
    const rotated = storedAlready || (obs.ssm[names.ssm.authTokenPending]?.version ?? 1) >= 2;
    return {
      store: undefined,
      rotate: true,
      rotated,
      storedAlready,
      known: pending,
      reason: `${names.ssm.authTokenPending} exists: an earlier run stopped during a token change${rotated ? ' after ROTATE' : ''}; finish it`,
    };
  }
  if (cfg.authTokenRotate || !g.authTokenEnabled || !stored) {
    const why = cfg.authTokenRotate
      ? 'auth_token_rotate: rotate to a new AUTH token'
      : !g.authTokenEnabled
        ? 'auth_token_enabled false → true: enable AUTH'
        : `the group has AUTH on but no token is stored in ${names.ssm.authToken}: rotate to a stored one`;
    return {
      store: generate(
        names.ssm.authTokenPending,
        `${why}: generate the new token and store it in ${names.ssm.authTokenPending} before using it`,
      ),
      rotate: true,
      known: undefined,
      reason: why,
    };
  }
  return { store: undefined, rotate: false, known: stored, reason: '' };
}

// ---------------------------------------------------------------------------------------------
// The replication group itself, in the order elasticache-api.md §2 prescribes. Returns levels:
// the steps of one level run together.

function replicationGroupSteps(
  cfg: Config,
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  token: TokenState,
  plan: Plan,
): Unleveled[][] {
  const levels: Unleveled[][] = [];
  const add = (...s: Unleveled[]) => levels.push(s);
  const current = g.memberClusters.length;
  const desired = cfg.numCacheClusters;

  if (desired > current) {
    add({
      kind: 'increase-replicas',
      newReplicaCount: desired - 1,
      reason: `num_cache_clusters ${current} → ${desired} (add ${desired - current} replica${desired - current > 1 ? 's' : ''} first)`,
    });
  }

  const { changes, reasons } = mainModification(cfg, obs, g, names, plan);
  const mainAt = levels.length; // the main modification goes here, once we know what follows it

  // Log delivery changes need ApplyImmediately=true (AWS rule), so they go alone: a pending node
  // type or version change (apply_immediately: false) must not be applied by them.
  const logs = logDeliveryChanges(g, names);
  if (logs.length) {
    add({
      kind: 'modify-replication-group',
      changes: { LogDeliveryConfigurations: logs, ApplyImmediately: true },
      reason: `log delivery → ${logs.map((l) => `${l.LogType} to ${l.DestinationDetails?.CloudWatchLogsDetails.LogGroup}`).join(', ')}`,
    });
  }

  // Between the TLS phases the group takes both redis:// and rediss://: publish the new URLs
  // there, so SSM never holds a URL the group refuses at that moment.
  const midPublish = () => {
    const step = tlsMigrationPublish(cfg, obs, g, names, token);
    if (step) add(step);
  };
  if (g.transitEncryptionEnabled !== cfg.transitEncryptionEnabled) {
    if (cfg.transitEncryptionEnabled) {
      add({
        kind: 'modify-replication-group',
        changes: {
          TransitEncryptionEnabled: true,
          TransitEncryptionMode: 'preferred',
          ApplyImmediately: true,
        },
        reason:
          'transit_encryption_enabled false → true, phase 1: TLS preferred (clients can move to rediss://)',
      });
      midPublish();
      add({
        kind: 'modify-replication-group',
        changes: { TransitEncryptionMode: 'required', ApplyImmediately: true },
        reason: 'transit_encryption_enabled false → true, phase 2: TLS required',
      });
    } else {
      if (g.transitEncryptionMode !== 'preferred') {
        add({
          kind: 'modify-replication-group',
          changes: { TransitEncryptionMode: 'preferred', ApplyImmediately: true },
          reason:
            'transit_encryption_enabled true → false, phase 1: TLS preferred (clients can move to redis://)',
        });
      }
      midPublish();
      add({
        kind: 'modify-replication-group',
        changes: { TransitEncryptionEnabled: false, ApplyImmediately: true },
        reason: 'transit_encryption_enabled true → false, phase 2: TLS off',
      });
    }
  } else if (cfg.transitEncryptionEnabled && g.transitEncryptionMode === 'preferred') {
    midPublish();
    add({
      kind: 'modify-replication-group',
      changes: { TransitEncryptionMode: 'required', ApplyImmediately: true },
      reason: 'transit encryption mode preferred → required (finish the TLS migration)',
    });
  }

  if (token.rotate) {
    if (!token.rotated) {
      add({
        kind: 'auth-token',
        strategy: 'ROTATE',
        mark: names.ssm.authTokenPending,
        reason: `${token.reason}: ROTATE (old and new token both valid)`,
      });
    }
    const publish = publishStep(cfg, obs, g, names, token);
    const moveOver: Unleveled[] = [];
    if (publish) {
      moveOver.push({
        ...publish,
        reason: 'publish the URLs with the new AUTH token while both tokens are valid',
      });
    }
    if (!token.storedAlready) {
      moveOver.push({
        kind: 'store-auth-token',
        parameterName: names.ssm.authToken,
        generate: false,
        reason: `write the new token to ${names.ssm.authToken}`,
      });
    }
    if (moveOver.length) add(...moveOver);
    add({
      kind: 'auth-token',
      strategy: 'SET',
      ...(token.rotated ? { resumed: true } : {}),
      reason: `${token.rotated ? `${token.reason}: ` : ''}keep only the new AUTH token: SET`,
    });
    add({
      kind: 'delete-ssm-parameter',
      parameterName: names.ssm.authTokenPending,
      reason: `the token change is complete: delete ${names.ssm.authTokenPending}`,
    });
  }

  if (desired < current) {
    add({
      kind: 'decrease-replicas',
      newReplicaCount: desired - 1,
      reason: `num_cache_clusters ${current} → ${desired} (remove replicas last)`,
    });
  }

  // With apply_immediately false, a later ApplyImmediately=true call would apply the deferred node
  // type / version at once; only then do they move to a call of their own at the very end.
  const flushedLater = levels.slice(mainAt).flat().some(appliesImmediately);
  const main = flushedLater
    ? splitDeferred(cfg, changes, reasons)
    : { now: wholeModification(changes, reasons), later: undefined };
  if (main.now) levels.splice(mainAt, 0, [main.now]);
  if (main.later) add(main.later);

  // What AWS already holds for the maintenance window (whatever its value) goes out with any
  // ApplyImmediately=true call of this run.
  if (!cfg.applyImmediately && levels.flat().some(appliesImmediately)) {
    const held = pendingOnMembers(g);
    if (held.length) {
      plan.warnings.push(
        `This run makes changes AWS only accepts with ApplyImmediately=true, which also applies what is pending for the maintenance window now: ${held.join('; ')}.`,
      );
    }
  }
  return levels;
}

/** Steps sent with ApplyImmediately=true (replica changes and AUTH changes always are). */
function appliesImmediately(s: Unleveled): boolean {
  return (
    s.kind === 'auth-token' ||
    s.kind === 'increase-replicas' ||
    s.kind === 'decrease-replicas' ||
    (s.kind === 'modify-replication-group' && s.changes.ApplyImmediately === true)
  );
}

/** Node type and engine version changes the members hold for the maintenance window. */
function pendingOnMembers(g: ObservedGroup): string[] {
  const out = new Set<string>();
  for (const m of g.members) {
    if (m.pendingNodeType) out.add(`node_type ${g.nodeType ?? '?'} → ${m.pendingNodeType}`);
    if (m.pendingEngineVersion)
      out.add(`engine_version ${g.engineVersion ?? '?'} → ${m.pendingEngineVersion}`);
  }
  return [...out];
}

/** A reason of the main modification, with the field it is about (so the split can move it). */
interface FieldReason {
  field: keyof ReplicationGroupModification;
  text: string;
}

function wholeModification(
  changes: ReplicationGroupModification,
  reasons: FieldReason[],
): Unleveled | undefined {
  return reasons.length
    ? { kind: 'modify-replication-group', changes, reason: reasons.map((r) => r.text).join('; ') }
    : undefined;
}

function mainModification(
  cfg: Config,
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  plan: Plan,
): { changes: ReplicationGroupModification; reasons: FieldReason[] } {
  const c: ReplicationGroupModification = {};
  const reasons: FieldReason[] = [];
  const because = (field: keyof ReplicationGroupModification, text: string) => reasons.push({ field, text });
  const member = g.members[0];
  const window = g.maintenanceWindow ?? 'unknown';

  // Node type and engine version: with apply_immediately false AWS leaves them pending for the
  // maintenance window; a pending value equal to the input is reported, never re-issued (with
  // apply_immediately true it is re-issued, which applies it now).
  const hold = !cfg.applyImmediately;
  if (g.nodeType && g.nodeType !== cfg.nodeType) {
    if (hold && member?.pendingNodeType === cfg.nodeType) {
      plan.pending.push(
        `node_type ${g.nodeType} → ${cfg.nodeType} is pending for the maintenance window (${window})`,
      );
    } else {
      c.CacheNodeType = cfg.nodeType;
      because('CacheNodeType', `node_type ${g.nodeType} → ${cfg.nodeType}`);
    }
  }
  const engineChanges = g.engine !== undefined && g.engine !== cfg.engine;
  const versionUp =
    g.engineVersion !== undefined &&
    compareVersions(cfg.engineVersion, g.engineVersion, { majorMinorOnly: true }) > 0;
  // A pending version equal to the input holds back the engine and parameter-group switch that go with it.
  const upgradePending =
    hold &&
    (engineChanges || versionUp) &&
    member?.pendingEngineVersion !== undefined &&
    compareVersions(member.pendingEngineVersion, cfg.engineVersion, { majorMinorOnly: true }) === 0;
  if (upgradePending) {
    plan.pending.push(
      `${engineChanges ? `engine ${g.engine} → ${cfg.engine}, ` : ''}engine_version ${g.engineVersion} → ${cfg.engineVersion} is pending for the maintenance window (${window})`,
    );
  } else if (engineChanges || versionUp) {
    if (engineChanges) {
      c.Engine = cfg.engine;
      because('Engine', `engine ${g.engine} → ${cfg.engine}`);
    }
    c.EngineVersion = cfg.engineVersion;
    because('EngineVersion', `engine_version ${g.engineVersion} → ${cfg.engineVersion}`);
  }

  const failover = g.automaticFailover === 'enabled' || g.automaticFailover === 'enabling';
  if (failover !== cfg.automaticFailoverEnabled) {
    c.AutomaticFailoverEnabled = cfg.automaticFailoverEnabled;
    because(
      'AutomaticFailoverEnabled',
      `automatic_failover_enabled ${failover} → ${cfg.automaticFailoverEnabled}`,
    );
  }
  const multiAz = g.multiAz === 'enabled';
  if (multiAz !== cfg.multiAzEnabled) {
    c.MultiAZEnabled = cfg.multiAzEnabled;
    because('MultiAZEnabled', `multi_az_enabled ${multiAz} → ${cfg.multiAzEnabled}`);
  }
  if (g.snapshotRetentionLimit !== cfg.snapshotRetentionLimit) {
    c.SnapshotRetentionLimit = cfg.snapshotRetentionLimit;
    if (!g.snapshotRetentionLimit && cfg.snapshotRetentionLimit > 0 && g.memberClusters[0]) {
      c.SnapshottingClusterId = g.memberClusters[0];
    }
    because(
      'SnapshotRetentionLimit',
      `snapshot_retention_limit ${g.snapshotRetentionLimit ?? 0} → ${cfg.snapshotRetentionLimit}`,
    );
  }
  if (g.snapshotWindow !== cfg.snapshotWindow) {
    c.SnapshotWindow = cfg.snapshotWindow;
    because('SnapshotWindow', `snapshot_window ${g.snapshotWindow ?? '(none)'} → ${cfg.snapshotWindow}`);
  }
  if (g.maintenanceWindow?.toLowerCase() !== cfg.maintenanceWindow) {
    c.PreferredMaintenanceWindow = cfg.maintenanceWindow;
    because(
      'PreferredMaintenanceWindow',
      `maintenance_window ${g.maintenanceWindow ?? '(none)'} → ${cfg.maintenanceWindow}`,
    );
  }
  const managedSg = obs.securityGroup?.id ?? MANAGED_SECURITY_GROUP;
  const desiredSgs = [managedSg, ...cfg.securityGroupIds.filter((id) => id !== managedSg)];
  if (!sameSet(g.securityGroupIds, desiredSgs)) {
    c.SecurityGroupIds = desiredSgs;
    because(
      'SecurityGroupIds',
      `security groups ${g.securityGroupIds.join(',') || '(none)'} → ${desiredSgs.join(',')}`,
    );
  }
  if (g.notificationTopicArn !== cfg.notificationTopicArn) {
    if (cfg.notificationTopicArn) {
      c.NotificationTopicArn = cfg.notificationTopicArn;
      c.NotificationTopicStatus = 'active';
    } else {
      c.NotificationTopicStatus = 'inactive';
    }
    because(
      'NotificationTopicStatus',
      `notification_topic_arn ${g.notificationTopicArn ?? '(none)'} → ${cfg.notificationTopicArn ?? '(none)'}`,
    );
  }
  if (g.parameterGroupName !== names.parameterGroup && !upgradePending) {
    c.CacheParameterGroupName = names.parameterGroup;
    because(
      'CacheParameterGroupName',
      `parameter group ${g.parameterGroupName ?? '(none)'} → ${names.parameterGroup}`,
    );
  }
  if (reasons.length) c.ApplyImmediately = cfg.applyImmediately;
  return { changes: c, reasons };
}

/** The fields AWS leaves for the maintenance window when ApplyImmediately is false. */
const DEFERRABLE = ['CacheNodeType', 'Engine', 'EngineVersion', 'CacheParameterGroupName'] as const;

/**
 * With apply_immediately false, split the main modification: what AWS applies at once stays in
 * place; node type / engine / version (and the parameter group that goes with a version) move to
 * a call of their own at the very end, because any later call with ApplyImmediately=true would
 * apply "the modifications in this request and any pending modifications".
 */
function splitDeferred(
  cfg: Config,
  changes: ReplicationGroupModification,
  reasons: FieldReason[],
): { now: Unleveled | undefined; later: Unleveled | undefined } {
  const versioned = changes.CacheNodeType !== undefined || changes.EngineVersion !== undefined;
  if (cfg.applyImmediately || !versioned)
    return { now: wholeModification(changes, reasons), later: undefined };
  // The parameter group goes with a version change only; on its own AWS applies it at once.
  const moved = new Set<keyof ReplicationGroupModification>(
    DEFERRABLE.filter(
      (k) =>
        changes[k] !== undefined && (k !== 'CacheParameterGroupName' || changes.EngineVersion !== undefined),
    ),
  );
  const later: ReplicationGroupModification = { ApplyImmediately: false };
  const rest: ReplicationGroupModification = { ...changes };
  for (const k of moved) {
    (later as Record<string, unknown>)[k] = changes[k];
    delete rest[k];
  }
  const laterReasons = reasons.filter((r) => moved.has(r.field)).map((r) => r.text);
  return {
    now: wholeModification(
      rest,
      reasons.filter((r) => !moved.has(r.field)),
    ),
    later: {
      kind: 'modify-replication-group',
      changes: later,
      reason: `${laterReasons.join('; ')} (left for the maintenance window: apply_immediately is false)`,
    },
  };
}

export function desiredLogDelivery(names: ResourceNames): LogDeliveryRequest[] {
  return [
    { type: 'slow-log' as const, group: names.slowLogGroup },
    { type: 'engine-log' as const, group: names.engineLogGroup },
  ].map(({ type, group }) => ({
    LogType: type,
    DestinationType: 'cloudwatch-logs' as const,
    DestinationDetails: { CloudWatchLogsDetails: { LogGroup: group } },
    LogFormat: 'json' as const,
    Enabled: true,
  }));
}

function logDeliveryChanges(g: ObservedGroup, names: ResourceNames): LogDeliveryRequest[] {
  return desiredLogDelivery(names).filter((want) => {
    const have = g.logDelivery.find((l) => l.logType === want.LogType);
    return (
      !have ||
      have.destinationType !== 'cloudwatch-logs' ||
      have.logGroup !== want.DestinationDetails?.CloudWatchLogsDetails.LogGroup ||
      have.logFormat !== 'json' ||
      have.status === 'disabling'
    );
  });
}

function tagChanges(have: Record<string, string>, want: Record<string, string>): Unleveled[] {
  const steps: Unleveled[] = [];
  const stable = Object.entries(want).filter(([k]) => !VOLATILE_TAGS.has(k));
  const changed = stable.filter(([k, v]) => have[k] !== v);
  if (changed.length) {
    // Provenance rides along with a real change; alone it is never a reason to write.
    const add = Object.fromEntries(changed);
    for (const k of VOLATILE_TAGS) if (want[k] !== undefined) add[k] = want[k];
    steps.push({
      kind: 'add-tags',
      tags: add,
      reason: `tags: set ${changed.map(([k, v]) => `${k}=${v}${have[k] !== undefined ? ` (was ${have[k]})` : ''}`).join(', ')}`,
    });
  }
  const remove = Object.keys(have).filter(
    (k) => !(k in want) && !VOLATILE_TAGS.has(k) && !k.toLowerCase().startsWith('aws:'),
  );
  if (remove.length) {
    steps.push({
      kind: 'remove-tags',
      keys: remove,
      reason: `tags: remove ${remove.join(', ')} (not in the inputs)`,
    });
  }
  return steps;
}

// ---------------------------------------------------------------------------------------------
// SSM: rewrite a parameter only when its value (or its type) would change.

export function urlParameterNames(names: ResourceNames): string[] {
  return [names.ssm.redisUrl, names.ssm.celeryBrokerUrl, names.ssm.celeryResultBackend];
}

function publishStep(
  cfg: Config,
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  token: TokenState,
): Unleveled | undefined {
  const all = urlParameterNames(names);
  if (!g.primaryEndpoint) {
    return {
      kind: 'publish-ssm',
      parameterNames: all,
      reason: 'publish the connection URLs once endpoints exist',
    };
  }
  if (cfg.authTokenEnabled && token.known === undefined) {
    return { kind: 'publish-ssm', parameterNames: all, reason: 'publish URLs with the new AUTH token' };
  }
  const embed = cfg.authTokenEnabled ? token.known : undefined;
  const stale = staleUrlParameters(cfg, obs, g.primaryEndpoint, names, embed);
  if (!stale.length) return undefined;
  return { kind: 'publish-ssm', parameterNames: stale, reason: staleReason(obs, stale) };
}

/**
 * Mid-TLS-migration publish, with the token the group accepts now: none on a group without AUTH
 * (AUTH needs TLS, so it is added after), the stored one on a group that has AUTH (finishing a
 * migration left in `preferred`). During a token change the URLs are published by that sequence.
 */
function tlsMigrationPublish(
  cfg: Config,
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  token: TokenState,
): Unleveled | undefined {
  if (!g.primaryEndpoint) return undefined;
  // (A group with AUTH and auth_token_enabled false is refused before planning.)
  const embed = g.authTokenEnabled ? token.known : undefined;
  if (g.authTokenEnabled && (token.rotate || embed === undefined)) return undefined;
  const stale = staleUrlParameters(cfg, obs, g.primaryEndpoint, names, embed);
  if (!stale.length) return undefined;
  return {
    kind: 'publish-ssm',
    parameterNames: stale,
    ...(embed === undefined ? { tokenless: true } : {}),
    reason: `publish the ${cfg.transitEncryptionEnabled ? 'rediss://' : 'redis://'} URLs while the group accepts both (${staleReason(obs, stale)})`,
  };
}

/** The URL parameters whose value (or type) differs from what this host, TLS and token give. */
function staleUrlParameters(
  cfg: Config,
  obs: Observed,
  endpoint: Endpoint,
  names: ResourceNames,
  token: string | undefined,
): string[] {
  const urls = connectionUrls(
    { host: endpoint.address, port: endpoint.port || cfg.port, tls: cfg.transitEncryptionEnabled, token },
    cfg,
  );
  const desired: Record<string, string> = {
    [names.ssm.redisUrl]: urls.redisUrl,
    [names.ssm.celeryBrokerUrl]: urls.celeryBrokerUrl,
    [names.ssm.celeryResultBackend]: urls.celeryResultBackendUrl,
  };
  // With AUTH on the URLs stay SecureString even before they embed the token: SSM cannot change a
  // parameter's type in place, so each change of type is a delete and a create.
  const type = cfg.authTokenEnabled ? 'SecureString' : 'String';
  return urlParameterNames(names).filter(
    (n) => obs.ssm[n]?.value !== desired[n] || obs.ssm[n]?.type !== type,
  );
}

function staleReason(obs: Observed, stale: string[]): string {
  return `SSM ${stale.map((n) => n.slice(n.lastIndexOf('/') + 1)).join(', ')}: ${stale.some((n) => !obs.ssm[n]) ? 'missing' : 'value changed'}`;
}

// ---------------------------------------------------------------------------------------------

function createReason(cfg: Config): string {
  const parts = [
    `${cfg.engine} ${cfg.engineVersion}`,
    `${cfg.numCacheClusters} × ${cfg.nodeType}`,
    cfg.automaticFailoverEnabled ? 'automatic failover' : 'no failover',
    cfg.multiAzEnabled ? 'Multi-AZ' : 'single-AZ',
    cfg.atRestEncryptionEnabled ? 'encrypted at rest' : 'not encrypted at rest',
    cfg.transitEncryptionEnabled ? 'TLS' : 'no TLS',
    cfg.authTokenEnabled ? 'AUTH' : 'no AUTH',
    `backups ${cfg.snapshotRetentionLimit} days`,
  ];
  return `replication group ${cfg.name} is missing: create it (${parts.join(', ')})`;
}

function inputOfParameter(p: string): string {
  return p.replace(/-/g, '_');
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

function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

export function managedTagCheck(tags: Record<string, string>): boolean {
  return tags[OWNERSHIP_TAG.key] === OWNERSHIP_TAG.value;
}

/** Pure: a one-line description of a permission, for plan reasons. */
export function describePermission(p: RawPermission): string {
  const ports =
    p.IpProtocol === '-1'
      ? 'all traffic'
      : `${p.FromPort ?? '*'}${p.ToPort !== p.FromPort ? `-${p.ToPort}` : ''}/${p.IpProtocol}`;
  const sources = [
    ...(p.UserIdGroupPairs ?? []).map((g) => g.GroupId),
    ...(p.IpRanges ?? []).map((r) => r.CidrIp),
    ...(p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
    ...(p.PrefixListIds ?? []).map((r) => r.PrefixListId),
  ].filter(Boolean);
  return `${ports} from ${sources.join(', ') || 'nowhere'}`;
}
