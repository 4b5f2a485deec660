// Planner behaviours that mutation testing (npm run mutation) found unpinned: the exact content of
// the ModifyReplicationGroup calls, the apply_immediately split, the TLS phases and the token steps.

import { describe, expect, it } from 'vitest';
import { planApply } from '../src/plan/ensure/index.js';
import { authTokenState, groupRotatedSince } from '../src/plan/ensure/auth-token.js';
import { resourceNames } from '../src/domain/names.js';
import type { Observed, ObservedGroup } from '../src/observe/types.js';
import { MANAGED_SECURITY_GROUP, type Step } from '../src/plan/steps.js';
import { config, converged, tagsFor, TOPIC } from './support/config.js';

type Cfg = ReturnType<typeof config>;
const plan = (cfg: Cfg, obs: Observed) => planApply(cfg, obs, { tags: tagsFor(cfg) });

/** The converged state of `cfg`, with the group changed by `edit`. */
function drifted(cfg: Cfg, edit: (g: ObservedGroup, o: Observed) => void): Observed {
  const o = converged(cfg);
  edit(o.group!, o);
  return o;
}

const modifies = (steps: Step[]) =>
  steps.filter(
    (s): s is Extract<Step, { kind: 'modify-replication-group' }> => s.kind === 'modify-replication-group',
  );

/** One member fewer than the input asks for: the plan adds a replica. */
function dropMember(g: ObservedGroup): void {
  g.memberClusters.pop();
  g.members.pop();
}

/** One member more than the input asks for: the plan removes a replica. */
function addMember(g: ObservedGroup): void {
  g.memberClusters.push('shop-cache-003');
  g.members.push({
    id: 'shop-cache-003',
    status: 'available',
    role: 'replica',
    pendingNodeType: undefined,
    pendingEngineVersion: undefined,
  });
}

const kindsAndLevels = (steps: Step[]) => steps.map((s) => [s.kind, s.level]);

