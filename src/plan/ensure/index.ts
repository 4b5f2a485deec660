// The planner of `apply` (and its dry run `plan`) is pure: desired config + observed state → an
// ordered list of steps with reasons. It makes no AWS call and reads no clock, so every rule here
// is unit-tested directly, and plan mode, the apply log and the job summary all render exactly the
// list the executor runs. Each concern lives in its own file of this folder.

import type { ApplyConfig as Config } from '../../config/types.js';
import type { Observed, ObservedGroup } from '../../observe/types.js';
import { resourceNames, urlParameterNames, type ResourceNames } from '../../domain/names.js';
import { Sequence } from '../sequence.js';
import type { Plan, Step } from '../steps.js';
import { alarmSteps } from './alarms.js';
import { authTokenState, type TokenState } from './auth-token.js';
import {
  checkForeignSubnetGroup,
  checkGroupUsable,
  checkImmutable,
  checkNetworkType,
  checkPreferredAzs,
  checkReferences,
  checkSubnets,
  warnAboutEviction,
} from './checks.js';
import { publishStep } from './publish.js';
import { checkRestore } from './restore.js';
import { replicationGroupSteps } from './replication-group.js';
import { rebootPending, supportingResources } from './supporting.js';
import { tagChanges } from './tags.js';
export interface PlanContext {
  /** Desired tags (user + Environment + ownership + provenance). */
  tags: Record<string, string>;
  /**
   * mode: plan does not wait for a busy group: it plans from the state as it is, with a warning,
   * instead of refusing (apply waits for available before planning, so it never sees one busy).
   */
  planOnly?: boolean;
}

export function planApply(cfg: Config, obs: Observed, ctx: PlanContext): Plan {
  const names = resourceNames(cfg);
  const plan: Plan = { action: 'none', steps: [], refusals: [], warnings: [], pending: [] };
  const g = obs.group;
  checkSubnets(cfg, obs, plan);
  checkReferences(cfg, obs, plan);
  checkPreferredAzs(cfg, obs, g, plan);
  checkNetworkType(cfg, obs, g, plan);
  if (g) {
    checkGroupUsable(cfg, g, plan, ctx.planOnly === true);
    checkImmutable(cfg, g, names, plan);
    checkForeignSubnetGroup(cfg, obs, g, names, plan);
  } else {
    checkRestore(cfg, obs, plan);
  }
  warnAboutEviction(cfg, plan);
  if (plan.refusals.length) return plan;

  // Level 0: everything around the group, and the token stored before anything uses it.
  const token = authTokenState(cfg, obs, names, g);
  const seq = new Sequence().together([
    ...supportingResources(cfg, obs, names, g),
    ...(token.store ? [token.store] : []),
    ...(token.discard ? [token.discard] : []),
  ]);
  if (g) {
    updateGroup(cfg, obs, g, names, token, ctx, plan, seq);
    plan.action = seq.steps.length ? 'update' : 'none';
  } else {
    createGroup(cfg, names, seq);
    plan.action = 'create';
  }
  // Last: the alarms of the members the group has once this run is done (none of this needs them).
  seq.together(alarmSteps(cfg, obs, g));
  if (g && seq.steps.length) plan.action = 'update';
  plan.steps = seq.steps;
  plan.pending.push(...rebootPending(cfg, obs, g));
  return plan;
}

/** Create, then (when asked to wait) wait and publish the URLs. */
function createGroup(cfg: Config, names: ResourceNames, seq: Sequence): void {
  seq.then({
    kind: 'create-replication-group',
    ...(cfg.snapshotName ? { snapshotName: cfg.snapshotName } : {}),
    reason: createReason(cfg),
  });
  if (!cfg.wait) return;
  seq.then({
    kind: 'wait-available',
    reason: `wait until ${cfg.name} and its ${cfg.numCacheClusters} node(s) are available`,
  });
  seq.then({
    kind: 'publish-ssm',
    parameterNames: urlParameterNames(names),
    reason: 'publish the connection URLs',
  });
}

/** Change the group in AWS's order, waiting after each change; then tags; then the URLs. */
function updateGroup(
  cfg: Config,
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  token: TokenState,
  ctx: PlanContext,
  plan: Plan,
  seq: Sequence,
): void {
  const rgLevels = replicationGroupSteps(cfg, obs, g, names, token, plan);
  // Tags are read only from an available group (observe): a busy one (plan mode) has none to compare.
  const tagSteps = g.status === 'available' ? tagChanges(g.tags, ctx.tags) : [];
  rgLevels.forEach((group, i) => {
    seq.together(group);
    // The next call is refused until the group and every member are available again, so wait after
    // each change of the group; after the last one only when asked to (or when something follows).
    const mutates = group.some((s) => GROUP_MUTATIONS.has(s.kind));
    if (mutates && (i < rgLevels.length - 1 || cfg.wait || tagSteps.length)) {
      seq.then({
        kind: 'wait-available',
        reason: `wait until ${cfg.name} and its members are available after: ${group.map((s) => s.reason).join('; ')}`,
      });
    }
  });
  seq.together(tagSteps);
  // URLs published within the sequence (TLS migration, token change) are not published again.
  if (!rgLevels.flat().some((s) => s.kind === 'publish-ssm')) {
    const publish = publishStep(cfg, obs, g, names, token);
    if (publish) seq.then(publish);
  }
}

/** Steps that change the replication group itself (each must be followed by a wait). */
const GROUP_MUTATIONS = new Set<Step['kind']>([
  'increase-replicas',
  'decrease-replicas',
  'modify-replication-group',
  'auth-token',
]);

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
  const from = cfg.snapshotName ? ` from snapshot ${cfg.snapshotName}` : '';
  return `replication group ${cfg.name} is missing: create it${from} (${parts.join(', ')})`;
}
