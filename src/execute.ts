// The executor is thin: it runs the planned steps level by level (steps of one level concurrently),
// one adapter call per step, and waits where the plan says so. Every decision was made by the planner.

import type { CreateReplicationGroupMessage, ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { Clock } from './clock.js';
import { AwsCallError, PlanError } from './errors.js';
import { resourceNames, tagList } from './names.js';
import type { Adapters } from './observe.js';
import { MANAGED_SECURITY_GROUP, desiredLogDelivery, urlParameterNames } from './plan.js';
import { generateAuthToken } from './token.js';
import { isDataTieringNodeType } from './inputs.js';
import type { Config, Observed, Plan, ResourceNames, Step } from './types.js';
import { connectionUrls } from './urls.js';
import { pollUntil, WaitFailedError, WaitTimeoutError, type Verdict } from './wait.js';

export interface Logger {
  info(line: string): void;
  warning(line: string): void;
  /** Registers a secret with the runner so it is masked in every later log line. */
  mask(secret: string): void;
}

export interface ExecContext {
  cfg: Config;
  observed: Observed;
  tags: Record<string, string>;
  aws: Adapters;
  clock: Clock;
  log: Logger;
  /** Absolute time (ms) by which every wait of this run must be over: wait_timeout_minutes is per run. */
  deadline: number;
  /** Overridable in tests; defaults to crypto-random. */
  generateToken?: () => string;
}

/** What execution learned: ids created, the token in use, the group as last read. */
export interface ExecResult {
  securityGroupId: string | undefined;
  token: string | undefined;
  group: ReplicationGroup | undefined;
  timings: Array<{ level: number; label: string; ms: number }>;
  /** SSM as this run left it so far: observed values, updated after every write and delete. */
  ssm: Observed['ssm'];
}

export async function execute(plan: Plan, ctx: ExecContext): Promise<ExecResult> {
  const names = resourceNames(ctx.cfg);
  const state: ExecResult = {
    securityGroupId: ctx.observed.securityGroup?.id,
    // On an existing group a pending token (an unfinished rotation) wins over the current one: it is
    // the one to finish. A new group never uses it (the plan deletes it).
    token:
      (plan.action === 'create' ? undefined : ctx.observed.ssm[names.ssm.authTokenPending]?.value) ??
      ctx.observed.ssm[names.ssm.authToken]?.value,
    group: undefined,
    timings: [],
    ssm: { ...ctx.observed.ssm },
  };
  const levels = [...new Set(plan.steps.map((s) => s.level))].sort((x, y) => x - y);
  for (const level of levels) {
    const steps = plan.steps.filter((s) => s.level === level);
    const started = ctx.clock.now();
    await Promise.all(steps.map((s) => runStep(s, ctx, names, state)));
    state.timings.push({ level, label: steps.map((s) => s.kind).join(', '), ms: ctx.clock.now() - started });
  }
  return state;
}

async function runStep(step: Step, ctx: ExecContext, names: ResourceNames, st: ExecResult): Promise<void> {
  const { cfg, aws, log, tags } = ctx;
  log.info(`→ ${step.reason}`);
  switch (step.kind) {
    case 'create-subnet-group':
      return aws.elasticache.createSubnetGroup(
        step.name,
        `django-redis-action: ${cfg.name}`,
        step.subnetIds,
        tags,
      );
    case 'modify-subnet-group':
      try {
        return await aws.elasticache.modifySubnetGroup(step.name, step.subnetIds);
      } catch (e) {
        if (e instanceof AwsCallError && e.causeName === 'SubnetInUse') {
          throw new PlanError(
            `Input "subnet_ids": a subnet you removed still hosts a node of ${cfg.name} (${e.message.replace(/^.*SubnetInUse: /, '')}). ` +
              `Keep that subnet in subnet_ids, or move the node first (decrease num_cache_clusters, then increase it once the new subnets are in the list).`,
          );
        }
        throw e;
      }
    case 'create-parameter-group':
      await aws.elasticache.createParameterGroup(
        step.name,
        step.family,
        `django-redis-action: Django-tuned ${step.family} for ${cfg.name}`,
        tags,
      );
      return aws.elasticache.modifyParameters(step.name, step.parameters);
    case 'modify-parameter-group':
      return aws.elasticache.modifyParameters(step.name, step.parameters);
    case 'create-security-group': {
      const id = await aws.ec2.createSecurityGroup(
        step.name,
        `django-redis-action: ${cfg.name} clients`,
        step.vpcId,
        tags,
      );
      st.securityGroupId = id;
      log.info(`  created security group ${id}`);
      return aws.ec2.authorizeIngress(id, step.ingress, `django-redis-action ${cfg.name}`);
    }
    case 'authorize-ingress':
      return aws.ec2.authorizeIngress(requireSg(st), step, `django-redis-action ${cfg.name}`);
    case 'revoke-ingress':
      return aws.ec2.revokeIngress(requireSg(st), step);
    case 'revoke-other-ingress':
      return aws.ec2.revokePermissions(requireSg(st), step.permissions);
    case 'create-log-group':
      await aws.logs.createLogGroup(step.name, tags);
      if (step.retentionDays) await aws.logs.putRetention(step.name, step.retentionDays);
      return;
    case 'put-log-retention':
      return aws.logs.putRetention(step.name, step.retentionDays);
    case 'delete-log-retention':
      return aws.logs.deleteRetention(step.name);
    case 'delete-ssm-parameter':
      await aws.ssm.deleteParameter(step.parameterName);
      delete st.ssm[step.parameterName];
      return;
    case 'store-auth-token': {
      // Stored before it is used anywhere, so a crash can never lose the token a group accepts.
      const token = step.generate ? (ctx.generateToken ?? generateAuthToken)() : st.token;
      if (!token) throw new PlanError(`no AUTH token to store in ${step.parameterName}`);
      log.mask(token);
      if (st.ssm[step.parameterName]?.value === token) {
        st.token = token;
        return;
      }
      await aws.ssm.putParameter(
        step.parameterName,
        token,
        true,
        st.ssm[step.parameterName]?.type,
        tags,
        `AUTH token of ElastiCache replication group ${cfg.name} (django-redis-action)`,
      );
      st.ssm[step.parameterName] = { value: token, type: 'SecureString' };
      st.token = token;
      return;
    }
    case 'create-replication-group': {
      const rg = await aws.elasticache.createReplicationGroup(
        buildCreateRequest(cfg, names, requireSg(st), st.token, tags),
      );
      st.group = rg;
      if (!cfg.wait)
        log.info(
          `  create requested; wait is false, so this step ends now while ${cfg.name} is ${rg?.Status ?? 'creating'}`,
        );
      return;
    }
    case 'wait-available':
      st.group = await waitUntilAvailable(ctx, names.replicationGroupId);
      return;
    case 'increase-replicas':
      return aws.elasticache.increaseReplicaCount(names.replicationGroupId, step.newReplicaCount);
    case 'decrease-replicas':
      return aws.elasticache.decreaseReplicaCount(names.replicationGroupId, step.newReplicaCount);
    case 'modify-replication-group': {
      const changes = { ...step.changes };
      if (changes.SecurityGroupIds) {
        changes.SecurityGroupIds = changes.SecurityGroupIds.map((id) =>
          id === MANAGED_SECURITY_GROUP ? requireSg(st) : id,
        );
      }
      return aws.elasticache.modifyReplicationGroup({
        ReplicationGroupId: names.replicationGroupId,
        ...changes,
      });
    }
    case 'auth-token': {
      const token = st.token;
      if (!token)
        throw new PlanError(`no AUTH token is stored in ${names.ssm.authToken}; cannot ${step.strategy}`);
      const send = async (strategy: 'ROTATE' | 'SET') => {
        await aws.elasticache.modifyReplicationGroup({
          ReplicationGroupId: names.replicationGroupId,
          AuthToken: token,
          AuthTokenUpdateStrategy: strategy,
          ApplyImmediately: true,
        });
        const mark = step.mark ?? (step.resumed ? names.ssm.authTokenPending : undefined);
        if (strategy === 'ROTATE' && mark) {
          // Record that AWS accepted ROTATE: the parameter's new version tells a later run not to
          // ROTATE again (plan.ts authTokenState).
          await aws.ssm.putParameter(
            mark,
            token,
            true,
            st.ssm[mark]?.type,
            tags,
            `New AUTH token of ${cfg.name}: ROTATE accepted, SET to follow (django-redis-action)`,
          );
          st.ssm[mark] = { value: token, type: 'SecureString', version: (st.ssm[mark]?.version ?? 1) + 1 };
        }
      };
      try {
        return await send(step.strategy);
      } catch (e) {
        // A resumed token change judged ROTATE done from timestamps; AWS says it is not. ROTATE now
        // (the old token stays valid), wait, and SET: the same safe sequence, one step later.
        if (!step.resumed || !isRefusedParameter(e)) throw e;
        log.warning(
          `SET was refused (${e instanceof Error ? e.message : String(e)}). If the group never rotated to this token, ROTATE (the old token stays valid) then SET fixes it: trying that.`,
        );
        await send('ROTATE');
        await waitUntilAvailable(ctx, names.replicationGroupId);
        return send('SET');
      }
    }
    case 'add-tags':
      return tagAll(taggables(ctx, st, names), (t) => t.add(step.tags));
    case 'remove-tags':
      return tagAll(taggables(ctx, st, names), (t) => t.remove(step.keys));
    case 'publish-ssm':
      return publishSsm(ctx, names, st, step.parameterNames, step.tokenless === true);
  }
}

/** SET with a token that was not rotated in is refused as an invalid parameter (AWS: it must equal the last rotated token). */
function isRefusedParameter(e: unknown): boolean {
  return (
    e instanceof AwsCallError &&
    (e.causeName === 'InvalidParameterValueException' ||
      e.causeName === 'InvalidParameterCombinationException')
  );
}

function requireSg(st: ExecResult): string {
  if (!st.securityGroupId)
    throw new PlanError('the managed security group id is unknown (it was neither found nor created)');
  return st.securityGroupId;
}

function groupArn(ctx: ExecContext, st: ExecResult): string {
  const arn = st.group?.ARN ?? ctx.observed.group?.arn;
  if (!arn) throw new PlanError(`the ARN of ${ctx.cfg.name} is unknown; cannot tag it`);
  return arn;
}

interface Taggable {
  add(tags: Record<string, string>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/**
 * Tag drift is read on the replication group only, so the group (first in the list) is tagged
 * last: if tagging a sibling fails, the group still shows the drift and the next run retries.
 */
async function tagAll(list: Taggable[], apply: (t: Taggable) => Promise<void>): Promise<void> {
  const [group, ...siblings] = list;
  await Promise.all(siblings.map(apply));
  if (group) await apply(group);
}

/**
 * Every managed resource that exists, so a change of `tags` or `environment` reaches all of them:
 * the group, its parameter and subnet groups, our security group, the log groups and SSM parameters.
 */
function taggables(ctx: ExecContext, st: ExecResult, names: ResourceNames): Taggable[] {
  const { aws, observed: o } = ctx;
  const rgArn = groupArn(ctx, st);
  // arn:aws:elasticache:<region>:<account>:replicationgroup:<id> → the same prefix for sibling resources.
  const prefix = rgArn.slice(0, rgArn.lastIndexOf(':replicationgroup:'));
  const [, partition, , region, account] = rgArn.split(':');
  const ec = (arn: string): Taggable => ({
    add: (t) => aws.elasticache.addTags(arn, t),
    remove: (k) => aws.elasticache.removeTags(arn, k),
  });
  const list: Taggable[] = [ec(rgArn)]; // the group first: tagAll relies on it
  if (o.parameterGroup) list.push(ec(`${prefix}:parametergroup:${o.parameterGroup.name}`));
  // Only our own subnet group: an adopted group's may be `default` or shared with other groups.
  if (o.subnetGroup?.name === names.subnetGroup) list.push(ec(`${prefix}:subnetgroup:${o.subnetGroup.name}`));
  const sg = st.securityGroupId;
  if (sg) list.push({ add: (t) => aws.ec2.tag(sg, t), remove: (k) => aws.ec2.untag(sg, k) });
  for (const name of [names.slowLogGroup, names.engineLogGroup]) {
    if (!(name in o.logGroups)) continue;
    const arn = `arn:${partition}:logs:${region}:${account}:log-group:${name}`;
    list.push({ add: (t) => aws.logs.tag(arn, t), remove: (k) => aws.logs.untag(arn, k) });
  }
  for (const name of Object.keys(o.ssm).filter((n) => n !== names.ssm.authTokenPending)) {
    list.push({ add: (t) => aws.ssm.tag(name, t), remove: (k) => aws.ssm.untag(name, k) });
  }
  return list;
}

/** The full create request: every setting from the inputs, log delivery, tags. Pure. */
export function buildCreateRequest(
  cfg: Config,
  names: ResourceNames,
  securityGroupId: string,
  token: string | undefined,
  tags: Record<string, string>,
): CreateReplicationGroupMessage {
  return {
    ReplicationGroupId: names.replicationGroupId,
    ReplicationGroupDescription: `Django cache and Celery broker for ${cfg.name} (django-redis-action)`,
    Engine: cfg.engine,
    EngineVersion: cfg.engineVersion,
    CacheNodeType: cfg.nodeType,
    NumCacheClusters: cfg.numCacheClusters,
    AutomaticFailoverEnabled: cfg.automaticFailoverEnabled,
    MultiAZEnabled: cfg.multiAzEnabled,
    AtRestEncryptionEnabled: cfg.atRestEncryptionEnabled,
    KmsKeyId: cfg.kmsKeyId,
    TransitEncryptionEnabled: cfg.transitEncryptionEnabled,
    TransitEncryptionMode: cfg.transitEncryptionEnabled ? 'required' : undefined,
    AuthToken: cfg.authTokenEnabled ? token : undefined,
    Port: cfg.port,
    CacheSubnetGroupName: names.subnetGroup,
    CacheParameterGroupName: names.parameterGroup,
    SecurityGroupIds: [securityGroupId, ...cfg.securityGroupIds.filter((id) => id !== securityGroupId)],
    SnapshotRetentionLimit: cfg.snapshotRetentionLimit,
    SnapshotWindow: cfg.snapshotWindow,
    PreferredMaintenanceWindow: cfg.maintenanceWindow,
    NotificationTopicArn: cfg.notificationTopicArn,
    DataTieringEnabled: isDataTieringNodeType(cfg.nodeType) ? true : undefined,
    LogDeliveryConfigurations: desiredLogDelivery(names),
    Tags: tagList(tags),
  };
}

// ---------------------------------------------------------------------------------------------

interface GroupSnapshot {
  rg: ReplicationGroup | undefined;
  members: Array<{ id: string; status: string }>;
}

/** Pure: is the group (and every member) done? Explicit success and failure states. */
export function classifyGroup(s: GroupSnapshot): Verdict {
  const rg = s.rg;
  if (!rg) return { state: 'failure', label: 'gone (ReplicationGroupNotFound)' };
  const status = rg.Status ?? 'unknown';
  if (status === 'create-failed' || status === 'deleting' || status === 'deleted')
    return { state: 'failure', label: status };
  const busyMembers = s.members.filter((m) => m.status !== 'available');
  const pending = rg.PendingModifiedValues ?? {};
  const pendingParts = [
    pending.AuthTokenStatus && `AUTH token ${pending.AuthTokenStatus.toLowerCase()}`,
    pending.TransitEncryptionMode && `TLS mode → ${pending.TransitEncryptionMode}`,
    pending.AutomaticFailoverStatus && `failover ${pending.AutomaticFailoverStatus}`,
    ...(rg.LogDeliveryConfigurations ?? [])
      .filter((l) => l.Status && l.Status !== 'active' && l.Status !== 'error')
      .map((l) => `${l.LogType} ${l.Status}`),
  ].filter(Boolean);
  const memberText = busyMembers.length
    ? `; members ${busyMembers.map((m) => `${m.id} ${m.status}`).join(', ')}`
    : '';
  const pendingText = pendingParts.length ? `; ${pendingParts.join(', ')}` : '';
  const label = `${status}${memberText}${pendingText}`;
  if (status === 'available' && !busyMembers.length && !pendingParts.length)
    return { state: 'success', label: 'available' };
  return { state: 'pending', label };
}

export async function waitUntilAvailable(ctx: ExecContext, id: string): Promise<ReplicationGroup> {
  const started = ctx.clock.now();
  let memberIds: string[] = ctx.observed.group?.memberClusters ?? [];
  const read = async (): Promise<GroupSnapshot> => {
    const rg = await ctx.aws.elasticache.describeReplicationGroup(id);
    memberIds = rg?.MemberClusters?.length ? rg.MemberClusters : memberIds;
    const members = await Promise.all(
      (rg?.MemberClusters ?? []).map(async (m) => ({
        id: m,
        status: (await ctx.aws.elasticache.describeCacheCluster(m))?.CacheClusterStatus ?? 'missing',
      })),
    );
    return { rg, members };
  };
  try {
    const done = await pollUntil({
      clock: ctx.clock,
      what: `replication group ${id}`,
      timeoutMs: Math.max(0, ctx.deadline - started),
      limitText: `the run's ${ctx.cfg.waitTimeoutMinutes}-minute limit (wait_timeout_minutes)`,
      read,
      classify: classifyGroup,
      log: (line) => ctx.log.info(`  ${line}`),
    });
    return done.rg as ReplicationGroup;
  } catch (e) {
    if (e instanceof WaitFailedError || e instanceof WaitTimeoutError) {
      let events: string[] = [];
      try {
        events = await ctx.aws.elasticache.recentEvents(id, memberIds, started - 60 * 60_000);
      } catch (inner) {
        events = [`(could not read events: ${(inner as Error).message})`];
      }
      const hint =
        e instanceof WaitTimeoutError
          ? ' Raise wait_timeout_minutes, or re-run later: a re-run waits for the group instead of starting over.'
          : '';
      const recent = events.slice(-10).map((x) => `  ${x}`);
      throw new PlanError(
        `${e.message}.${hint}${recent.length ? `\nRecent ElastiCache events:\n${recent.join('\n')}` : ' No recent ElastiCache events.'}`,
      );
    }
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------

async function publishSsm(
  ctx: ExecContext,
  names: ResourceNames,
  st: ExecResult,
  only: string[],
  tokenless = false,
): Promise<void> {
  const { cfg } = ctx;
  const rg = st.group ?? (await ctx.aws.elasticache.describeReplicationGroup(names.replicationGroupId));
  st.group = rg;
  const primary = rg?.NodeGroups?.[0]?.PrimaryEndpoint;
  if (!primary?.Address)
    throw new PlanError(`replication group ${cfg.name} has no primary endpoint yet; cannot publish URLs`);
  const token = cfg.authTokenEnabled && !tokenless ? st.token : undefined;
  if (cfg.authTokenEnabled && !tokenless && !token)
    throw new PlanError(`no AUTH token is stored in ${names.ssm.authToken}`);
  const urls = connectionUrls(
    { host: primary.Address, port: primary.Port ?? cfg.port, tls: cfg.transitEncryptionEnabled, token },
    cfg,
  );
  if (token) for (const u of Object.values(urls)) ctx.log.mask(u);
  const values: Record<string, string> = {
    [names.ssm.redisUrl]: urls.redisUrl,
    [names.ssm.celeryBrokerUrl]: urls.celeryBrokerUrl,
    [names.ssm.celeryResultBackend]: urls.celeryResultBackendUrl,
  };
  const secure = cfg.authTokenEnabled; // see staleUrlParameters in plan.ts
  const type = secure ? 'SecureString' : 'String';
  await Promise.all(
    urlParameterNames(names)
      .filter((n) => only.includes(n))
      .filter((n) => st.ssm[n]?.value !== values[n] || st.ssm[n]?.type !== type)
      .map(async (n) => {
        const value = values[n] ?? '';
        await ctx.aws.ssm.putParameter(
          n,
          value,
          secure,
          st.ssm[n]?.type,
          ctx.tags,
          `Connection URL for ${cfg.name} (django-redis-action)`,
        );
        st.ssm[n] = { value, type };
      }),
  );
}
