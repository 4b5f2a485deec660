// ElastiCache snapshots: CreateSnapshot / DescribeSnapshots / DeleteSnapshot, the final snapshot of
// DeleteReplicationGroup, restores (CreateReplicationGroup with SnapshotName) and seeded snapshots.

import {
  CacheClusterNotFoundFault,
  type CreateSnapshotMessage,
  CreateSnapshotCommand,
  DeleteSnapshotCommand,
  DescribeSnapshotsCommand,
  InvalidCacheClusterStateFault,
  InvalidKMSKeyFault,
  InvalidReplicationGroupStateFault,
  InvalidSnapshotStateFault,
  type Snapshot,
  SnapshotAlreadyExistsFault,
  SnapshotNotFoundFault,
} from '@aws-sdk/client-elasticache';
import {
  ecArn,
  invalidCombination,
  invalidValue,
  requireReplicationGroup,
  validateIdentifier,
} from './elasticache-common.js';
import { tagOnCreate } from './elasticache-groups.js';
import { findVersion } from './engine.js';
import { ecError } from './errors.js';
import { resolveKmsKey } from './kms.js';
import { route, type RouteDef } from './router.js';
import { compact, fnv1a, pageSize, paginate, type TagRecord } from './util.js';
import type {
  Engine,
  FakeCacheCluster,
  FakeContext,
  FakeReplicationGroup,
  FakeSnapshot,
  SnapshotStatus,
} from './world.js';

const PAGE = { min: 20, max: 50, def: 50 };