describe('apply_immediately: the split of the main modification', () => {
  it('false: a replica added with a node type change: the replicas first, then one call that leaves the node type pending', () => {
    const cfg = config({ apply_immediately: 'false', num_cache_clusters: '3', node_type: 'cache.t4g.small' });
    const obs = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      g.snapshotWindow = '01:00-02:00';
      dropMember(g);
    });
    const p = plan(cfg, obs);
    expect(p.refusals).toEqual([]);
    const rg = p.steps.filter((s) => s.kind !== 'wait-available' && s.kind !== 'publish-ssm');
    expect(rg.map((s) => s.kind)).toEqual(['increase-replicas', 'modify-replication-group']);
    expect(rg[0]).toMatchObject({
      newReplicaCount: 2,
      reason: 'num_cache_clusters 2 → 3 (add 1 replica first)',
    });
    expect(rg[1]!.level).toBeGreaterThan(rg[0]!.level);
    expect(modifies(p.steps)[0]!.changes).toEqual({
      CacheNodeType: 'cache.t4g.small',
      SnapshotWindow: cfg.snapshotWindow,
      ApplyImmediately: false,
    });
  });

  it('false: replicas removed with a node type change: the immediate half first, the node type last of all', () => {
    const cfg = config({ apply_immediately: 'false', num_cache_clusters: '2', node_type: 'cache.t4g.small' });
    const obs = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      g.snapshotWindow = '01:00-02:00';
      addMember(g);
    });
    const p = plan(cfg, obs);
    const rg = p.steps.filter((s) => s.kind !== 'wait-available' && s.kind !== 'publish-ssm');
    expect(rg.map((s) => s.kind)).toEqual([
      'modify-replication-group',
      'decrease-replicas',
      'modify-replication-group',
    ]);
    const [now, later] = modifies(p.steps);
    // The immediate half is kept, without the node type, with apply_immediately false.
    expect(now!.changes).toEqual({ SnapshotWindow: cfg.snapshotWindow, ApplyImmediately: false });
    expect(now!.reason).toBe(`snapshot_window 01:00-02:00 → ${cfg.snapshotWindow}`);
    expect(later!.changes).toEqual({ CacheNodeType: 'cache.t4g.small', ApplyImmediately: false });
    expect(later!.reason).toBe(
      'node_type cache.t4g.micro → cache.t4g.small (left for the maintenance window: apply_immediately is false)',
    );
    expect(rg[1]).toMatchObject({
      newReplicaCount: 1,
      reason: 'num_cache_clusters 3 → 2 (remove replicas last)',
    });
    expect(later!.level).toBeGreaterThan(rg[1]!.level);
    expect(rg[1]!.level).toBeGreaterThan(now!.level);
  });

  it('false: the node type goes after the replicas are removed', () => {
    const cfg = config({ apply_immediately: 'false', num_cache_clusters: '2', node_type: 'cache.t4g.small' });
    const obs = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      addMember(g);
    });
    const p = plan(cfg, obs);
    const order = p.steps.map((s) => s.kind).filter((k) => k !== 'wait-available' && k !== 'publish-ssm');
    expect(order).toEqual(['decrease-replicas', 'modify-replication-group']);
    const dec = p.steps.find((s) => s.kind === 'decrease-replicas')!;
    expect(dec).toMatchObject({ newReplicaCount: 1 });
    const [later] = modifies(p.steps);
    expect(later!.level).toBeGreaterThan(dec.level);
    expect(later!.changes).toEqual({ CacheNodeType: 'cache.t4g.small', ApplyImmediately: false });
  });

  it('false: the node type goes after the AUTH token steps', () => {
    const cfg = config({
      apply_immediately: 'false',
      auth_token_enabled: 'true',
      node_type: 'cache.t4g.small',
    });
    const obs = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      g.authTokenEnabled = false;
    });
    const p = plan(cfg, obs);
    const m = modifies(p.steps);
    const last = m[m.length - 1]!;
    expect(last.changes).toEqual({ CacheNodeType: 'cache.t4g.small', ApplyImmediately: false });
    const tokenLevels = p.steps.filter((s) => s.kind === 'auth-token').map((s) => s.level);
    expect(tokenLevels).toHaveLength(2);
    expect(last.level).toBeGreaterThan(Math.max(...tokenLevels));
  });

  it('false: without any immediate step the whole modification is one call', () => {
    const cfg = config({ apply_immediately: 'false', node_type: 'cache.t4g.small' });
    const obs = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      g.snapshotWindow = '01:00-02:00';
    });
    const m = modifies(plan(cfg, obs).steps);
    expect(m).toHaveLength(1);
    expect(m[0]!.changes).toEqual({
      CacheNodeType: 'cache.t4g.small',
      SnapshotWindow: cfg.snapshotWindow,
      ApplyImmediately: false,
    });
  });

  it('true: the node type is never deferred, even with replicas added', () => {
    const cfg = config({ apply_immediately: 'true', num_cache_clusters: '3', node_type: 'cache.t4g.small' });
    const obs = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      g.snapshotWindow = '01:00-02:00';
      dropMember(g);
    });
    const p = plan(cfg, obs);
    const m = modifies(p.steps);
    expect(m).toHaveLength(1);
    expect(m[0]!.changes).toEqual({
      CacheNodeType: 'cache.t4g.small',
      SnapshotWindow: cfg.snapshotWindow,
      ApplyImmediately: true,
    });
    expect(p.warnings.join('\n')).not.toMatch(/pending for the maintenance window now/);
  });

  it('true: a node type already pending is re-issued (applied now), not reported as pending', () => {
    const cfg = config({ apply_immediately: 'true', node_type: 'cache.t4g.small' });
    const obs = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      g.members[0]!.pendingNodeType = 'cache.t4g.small';
    });
    const p = plan(cfg, obs);
    expect(modifies(p.steps)[0]!.changes).toMatchObject({ CacheNodeType: 'cache.t4g.small' });
    expect(p.pending).toEqual([]);
  });

  it('false: a node type pending with the input value is reported, not re-issued; another pending value is re-issued', () => {
    const cfg = config({ apply_immediately: 'false', node_type: 'cache.t4g.small' });
    const same = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      g.members[0]!.pendingNodeType = 'cache.t4g.small';
    });
    const p = plan(cfg, same);
    expect(modifies(p.steps)).toEqual([]);
    expect(p.pending).toEqual([
      `node_type cache.t4g.micro → cache.t4g.small is pending for the maintenance window (${cfg.maintenanceWindow})`,
    ]);
    const other = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      g.members[0]!.pendingNodeType = 'cache.t4g.medium';
    });
    const q = plan(cfg, other);
    expect(q.pending).toEqual([]);
    expect(modifies(q.steps)[0]!.changes).toEqual({
      CacheNodeType: 'cache.t4g.small',
      ApplyImmediately: false,
    });
  });

  it('false: a pending engine version other than the input is not "already pending"', () => {
    const cfg = config({ apply_immediately: 'false', engine_version: '7.1' });
    const obs = drifted(cfg, (g) => {
      g.engineVersion = '7.0.7';
      g.members[0]!.pendingEngineVersion = '7.2.4';
    });
    const p = plan(cfg, obs);
    expect(p.pending).toEqual([]);
    const [m] = modifies(p.steps);
    expect(m!.changes).toMatchObject({ EngineVersion: '7.1', ApplyImmediately: false });
  });

  it('false: a pending engine version equal to the input holds back the version and the parameter group', () => {
    const cfg = config({ apply_immediately: 'false', engine_version: '7.1' });
    const obs = drifted(cfg, (g) => {
      g.engineVersion = '7.0.7';
      g.members[0]!.pendingEngineVersion = '7.1.0';
      g.parameterGroupName = 'default.redis7';
    });
    const p = plan(cfg, obs);
    expect(modifies(p.steps)).toEqual([]);
    expect(p.pending).toEqual([
      `engine_version 7.0.7 → 7.1 is pending for the maintenance window (${cfg.maintenanceWindow})`,
    ]);
  });

  it('false: a version upgrade split off takes its parameter group along; a parameter group alone stays immediate', () => {
    const cfg = config({ apply_immediately: 'false', engine_version: '7.1', num_cache_clusters: '3' });
    const obs = drifted(cfg, (g) => {
      g.engineVersion = '7.0.7';
      g.parameterGroupName = 'default.redis7';
      dropMember(g);
    });
    const m = modifies(plan(cfg, obs).steps);
    expect(m).toHaveLength(1);
    expect(m[0]!.changes).toEqual({
      EngineVersion: '7.1',
      CacheParameterGroupName: 'shop-cache-redis7',
      ApplyImmediately: false,
    });
    const pgOnly = drifted(cfg, (g) => {
      g.parameterGroupName = 'default.redis7';
    });
    const n = modifies(plan(cfg, pgOnly).steps);
    expect(n).toHaveLength(1);
    expect(n[0]!.changes).toEqual({ CacheParameterGroupName: 'shop-cache-redis7', ApplyImmediately: false });
  });

  it('an engine change (redis → valkey) sends Engine and EngineVersion', () => {
    const cfg = config({ engine: 'valkey', engine_version: '8.0' });
    const obs = drifted(cfg, (g) => {
      g.engine = 'redis';
      g.engineVersion = '7.1.0';
    });
    const [m] = modifies(plan(cfg, obs).steps);
    expect(m!.changes).toMatchObject({ Engine: 'valkey', EngineVersion: '8.0' });
    expect(m!.reason).toContain('engine redis → valkey');
  });

  it('warns that an immediate call flushes what the members hold for the maintenance window', () => {
    const cfg = config({ apply_immediately: 'false', num_cache_clusters: '3' });
    const obs = drifted(cfg, (g) => {
      g.members[0]!.pendingNodeType = 'cache.t4g.medium';
      g.members[1]!.pendingEngineVersion = '7.2.4';
      g.logDelivery[0]!.logFormat = 'text';
    });
    const p = plan(cfg, obs);
    expect(p.warnings.join('\n')).toContain(
      `pending for the maintenance window now: node_type cache.t4g.micro → cache.t4g.medium; engine_version ${obs.group!.engineVersion} → 7.2.4.`,
    );
    // No immediate call: no warning.
    const quiet = drifted(config({ apply_immediately: 'false' }), (g) => {
      g.members[0]!.pendingNodeType = 'cache.t4g.medium';
    });
    expect(plan(config({ apply_immediately: 'false' }), quiet).warnings.join('\n')).not.toMatch(
      /pending for the maintenance window now/,
    );
  });
});

