// The replication group itself, in the order elasticache-api.md §2 prescribes: replicas added
// first, then the main modification, log delivery, the TLS phases, the token change, replicas
// removed last. Returns levels: the steps of one level run together.

import type { ApplyConfig as Config } from '../../config/types.js';
import type { Observed, ObservedGroup } from '../../observe/types.js';
import type { ResourceNames } from '../../domain/names.js';
import type { LogDeliveryRequest, Plan, Unleveled } from '../steps.js';
import type { TokenState } from './auth-token.js';
import { mainModification, splitDeferred, wholeModification } from './modification.js';
import { publishStep, tlsMigrationPublish } from './publish.js';

/** What every part of the sequence reads. */
interface GroupContext {
  cfg: Config;
  obs: Observed;
  g: ObservedGroup;
  names: ResourceNames;
  token: TokenState;
}

export function replicationGroupSteps(
  cfg: Config,
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  token: TokenState,
  plan: Plan,
): Unleveled[][] {
  const gc: GroupContext = { cfg, obs, g, names, token };
  const current = g.memberClusters.length;
  const desired = cfg.numCacheClusters;
  const before: Unleveled[][] = [];
  if (desired > current) {
    before.push([
      {
        kind: 'increase-replicas',
        newReplicaCount: desired - 1,
        reason: `num_cache_clusters ${current} → ${desired} (add ${desired - current} replica${desired - current > 1 ? 's' : ''} first)`,
      },
    ]);
  }
  const { changes, reasons } = mainModification(cfg, obs, g, names, plan);
  const after = [...logDeliveryLevels(gc), ...tlsLevels(gc), ...tokenLevels(gc)];
  if (desired < current) {
    after.push([
      {
        kind: 'decrease-replicas',
        newReplicaCount: desired - 1,
        reason: `num_cache_clusters ${current} → ${desired} (remove replicas last)`,
      },
    ]);
  }

  // With apply_immediately false, a later ApplyImmediately=true call would apply the deferred node
  // type / version at once; only then do they move to a call of their own at the very end.
  const main = after.flat().some(appliesImmediately)
    ? splitDeferred(cfg, changes, reasons)
    : { now: wholeModification(changes, reasons), later: undefined };
  const levels = [
    ...before,
    ...(main.now ? [[main.now]] : []),
    ...after,
    ...(main.later ? [[main.later]] : []),
  ];
  warnAboutPendingFlush(cfg, g, levels, plan);
  return levels;
}

/**
 * Log delivery changes need ApplyImmediately=true (AWS rule), so they go alone: a pending node
 * type or version change (apply_immediately: false) must not be applied by them.
 */
function logDeliveryLevels({ g, names }: GroupContext): Unleveled[][] {
  const logs = logDeliveryChanges(g, names);
  if (!logs.length) return [];
  return [
    [
      {
        kind: 'modify-replication-group',
        changes: { LogDeliveryConfigurations: logs, ApplyImmediately: true },
        // Stryker disable next-line OptionalChaining: desiredLogDelivery always sets DestinationDetails.
        reason: `log delivery → ${logs.map((l) => `${l.LogType} to ${l.DestinationDetails?.CloudWatchLogsDetails.LogGroup}`).join(', ')}`,
      },
    ],
  ];
}

/** A TLS-mode change on its own call (ApplyImmediately=true). */
function tlsStep(
  changes: { TransitEncryptionEnabled?: boolean; TransitEncryptionMode?: 'preferred' | 'required' },
  reason: string,
): Unleveled[] {
  return [{ kind: 'modify-replication-group', changes: { ...changes, ApplyImmediately: true }, reason }];
}

/**
 * TLS in two phases through `preferred`. Between them the group takes both redis:// and rediss://:
 * the new URLs are published there, so SSM never holds a URL the group refuses at that moment.
 */
