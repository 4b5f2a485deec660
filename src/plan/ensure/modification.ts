// The main ModifyReplicationGroup call: every field that differs, with a reason per field, and its
// split when apply_immediately is false.

import type { ApplyConfig as Config } from '../../config/types.js';
import type { Observed, ObservedGroup } from '../../observe/types.js';
import type { ResourceNames } from '../../domain/names.js';
import { compareVersions } from '../../domain/engine.js';
import { sameSet } from '../../domain/sets.js';
import {
  MANAGED_SECURITY_GROUP,
  type Plan,
  type ReplicationGroupModification,
  type Unleveled,
} from '../steps.js';
/** A reason of the main modification, with the field it is about (so the split can move it). */
export interface FieldReason {
  field: keyof ReplicationGroupModification;
  text: string;
}

export function wholeModification(
  changes: ReplicationGroupModification,
  reasons: FieldReason[],
): Unleveled | undefined {
  return reasons.length
    ? { kind: 'modify-replication-group', changes, reason: reasons.map((r) => r.text).join('; ') }
    : undefined;
}

/** The main modification under construction: the changes and, per field, why. */
interface Builder {
  c: ReplicationGroupModification;
  because: (field: keyof ReplicationGroupModification, text: string) => void;
}

export function mainModification(
  cfg: Config,
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  plan: Plan,
): { changes: ReplicationGroupModification; reasons: FieldReason[] } {
  const c: ReplicationGroupModification = {};
  const reasons: FieldReason[] = [];
  const m: Builder = { c, because: (field, text) => reasons.push({ field, text }) };
  const upgradePending = versionedChanges(m, cfg, g, plan);
  availabilityChanges(m, cfg, g);
  backupChanges(m, cfg, g);
  placementChanges(m, cfg, obs, g, names, upgradePending);
  maintenanceChanges(m, cfg, g);
  // Stryker disable next-line ConditionalExpression: without reasons the modification is dropped whole (wholeModification).
  if (reasons.length) c.ApplyImmediately = cfg.applyImmediately;
  return { changes: c, reasons };
}

/**
 * Node type and engine version: with apply_immediately false AWS leaves them pending for the
 * maintenance window; a pending value equal to the input is reported, never re-issued (with
 * apply_immediately true it is re-issued, which applies it now). Returns whether an upgrade to the
 * input's version is already pending (it holds back the parameter-group switch that goes with it).
 */
function versionedChanges({ c, because }: Builder, cfg: Config, g: ObservedGroup, plan: Plan): boolean {
  const member = g.members[0];
  const window = g.maintenanceWindow ?? 'unknown';
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
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the input is major.minor only, so a full compare is never > 0 when major.minor is equal.
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

  return upgradePending;
}

/** Automatic failover and Multi-AZ. */
function availabilityChanges({ c, because }: Builder, cfg: Config, g: ObservedGroup): void {
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
}

/** Automatic backups: retention (and the member that takes them when they start) and window. */
function backupChanges({ c, because }: Builder, cfg: Config, g: ObservedGroup): void {
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
}

/** Maintenance window, security groups, notifications and the parameter group. */
function placementChanges(
  { c, because }: Builder,
  cfg: Config,
  obs: Observed,
  g: ObservedGroup,
  names: ResourceNames,
  upgradePending: boolean,
): void {
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
}

/**
 * auto_minor_version_upgrade, ip_discovery (network_type is create-only: see checks.ts), and description when the input sets it (empty leaves an existing
 * group's own description alone, so an adopted group is not rewritten).
 */
function maintenanceChanges({ c, because }: Builder, cfg: Config, g: ObservedGroup): void {
  if (g.autoMinorVersionUpgrade !== undefined && g.autoMinorVersionUpgrade !== cfg.autoMinorVersionUpgrade) {
    c.AutoMinorVersionUpgrade = cfg.autoMinorVersionUpgrade;
    because(
      'AutoMinorVersionUpgrade',
      `auto_minor_version_upgrade ${g.autoMinorVersionUpgrade} → ${cfg.autoMinorVersionUpgrade}`,
    );
  }
  if (g.ipDiscovery !== undefined && g.ipDiscovery !== cfg.ipDiscovery) {
    c.IpDiscovery = cfg.ipDiscovery;
    because('IpDiscovery', `ip_discovery ${g.ipDiscovery} → ${cfg.ipDiscovery}`);
  }
  if (cfg.description !== undefined && g.description !== cfg.description) {
    c.ReplicationGroupDescription = cfg.description;
    because(
      'ReplicationGroupDescription',
      `description ${JSON.stringify(g.description ?? '')} → ${JSON.stringify(cfg.description)}`,
    );
  }
}

/** The fields AWS leaves for the maintenance window when ApplyImmediately is false. */
const DEFERRABLE = ['CacheNodeType', 'Engine', 'EngineVersion', 'CacheParameterGroupName'] as const;

/**
 * With apply_immediately false, split the main modification: what AWS applies at once stays in
 * place; node type / engine / version (and the parameter group that goes with a version) move to
 * a call of their own at the very end, because any later call with ApplyImmediately=true would
 * apply "the modifications in this request and any pending modifications".
 */
export function splitDeferred(
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