describe('drift of the group settings: the exact change', () => {
  it('snapshot_window drift is corrected', () => {
    const cfg = config({ snapshot_window: '03:00-04:00' });
    const [m] = modifies(
      plan(
        cfg,
        drifted(cfg, (g) => (g.snapshotWindow = '05:00-06:00')),
      ).steps,
    );
    expect(m!.changes).toEqual({ SnapshotWindow: '03:00-04:00', ApplyImmediately: true });
    expect(m!.reason).toBe('snapshot_window 05:00-06:00 → 03:00-04:00');
  });

  it('backups turned on name the first member as the snapshotting cluster; a retention change alone does not', () => {
    const cfg = config({ snapshot_retention_limit: '7' });
    const off = drifted(cfg, (g) => (g.snapshotRetentionLimit = 0));
    expect(modifies(plan(cfg, off).steps)[0]!.changes).toEqual({
      SnapshotRetentionLimit: 7,
      SnapshottingClusterId: 'shop-cache-001',
      ApplyImmediately: true,
    });
    const unset = drifted(cfg, (g) => (g.snapshotRetentionLimit = undefined));
    expect(modifies(plan(cfg, unset).steps)[0]!.changes).toMatchObject({
      SnapshottingClusterId: 'shop-cache-001',
    });
    const other = drifted(cfg, (g) => (g.snapshotRetentionLimit = 3));
    expect(modifies(plan(cfg, other).steps)[0]!.changes).toEqual({
      SnapshotRetentionLimit: 7,
      ApplyImmediately: true,
    });
    const off0 = config({ snapshot_retention_limit: '0' });
    expect(
      modifies(
        plan(
          off0,
          drifted(off0, (g) => (g.snapshotRetentionLimit = 5)),
        ).steps,
      )[0]!.changes,
    ).toEqual({
      SnapshotRetentionLimit: 0,
      ApplyImmediately: true,
    });
  });

  it('failover and Multi-AZ: "enabling" counts as on, anything else as off', () => {
    const cfg = config({ automatic_failover_enabled: 'true', multi_az_enabled: 'true' });
    expect(
      modifies(
        plan(
          cfg,
          drifted(cfg, (g) => (g.automaticFailover = 'enabling')),
        ).steps,
      ),
    ).toEqual([]);
    const [m] = modifies(
      plan(
        cfg,
        drifted(cfg, (g) => {
          g.automaticFailover = 'disabling';
          g.multiAz = 'disabled';
        }),
      ).steps,
    );
    expect(m!.changes).toEqual({
      AutomaticFailoverEnabled: true,
      MultiAZEnabled: true,
      ApplyImmediately: true,
    });
  });

  it('the maintenance window compares case-insensitively', () => {
    const cfg = config();
    const upper = drifted(cfg, (g) => (g.maintenanceWindow = cfg.maintenanceWindow.toUpperCase()));
    expect(modifies(plan(cfg, upper).steps)).toEqual([]);
    const other = drifted(cfg, (g) => (g.maintenanceWindow = undefined));
    expect(modifies(plan(cfg, other).steps)[0]!.changes).toEqual({
      PreferredMaintenanceWindow: cfg.maintenanceWindow,
      ApplyImmediately: true,
    });
  });

  it('security groups: the managed one first, then the extra ones', () => {
    const cfg = config();
    const obs = drifted(cfg, (g) => (g.securityGroupIds = ['sg-0bbbbbbbbbbbbbbb2']));
    const [m] = modifies(plan(cfg, obs).steps);
    expect(m!.changes).toEqual({
      SecurityGroupIds: ['sg-0aaaaaaaaaaaaaaa1', ...cfg.securityGroupIds],
      ApplyImmediately: true,
    });
    // The same set in another order is no change.
    const reordered = drifted(cfg, (g) => g.securityGroupIds.reverse());
    expect(modifies(plan(cfg, reordered).steps)).toEqual([]);
  });

  it('notification topic: set sends the ARN and active; removed sends inactive only', () => {
    const withTopic = config({ notification_topic_arn: TOPIC });
    const [on] = modifies(
      plan(
        withTopic,
        drifted(withTopic, (g) => (g.notificationTopicArn = undefined)),
      ).steps,
    );
    expect(on!.changes).toEqual({
      NotificationTopicArn: TOPIC,
      NotificationTopicStatus: 'active',
      ApplyImmediately: true,
    });
    const without = config();
    const [off] = modifies(
      plan(
        without,
        drifted(without, (g) => (g.notificationTopicArn = TOPIC)),
      ).steps,
    );
    expect(off!.changes).toEqual({ NotificationTopicStatus: 'inactive', ApplyImmediately: true });
  });

  it('log delivery: each mismatch of a delivery is corrected with its own immediate call', () => {
    const cfg = config();
    const cases: Array<(l: Observed['group'] & object) => void> = [
      (g) => (g.logDelivery[0]!.destinationType = 'kinesis-firehose'),
      (g) => (g.logDelivery[0]!.logGroup = 'other'),
      (g) => (g.logDelivery[0]!.logFormat = 'text'),
      (g) => (g.logDelivery[0]!.status = 'disabling'),
      (g) => g.logDelivery.splice(0, 1),
    ];
    for (const edit of cases) {
      const m = modifies(plan(cfg, drifted(cfg, edit)).steps);
      expect(m).toHaveLength(1);
      expect(m[0]!.changes.ApplyImmediately).toBe(true);
      expect(m[0]!.changes.LogDeliveryConfigurations).toHaveLength(1);
    }
    const ok = drifted(cfg, (g) => (g.logDelivery[0]!.status = 'enabling'));
    expect(modifies(plan(cfg, ok).steps)).toEqual([]);
  });
});