function tlsLevels(gc: GroupContext): Unleveled[][] {
  const { cfg, obs, g, names, token } = gc;
  const mid = tlsMigrationPublish(cfg, obs, g, names, token);
  const midPublish: Unleveled[][] = mid ? [[mid]] : [];
  if (g.transitEncryptionEnabled !== cfg.transitEncryptionEnabled) {
    if (cfg.transitEncryptionEnabled) {
      return [
        tlsStep(
          { TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred' },
          'transit_encryption_enabled false → true, phase 1: TLS preferred (clients can move to rediss://)',
        ),
        ...midPublish,
        tlsStep(
          { TransitEncryptionMode: 'required' },
          'transit_encryption_enabled false → true, phase 2: TLS required',
        ),
      ];
    }
    return [
      ...(g.transitEncryptionMode !== 'preferred'
        ? [
            tlsStep(
              { TransitEncryptionMode: 'preferred' },
              'transit_encryption_enabled true → false, phase 1: TLS preferred (clients can move to redis://)',
            ),
          ]
        : []),
      ...midPublish,
      tlsStep(
        { TransitEncryptionEnabled: false },
        'transit_encryption_enabled true → false, phase 2: TLS off',
      ),
    ];
  }
  if (cfg.transitEncryptionEnabled && g.transitEncryptionMode === 'preferred') {
    return [
      ...midPublish,
      tlsStep(
        { TransitEncryptionMode: 'required' },
        'transit encryption mode preferred → required (finish the TLS migration)',
      ),
    ];
  }
  return [];
}

/**
 * A token change: ROTATE (old and new valid) → publish the URLs and AUTH_TOKEN while both work →
 * SET (only the new one) → delete the pending parameter. A resumed change skips what is done.
 */
function tokenLevels(gc: GroupContext): Unleveled[][] {
  const { cfg, obs, g, names, token } = gc;
  if (!token.rotate) return [];
  const levels: Unleveled[][] = [];
  if (!token.rotated) {
    levels.push([
      {
        kind: 'auth-token',
        strategy: 'ROTATE',
        mark: names.ssm.authTokenPending,
        reason: `${token.reason}: ROTATE (old and new token both valid)`,
      },
    ]);
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
  if (moveOver.length) levels.push(moveOver);
  levels.push([
    {
      kind: 'auth-token',
      strategy: 'SET',
      ...(token.rotated ? { resumed: true } : {}),
      reason: `${token.rotated ? `${token.reason}: ` : ''}keep only the new AUTH token: SET`,
    },
  ]);
  levels.push([
    {
      kind: 'delete-ssm-parameter',
      parameterName: names.ssm.authTokenPending,
      reason: `the token change is complete: delete ${names.ssm.authTokenPending}`,
    },
  ]);
  return levels;
}

/**
 * What AWS already holds for the maintenance window (whatever its value) goes out with any
 * ApplyImmediately=true call of this run: say so.
 */
function warnAboutPendingFlush(cfg: Config, g: ObservedGroup, levels: Unleveled[][], plan: Plan): void {
  if (cfg.applyImmediately || !levels.flat().some(appliesImmediately)) return;
  const held = pendingOnMembers(g);
  if (held.length) {
    plan.warnings.push(
      `This run makes changes AWS only accepts with ApplyImmediately=true, which also applies what is pending for the maintenance window now: ${held.join('; ')}.`,
    );
  }
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

export function logDeliveryChanges(g: ObservedGroup, names: ResourceNames): LogDeliveryRequest[] {
  return desiredLogDelivery(names).filter((want) => {
    const have = g.logDelivery.find((l) => l.logType === want.LogType);
    return (
      !have ||
      have.destinationType !== 'cloudwatch-logs' ||
      // Stryker disable next-line OptionalChaining: desiredLogDelivery always sets DestinationDetails.
      have.logGroup !== want.DestinationDetails?.CloudWatchLogsDetails.LogGroup ||
      have.logFormat !== 'json' ||
      have.status === 'disabling'
    );
  });
}