/** Options of FakeCloud.seedSnapshot(). */
export interface SeedSnapshotOptions {
  /** Manual snapshot name; automated snapshots default to "automatic.<cluster>-<yyyy-mm-dd-hh-mm>". */
  name?: string;
  replicationGroupId: string;
  /** Default "manual". */
  source?: 'manual' | 'automated';
  /** When it was taken (default: now). */
  createTime?: Date | number;
  /** Default "available". */
  status?: SnapshotStatus;
  /** Member it was taken from (default: the group's snapshotting cluster, else its first replica). */
  cacheClusterId?: string;
  kmsKeyId?: string;
  tags?: TagRecord;
  /** Used when the group does not exist (a snapshot that outlived its group). */
  engine?: Engine;
  engineVersion?: string;
  cacheNodeType?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export class Snapshots {
  constructor(private readonly ctx: FakeContext) {}

  private get world() {
    return this.ctx.world;
  }

  arn(name: string): string {
    return ecArn(this.ctx, 'snapshot', name);
  }

  /** Snapshot names follow the replication group id rules (letters, digits, hyphens); stored lowercase. */
  validateName(name: string | undefined): string {
    if (name === undefined || name === '') throw invalidValue('The parameter SnapshotName must be provided.');
    return validateIdentifier('snapshot name', name, 255);
  }

  require(name: string | undefined): FakeSnapshot {
    const s = this.world.snapshots.get((name ?? '').toLowerCase());
    if (!s) throw ecError(SnapshotNotFoundFault, `Snapshot ${name ?? ''} not found.`);
    return s;
  }

  render(s: FakeSnapshot): Snapshot {
    const byCluster = s.cacheClusterId !== undefined;
    const first = s.nodes[0];
    return compact({
      SnapshotName: s.name,
      ReplicationGroupId: s.replicationGroupId,
      ReplicationGroupDescription: s.replicationGroupDescription,
      CacheClusterId: s.cacheClusterId,
      SnapshotStatus: s.status,
      SnapshotSource: s.source,
      CacheNodeType: s.cacheNodeType,
      Engine: s.engine,
      EngineVersion: s.engineVersion,
      NumCacheNodes: byCluster ? 1 : undefined,
      PreferredAvailabilityZone: byCluster ? first?.availabilityZone : undefined,
      CacheClusterCreateTime: byCluster ? first?.cacheNodeCreateTime : undefined,
      PreferredMaintenanceWindow: s.maintenanceWindow,
      TopicArn: s.topicArn,
      Port: s.port,
      CacheParameterGroupName: s.parameterGroupName,
      CacheSubnetGroupName: s.subnetGroupName,
      VpcId: s.vpcId,
      AutoMinorVersionUpgrade: s.autoMinorVersionUpgrade,
      SnapshotRetentionLimit: s.snapshotRetentionLimit,
      SnapshotWindow: s.snapshotWindow,
      NumNodeGroups: byCluster ? undefined : 1,
      AutomaticFailover: s.automaticFailover,
      NodeSnapshots: s.nodes.map((n) =>
        compact({
          CacheClusterId: n.cacheClusterId,
          NodeGroupId: byCluster ? undefined : '0001',
          CacheNodeId: n.cacheNodeId,
          CacheSize: n.cacheSize,
          CacheNodeCreateTime: n.cacheNodeCreateTime,
          SnapshotCreateTime: n.snapshotCreateTime,
        }),
      ),
      KmsKeyId: s.kmsKeyId,
      ARN: s.arn,
      DataTiering: s.dataTiering ? 'enabled' : 'disabled',
    } satisfies Snapshot);
  }

  /** The record of a snapshot of `rg` taken from member `m` (not stored). */
  private build(
    rg: FakeReplicationGroup,
    m: FakeCacheCluster | undefined,
    opts: {
      name: string;
      source: 'manual' | 'automated';
      byCluster: boolean;
      kmsKeyId: string | undefined;
      at: Date;
    },
  ): FakeSnapshot {
    const vpcId = this.world.subnetGroups.get(rg.subnetGroupName)?.vpcId ?? '';
    const clusterId = m?.id ?? `${rg.id}-001`;
    return {
      name: opts.name,
      arn: this.arn(opts.name),
      status: 'creating',
      source: opts.source,
      replicationGroupId: rg.id,
      replicationGroupDescription: rg.description,
      cacheClusterId: opts.byCluster ? clusterId : undefined,
      engine: rg.engine,
      engineVersion: rg.engineVersion,
      cacheNodeType: rg.cacheNodeType,
      port: rg.port,
      parameterGroupName: rg.parameterGroupName,
      subnetGroupName: rg.subnetGroupName,
      vpcId,
      kmsKeyId: opts.kmsKeyId ?? rg.kmsKeyId,
      automaticFailover: rg.automaticFailover === 'enabled' ? 'enabled' : 'disabled',
      snapshotRetentionLimit: rg.snapshotRetentionLimit,
      snapshotWindow: rg.snapshotWindow,
      maintenanceWindow: rg.maintenanceWindow,
      topicArn: rg.notification?.topicArn,
      autoMinorVersionUpgrade: rg.autoMinorVersionUpgrade,
      dataTiering: rg.dataTiering,
      nodes: [
        {
          cacheClusterId: clusterId,
          cacheNodeId: '0001',
          availabilityZone: m?.availabilityZone ?? `${this.ctx.region}a`,
          cacheNodeCreateTime: m?.createdAt ?? rg.createdAt,
          snapshotCreateTime: opts.at,
          cacheSize: `${5 + (fnv1a(opts.name) % 200)} MB`,
        },
      ],
      createdAt: opts.at,
      opToken: 0,
    };
  }

  /** Move a snapshot to `status`; later transitions scheduled for an older status become no-ops. */
  private setStatus(s: FakeSnapshot, status: SnapshotStatus): number {
    s.status = status;
    s.opToken += 1;
    return s.opToken;
  }

  private afterSnapshot(s: FakeSnapshot, delayMs: number, run: (at: number) => void): void {
    const token = s.opToken;
    this.ctx.clock.schedule(delayMs, (at) => {
      if (this.world.snapshots.get(s.name) === s && s.opToken === token) run(at);
    });
  }

  /**
   * Start taking a snapshot of `rg` from member `m`. With `markSource`, the group and the member are
   * `snapshotting` until it is available (a final snapshot leaves them `deleting`).
   */
  take(
    rg: FakeReplicationGroup,
    m: FakeCacheCluster | undefined,
    opts: { name: string; byCluster: boolean; kmsKeyId: string | undefined; markSource: boolean },
  ): FakeSnapshot {
    const s = this.build(rg, m, { ...opts, source: 'manual', at: this.ctx.now() });
    this.world.snapshots.set(s.name, s);
    if (opts.markSource) {
      rg.status = 'snapshotting';
      if (m) m.status = 'snapshotting';
    }
    this.afterSnapshot(s, this.ctx.durations.snapshotCreateMs, (at) => {
      this.setStatus(s, 'available');
      if (opts.markSource && this.world.replicationGroups.get(rg.id) === rg && rg.status === 'snapshotting') {
        rg.status = 'available';
        if (m && m.status === 'snapshotting') m.status = 'available';
      }
      this.ctx.emit(
        {
          SourceIdentifier: opts.byCluster && m ? m.id : rg.id,
          SourceType: opts.byCluster ? 'cache-cluster' : 'replication-group',
          Message: `Snapshot succeeded for snapshot with ID '${s.name}' of ${opts.byCluster && m ? `cache cluster with ID '${m.id}'` : `replication group with ID '${rg.id}'`}`,
        },
        at,
      );
    });
    return s;
  }

  /** Check a final snapshot can be taken under `name` before anything changes; returns the lowercase name. */
  checkFinal(name: string | undefined): string {
    const lower = this.validateName(name);
    this.ctx.authorize('elasticache', 'elasticache:CreateSnapshot', this.arn(lower));
    if (this.world.snapshots.has(lower))
      throw ecError(SnapshotAlreadyExistsFault, `Snapshot with name ${lower} already exists.`);
    return lower;
  }

  /** The snapshot a CreateReplicationGroup restores from; it must be `available`. */
  requireForRestore(name: string): FakeSnapshot {
    const s = this.require(name);
    if (s.status !== 'available')
      throw ecError(
        InvalidSnapshotStateFault,
        `Snapshot ${s.name} is in ${s.status} state and cannot be restored; it must be available.`,
      );
    return s;
  }

  startRestore(s: FakeSnapshot): void {
    this.setStatus(s, 'restoring');
  }

  finishRestore(name: string): void {
    const s = this.world.snapshots.get(name);
    if (s && s.status === 'restoring') this.setStatus(s, 'available');
  }

  /** AWS deletes a group's automatic backups together with the group. */
  dropAutomated(replicationGroupId: string): void {
    for (const s of [...this.world.snapshots.values()]) {
      if (s.source === 'automated' && s.replicationGroupId === replicationGroupId) {
        this.world.snapshots.delete(s.name);
        this.world.tags.delete(s.arn);
      }
    }
  }

  private validateKmsKey(keyId: string): void {
    const key = resolveKmsKey(this.ctx, keyId);
    if (!key || key.state !== 'Enabled')
      throw ecError(
        InvalidKMSKeyFault,
        `The KMS key ${keyId} is not valid: it does not exist or is not enabled.`,
      );
  }

  create(input: CreateSnapshotMessage): FakeSnapshot {
    const { world } = this;
    const name = this.validateName(input.SnapshotName);
    if (input.ReplicationGroupId !== undefined && input.CacheClusterId !== undefined)
      throw invalidCombination('Only one of CacheClusterId or ReplicationGroupId can be provided.');
    if (input.ReplicationGroupId === undefined && input.CacheClusterId === undefined)
      throw invalidCombination('Either CacheClusterId or ReplicationGroupId must be provided.');
    let rg: FakeReplicationGroup;
    let m: FakeCacheCluster | undefined;
    if (input.ReplicationGroupId !== undefined) {
      rg = requireReplicationGroup(this.ctx, input.ReplicationGroupId);
      // AWS takes a replication group's backup from a read replica when it has one.
      const sourceId = rg.snapshottingClusterId ?? rg.memberIds[1] ?? rg.memberIds[0];
      m = sourceId === undefined ? undefined : world.cacheClusters.get(sourceId);
    } else {
      m = world.cacheClusters.get(input.CacheClusterId!.toLowerCase());
      if (!m) throw ecError(CacheClusterNotFoundFault, `CacheCluster ${input.CacheClusterId} not found.`);
      rg = world.replicationGroups.get(m.replicationGroupId)!;
    }
    if (world.snapshots.has(name))
      throw ecError(SnapshotAlreadyExistsFault, `Snapshot with name ${name} already exists.`);
    if (input.ReplicationGroupId !== undefined) {
      if (rg.status !== 'available')
        throw ecError(
          InvalidReplicationGroupStateFault,
          `Replication group ${rg.id} has status ${rg.status} which is not valid for creating a snapshot.`,
        );
      if (!m || m.status !== 'available')
        throw ecError(
          InvalidReplicationGroupStateFault,
          `Replication group ${rg.id} has cache cluster ${m?.id ?? '(none)'} in state ${m?.status ?? 'missing'}.`,
        );
    } else if (m!.status !== 'available' || rg.status !== 'available') {
      throw ecError(
        InvalidCacheClusterStateFault,
        `Cache cluster ${m!.id} has status ${m!.status} which is not valid for creating a snapshot.`,
      );
    }
    if (input.KmsKeyId !== undefined) this.validateKmsKey(input.KmsKeyId);
    tagOnCreate(this.ctx, this.arn(name), input.Tags);
    return this.take(rg, m, {
      name,
      byCluster: input.CacheClusterId !== undefined,
      kmsKeyId: input.KmsKeyId,
      markSource: true,
    });
  }

  delete(name: string | undefined): FakeSnapshot {
    const s = this.require(name);
    if (s.status !== 'available')
      throw ecError(
        InvalidSnapshotStateFault,
        `Snapshot ${s.name} has status ${s.status} which is not valid for deletion.`,
      );
    this.setStatus(s, 'deleting');
    this.afterSnapshot(s, this.ctx.durations.snapshotDeleteMs, () => {
      this.world.snapshots.delete(s.name);
      this.world.tags.delete(s.arn);
    });
    return s;
  }

  /** A snapshot made directly (no call recorded), e.g. several of different ages for pruning tests. */
  seed(opts: SeedSnapshotOptions): Snapshot {
    const { world, ctx } = this;
    const at = new Date(opts.createTime ?? ctx.clock.now());
    const source = opts.source ?? 'manual';
    const rgId = opts.replicationGroupId.toLowerCase();
    const live = world.replicationGroups.get(rgId);
    const version =
      findVersion(opts.engine ?? 'redis', opts.engineVersion ?? '7.1')?.full ?? opts.engineVersion ?? '7.1.0';
    const rg: FakeReplicationGroup =
      live ??
      ({
        id: rgId,
        description: rgId,
        engine: opts.engine ?? 'redis',
        engineVersion: version,
        cacheNodeType: opts.cacheNodeType ?? 'cache.t4g.micro',
        port: 6379,
        parameterGroupName: `default.${(opts.engine ?? 'redis') === 'valkey' ? 'valkey8' : 'redis7'}`,
        subnetGroupName: rgId,
        kmsKeyId: undefined,
        automaticFailover: 'disabled',
        snapshotRetentionLimit: 0,
        snapshotWindow: '05:00-06:00',
        maintenanceWindow: 'sun:07:00-sun:08:00',
        notification: undefined,
        autoMinorVersionUpgrade: true,
        dataTiering: false,
        createdAt: at,
        memberIds: [],
      } as unknown as FakeReplicationGroup);
    const clusterId = (
      opts.cacheClusterId ??
      rg.snapshottingClusterId ??
      rg.memberIds[1] ??
      rg.memberIds[0] ??
      `${rgId}-001`
    ).toLowerCase();
    const stamp = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}-${pad(at.getUTCHours())}-${pad(at.getUTCMinutes())}`;
    const name =
      opts.name !== undefined
        ? source === 'automated'
          ? opts.name.toLowerCase()
          : this.validateName(opts.name)
        : source === 'automated'
          ? `automatic.${clusterId}-${stamp}`
          : this.validateName(`${rgId}-${stamp}`);
    if (world.snapshots.has(name)) throw new Error(`fake cloud: snapshot ${name} already exists`);
    const s = this.build(rg, world.cacheClusters.get(clusterId), {
      name,
      source,
      byCluster: source === 'automated' || opts.cacheClusterId !== undefined,
      kmsKeyId: opts.kmsKeyId,
      at,
    });
    s.status = opts.status ?? 'available';
    world.snapshots.set(s.name, s);
    if (opts.tags) ctx.setTags(s.arn, opts.tags);
    return this.render(s);
  }

  routes(): RouteDef[] {
    const { world } = this;
    return [
      route(CreateSnapshotCommand, (input) => ({ Snapshot: this.render(this.create(input)) })),

      route(DeleteSnapshotCommand, (input) => ({ Snapshot: this.render(this.delete(input.SnapshotName)) })),

      route(DescribeSnapshotsCommand, (input) => {
        const source = input.SnapshotSource;
        if (source !== undefined && source !== 'system' && source !== 'user')
          throw invalidValue(`Invalid value for SnapshotSource: ${source}. Valid values are system, user.`);
        const size = pageSize(input.MaxRecords, PAGE, invalidValue);
        const wantName = input.SnapshotName?.toLowerCase();
        const wantGroup = input.ReplicationGroupId?.toLowerCase();
        const wantCluster = input.CacheClusterId?.toLowerCase();
        if (wantName !== undefined) this.require(wantName);
        const all = [...world.snapshots.values()]
          .filter(
            (s) =>
              (wantName === undefined || s.name === wantName) &&
              (wantGroup === undefined || s.replicationGroupId === wantGroup) &&
              (wantCluster === undefined ||
                s.cacheClusterId === wantCluster ||
                s.nodes.some((n) => n.cacheClusterId === wantCluster)) &&
              (source === undefined || s.source === (source === 'system' ? 'automated' : 'manual')),
          )
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.name.localeCompare(b.name));
        if (wantCluster !== undefined && all.length === 0 && !world.cacheClusters.has(wantCluster))
          throw ecError(CacheClusterNotFoundFault, `CacheCluster ${input.CacheClusterId} not found.`);
        const page = paginate(all, size, input.Marker, invalidValue);
        return compact({ Snapshots: page.items.map((s) => this.render(s)), Marker: page.next });
      }),
    ];
  }
}