describe('TLS migration: the content of each phase', () => {
  it('false → true: phase 1 preferred, publish, phase 2 required', () => {
    const cfg = config({ transit_encryption_enabled: 'true' });
    // What a plain-text group publishes: redis:// URLs.
    const obs = converged(config({ transit_encryption_enabled: 'false' }));
    const p = plan(cfg, obs);
    const m = modifies(p.steps);
    expect(m.map((s) => s.changes)).toEqual([
      { TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred', ApplyImmediately: true },
      { TransitEncryptionMode: 'required', ApplyImmediately: true },
    ]);
    const publish = p.steps.filter((s) => s.kind === 'publish-ssm');
    expect(publish.length).toBeGreaterThanOrEqual(1);
    expect(publish[0]!.level).toBeGreaterThan(m[0]!.level);
    expect(publish[0]!.level).toBeLessThan(m[1]!.level);
  });

  it('true → false: phase 1 preferred, then TLS off; no phase 1 when the group is already preferred', () => {
    const cfg = config({ transit_encryption_enabled: 'false' });
    const required = drifted(cfg, (g) => {
      g.transitEncryptionEnabled = true;
      g.transitEncryptionMode = 'required';
    });
    expect(modifies(plan(cfg, required).steps).map((s) => s.changes)).toEqual([
      { TransitEncryptionMode: 'preferred', ApplyImmediately: true },
      { TransitEncryptionEnabled: false, ApplyImmediately: true },
    ]);
    const preferred = drifted(cfg, (g) => {
      g.transitEncryptionEnabled = true;
      g.transitEncryptionMode = 'preferred';
    });
    expect(modifies(plan(cfg, preferred).steps).map((s) => s.changes)).toEqual([
      { TransitEncryptionEnabled: false, ApplyImmediately: true },
    ]);
  });

  it('on, but left in preferred: finish with required only', () => {
    const cfg = config({ transit_encryption_enabled: 'true' });
    const obs = drifted(cfg, (g) => (g.transitEncryptionMode = 'preferred'));
    const m = modifies(plan(cfg, obs).steps);
    expect(m.map((s) => s.changes)).toEqual([{ TransitEncryptionMode: 'required', ApplyImmediately: true }]);
    expect(m[0]!.reason).toBe('transit encryption mode preferred → required (finish the TLS migration)');
  });
});

describe('AUTH token steps', () => {
  it('enabling AUTH on a group: store pending, ROTATE, publish and store, SET, delete pending', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const obs = drifted(cfg, (g) => (g.authTokenEnabled = false));
    delete obs.ssm['/django-redis-action/shop-cache/AUTH_TOKEN'];
    const p = plan(cfg, obs);
    const seq = p.steps.filter((s) => s.kind !== 'wait-available');
    expect(seq.map((s) => s.kind)).toEqual([
      'store-auth-token',
      'auth-token',
      'publish-ssm',
      'store-auth-token',
      'auth-token',
      'delete-ssm-parameter',
    ]);
    expect(seq[0]).toMatchObject({
      generate: true,
      parameterName: '/django-redis-action/shop-cache/AUTH_TOKEN_PENDING',
    });
    expect(seq[1]).toMatchObject({
      strategy: 'ROTATE',
      mark: '/django-redis-action/shop-cache/AUTH_TOKEN_PENDING',
    });
    expect(seq[3]).toMatchObject({
      generate: false,
      parameterName: '/django-redis-action/shop-cache/AUTH_TOKEN',
    });
    expect(seq[4]).toMatchObject({ strategy: 'SET' });
    expect(seq[4]).not.toHaveProperty('resumed');
    expect(seq[5]).toMatchObject({ parameterName: '/django-redis-action/shop-cache/AUTH_TOKEN_PENDING' });
    expect(seq[2]!.level).toBe(seq[3]!.level);
  });

  it('an unchanged stored token is not rewritten and no token step is planned', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const p = plan(cfg, converged(cfg));
    expect(p.steps.filter((s) => s.kind === 'store-auth-token' || s.kind === 'auth-token')).toEqual([]);
  });

  it('resuming after ROTATE with AUTH_TOKEN already written: only SET (resumed) and the cleanup', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const obs = converged(cfg, 'N'.repeat(64));
    obs.ssm['/django-redis-action/shop-cache/AUTH_TOKEN_PENDING'] = {
      value: 'N'.repeat(64),
      type: 'SecureString',
    };
    const p = plan(cfg, obs);
    const seq = p.steps.filter((s) => s.kind !== 'wait-available');
    expect(kindsAndLevels(seq).map(([k]) => k)).toEqual(['auth-token', 'delete-ssm-parameter']);
    expect(seq[0]).toMatchObject({ strategy: 'SET', resumed: true });
  });
});

