// ElastiCache replication groups (cluster mode disabled): validation, the status state machine
// driven by the virtual clock, member clusters, endpoints and AUTH token semantics.

import {
  type CacheCluster,
  CacheClusterNotFoundFault,
  type CreateReplicationGroupMessage,
  CreateReplicationGroupCommand,
  DecreaseReplicaCountCommand,
  DeleteReplicationGroupCommand,
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  IncreaseReplicaCountCommand,
  InvalidCacheClusterStateFault,
  InvalidReplicationGroupStateFault,
  type LogDeliveryConfiguration,
  type LogDeliveryConfigurationRequest,
  type ModifyReplicationGroupMessage,
  ModifyReplicationGroupCommand,
  NoOperationFault,
  type PendingModifiedValues,
  type ReplicationGroup,
  ReplicationGroupAlreadyExistsFault,
} from '@aws-sdk/client-elasticache';
import {
  ecArn,
  invalidCombination,
  invalidValue,
  regionShort,
  rejectUnsupported,
  requireParameterGroup,
  requireReplicationGroup,
  requireSubnetGroup,
  validateIdentifier,
} from './elasticache-common.js';
import { parameterValue, supportedNetworkTypes, tagOnCreate } from './elasticache-groups.js';
import {
  compareVersions,
  DEFAULT_ENGINE_VERSION,
  familyOf,
  findVersion,
  formatDailyWindow,
  formatWeeklyWindow,
  isDataTieringNodeType,
  isValidNodeType,
  parseDailyWindow,
  parseWeeklyWindow,
  supportsInPlaceTransit,
  supportsLogType,
  windowsOverlap,
} from './engine.js';
import type { Snapshots } from './elasticache-snapshots.js';
import { ecError } from './errors.js';
import { route, type RouteDef } from './router.js';
import { compact, fnv1a, pageSize, paginate, stableSuffix } from './util.js';
import type {
  Engine,
  FakeCacheCluster,
  FakeContext,
  FakeReplicationGroup,
  FakeSubnetGroup,
  GroupChanges,
  MemberStatus,
  ReplicationGroupStatus,
} from './world.js';