describe('replica counts and log delivery: the exact steps', () => {
  it('two replicas added say so in the plural', () => {
    const cfg = config({ num_cache_clusters: '4' });
    const obs = drifted(cfg, (g) => {
      dropMember(g);
      dropMember(g);
    });
    expect(plan(cfg, obs).steps[0]).toMatchObject({
      kind: 'increase-replicas',
      newReplicaCount: 3,
      reason: 'num_cache_clusters 2 → 4 (add 2 replicas first)',
    });
  });

  it('a log delivery change names each log type and its log group', () => {
    const cfg = config();
    const obs = drifted(cfg, (g) => (g.logDelivery = []));
    const [m] = modifies(plan(cfg, obs).steps);
    expect(m!.reason).toBe(
      'log delivery → slow-log to /aws/elasticache/shop-cache/slow-log, engine-log to /aws/elasticache/shop-cache/engine-log',
    );
    expect(m!.changes.LogDeliveryConfigurations!.map((l) => l.LogType)).toEqual(['slow-log', 'engine-log']);
  });
});

describe('authTokenState: what the planner decides about the token', () => {
  const names = (cfg: Cfg) => resourceNames(cfg);
  const PENDING = '/django-redis-action/shop-cache/AUTH_TOKEN_PENDING';

  it('AUTH off: nothing to store, nothing to rotate', () => {
    const cfg = config();
    expect(authTokenState(cfg, converged(cfg), names(cfg), converged(cfg).group)).toStrictEqual({
      store: undefined,
      rotate: false,
      known: undefined,
      reason: '',
    });
  });

  it('a new group: the stored token is reused; none stored → generated; a left-over pending one is discarded', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const obs = converged(cfg, 'S'.repeat(64));
    const reuse = authTokenState(cfg, obs, names(cfg), undefined);
    expect(reuse).toMatchObject({
      store: undefined,
      rotate: false,
      known: 'S'.repeat(64),
      discard: undefined,
    });
    obs.ssm = { [PENDING]: { value: 'P'.repeat(64), type: 'SecureString' } };
    const fresh = authTokenState(cfg, obs, names(cfg), undefined);
    expect(fresh.rotate).toBe(false);
    expect(fresh.known).toBeUndefined();
    expect(fresh.store).toMatchObject({
      kind: 'store-auth-token',
      generate: true,
      parameterName: '/django-redis-action/shop-cache/AUTH_TOKEN',
    });
    expect(fresh.discard).toMatchObject({ kind: 'delete-ssm-parameter', parameterName: PENDING });
  });

  it('says why it rotates: enabling AUTH, rotation asked for, or no stored token', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const off = converged(cfg);
    off.group!.authTokenEnabled = false;
    expect(authTokenState(cfg, off, names(cfg), off.group).reason).toBe(
      'auth_token_enabled false → true: enable AUTH',
    );
    const unstored = converged(cfg);
    delete unstored.ssm['/django-redis-action/shop-cache/AUTH_TOKEN'];
    expect(authTokenState(cfg, unstored, names(cfg), unstored.group).reason).toBe(
      'the group has AUTH on but no token is stored in /django-redis-action/shop-cache/AUTH_TOKEN: rotate to a stored one',
    );
    const rot = config({ auth_token_enabled: 'true', auth_token_rotate: 'true' });
    const s = authTokenState(rot, converged(rot), names(rot), converged(rot).group);
    expect(s).toMatchObject({
      rotate: true,
      known: undefined,
      reason: 'auth_token_rotate: rotate to a new AUTH token',
    });
    expect(s.store).toMatchObject({ generate: true, parameterName: PENDING });
  });

  describe('resuming a token change (a pending token is stored)', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const resume = (edit: (o: Observed) => void) => {
      const o = converged(cfg, 'O'.repeat(64));
      o.ssm[PENDING] = { value: 'N'.repeat(64), type: 'SecureString' };
      edit(o);
      return authTokenState(cfg, o, names(cfg), o.group);
    };

    it('nothing says ROTATE happened: not rotated', () => {
      const s = resume((o) => {
        o.ssm[PENDING]!.version = 1;
        o.ssm[PENDING]!.lastModified = Date.UTC(2026, 5, 1);
      });
      expect(s).toMatchObject({ rotate: true, rotated: false, storedAlready: false, known: 'N'.repeat(64) });
      expect(resume(() => {})).toMatchObject({ rotated: false });
    });

    it('the pending parameter at version 2: rotated', () => {
      expect(resume((o) => (o.ssm[PENDING]!.version = 2))).toMatchObject({
        rotated: true,
        storedAlready: false,
      });
    });

    it('AUTH_TOKEN already equal to the pending token: rotated and stored', () => {
      const s = resume((o) => (o.ssm['/django-redis-action/shop-cache/AUTH_TOKEN']!.value = 'N'.repeat(64)));
      expect(s).toMatchObject({ rotated: true, storedAlready: true });
      expect(s.reason).toBe(
        `${PENDING} exists: an earlier run stopped during a token change after ROTATE; finish it`,
      );
    });

    it('the group says ROTATING, or its token changed after the pending one was stored: rotated', () => {
      expect(resume((o) => (o.group!.pendingAuthTokenStatus = 'ROTATING'))).toMatchObject({ rotated: true });
      expect(resume((o) => (o.group!.pendingAuthTokenStatus = 'SETTING'))).toMatchObject({ rotated: false });
      const at = (pendingStored: number | undefined, groupChanged: number | undefined) =>
        resume((o) => {
          o.ssm[PENDING]!.lastModified = pendingStored;
          o.group!.authTokenLastModified = groupChanged;
        }).rotated;
      expect(at(1000, 2000)).toBe(true);
      expect(at(2000, 2000)).toBe(false);
      expect(at(3000, 2000)).toBe(false);
      expect(at(undefined, 2000)).toBe(false);
      expect(at(1000, undefined)).toBe(false);
    });

    it('groupRotatedSince reads the group alone', () => {
      const g = converged(cfg).group!;
      expect(groupRotatedSince({ ...g, pendingAuthTokenStatus: 'ROTATING' }, undefined)).toBe(true);
      expect(groupRotatedSince({ ...g, authTokenLastModified: 5 }, 4)).toBe(true);
      expect(groupRotatedSince({ ...g, authTokenLastModified: 5 }, 5)).toBe(false);
    });
  });
});

describe('the main modification: edge cases of each field', () => {
  const laterOf = (p: ReturnType<typeof plan>) => modifies(p.steps);

  it('false: a version upgrade with replicas removed moves the version and its parameter group last, exactly', () => {
    const cfg = config({ apply_immediately: 'false', engine_version: '7.1' });
    const obs = drifted(cfg, (g) => {
      g.engineVersion = '7.0.7';
      g.parameterGroupName = 'default.redis7';
      g.snapshotWindow = '01:00-02:00';
      addMember(g);
    });
    const [now, later] = laterOf(plan(cfg, obs));
    expect(now!.changes).toStrictEqual({ SnapshotWindow: cfg.snapshotWindow, ApplyImmediately: false });
    expect(later!.changes).toStrictEqual({
      ApplyImmediately: false,
      EngineVersion: '7.1',
      CacheParameterGroupName: 'shop-cache-redis7',
    });
  });

  it('false: a node type split off leaves a parameter group switch (no version change) in the immediate half', () => {
    const cfg = config({ apply_immediately: 'false', node_type: 'cache.t4g.small' });
    const obs = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      g.parameterGroupName = 'default.redis7';
      addMember(g);
    });
    const [now, later] = laterOf(plan(cfg, obs));
    expect(now!.changes).toStrictEqual({
      CacheParameterGroupName: 'shop-cache-redis7',
      ApplyImmediately: false,
    });
    expect(later!.changes).toStrictEqual({ ApplyImmediately: false, CacheNodeType: 'cache.t4g.small' });
  });

  it('true: with replicas removed the node type still goes in the first call, applied now', () => {
    const cfg = config({ apply_immediately: 'true', node_type: 'cache.t4g.small' });
    const obs = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      addMember(g);
    });
    const p = plan(cfg, obs);
    const m = laterOf(p);
    expect(m).toHaveLength(1);
    expect(m[0]!.changes).toStrictEqual({ CacheNodeType: 'cache.t4g.small', ApplyImmediately: true });
    expect(m[0]!.level).toBeLessThan(p.steps.find((s) => s.kind === 'decrease-replicas')!.level);
  });

  it('true: an upgrade already pending with the input version is re-issued', () => {
    const cfg = config({ apply_immediately: 'true', engine_version: '7.1' });
    const obs = drifted(cfg, (g) => {
      g.engineVersion = '7.0.7';
      g.members[0]!.pendingEngineVersion = '7.1.0';
    });
    const p = plan(cfg, obs);
    expect(p.pending).toEqual([]);
    expect(laterOf(p)[0]!.changes).toMatchObject({ EngineVersion: '7.1' });
  });

  it('false: a pending patch of the input version counts as the pending upgrade', () => {
    const cfg = config({ apply_immediately: 'false', engine_version: '7.1' });
    const obs = drifted(cfg, (g) => {
      g.engineVersion = '7.0.7';
      g.members[0]!.pendingEngineVersion = '7.1.4';
    });
    const p = plan(cfg, obs);
    expect(laterOf(p)).toEqual([]);
    expect(p.pending).toHaveLength(1);
  });

  it('false: a pending version without any version change does not hold back the parameter group', () => {
    const cfg = config({ apply_immediately: 'false' });
    const obs = drifted(cfg, (g) => {
      g.members[0]!.pendingEngineVersion = g.engineVersion;
      g.parameterGroupName = 'default.redis7';
    });
    const p = plan(cfg, obs);
    expect(p.pending).toEqual([]);
    expect(laterOf(p)[0]!.changes).toStrictEqual({
      CacheParameterGroupName: 'shop-cache-redis7',
      ApplyImmediately: false,
    });
  });

  it('a group without members still gets its node type and version changes', () => {
    const cfg = config({ apply_immediately: 'false', node_type: 'cache.t4g.small', num_cache_clusters: '2' });
    const obs = drifted(cfg, (g) => {
      g.nodeType = 'cache.t4g.micro';
      g.engineVersion = '7.0.7';
      g.members = [];
    });
    expect(laterOf(plan(cfg, obs))[0]!.changes).toMatchObject({
      CacheNodeType: 'cache.t4g.small',
      EngineVersion: '7.1',
    });
  });

  it('an unknown engine or version (not reported) is not a change', () => {
    const cfg = config();
    const obs = drifted(cfg, (g) => {
      g.engine = undefined;
      g.engineVersion = undefined;
    });
    expect(laterOf(plan(cfg, obs))).toEqual([]);
  });

  it('failover and Multi-AZ each give their own reason', () => {
    const cfg = config();
    const [f] = laterOf(
      plan(
        cfg,
        drifted(cfg, (g) => (g.automaticFailover = 'disabled')),
      ),
    );
    expect(f!.reason).toBe('automatic_failover_enabled false → true');
    const [m] = laterOf(
      plan(
        cfg,
        drifted(cfg, (g) => (g.multiAz = 'disabled')),
      ),
    );
    expect(m!.reason).toBe('multi_az_enabled false → true');
    expect(m!.changes).toStrictEqual({ MultiAZEnabled: true, ApplyImmediately: true });
  });

  it('retention 0 is sent as 0 without a snapshotting cluster; unknown values read as (none) or 0', () => {
    const zero = config({ snapshot_retention_limit: '0' });
    const [r] = laterOf(
      plan(
        zero,
        drifted(zero, (g) => (g.snapshotRetentionLimit = undefined)),
      ),
    );
    expect(r!.changes).toStrictEqual({ SnapshotRetentionLimit: 0, ApplyImmediately: true });
    expect(r!.reason).toBe('snapshot_retention_limit 0 → 0');
    const cfg = config({ notification_topic_arn: TOPIC });
    const [n] = laterOf(
      plan(
        cfg,
        drifted(cfg, (g) => {
          g.maintenanceWindow = undefined;
          g.notificationTopicArn = undefined;
          g.parameterGroupName = undefined;
          g.securityGroupIds = [];
        }),
      ),
    );
    expect(n!.reason).toBe(
      [
        `maintenance_window (none) → ${cfg.maintenanceWindow}`,
        `security groups (none) → sg-0aaaaaaaaaaaaaaa1`,
        `notification_topic_arn (none) → ${TOPIC}`,
        'parameter group (none) → shop-cache-redis7',
      ].join('; '),
    );
    const off = config();
    const [t] = laterOf(
      plan(
        off,
        drifted(off, (g) => (g.notificationTopicArn = TOPIC)),
      ),
    );
    expect(t!.reason).toBe(`notification_topic_arn ${TOPIC} → (none)`);
  });

  it('security groups: the managed group is listed once; before it exists, its placeholder', () => {
    const cfg = config({ security_group_ids: 'sg-0aaaaaaaaaaaaaaa1,sg-0bbbbbbbbbbbbbbb2' });
    const [m] = laterOf(
      plan(
        cfg,
        drifted(cfg, (g) => (g.securityGroupIds = ['sg-0aaaaaaaaaaaaaaa1'])),
      ),
    );
    expect(m!.changes.SecurityGroupIds).toEqual(['sg-0aaaaaaaaaaaaaaa1', 'sg-0bbbbbbbbbbbbbbb2']);
    const plain = config();
    const obs = drifted(plain, (g, o) => {
      g.securityGroupIds = [];
      o.securityGroup = undefined;
    });
    expect(laterOf(plan(plain, obs))[0]!.changes.SecurityGroupIds).toEqual([MANAGED_SECURITY_GROUP]);
  });
});