const PAGE = { min: 20, max: 100, def: 100 };
const MAX_REPLICAS = 5;
const AUTH_TOKEN = /^[A-Za-z0-9!&#$^<>-]{16,128}$/;
const SNS_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;

const memberId = (rgId: string, n: number) => `${rgId}-${String(n).padStart(3, '0')}`;
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export class ReplicationGroups {
  constructor(
    private readonly ctx: FakeContext,
    private readonly snapshots: Snapshots,
  ) {}

  private get world() {
    return this.ctx.world;
  }

  // ----- rendering --------------------------------------------------------------------------------

  private host(rg: FakeReplicationGroup, prefix: string, ng = true): string {
    return `${prefix}.${ng ? `${rg.endpointLabel}.ng.0001` : `${rg.id}.${rg.endpointLabel}`}.${regionShort(this.ctx.region)}.cache.amazonaws.com`;
  }

  private members(rg: FakeReplicationGroup): FakeCacheCluster[] {
    return rg.memberIds
      .map((id) => this.world.cacheClusters.get(id))
      .filter((m): m is FakeCacheCluster => !!m);
  }

  render(rg: FakeReplicationGroup): ReplicationGroup {
    const ready = rg.endpointsReady;
    const nodeGroupStatus =
      rg.status === 'creating' || rg.status === 'modifying' || rg.status === 'deleting'
        ? rg.status
        : 'available';
    return compact({
      ReplicationGroupId: rg.id,
      Description: rg.description,
      GlobalReplicationGroupInfo: {},
      Status: rg.status,
      PendingModifiedValues: compact({ ...rg.pending, LogDeliveryConfigurations: rg.pendingLogDelivery }),
      MemberClusters: [...rg.memberIds],
      NodeGroups:
        rg.memberIds.length === 0
          ? []
          : [
              compact({
                NodeGroupId: '0001',
                Status: nodeGroupStatus,
                PrimaryEndpoint: ready ? { Address: this.host(rg, rg.id), Port: rg.port } : undefined,
                ReaderEndpoint: ready ? { Address: this.host(rg, `${rg.id}-ro`), Port: rg.port } : undefined,
                NodeGroupMembers: this.members(rg).map((m, i) =>
                  compact({
                    CacheClusterId: m.id,
                    CacheNodeId: '0001',
                    ReadEndpoint:
                      ready && m.status !== 'creating'
                        ? { Address: this.host(rg, m.id, false), Port: rg.port }
                        : undefined,
                    PreferredAvailabilityZone: m.availabilityZone,
                    CurrentRole: i === 0 ? 'primary' : 'replica',
                  }),
                ),
              }),
            ],
      SnapshottingClusterId: rg.snapshottingClusterId,
      AutomaticFailover: rg.automaticFailover,
      MultiAZ: rg.multiAZ ? 'enabled' : 'disabled',
      SnapshotRetentionLimit: rg.snapshotRetentionLimit,
      SnapshotWindow: rg.snapshotWindow,
      ClusterEnabled: false,
      CacheNodeType: rg.cacheNodeType,
      AuthTokenEnabled: rg.auth.tokens.length > 0,
      AuthTokenLastModifiedDate: rg.auth.lastModified,
      TransitEncryptionEnabled: rg.transitEncryption,
      AtRestEncryptionEnabled: rg.atRestEncryption,
      KmsKeyId: rg.kmsKeyId,
      ARN: rg.arn,
      UserGroupIds: [],
      LogDeliveryConfigurations: rg.logDelivery.map((l) => ({ ...l })),
      ReplicationGroupCreateTime: rg.createdAt,
      DataTiering: rg.dataTiering ? 'enabled' : 'disabled',
      AutoMinorVersionUpgrade: rg.autoMinorVersionUpgrade,
      NetworkType: rg.networkType,
      IpDiscovery: rg.ipDiscovery,
      TransitEncryptionMode: rg.transitEncryptionMode,
      ClusterMode: 'disabled',
      Engine: rg.engine,
    } satisfies ReplicationGroup);
  }

  private memberPending(rg: FakeReplicationGroup): PendingModifiedValues {
    const fromChanges = (c: GroupChanges | undefined) =>
      compact({ CacheNodeType: c?.cacheNodeType, EngineVersion: c?.engineVersion });
    return compact({
      ...fromChanges(rg.deferred),
      ...fromChanges(rg.inflight),
      AuthTokenStatus: rg.pending.AuthTokenStatus,
      TransitEncryptionEnabled: rg.pending.TransitEncryptionEnabled,
      TransitEncryptionMode: rg.pending.TransitEncryptionMode,
      LogDeliveryConfigurations: rg.pendingLogDelivery,
    });
  }

  renderMember(m: FakeCacheCluster, showNodeInfo: boolean): CacheCluster {
    const rg = this.world.replicationGroups.get(m.replicationGroupId)!;
    const endpoint =
      rg.endpointsReady && m.status !== 'creating'
        ? { Address: this.host(rg, m.id, false), Port: rg.port }
        : undefined;
    return compact({
      CacheClusterId: m.id,
      ClientDownloadLandingPage: 'https://console.aws.amazon.com/elasticache/home#client-download:',
      CacheNodeType: rg.cacheNodeType,
      Engine: rg.engine,
      EngineVersion: rg.engineVersion,
      CacheClusterStatus: m.status,
      NumCacheNodes: 1,
      PreferredAvailabilityZone: m.availabilityZone,
      CacheClusterCreateTime: m.createdAt,
      PreferredMaintenanceWindow: rg.maintenanceWindow,
      PendingModifiedValues: this.memberPending(rg),
      NotificationConfiguration: rg.notification
        ? { TopicArn: rg.notification.topicArn, TopicStatus: rg.notification.status }
        : undefined,
      CacheSecurityGroups: [],
      CacheParameterGroup: {
        CacheParameterGroupName: rg.parameterGroupName,
        ParameterApplyStatus: m.parameterApplyStatus,
        CacheNodeIdsToReboot: m.parameterApplyStatus === 'pending-reboot' ? ['0001'] : [],
      },
      CacheSubnetGroupName: rg.subnetGroupName,
      CacheNodes: showNodeInfo
        ? [
            compact({
              CacheNodeId: '0001',
              CacheNodeStatus: m.status,
              CacheNodeCreateTime: m.createdAt,
              Endpoint: endpoint,
              ParameterGroupStatus: m.parameterApplyStatus,
              CustomerAvailabilityZone: m.availabilityZone,
            }),
          ]
        : undefined,
      AutoMinorVersionUpgrade: rg.autoMinorVersionUpgrade,
      SecurityGroups: rg.securityGroupIds.map((id) => ({ SecurityGroupId: id, Status: 'active' })),
      ReplicationGroupId: rg.id,
      SnapshotRetentionLimit: rg.snapshotRetentionLimit,
      SnapshotWindow: rg.snapshotWindow,
      AuthTokenEnabled: rg.auth.tokens.length > 0,
      AuthTokenLastModifiedDate: rg.auth.lastModified,
      TransitEncryptionEnabled: rg.transitEncryption,
      AtRestEncryptionEnabled: rg.atRestEncryption,
      ARN: ecArn(this.ctx, 'cluster', m.id),
      ReplicationGroupLogDeliveryEnabled: rg.logDelivery.length > 0,
      LogDeliveryConfigurations: rg.logDelivery.map((l) => ({ ...l })),
      NetworkType: rg.networkType,
      IpDiscovery: rg.ipDiscovery,
      TransitEncryptionMode: rg.transitEncryptionMode,
    } satisfies CacheCluster);
  }

  // ----- shared validation ------------------------------------------------------------------------

  private validateSecurityGroups(ids: string[], vpcId: string): void {
    const bad = ids.filter((id) => this.world.securityGroups.get(id)?.vpcId !== vpcId);
    if (bad.length > 0)
      throw invalidValue(`Some security group Id(s) are not valid or not in VPC ${vpcId}: ${bad.join(', ')}`);
  }

  private validateParameterGroupFor(name: string, family: string) {
    const pg = requireParameterGroup(this.ctx, name);
    if (pg.family !== family) {
      throw invalidCombination(
        `The parameter group ${pg.name} (family ${pg.family}) is not compatible with the engine version (family ${family}).`,
      );
    }
    if (parameterValue(pg, 'cluster-enabled') === 'yes') {
      throw invalidCombination(
        `Parameter group ${pg.name} has cluster-enabled set to yes; it cannot be used by a cluster mode disabled replication group.`,
      );
    }
    return pg;
  }

  private validateAuthToken(token: string): void {
    if (!AUTH_TOKEN.test(token)) {
      throw invalidValue(
        'Invalid AuthToken provided. The AUTH token must be 16-128 printable characters, and the only permitted special characters are !, &, #, $, ^, <, > and -.',
      );
    }
  }

  private validateNotificationArn(arn: string): void {
    if (!SNS_ARN.test(arn)) throw invalidValue(`Invalid NotificationTopicArn: ${arn}`);
  }

  private validateRetention(limit: number): void {
    if (!Number.isInteger(limit) || limit < 0 || limit > 35)
      throw invalidValue('SnapshotRetentionLimit must be between 0 and 35.');
  }

  private validateSnapshotWindow(w: string): void {
    const parsed = parseDailyWindow(w);
    if (!parsed) throw invalidValue(`Invalid snapshot window: ${w}. The format is hh24:mi-hh24:mi.`);
    if (parsed[1] < 60) throw invalidValue('Snapshot window must be at least 60 minutes');
  }

  private validateMaintenanceWindow(w: string): void {
    const parsed = parseWeeklyWindow(w);
    if (!parsed)
      throw invalidValue(`Invalid maintenance window: ${w}. The format is ddd:hh24:mi-ddd:hh24:mi.`);
    if (parsed[1] < 60) throw invalidValue('Maintenance window must be at least 60 minutes.');
    if (parsed[1] > 24 * 60) throw invalidValue('Maintenance window must be less than 24 hours.');
  }

  private checkOverlap(snapshot: string, maintenance: string): void {
    if (windowsOverlap(snapshot, maintenance))
      throw invalidCombination('The snapshot window and maintenance window must not overlap.');
  }

  /** Normalize and validate log delivery requests; entries with Enabled false are returned as-is. */
  private validateLogDelivery(
    reqs: LogDeliveryConfigurationRequest[],
    engine: Engine,
    fullVersion: string,
  ): LogDeliveryConfigurationRequest[] {
    const seen = new Set<string>();
    for (const r of reqs) {
      const type = r.LogType ?? '';
      if (type !== 'slow-log' && type !== 'engine-log') throw invalidValue(`Invalid LogType: ${type}`);
      if (seen.has(type)) throw invalidValue(`Log type ${type} can only be specified once.`);
      seen.add(type);
      if (r.Enabled === false) continue;
      if (!supportsLogType(engine, fullVersion, type))
        throw invalidValue(`${type} log delivery is not available for this ${engine} engine version`);
      if (r.LogFormat !== 'json' && r.LogFormat !== 'text')
        throw invalidValue(`Invalid LogFormat for ${type}: ${String(r.LogFormat)}`);
      if (r.DestinationType === 'cloudwatch-logs') {
        const group = r.DestinationDetails?.CloudWatchLogsDetails?.LogGroup;
        if (!group)
          throw invalidValue(`DestinationDetails.CloudWatchLogsDetails.LogGroup is required for ${type}.`);
        if (!this.world.logGroups.has(group))
          throw invalidValue(`The CloudWatch Logs log group ${group} does not exist.`);
      } else if (r.DestinationType === 'kinesis-firehose') {
        if (!r.DestinationDetails?.KinesisFirehoseDetails?.DeliveryStream)
          throw invalidValue(
            `DestinationDetails.KinesisFirehoseDetails.DeliveryStream is required for ${type}.`,
          );
      } else {
        throw invalidValue(`Invalid DestinationType for ${type}: ${String(r.DestinationType)}`);
      }
    }
    return reqs;
  }

  private static toConfig(
    r: LogDeliveryConfigurationRequest,
    status: LogDeliveryConfiguration['Status'],
  ): LogDeliveryConfiguration {
    return {
      LogType: r.LogType,
      DestinationType: r.DestinationType,
      DestinationDetails: r.DestinationDetails,
      LogFormat: r.LogFormat,
      Status: status,
    };
  }

  /** Default windows: derived from the id, never overlapping each other (or a given one). */
  private defaultWindows(
    id: string,
    snapshot: string | undefined,
    maintenance: string | undefined,
  ): [string, string] {
    const h = fnv1a(id);
    let snap = snapshot ?? formatDailyWindow(((h % 24) * 60 + 30) % 1440, 60);
    let maint = maintenance ?? formatWeeklyWindow(((h >>> 5) % 7) * 1440 + (((h % 24) + 3) % 24) * 60, 60);
    // Move only a window the caller left to us; two given windows are checked by the caller.
    for (let shift = 0; windowsOverlap(snap, maint) && shift < 48; shift++) {
      if (maintenance === undefined)
        maint = formatWeeklyWindow((parseWeeklyWindow(maint)![0] + 120) % (7 * 1440), 60);
      else if (snapshot === undefined)
        snap = formatDailyWindow((parseDailyWindow(snap)![0] + 120) % 1440, 60);
    }
    return [snap, maint];
  }

  // ----- lifecycle --------------------------------------------------------------------------------

  private setMembers(
    rg: FakeReplicationGroup,
    status: MemberStatus,
    pred: (m: FakeCacheCluster) => boolean = () => true,
  ): void {
    for (const m of this.members(rg)) if (pred(m)) m.status = status;
  }

  /** Schedule a transition that only runs if no newer operation started and the group still exists. */
  private later(rg: FakeReplicationGroup, delayMs: number, run: (at: number) => void): void {
    const token = rg.opToken;
    this.ctx.clock.schedule(delayMs, (at) => {
      if (this.world.replicationGroups.get(rg.id) === rg && rg.opToken === token) run(at);
    });
  }

  /** Each member has an ENI in the subnet of its AZ, carrying the group's security groups. */
  private attachEni(rg: FakeReplicationGroup, m: FakeCacheCluster): void {
    const { world, ctx } = this;
    const subnetIds = world.subnetGroups.get(rg.subnetGroupName)?.subnetIds ?? [];
    const subnetId =
      subnetIds.find((id) => world.subnets.get(id)?.availabilityZone === m.availabilityZone) ?? subnetIds[0];
    const subnet = subnetId === undefined ? undefined : world.subnets.get(subnetId);
    if (!subnet) return;
    const eniId = ctx.eniIds.next('eni');
    const prefix = subnet.cidrBlock.split('.').slice(0, 3).join('.');
    world.networkInterfaces.set(eniId, {
      eniId,
      subnetId: subnet.subnetId,
      vpcId: subnet.vpcId,
      availabilityZone: subnet.availabilityZone,
      privateIpAddress: `${prefix}.${10 + (fnv1a(eniId) % 240)}`,
      cacheClusterId: m.id,
      replicationGroupId: rg.id,
      securityGroupIds: [...rg.securityGroupIds],
      status: 'in-use',
    });
  }

  /** A removed member's ENI is detached and lingers (keeping its security groups in use) for eniLingerMs. */
  private detachEnis(ids: string[]): void {
    for (const eni of this.world.networkInterfaces.values()) {
      if (!ids.includes(eni.cacheClusterId) || eni.status !== 'in-use') continue;
      eni.status = 'available';
      this.ctx.clock.schedule(this.ctx.durations.eniLingerMs, () => {
        if (this.world.networkInterfaces.get(eni.eniId) === eni)
          this.world.networkInterfaces.delete(eni.eniId);
      });
    }
  }

  private removeMembers(rg: FakeReplicationGroup, ids: string[]): void {
    this.detachEnis(ids);
    for (const id of ids) this.world.cacheClusters.delete(id);
    rg.memberIds = rg.memberIds.filter((id) => !ids.includes(id));
    if (rg.snapshottingClusterId !== undefined && ids.includes(rg.snapshottingClusterId)) {
      rg.snapshottingClusterId = rg.memberIds[0];
    }
  }

  private finishCreate(rg: FakeReplicationGroup, at: number, fail: boolean): void {
    if (rg.restoringFrom !== undefined) {
      this.snapshots.finishRestore(rg.restoringFrom);
      rg.restoringFrom = undefined;
    }
    if (fail) {
      rg.status = 'create-failed';
      this.removeMembers(rg, [...rg.memberIds]);
      rg.logDelivery = [];
      this.ctx.emit(
        {
          SourceIdentifier: rg.id,
          SourceType: 'replication-group',
          Message: `Failed to create cluster due to insufficient capacity in availability zone ${this.ctx.region}a. Please try a different node type or availability zone (InsufficientCacheClusterCapacity).`,
        },
        at,
      );
      return;
    }
    rg.status = 'available';
    rg.endpointsReady = true;
    this.setMembers(rg, 'available');
    rg.logDelivery = rg.logDelivery.map((l) => ({ ...l, Status: 'active' }));
    for (const m of this.members(rg)) {
      this.ctx.emit(
        { SourceIdentifier: m.id, SourceType: 'cache-cluster', Message: 'Cache cluster created' },
        at,
      );
    }
    this.ctx.emit(
      {
        SourceIdentifier: rg.id,
        SourceType: 'replication-group',
        Message: `Replication group ${rg.id} created`,
      },
      at,
    );
  }

  /** Put the group in `modifying`, then apply `changes` after `durationMs`. */
  private startModify(
    rg: FakeReplicationGroup,
    changes: GroupChanges,
    durationMs = this.ctx.durations.modifyMs,
  ): void {
    rg.opToken += 1;
    rg.status = 'modifying';
    rg.inflight = changes;
    this.setMembers(rg, 'modifying');
    rg.pending = compact({
      AutomaticFailoverStatus:
        changes.automaticFailover === undefined
          ? undefined
          : changes.automaticFailover
            ? 'enabled'
            : 'disabled',
      AuthTokenStatus: changes.auth ? (changes.auth.strategy === 'SET' ? 'SETTING' : 'ROTATING') : undefined,
      TransitEncryptionEnabled: changes.transitEncryption,
      TransitEncryptionMode: changes.transitEncryptionMode,
    });
    if (changes.automaticFailover !== undefined)
      rg.automaticFailover = changes.automaticFailover ? 'enabling' : 'disabling';
    if (changes.logDelivery) {
      const target = changes.logDelivery;
      const existing = new Map(rg.logDelivery.map((l) => [l.LogType, l]));
      rg.pendingLogDelivery = target
        .filter(
          (t) =>
            JSON.stringify({ ...existing.get(t.LogType), Status: undefined }) !==
            JSON.stringify({ ...t, Status: undefined }),
        )
        .map((t) =>
          compact({
            LogType: t.LogType,
            DestinationType: t.DestinationType,
            DestinationDetails: t.DestinationDetails,
            LogFormat: t.LogFormat,
          }),
        );
      const transitional = target.map((t) => ({
        ...t,
        Status: existing.has(t.LogType) ? ('modifying' as const) : ('enabling' as const),
      }));
      const disabling = rg.logDelivery
        .filter((l) => !target.some((t) => t.LogType === l.LogType))
        .map((l) => ({ ...l, Status: 'disabling' as const }));
      rg.logDelivery = [...transitional, ...disabling];
    }
    this.later(rg, durationMs, (at) => {
      this.applyChanges(rg, changes, at);
      rg.status = 'available';
      rg.inflight = undefined;
      rg.pending = {};
      rg.pendingLogDelivery = undefined;
      this.setMembers(rg, 'available');
      this.ctx.emit(
        {
          SourceIdentifier: rg.id,
          SourceType: 'replication-group',
          Message: `Replication group ${rg.id} has been modified`,
        },
        at,
      );
    });
  }

  private applyChanges(rg: FakeReplicationGroup, c: GroupChanges, at: number): void {
    if (c.description !== undefined) rg.description = c.description;
    if (c.automaticFailover !== undefined)
      rg.automaticFailover = c.automaticFailover ? 'enabled' : 'disabled';
    if (c.multiAZ !== undefined) rg.multiAZ = c.multiAZ;
    if (c.securityGroupIds) {
      rg.securityGroupIds = [...c.securityGroupIds];
      for (const eni of this.world.networkInterfaces.values())
        if (eni.replicationGroupId === rg.id && eni.status === 'in-use')
          eni.securityGroupIds = [...c.securityGroupIds];
    }
    if (c.maintenanceWindow !== undefined) rg.maintenanceWindow = c.maintenanceWindow;
    if (c.snapshotWindow !== undefined) rg.snapshotWindow = c.snapshotWindow;
    if (c.snapshotRetentionLimit !== undefined) rg.snapshotRetentionLimit = c.snapshotRetentionLimit;
    if (c.snapshottingClusterId !== undefined) rg.snapshottingClusterId = c.snapshottingClusterId;
    if (c.notification !== undefined) rg.notification = c.notification ?? undefined;
    if (c.parameterGroupName !== undefined) {
      rg.parameterGroupName = c.parameterGroupName;
      for (const m of this.members(rg)) m.parameterApplyStatus = 'in-sync';
    }
    if (c.engine !== undefined) rg.engine = c.engine;
    if (c.engineVersion !== undefined) rg.engineVersion = c.engineVersion;
    if (c.cacheNodeType !== undefined) rg.cacheNodeType = c.cacheNodeType;
    if (c.transitEncryption !== undefined) rg.transitEncryption = c.transitEncryption;
    if (c.transitEncryptionMode !== undefined) rg.transitEncryptionMode = c.transitEncryptionMode;
    if (c.transitEncryption === false) rg.transitEncryptionMode = undefined;
    if (c.logDelivery) rg.logDelivery = c.logDelivery.map((l) => ({ ...l, Status: 'active' }));
    if (c.autoMinorVersionUpgrade !== undefined) rg.autoMinorVersionUpgrade = c.autoMinorVersionUpgrade;
    if (c.ipDiscovery !== undefined) rg.ipDiscovery = c.ipDiscovery;
    if (c.auth) {
      const { strategy, token } = c.auth;
      if (strategy === 'ROTATE') {
        const previous = rg.auth.tokens.at(-1);
        rg.auth.tokens = previous !== undefined && previous !== token ? [previous, token] : [token];
        rg.auth.lastRotated = token;
      } else {
        rg.auth.tokens = [token];
        rg.auth.unauthenticated = false;
      }
      rg.auth.lastModified = new Date(at);
    }
  }

  private assertAvailable(rg: FakeReplicationGroup, message: string): void {
    if (rg.status !== 'available') throw ecError(InvalidReplicationGroupStateFault, message);
  }

  private busyMember(rg: FakeReplicationGroup): FakeCacheCluster | undefined {
    return this.members(rg).find((m) => m.status !== 'available');
  }

  // ----- create -----------------------------------------------------------------------------------

  create(input: CreateReplicationGroupMessage): FakeReplicationGroup {
    const { ctx, world } = this;
    rejectUnsupported('CreateReplicationGroup', input, [
      'GlobalReplicationGroupId',
      'PrimaryClusterId',
      'NodeGroupConfiguration',
      'SnapshotArns',
      'UserGroupIds',
      'CacheSecurityGroupNames',
      'ServerlessCacheSnapshotName',
    ]);
    const id = validateIdentifier('replication group id', input.ReplicationGroupId, 40);
    if (!input.ReplicationGroupDescription)
      throw invalidValue('The parameter ReplicationGroupDescription must be provided and must not be blank.');
    if (world.replicationGroups.has(id))
      throw ecError(ReplicationGroupAlreadyExistsFault, `Replication group ${id} already exists.`);

    // Restore: what the request leaves out (engine, version, node type, port) comes from the snapshot.
    const snapshot =
      input.SnapshotName !== undefined ? this.snapshots.requireForRestore(input.SnapshotName) : undefined;
    const engine = (input.Engine ?? snapshot?.engine ?? 'redis').toLowerCase();
    if (engine !== 'redis' && engine !== 'valkey')
      throw invalidValue(`Invalid engine: ${input.Engine}. Valid engines are redis and valkey.`);
    const requested =
      input.EngineVersion ??
      (snapshot && snapshot.engine === engine ? snapshot.engineVersion : DEFAULT_ENGINE_VERSION[engine]);
    const version = findVersion(engine, requested);
    if (!version) throw invalidCombination(`Cannot find version ${requested} for ${engine}`);
    if (snapshot) {
      // Valkey restores Redis OSS backups, never the other way round, and never into an older version.
      if (snapshot.engine === 'valkey' && engine === 'redis')
        throw invalidCombination(
          `Snapshot ${snapshot.name} was taken from valkey ${snapshot.engineVersion} and cannot be restored into redis.`,
        );
      if (compareVersions(version.full, snapshot.engineVersion) < 0)
        throw invalidCombination(
          `Snapshot ${snapshot.name} (${snapshot.engine} ${snapshot.engineVersion}) cannot be restored into the older engine version ${engine} ${version.full}.`,
        );
    }

    const nodeType = input.CacheNodeType ?? snapshot?.cacheNodeType ?? '';
    if (!isValidNodeType(nodeType)) throw invalidValue(`Invalid CacheNodeType: ${nodeType}`);
    const dataTiering = input.DataTieringEnabled ?? false;
    if (isDataTieringNodeType(nodeType) !== dataTiering) {
      throw invalidCombination(
        dataTiering
          ? 'Data tiering is only supported on r6gd node types.'
          : 'Data tiering must be enabled for r6gd node types.',
      );
    }

    if ((input.NumNodeGroups ?? 1) !== 1)
      throw invalidCombination('fake cloud: only cluster mode disabled (one node group) is modelled.');
    const count =
      input.NumCacheClusters ??
      (input.ReplicasPerNodeGroup !== undefined
        ? input.ReplicasPerNodeGroup + 1
        : (input.PreferredCacheClusterAZs?.length ?? 1));
    if (!Number.isInteger(count) || count < 1 || count > MAX_REPLICAS + 1)
      throw invalidValue('NumCacheClusters must be between 1 and 6.');
    const failover = input.AutomaticFailoverEnabled ?? false;
    if (failover && count < 2)
      throw invalidCombination(
        'Replication group must have at least one read replica to enable autofailover.',
      );
    const multiAZ = input.MultiAZEnabled ?? false;
    if (multiAZ && !failover) throw invalidCombination('Multi-AZ requires automatic failover to be enabled.');

    const transit = input.TransitEncryptionEnabled ?? false;
    if (input.TransitEncryptionMode !== undefined && !transit)
      throw invalidCombination('TransitEncryptionMode requires TransitEncryptionEnabled to be true.');
    if (input.AuthToken !== undefined) {
      if (!transit)
        throw invalidValue('The AUTH token is only supported when encryption-in-transit is enabled.');
      this.validateAuthToken(input.AuthToken);
    }
    const atRest = input.AtRestEncryptionEnabled ?? engine === 'valkey';
    if (input.KmsKeyId !== undefined && !atRest)
      throw invalidCombination('KmsKeyId requires AtRestEncryptionEnabled to be true.');

    const subnetGroup = requireSubnetGroup(ctx, input.CacheSubnetGroupName ?? 'default');
    const securityGroupIds = input.SecurityGroupIds ?? [
      world.vpcs.get(subnetGroup.vpcId)?.defaultSecurityGroupId ?? '',
    ];
    this.validateSecurityGroups(securityGroupIds, subnetGroup.vpcId);
    const pg = this.validateParameterGroupFor(
      input.CacheParameterGroupName ?? `default.${version.family}`,
      version.family,
    );

    if (input.SnapshotWindow !== undefined) this.validateSnapshotWindow(input.SnapshotWindow);
    if (input.PreferredMaintenanceWindow !== undefined)
      this.validateMaintenanceWindow(input.PreferredMaintenanceWindow);
    const [snapshotWindow, maintenanceWindow] = this.defaultWindows(
      id,
      input.SnapshotWindow,
      input.PreferredMaintenanceWindow?.toLowerCase(),
    );
    this.checkOverlap(snapshotWindow, maintenanceWindow);
    const retention = input.SnapshotRetentionLimit ?? 0;
    this.validateRetention(retention);
    if (input.NotificationTopicArn !== undefined) this.validateNotificationArn(input.NotificationTopicArn);
    const logs = this.validateLogDelivery(input.LogDeliveryConfigurations ?? [], engine, version.full).filter(
      (l) => l.Enabled !== false,
    );
    const port = input.Port ?? snapshot?.port ?? 6379;
    if (!Number.isInteger(port) || port < 1024 || port > 65535)
      throw invalidValue('Port must be between 1024 and 65535.');

    const azs = [
      ...new Set(subnetGroup.subnetIds.map((s) => world.subnets.get(s)?.availabilityZone ?? '')),
    ].sort();
    const preferred = input.PreferredCacheClusterAZs;
    if (preferred) {
      if (preferred.length !== count)
        throw invalidValue('The number of PreferredCacheClusterAZs must equal NumCacheClusters.');
      const bad = preferred.find((az) => !azs.includes(az));
      if (bad)
        throw invalidValue(
          `Availability zone ${bad} is not covered by cache subnet group ${subnetGroup.name}.`,
        );
    }

    const { networkType, ipDiscovery } = this.validateNetwork(input, engine, version.full, subnetGroup);

    const arn = ecArn(ctx, 'replicationgroup', id);
    tagOnCreate(ctx, arn, input.Tags);

    const now = ctx.now();
    const rg: FakeReplicationGroup = {
      id,
      arn,
      description: input.ReplicationGroupDescription,
      status: 'creating',
      engine,
      engineVersion: version.full,
      cacheNodeType: nodeType,
      port,
      memberIds: [],
      automaticFailover: failover ? 'enabled' : 'disabled',
      multiAZ,
      atRestEncryption: atRest,
      kmsKeyId: input.KmsKeyId,
      transitEncryption: transit,
      transitEncryptionMode: transit ? (input.TransitEncryptionMode ?? 'required') : undefined,
      auth: {
        tokens: input.AuthToken ? [input.AuthToken] : [],
        lastRotated: input.AuthToken,
        unauthenticated: !input.AuthToken,
        lastModified: input.AuthToken ? now : undefined,
      },
      snapshotRetentionLimit: retention,
      snapshotWindow,
      maintenanceWindow,
      // AWS snapshots from a replica when there is one.
      snapshottingClusterId: retention > 0 ? memberId(id, count > 1 ? 2 : 1) : undefined,
      notification: input.NotificationTopicArn
        ? { topicArn: input.NotificationTopicArn, status: 'active' }
        : undefined,
      parameterGroupName: pg.name,
      securityGroupIds: [...securityGroupIds],
      subnetGroupName: subnetGroup.name,
      logDelivery: logs.map((l) => ReplicationGroups.toConfig(l, 'enabling')),
      dataTiering,
      autoMinorVersionUpgrade: input.AutoMinorVersionUpgrade ?? true,
      networkType,
      ipDiscovery,
      endpointLabel: stableSuffix(`${ctx.accountId}:${ctx.region}:${id}`),
      endpointsReady: false,
      pending: {},
      pendingLogDelivery: undefined,
      inflight: undefined,
      deferred: {},
      createdAt: now,
      opToken: 0,
      restoringFrom: snapshot?.name,
    };
    world.replicationGroups.set(id, rg);
    for (let i = 0; i < count; i++) this.addMember(rg, 'creating', preferred?.[i] ?? azs[i % azs.length]!);
    if (snapshot) this.snapshots.startRestore(snapshot);
    const fail = ctx.failCreate.has(id);
    const duration = snapshot ? ctx.durations.restoreMs : ctx.durations.createMs;
    this.later(rg, duration, (at) => this.finishCreate(rg, at, fail));
    return rg;
  }

  /**
   * NetworkType and IpDiscovery on create: dual_stack and ipv6 need Valkey 7.2+ or Redis 6.2+ and a
   * subnet group whose every subnet supports the type (one with an IPv6 block; the fake does not
   * model IPv6-only subnets, so such a subnet supports all three); ipv6 discovery needs IPv6 addresses.
   */
  private validateNetwork(
    input: { NetworkType?: string | undefined; IpDiscovery?: string | undefined },
    engine: Engine,
    full: string,
    subnetGroup: FakeSubnetGroup,
  ): { networkType: FakeReplicationGroup['networkType']; ipDiscovery: FakeReplicationGroup['ipDiscovery'] } {
    const networkType = input.NetworkType ?? 'ipv4';
    if (networkType !== 'ipv4' && networkType !== 'ipv6' && networkType !== 'dual_stack')
      throw invalidValue(`Invalid NetworkType: ${networkType}. Valid values are ipv4, ipv6 and dual_stack.`);
    const ipDiscovery = this.validateIpDiscovery(input.IpDiscovery ?? 'ipv4', networkType);
    if (networkType !== 'ipv4') {
      const minimum = engine === 'valkey' ? '7.2' : '6.2';
      if (compareVersions(full, minimum) < 0)
        throw invalidCombination(`Network type ${networkType} is not supported for ${engine} ${full}.`);
      if (!supportedNetworkTypes(this.ctx, subnetGroup).includes(networkType))
        throw invalidCombination(
          `The specified network type '${networkType}' is not supported by cache subnet group '${subnetGroup.name}'.`,
        );
    }
    return { networkType, ipDiscovery };
  }

  private validateIpDiscovery(value: string, networkType: FakeReplicationGroup['networkType']) {
    if (value !== 'ipv4' && value !== 'ipv6')
      throw invalidValue(`Invalid IpDiscovery: ${value}. Valid values are ipv4 and ipv6.`);
    if (value === 'ipv6' && networkType === 'ipv4')
      throw invalidCombination('IpDiscovery ipv6 requires NetworkType dual_stack or ipv6.');
    return value;
  }

  private addMember(rg: FakeReplicationGroup, status: MemberStatus, az: string): FakeCacheCluster {
    let n = 1;
    while (this.world.cacheClusters.has(memberId(rg.id, n)) || rg.memberIds.includes(memberId(rg.id, n))) n++;
    const m: FakeCacheCluster = {
      id: memberId(rg.id, n),
      replicationGroupId: rg.id,
      status,
      availabilityZone: az,
      createdAt: this.ctx.now(),
      parameterApplyStatus: 'in-sync',
    };
    this.world.cacheClusters.set(m.id, m);
    rg.memberIds = [...rg.memberIds, m.id].sort();
    this.attachEni(rg, m);
    return m;
  }

  /** Create directly in a given state (no API call recorded): for convergence tests. */
  seed(
    input: CreateReplicationGroupMessage,
    status: 'available' | 'creating' | 'create-failed' = 'available',
  ): FakeReplicationGroup {
    const rg = this.create(input);
    if (status !== 'creating') {
      rg.opToken += 1;
      this.finishCreate(rg, this.ctx.clock.now(), status === 'create-failed');
    }
    return rg;
  }

  // ----- modify -----------------------------------------------------------------------------------

  /** Validate a Modify request and split it into in-flight changes and maintenance-window ones. */
  private planModify(
    rg: FakeReplicationGroup,
    input: ModifyReplicationGroupMessage,
  ): { now: GroupChanges; deferred: FakeReplicationGroup['deferred'] } {
    rejectUnsupported('ModifyReplicationGroup', input, [
      'UserGroupIdsToAdd',
      'UserGroupIdsToRemove',
      'RemoveUserGroups',
      'PrimaryClusterId',
      'NodeGroupId',
      'CacheSecurityGroupNames',
      'ClusterMode',
    ]);
    const now: GroupChanges = {};
    const applyNow = input.ApplyImmediately === true;

    if (
      input.ReplicationGroupDescription !== undefined &&
      input.ReplicationGroupDescription !== rg.description
    ) {
      if (input.ReplicationGroupDescription.length > 255)
        throw invalidValue('ReplicationGroupDescription must be at most 255 characters.');
      now.description = input.ReplicationGroupDescription;
    }

    // Engine, version, node type and parameter group.
    // With ApplyImmediately the baseline is the running configuration; otherwise it is what is
    // already pending for the maintenance window.
    const base = <K extends 'engine' | 'engineVersion' | 'cacheNodeType'>(k: K) =>
      applyNow ? rg[k] : (rg.deferred[k] ?? rg[k]);
    const targetEngine = (input.Engine ?? base('engine')).toLowerCase();
    if (targetEngine !== 'redis' && targetEngine !== 'valkey')
      throw invalidValue(`Invalid engine: ${input.Engine}`);
    if (rg.engine === 'valkey' && targetEngine === 'redis')
      throw invalidCombination('Changing the engine from valkey to redis is not supported.');
    if (input.Engine !== undefined && targetEngine !== rg.engine && input.EngineVersion === undefined) {
      throw invalidCombination('EngineVersion must be specified when changing the engine.');
    }
    let targetFull: string = base('engineVersion');
    if (input.EngineVersion !== undefined) {
      const v = findVersion(targetEngine, input.EngineVersion);
      if (!v) throw invalidCombination(`Cannot find version ${input.EngineVersion} for ${targetEngine}`);
      if (compareVersions(v.full, rg.engineVersion) < 0) {
        throw invalidCombination(
          `Cannot downgrade ${rg.engine} engine version from ${rg.engineVersion} to ${input.EngineVersion}.`,
        );
      }
      targetFull = v.full;
    }
    const versionChanges: GroupChanges = {};
    if (targetEngine !== base('engine')) versionChanges.engine = targetEngine;
    if (targetFull !== base('engineVersion')) versionChanges.engineVersion = targetFull;
    const targetFamily = familyOf(targetEngine, targetFull);
    const currentPg = requireParameterGroup(this.ctx, rg.parameterGroupName);
    let pgChange: string | undefined;
    if (input.CacheParameterGroupName !== undefined) {
      const pg = this.validateParameterGroupFor(input.CacheParameterGroupName, targetFamily);
      if (pg.name !== rg.parameterGroupName) pgChange = pg.name;
    } else if (currentPg.family !== targetFamily) {
      if (!currentPg.isDefault) {
        throw invalidCombination(
          `The current parameter group ${currentPg.name} (family ${currentPg.family}) is not compatible with ${targetEngine} ${targetFull}; specify a CacheParameterGroupName of family ${targetFamily}.`,
        );
      }
      pgChange = `default.${targetFamily}`;
    }
    if (input.CacheNodeType !== undefined && input.CacheNodeType !== base('cacheNodeType')) {
      if (!isValidNodeType(input.CacheNodeType))
        throw invalidValue(`Invalid CacheNodeType: ${input.CacheNodeType}`);
      if (isDataTieringNodeType(input.CacheNodeType) !== rg.dataTiering) {
        throw invalidCombination(
          `Cannot change node type from ${rg.cacheNodeType} to ${input.CacheNodeType}: data tiering support differs.`,
        );
      }
      versionChanges.cacheNodeType = input.CacheNodeType;
    }
    const hasVersionChange = Object.keys(versionChanges).length > 0;
    if (pgChange !== undefined && hasVersionChange) versionChanges.parameterGroupName = pgChange;
    else if (pgChange !== undefined) now.parameterGroupName = pgChange;
    const deferred: FakeReplicationGroup['deferred'] = applyNow ? {} : versionChanges;
    if (applyNow) Object.assign(now, versionChanges);

    // Availability.
    const currentFailover = rg.automaticFailover === 'enabled';
    const failover = input.AutomaticFailoverEnabled ?? currentFailover;
    if (failover !== currentFailover) {
      if (failover && rg.memberIds.length < 2)
        throw invalidCombination(
          'Replication group must have at least one read replica to enable autofailover.',
        );
      now.automaticFailover = failover;
    }
    const multiAZ = input.MultiAZEnabled ?? rg.multiAZ;
    if (multiAZ && !failover) throw invalidCombination('Multi-AZ requires automatic failover to be enabled.');
    if (multiAZ !== rg.multiAZ) now.multiAZ = multiAZ;

    // Network and housekeeping.
    if (input.SecurityGroupIds !== undefined) {
      const vpcId = requireSubnetGroup(this.ctx, rg.subnetGroupName).vpcId;
      this.validateSecurityGroups(input.SecurityGroupIds, vpcId);
      if (!sameSet(input.SecurityGroupIds, rg.securityGroupIds))
        now.securityGroupIds = [...input.SecurityGroupIds];
    }
    if (input.SnapshotWindow !== undefined) this.validateSnapshotWindow(input.SnapshotWindow);
    if (input.PreferredMaintenanceWindow !== undefined)
      this.validateMaintenanceWindow(input.PreferredMaintenanceWindow);
    const snapshotWindow = input.SnapshotWindow ?? rg.snapshotWindow;
    const maintenanceWindow = input.PreferredMaintenanceWindow?.toLowerCase() ?? rg.maintenanceWindow;
    this.checkOverlap(snapshotWindow, maintenanceWindow);
    if (snapshotWindow !== rg.snapshotWindow) now.snapshotWindow = snapshotWindow;
    if (maintenanceWindow !== rg.maintenanceWindow) now.maintenanceWindow = maintenanceWindow;
    if (input.SnapshotRetentionLimit !== undefined) {
      this.validateRetention(input.SnapshotRetentionLimit);
      if (input.SnapshotRetentionLimit !== rg.snapshotRetentionLimit)
        now.snapshotRetentionLimit = input.SnapshotRetentionLimit;
    }
    if (
      input.SnapshottingClusterId !== undefined &&
      input.SnapshottingClusterId !== rg.snapshottingClusterId
    ) {
      if (!rg.memberIds.includes(input.SnapshottingClusterId))
        throw invalidValue(
          `SnapshottingClusterId ${input.SnapshottingClusterId} is not a member of ${rg.id}.`,
        );
      now.snapshottingClusterId = input.SnapshottingClusterId;
    }
    if (input.NotificationTopicArn !== undefined || input.NotificationTopicStatus !== undefined) {
      const topicArn = input.NotificationTopicArn ?? rg.notification?.topicArn;
      if (topicArn === undefined)
        throw invalidCombination('NotificationTopicStatus requires a NotificationTopicArn.');
      this.validateNotificationArn(topicArn);
      const status = input.NotificationTopicStatus ?? 'active';
      if (status !== 'active' && status !== 'inactive')
        throw invalidValue(`Invalid NotificationTopicStatus: ${status}`);
      if (topicArn !== rg.notification?.topicArn || status !== rg.notification.status)
        now.notification = { topicArn, status };
    }
    if (
      input.AutoMinorVersionUpgrade !== undefined &&
      input.AutoMinorVersionUpgrade !== rg.autoMinorVersionUpgrade
    ) {
      now.autoMinorVersionUpgrade = input.AutoMinorVersionUpgrade;
    }
    if (input.IpDiscovery !== undefined) {
      const ipDiscovery = this.validateIpDiscovery(input.IpDiscovery, rg.networkType);
      if (ipDiscovery !== rg.ipDiscovery) now.ipDiscovery = ipDiscovery;
    }

    this.planTransit(rg, input, now);
    this.planAuth(rg, input, now);
    this.planLogDelivery(rg, input, now, targetEngine, targetFull);
    return { now, deferred };
  }

  private planTransit(
    rg: FakeReplicationGroup,
    input: ModifyReplicationGroupMessage,
    now: GroupChanges,
  ): void {
    const enabled = input.TransitEncryptionEnabled;
    const mode = input.TransitEncryptionMode;
    if (enabled === undefined && mode === undefined) return;
    if (!supportsInPlaceTransit(rg.engine, rg.engineVersion)) {
      throw invalidCombination(
        `In-transit encryption cannot be modified for ${rg.engine} ${rg.engineVersion}; it requires Redis 7.0.5 or later, or Valkey.`,
      );
    }
    if (enabled === true && !rg.transitEncryption) {
      if (mode !== 'preferred') {
        throw invalidCombination(
          'When enabling in-transit encryption on an existing replication group, TransitEncryptionMode must be set to preferred first.',
        );
      }
      now.transitEncryption = true;
      now.transitEncryptionMode = 'preferred';
      return;
    }
    if (enabled === false && rg.transitEncryption) {
      if (rg.transitEncryptionMode !== 'preferred' || mode === 'required') {
        throw invalidCombination(
          'TransitEncryptionMode must be preferred before in-transit encryption can be disabled.',
        );
      }
      if (rg.auth.tokens.length > 0)
        throw invalidCombination('In-transit encryption cannot be disabled while an AUTH token is enabled.');
      now.transitEncryption = false;
      return;
    }
    const effectiveEnabled = enabled ?? rg.transitEncryption;
    if (mode !== undefined) {
      if (!effectiveEnabled)
        throw invalidCombination('TransitEncryptionMode requires TransitEncryptionEnabled to be true.');
      if (mode !== 'preferred' && mode !== 'required')
        throw invalidValue(`Invalid TransitEncryptionMode: ${String(mode)}`);
      if (mode !== rg.transitEncryptionMode) now.transitEncryptionMode = mode;
    }
  }

  private planAuth(rg: FakeReplicationGroup, input: ModifyReplicationGroupMessage, now: GroupChanges): void {
    const strategy = input.AuthTokenUpdateStrategy ?? (input.AuthToken !== undefined ? 'ROTATE' : undefined);
    if (strategy === undefined) return;
    if (strategy === 'DELETE')
      throw invalidCombination(
        'AuthTokenUpdateStrategy DELETE is only allowed together with UserGroupIdsToAdd (not modelled by the fake).',
      );
    if (strategy !== 'ROTATE' && strategy !== 'SET')
      throw invalidValue(`Invalid AuthTokenUpdateStrategy: ${String(strategy)}`);
    if (input.AuthToken === undefined)
      throw invalidValue(`AuthToken is required with AuthTokenUpdateStrategy ${strategy}.`);
    if (!rg.transitEncryption)
      throw invalidValue('The AUTH token can only be modified when encryption-in-transit is enabled.');
    this.validateAuthToken(input.AuthToken);
    if (strategy === 'SET' && input.AuthToken !== rg.auth.lastRotated) {
      throw invalidValue(
        'The AUTH token provided with the SET strategy must match the most recently rotated token.',
      );
    }
    now.auth = { strategy, token: input.AuthToken };
  }

  private planLogDelivery(
    rg: FakeReplicationGroup,
    input: ModifyReplicationGroupMessage,
    now: GroupChanges,
    engine: Engine,
    fullVersion: string,
  ): void {
    const reqs = input.LogDeliveryConfigurations;
    if (reqs === undefined) return;
    if (input.ApplyImmediately !== true)
      throw invalidValue(
        'To modify the log delivery configuration, set the apply-immediately parameter to true.',
      );
    this.validateLogDelivery(reqs, engine, fullVersion);
    const target = new Map<string | undefined, LogDeliveryConfiguration>(
      rg.logDelivery.map((l) => [l.LogType, { ...l, Status: 'active' }]),
    );
    for (const r of reqs) {
      if (r.Enabled === false) target.delete(r.LogType);
      else target.set(r.LogType, ReplicationGroups.toConfig(r, 'active'));
    }
    const next = [...target.values()];
    const canonical = (list: LogDeliveryConfiguration[]) =>
      JSON.stringify(
        list
          .map((l) => ({ ...l, Status: undefined }))
          .sort((a, b) => String(a.LogType).localeCompare(String(b.LogType))),
      );
    if (canonical(next) !== canonical(rg.logDelivery)) now.logDelivery = next;
  }

  modify(input: ModifyReplicationGroupMessage): FakeReplicationGroup {
    const rg = requireReplicationGroup(this.ctx, input.ReplicationGroupId);
    this.assertAvailable(rg, 'Replication group must be in available state to modify.');
    const busy = this.busyMember(rg);
    if (busy)
      throw ecError(
        InvalidCacheClusterStateFault,
        `Cache cluster ${busy.id} is not in a valid state to be modified (status ${busy.status}).`,
      );
    const { now, deferred } = this.planModify(rg, input);
    if (Object.keys(now).length === 0 && Object.keys(deferred).length === 0)
      throw invalidCombination('No modifications were requested');
    // AWS: ApplyImmediately=true applies "the modifications in this request and any pending
    // modifications" — what an earlier call left for the maintenance window goes now too.
    if (input.ApplyImmediately === true && Object.keys(rg.deferred).length > 0) {
      for (const [k, v] of Object.entries(rg.deferred)) {
        if ((now as Record<string, unknown>)[k] === undefined) (now as Record<string, unknown>)[k] = v;
      }
      rg.deferred = {};
    }
    Object.assign(rg.deferred, deferred);
    for (const k of ['cacheNodeType', 'engine', 'engineVersion', 'parameterGroupName'] as const) {
      if (now[k] !== undefined) delete rg.deferred[k];
    }
    if (Object.keys(now).length > 0) this.startModify(rg, now);
    return rg;
  }

  /** Apply maintenance-window changes (pending node type / engine version) now. */
  runMaintenance(id?: string): void {
    for (const rg of this.world.replicationGroups.values()) {
      if ((id !== undefined && rg.id !== id.toLowerCase()) || rg.status !== 'available') continue;
      if (Object.keys(rg.deferred).length === 0) continue;
      const changes = { ...rg.deferred };
      rg.deferred = {};
      this.startModify(rg, changes);
    }
  }

  // ----- replicas ---------------------------------------------------------------------------------

  private checkReplicaChange(
    rg: FakeReplicationGroup,
    applyImmediately: boolean | undefined,
    requested: number | undefined,
  ): number {
    if (applyImmediately !== true)
      throw invalidValue('ApplyImmediately=false is not currently supported; set ApplyImmediately to true.');
    this.assertAvailable(rg, `Replication group ${rg.id} is not in available state (status ${rg.status}).`);
    const busy = this.busyMember(rg);
    if (busy)
      throw ecError(
        InvalidReplicationGroupStateFault,
        `Replication group ${rg.id} has cache cluster ${busy.id} in state ${busy.status}.`,
      );
    const current = rg.memberIds.length - 1;
    if (requested !== undefined) {
      if (!Number.isInteger(requested) || requested < 0 || requested > MAX_REPLICAS)
        throw invalidValue(`NewReplicaCount must be between 0 and ${MAX_REPLICAS}.`);
      if (requested === current)
        throw ecError(
          NoOperationFault,
          'Requested new replica count already matches current number of replicas',
        );
    }
    return current;
  }

  /** The group is `modifying` for replicaMs, then `available` while the changed members lag behind. */
  private runReplicaChange(
    rg: FakeReplicationGroup,
    changed: FakeCacheCluster[],
    settle: (at: number) => void,
  ): void {
    rg.opToken += 1;
    rg.status = 'modifying';
    this.later(rg, this.ctx.durations.replicaMs, () => {
      rg.status = 'available';
      this.later(rg, this.ctx.durations.memberLagMs, (at) => {
        settle(at);
        for (const m of changed) {
          this.ctx.emit(
            {
              SourceIdentifier: m.id,
              SourceType: 'cache-cluster',
              Message: m.status === 'deleting' ? 'Cache cluster deleted' : 'Cache cluster created',
            },
            at,
          );
        }
      });
    });
  }

  increaseReplicas(input: {
    ReplicationGroupId?: string;
    NewReplicaCount?: number;
    ApplyImmediately?: boolean;
  }): FakeReplicationGroup {
    const rg = requireReplicationGroup(this.ctx, input.ReplicationGroupId);
    if (input.NewReplicaCount === undefined)
      throw invalidValue('NewReplicaCount must be provided for a cluster mode disabled replication group.');
    const current = this.checkReplicaChange(rg, input.ApplyImmediately, input.NewReplicaCount);
    if (input.NewReplicaCount < current)
      throw invalidValue(
        `NewReplicaCount ${input.NewReplicaCount} must be greater than the current replica count ${current}.`,
      );
    const azs = [
      ...new Set(
        requireSubnetGroup(this.ctx, rg.subnetGroupName).subnetIds.map(
          (s) => this.world.subnets.get(s)?.availabilityZone ?? '',
        ),
      ),
    ].sort();
    const added: FakeCacheCluster[] = [];
    for (let i = current; i < input.NewReplicaCount; i++) {
      const usage = (az: string) => this.members(rg).filter((m) => m.availabilityZone === az).length;
      const az = [...azs].sort((a, b) => usage(a) - usage(b))[0]!;
      added.push(this.addMember(rg, 'creating', az));
    }
    this.runReplicaChange(rg, added, () => added.forEach((m) => (m.status = 'available')));
    return rg;
  }

  decreaseReplicas(input: {
    ReplicationGroupId?: string;
    NewReplicaCount?: number;
    ReplicasToRemove?: string[];
    ApplyImmediately?: boolean;
  }): FakeReplicationGroup {
    const rg = requireReplicationGroup(this.ctx, input.ReplicationGroupId);
    const toRemoveIds = input.ReplicasToRemove?.map((r) => r.toLowerCase());
    const requested =
      input.NewReplicaCount ?? (toRemoveIds ? rg.memberIds.length - 1 - toRemoveIds.length : undefined);
    if (requested === undefined)
      throw invalidValue('Either NewReplicaCount or ReplicasToRemove must be provided.');
    const current = this.checkReplicaChange(rg, input.ApplyImmediately, requested);
    if (requested > current)
      throw invalidValue(
        `NewReplicaCount ${requested} must be less than the current replica count ${current}.`,
      );
    if (requested < 1 && (rg.multiAZ || rg.automaticFailover === 'enabled')) {
      throw invalidCombination(
        'Cannot decrease the replica count below 1 while Multi-AZ or automatic failover is enabled.',
      );
    }
    const primary = rg.memberIds[0];
    let victims: string[];
    if (toRemoveIds) {
      const bad = toRemoveIds.find((id) => !rg.memberIds.includes(id) || id === primary);
      if (bad) throw invalidValue(`${bad} is not a replica of ${rg.id} that can be removed.`);
      if (toRemoveIds.length !== current - requested)
        throw invalidValue('ReplicasToRemove does not match NewReplicaCount.');
      victims = toRemoveIds;
    } else {
      victims = rg.memberIds.slice(1).slice(-(current - requested));
    }
    const removed = victims.map((id) => this.world.cacheClusters.get(id)!);
    removed.forEach((m) => (m.status = 'deleting'));
    this.runReplicaChange(rg, removed, () => this.removeMembers(rg, victims));
    return rg;
  }

  // ----- delete -----------------------------------------------------------------------------------

  delete(input: {
    ReplicationGroupId?: string;
    FinalSnapshotIdentifier?: string;
    RetainPrimaryCluster?: boolean;
  }): FakeReplicationGroup {
    if (input.RetainPrimaryCluster)
      throw new Error('fake cloud: DeleteReplicationGroup RetainPrimaryCluster is not supported by the fake');
    const rg = requireReplicationGroup(this.ctx, input.ReplicationGroupId);
    if (rg.status !== 'available' && rg.status !== 'create-failed') {
      throw ecError(
        InvalidReplicationGroupStateFault,
        `Replication group ${rg.id} has status ${rg.status} which is not valid for deletion.`,
      );
    }
    const busy = this.busyMember(rg);
    if (busy)
      throw ecError(
        InvalidReplicationGroupStateFault,
        `Cache cluster ${busy.id} is not in a valid state to be deleted.`,
      );
    // Everything about the final snapshot is checked before anything changes.
    let finalSnapshot: string | undefined;
    if (input.FinalSnapshotIdentifier !== undefined) {
      finalSnapshot = this.snapshots.checkFinal(input.FinalSnapshotIdentifier);
      if (rg.status !== 'available' || rg.memberIds.length === 0)
        throw ecError(
          InvalidReplicationGroupStateFault,
          `Replication group ${rg.id} has status ${rg.status}; a final snapshot cannot be taken.`,
        );
    }
    rg.opToken += 1;
    rg.status = 'deleting';
    this.setMembers(rg, 'deleting');
    let wait = this.ctx.durations.deleteMs;
    if (finalSnapshot !== undefined) {
      // The final snapshot is taken from the primary, before the nodes go.
      const primary = this.world.cacheClusters.get(rg.memberIds[0]!);
      this.snapshots.take(rg, primary, {
        name: finalSnapshot,
        byCluster: false,
        kmsKeyId: undefined,
        markSource: false,
      });
      wait += this.ctx.durations.snapshotCreateMs;
    }
    this.later(rg, wait, (at) => {
      this.removeMembers(rg, [...rg.memberIds]);
      this.world.replicationGroups.delete(rg.id);
      this.world.tags.delete(rg.arn);
      this.snapshots.dropAutomated(rg.id);
      this.ctx.emit(
        {
          SourceIdentifier: rg.id,
          SourceType: 'replication-group',
          Message: `Replication group ${rg.id} deleted`,
        },
        at,
      );
    });
    return rg;
  }

  // ----- auth introspection -----------------------------------------------------------------------

  acceptedTokens(id: string): string[] {
    return [...requireReplicationGroup(this.ctx, id).auth.tokens];
  }

  allowsUnauthenticated(id: string): boolean {
    return requireReplicationGroup(this.ctx, id).auth.unauthenticated;
  }

  // ----- routes -----------------------------------------------------------------------------------

  routes(): RouteDef[] {
    const { ctx, world } = this;
    return [
      route(DescribeReplicationGroupsCommand, (input) => {
        const all = input.ReplicationGroupId
          ? [requireReplicationGroup(ctx, input.ReplicationGroupId)]
          : [...world.replicationGroups.values()].sort((a, b) => a.id.localeCompare(b.id));
        const page = paginate(
          all,
          pageSize(input.MaxRecords, PAGE, invalidValue),
          input.Marker,
          invalidValue,
        );
        return compact({ ReplicationGroups: page.items.map((rg) => this.render(rg)), Marker: page.next });
      }),
      route(DescribeCacheClustersCommand, (input) => {
        let all: FakeCacheCluster[];
        if (input.CacheClusterId) {
          const m = world.cacheClusters.get(input.CacheClusterId.toLowerCase());
          if (!m) throw ecError(CacheClusterNotFoundFault, `CacheCluster ${input.CacheClusterId} not found.`);
          all = [m];
        } else {
          all = input.ShowCacheClustersNotInReplicationGroups
            ? []
            : [...world.cacheClusters.values()].sort((a, b) => a.id.localeCompare(b.id));
        }
        const page = paginate(
          all,
          pageSize(input.MaxRecords, PAGE, invalidValue),
          input.Marker,
          invalidValue,
        );
        return compact({
          CacheClusters: page.items.map((m) => this.renderMember(m, input.ShowCacheNodeInfo === true)),
          Marker: page.next,
        });
      }),
      route(CreateReplicationGroupCommand, (input) => ({
        ReplicationGroup: this.render(this.create(input)),
      })),
      route(ModifyReplicationGroupCommand, (input) => ({
        ReplicationGroup: this.render(this.modify(input)),
      })),
      route(IncreaseReplicaCountCommand, (input) => ({
        ReplicationGroup: this.render(this.increaseReplicas(input)),
      })),
      route(DecreaseReplicaCountCommand, (input) => ({
        ReplicationGroup: this.render(this.decreaseReplicas(input)),
      })),
      route(DeleteReplicationGroupCommand, (input) => ({
        ReplicationGroup: this.render(this.delete(input)),
      })),
    ];
  }
}

export type { ReplicationGroupStatus };