describe('the flush warning and the levels of a resumed token change', () => {
  it('false: no immediate call in the plan, no warning; an added replica is one', () => {
    const cfg = config({ apply_immediately: 'false' });
    const held = (g: ObservedGroup) => (g.members[0]!.pendingNodeType = 'cache.t4g.medium');
    const quiet = plan(
      cfg,
      drifted(cfg, (g) => {
        held(g);
        g.snapshotWindow = '01:00-02:00';
      }),
    );
    expect(quiet.warnings.join('\n')).not.toMatch(/pending for the maintenance window now/);
    const more = config({ apply_immediately: 'false', num_cache_clusters: '3' });
    const grown = plan(
      more,
      drifted(more, (g) => {
        dropMember(g);
        held(g);
      }),
    );
    expect(grown.warnings.join('\n')).toContain('now: node_type cache.t4g.micro → cache.t4g.medium.');
    // An immediate call with nothing held: no warning either.
    const none = plan(more, drifted(more, dropMember));
    expect(none.warnings.join('\n')).not.toMatch(/pending for the maintenance window now/);
  });

  it('resumed with AUTH_TOKEN written: SET is the first level', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const obs = converged(cfg, 'N'.repeat(64));
    obs.ssm['/django-redis-action/shop-cache/AUTH_TOKEN_PENDING'] = {
      value: 'N'.repeat(64),
      type: 'SecureString',
    };
    const p = plan(cfg, obs);
    expect(p.steps[0]).toMatchObject({ kind: 'auth-token', strategy: 'SET', level: 0 });
  });
});
