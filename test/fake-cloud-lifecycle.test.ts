// The fake cloud's lifecycle behaviour: snapshots, deleting a replication group (with a final
// snapshot), what lingers after a delete (ENIs, parameter and subnet groups) and restores.
// Driven through the real SDK clients and the virtual clock.

import { CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DeleteSecurityGroupCommand,
  DescribeNetworkInterfacesCommand,
  EC2Client,
  EC2ServiceException,
} from '@aws-sdk/client-ec2';
import {
  AddTagsToResourceCommand,
  CacheClusterNotFoundFault,
  CacheParameterGroupNotFoundFault,
  CacheSubnetGroupInUse,
  CacheSubnetGroupNotFoundFault,
  CreateCacheParameterGroupCommand,
  CreateCacheSubnetGroupCommand,
  type CreateReplicationGroupMessage,
  CreateReplicationGroupCommand,
  CreateSnapshotCommand,
  DecreaseReplicaCountCommand,
  DeleteCacheParameterGroupCommand,
  DeleteCacheSubnetGroupCommand,
  DeleteReplicationGroupCommand,
  DeleteSnapshotCommand,
  DescribeCacheClustersCommand,
  DescribeEngineDefaultParametersCommand,
  DescribeEventsCommand,
  DescribeReplicationGroupsCommand,
  DescribeSnapshotsCommand,
  type DescribeSnapshotsMessage,
  ElastiCacheClient,
  ElastiCacheServiceException,
  InvalidCacheClusterStateFault,
  InvalidCacheParameterGroupStateFault,
  InvalidKMSKeyFault,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  InvalidReplicationGroupStateFault,
  InvalidSnapshotStateFault,
  ListTagsForResourceCommand,
  ModifyReplicationGroupCommand,
  RemoveTagsFromResourceCommand,
  ReplicationGroupNotFoundFault,
  ResetCacheParameterGroupCommand,
  SnapshotAlreadyExistsFault,
  SnapshotNotFoundFault,
} from '@aws-sdk/client-elasticache';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from './fake/expect-error.js';
import { createFakeCloud, DEFAULT_DURATIONS, type FakeCloud } from './fake/index.js';

const REGION = 'us-east-1';
const clientConfig = { region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } };
const MIN = 60_000;
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';

let fake: FakeCloud;
let ec: ElastiCacheClient;
let ec2: EC2Client;
let appSg: string;

function groupInput(
  overrides: Partial<CreateReplicationGroupMessage> = {},
): CreateReplicationGroupMessage & { ReplicationGroupId: string } {
  return {
    ReplicationGroupId: 'shop-cache',
    ReplicationGroupDescription: 'shop cache',
    Engine: 'redis',
    EngineVersion: '7.1',
    CacheNodeType: 'cache.t4g.small',
    NumCacheClusters: 2,
    CacheSubnetGroupName: 'shop-cache',
    CacheParameterGroupName: 'shop-cache-redis7',
    SecurityGroupIds: [appSg],
    SnapshotWindow: '03:00-04:00',
    PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
    ...overrides,
  } as CreateReplicationGroupMessage & { ReplicationGroupId: string };
}

const describeGroup = async (id = 'shop-cache') =>
  (await ec.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: id }))).ReplicationGroups![0]!;
const describeMember = async (id: string) =>
  (await ec.send(new DescribeCacheClustersCommand({ CacheClusterId: id, ShowCacheNodeInfo: true })))
    .CacheClusters![0]!;
const describeSnapshot = async (name: string) =>
  (await ec.send(new DescribeSnapshotsCommand({ SnapshotName: name }))).Snapshots![0]!;
const snapshotArn = (name: string) => `arn:aws:elasticache:${REGION}:123456789012:snapshot:${name}`;

beforeEach(() => {
  fake = createFakeCloud({ region: REGION, seed: 3 });
  fake.install();
  ec = new ElastiCacheClient(clientConfig);
  ec2 = new EC2Client(clientConfig);
  fake.addVpc({
    vpcId: 'vpc-0a1',
    subnets: [
      { subnetId: 'subnet-a', az: 'us-east-1a' },
      { subnetId: 'subnet-b', az: 'us-east-1b' },
    ],
  });
  appSg = fake.addSecurityGroup({ vpcId: 'vpc-0a1', groupName: 'shop-cache' });
  fake.seed(CreateCacheSubnetGroupCommand, {
    CacheSubnetGroupName: 'shop-cache',
    CacheSubnetGroupDescription: 'shop',
    SubnetIds: ['subnet-a', 'subnet-b'],
  });
  fake.seed(CreateCacheParameterGroupCommand, {
    CacheParameterGroupName: 'shop-cache-redis7',
    CacheParameterGroupFamily: 'redis7',
    Description: 'shop',
  });
  fake.seed(CreateLogGroupCommand, { logGroupName: '/unused' });
});

afterEach(() => fake.restore());

describe('durations', () => {
  it('has realistic defaults for the new operations, overridable per test', () => {
    expect(DEFAULT_DURATIONS).toMatchObject({
      deleteMs: 6 * MIN,
      snapshotCreateMs: 4 * MIN,
      snapshotDeleteMs: MIN,
      restoreMs: 18 * MIN,
      eniLingerMs: 5 * MIN,
    });
    expect(DEFAULT_DURATIONS.restoreMs).toBeGreaterThan(DEFAULT_DURATIONS.createMs);
    fake.durations.snapshotCreateMs = 1000;
    expect(createFakeCloud().durations.snapshotCreateMs).toBe(4 * MIN);
  });
});

describe('CreateSnapshot', () => {
  it('by replication group: creating → available, the group and its replica snapshotting meanwhile', async () => {
    fake.seedReplicationGroup(groupInput());
    const created = await ec.send(
      new CreateSnapshotCommand({ SnapshotName: 'Shop-Before-Upgrade', ReplicationGroupId: 'shop-cache' }),
    );
    expect(created.Snapshot).toMatchObject({
      SnapshotName: 'shop-before-upgrade',
      ARN: snapshotArn('shop-before-upgrade'),
      ReplicationGroupId: 'shop-cache',
      ReplicationGroupDescription: 'shop cache',
      SnapshotStatus: 'creating',
      SnapshotSource: 'manual',
      Engine: 'redis',
      EngineVersion: '7.1.0',
      CacheNodeType: 'cache.t4g.small',
      NumNodeGroups: 1,
      Port: 6379,
      CacheParameterGroupName: 'shop-cache-redis7',
      CacheSubnetGroupName: 'shop-cache',
      VpcId: 'vpc-0a1',
      SnapshotWindow: '03:00-04:00',
      PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
      DataTiering: 'disabled',
    });
    expect(created.Snapshot!.CacheClusterId).toBeUndefined();
    // Taken from the replica, like AWS does for a group with replicas.
    expect(created.Snapshot!.NodeSnapshots).toEqual([
      expect.objectContaining({
        CacheClusterId: 'shop-cache-002',
        NodeGroupId: '0001',
        CacheNodeId: '0001',
        CacheSize: expect.stringMatching(/^\d+ MB$/),
        SnapshotCreateTime: new Date(fake.clock.now()),
      }),
    ]);
    expect((await describeGroup()).Status).toBe('snapshotting');
    expect((await describeMember('shop-cache-002')).CacheClusterStatus).toBe('snapshotting');
    expect((await describeMember('shop-cache-001')).CacheClusterStatus).toBe('available');
    await expectError(
      ec.send(
        new ModifyReplicationGroupCommand({ ReplicationGroupId: 'shop-cache', SnapshotRetentionLimit: 3 }),
      ),
      InvalidReplicationGroupStateFault,
      'InvalidReplicationGroupStateFault',
      400,
    );

    fake.clock.advance(fake.durations.snapshotCreateMs - 1);
    expect((await describeSnapshot('shop-before-upgrade')).SnapshotStatus).toBe('creating');
    fake.clock.advance(1);
    expect((await describeSnapshot('SHOP-BEFORE-UPGRADE')).SnapshotStatus).toBe('available');
    expect((await describeGroup()).Status).toBe('available');
    expect((await describeMember('shop-cache-002')).CacheClusterStatus).toBe('available');
    const events = await ec.send(
      new DescribeEventsCommand({ SourceIdentifier: 'shop-cache', SourceType: 'replication-group' }),
    );
    expect(events.Events!.map((e) => e.Message)).toContain(
      "Snapshot succeeded for snapshot with ID 'shop-before-upgrade' of replication group with ID 'shop-cache'",
    );
  });

  it('by cache cluster: names the cluster; the member is snapshotting and refuses a second one', async () => {
    fake.seedReplicationGroup(groupInput());
    const { Snapshot: s } = await ec.send(
      new CreateSnapshotCommand({ SnapshotName: 'by-node', CacheClusterId: 'shop-cache-001' }),
    );
    expect(s).toMatchObject({
      CacheClusterId: 'shop-cache-001',
      ReplicationGroupId: 'shop-cache',
      NumCacheNodes: 1,
      PreferredAvailabilityZone: 'us-east-1a',
    });
    expect(s!.NumNodeGroups).toBeUndefined();
    expect((await describeMember('shop-cache-001')).CacheClusterStatus).toBe('snapshotting');
    expect((await describeGroup()).Status).toBe('snapshotting');
    await expectError(
      ec.send(new CreateSnapshotCommand({ SnapshotName: 'again', CacheClusterId: 'shop-cache-001' })),
      InvalidCacheClusterStateFault,
      'InvalidCacheClusterStateFault',
      400,
      /shop-cache-001 has status snapshotting/,
    );
    await expectError(
      ec.send(new CreateSnapshotCommand({ SnapshotName: 'again', ReplicationGroupId: 'shop-cache' })),
      InvalidReplicationGroupStateFault,
      'InvalidReplicationGroupStateFault',
      400,
    );
    expect(fake.snapshot('again')).toBeUndefined();
  });

  it('refuses what AWS refuses, with the SDK classes and nothing created', async () => {
    fake.seedReplicationGroup(groupInput());
    fake.seedSnapshot({ name: 'taken', replicationGroupId: 'shop-cache' });
    await expectError(
      ec.send(new CreateSnapshotCommand({ SnapshotName: 'TAKEN', ReplicationGroupId: 'shop-cache' })),
      SnapshotAlreadyExistsFault,
      'SnapshotAlreadyExistsFault',
      400,
    );
    await expectError(
      ec.send(new CreateSnapshotCommand({ SnapshotName: 'x', ReplicationGroupId: 'nope' })),
      ReplicationGroupNotFoundFault,
      'ReplicationGroupNotFoundFault',
      404,
    );
    await expectError(
      ec.send(new CreateSnapshotCommand({ SnapshotName: 'x', CacheClusterId: 'nope-001' })),
      CacheClusterNotFoundFault,
      'CacheClusterNotFoundFault',
      404,
    );
    await expectError(
      ec.send(
        new CreateSnapshotCommand({
          SnapshotName: 'x',
          ReplicationGroupId: 'shop-cache',
          CacheClusterId: 'shop-cache-001',
        }),
      ),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
    );
    await expectError(
      ec.send(new CreateSnapshotCommand({ SnapshotName: 'x' })),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
    );
    for (const bad of ['1st', 'a--b', 'trailing-', 'automatic.x', '']) {
      await expectError(
        ec.send(new CreateSnapshotCommand({ SnapshotName: bad, ReplicationGroupId: 'shop-cache' })),
        InvalidParameterValueException,
        'InvalidParameterValueException',
        400,
      );
    }
    await expectError(
      ec.send(
        new CreateSnapshotCommand({ SnapshotName: 'x', ReplicationGroupId: 'shop-cache', KmsKeyId: KEY_ID }),
      ),
      InvalidKMSKeyFault,
      'InvalidKMSKeyFault',
      400,
    );
    fake.addKmsKey({ keyId: KEY_ID, aliases: ['alias/cache'], state: 'Disabled' });
    await expectError(
      ec.send(
        new CreateSnapshotCommand({
          SnapshotName: 'x',
          ReplicationGroupId: 'shop-cache',
          KmsKeyId: 'alias/cache',
        }),
      ),
      InvalidKMSKeyFault,
      'InvalidKMSKeyFault',
      400,
    );
    expect([...fake.state.snapshots.keys()]).toEqual(['taken']);
    expect((await describeGroup()).Status).toBe('available');

    fake.seedReplicationGroup(groupInput({ ReplicationGroupId: 'young' }), { status: 'creating' });
    await expectError(
      ec.send(new CreateSnapshotCommand({ SnapshotName: 'x', ReplicationGroupId: 'young' })),
      InvalidReplicationGroupStateFault,
      'InvalidReplicationGroupStateFault',
      400,
    );
    await expectError(
      ec.send(new CreateSnapshotCommand({ SnapshotName: 'x', CacheClusterId: 'young-001' })),
      InvalidCacheClusterStateFault,
      'InvalidCacheClusterStateFault',
      400,
    );
  });

  it('encrypts with an enabled KMS key given by alias', async () => {
    fake.seedReplicationGroup(groupInput());
    fake.addKmsKey({ keyId: KEY_ID, aliases: ['alias/cache'] });
    const { Snapshot: s } = await ec.send(
      new CreateSnapshotCommand({
        SnapshotName: 'enc',
        ReplicationGroupId: 'shop-cache',
        KmsKeyId: 'alias/cache',
      }),
    );
    expect(s!.KmsKeyId).toBe('alias/cache');
  });

  it('tags snapshots on create (needing AddTagsToResource) and through their ARN', async () => {
    fake.seedReplicationGroup(groupInput());
    fake.deny('elasticache:AddTagsToResource');
    await expectError(
      ec.send(
        new CreateSnapshotCommand({
          SnapshotName: 'tagged',
          ReplicationGroupId: 'shop-cache',
          Tags: [{ Key: 'app', Value: 'shop' }],
        }),
      ),
      ElastiCacheServiceException,
      'AccessDenied',
      403,
      /elasticache:AddTagsToResource on resource: arn:aws:elasticache:us-east-1:123456789012:snapshot:tagged/,
    );
    expect(fake.snapshot('tagged')).toBeUndefined();
    expect((await describeGroup()).Status).toBe('available');
    fake.allow('elasticache:AddTagsToResource');
    await ec.send(
      new CreateSnapshotCommand({
        SnapshotName: 'tagged',
        ReplicationGroupId: 'shop-cache',
        Tags: [{ Key: 'app', Value: 'shop' }],
      }),
    );
    const arn = snapshotArn('tagged');
    await ec.send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: [{ Key: 'keep', Value: 'no' }] }));
    expect((await ec.send(new ListTagsForResourceCommand({ ResourceName: arn }))).TagList).toEqual([
      { Key: 'app', Value: 'shop' },
      { Key: 'keep', Value: 'no' },
    ]);
    await ec.send(new RemoveTagsFromResourceCommand({ ResourceName: arn, TagKeys: ['app'] }));
    expect((await ec.send(new ListTagsForResourceCommand({ ResourceName: arn }))).TagList).toEqual([
      { Key: 'keep', Value: 'no' },
    ]);
    await expectError(
      ec.send(new ListTagsForResourceCommand({ ResourceName: snapshotArn('missing') })),
      SnapshotNotFoundFault,
      'SnapshotNotFoundFault',
      404,
    );
  });
});

describe('call recording', () => {
  it('classifies the new ElastiCache commands for mutatingCalls()', async () => {
    fake.seedReplicationGroup(groupInput());
    await ec.send(new CreateSnapshotCommand({ SnapshotName: 's', ReplicationGroupId: 'shop-cache' }));
    await ec.send(new DescribeSnapshotsCommand({}));
    await ec.send(new DescribeEngineDefaultParametersCommand({ CacheParameterGroupFamily: 'redis7' }));
    await ec2.send(new DescribeNetworkInterfacesCommand({}));
    fake.clock.advance(fake.durations.snapshotCreateMs);
    await ec.send(new DeleteSnapshotCommand({ SnapshotName: 's' }));
    await ec.send(
      new ResetCacheParameterGroupCommand({
        CacheParameterGroupName: 'shop-cache-redis7',
        ResetAllParameters: true,
      }),
    );
    expect(fake.mutatingCalls().map((c) => c.command)).toEqual([
      'CreateSnapshot',
      'DeleteSnapshot',
      'ResetCacheParameterGroup',
    ]);
    expect(fake.calls.map((c) => c.service)).toEqual([
      'elasticache',
      'elasticache',
      'elasticache',
      'ec2',
      'elasticache',
      'elasticache',
    ]);
  });
});

describe('DescribeSnapshots', () => {
  it('filters by group, cluster, name and source (system = automated, user = manual)', async () => {
    fake.seedReplicationGroup(groupInput({ SnapshotRetentionLimit: 7 }));
    const day = 86_400_000;
    const now = fake.clock.now();
    fake.seedSnapshot({ replicationGroupId: 'shop-cache', source: 'automated', createTime: now - 2 * day });
    fake.seedSnapshot({ replicationGroupId: 'shop-cache', source: 'automated', createTime: now - day });
    fake.seedSnapshot({ name: 'manual-old', replicationGroupId: 'shop-cache', createTime: now - 30 * day });
    fake.seedSnapshot({ name: 'gone-group', replicationGroupId: 'old-preview', createTime: now - 3 * day });

    const all = (await ec.send(new DescribeSnapshotsCommand({}))).Snapshots!;
    // Oldest first.
    expect(all.map((s) => s.SnapshotName)).toEqual([
      'manual-old',
      'gone-group',
      'automatic.shop-cache-002-2025-12-30-00-00',
      'automatic.shop-cache-002-2025-12-31-00-00',
    ]);
    expect(all[2]).toMatchObject({
      SnapshotSource: 'automated',
      CacheClusterId: 'shop-cache-002',
      ReplicationGroupId: 'shop-cache',
    });
    expect(all[1]).toMatchObject({ ReplicationGroupId: 'old-preview', SnapshotSource: 'manual' });

    const names = async (input: DescribeSnapshotsMessage) =>
      (await ec.send(new DescribeSnapshotsCommand(input))).Snapshots!.map((s) => s.SnapshotName);
    expect(await names({ SnapshotSource: 'system' })).toHaveLength(2);
    expect(await names({ SnapshotSource: 'user' })).toEqual(['manual-old', 'gone-group']);
    expect(await names({ ReplicationGroupId: 'shop-cache', SnapshotSource: 'user' })).toEqual(['manual-old']);
    expect(await names({ ReplicationGroupId: 'SHOP-CACHE' })).toHaveLength(3);
    expect(await names({ ReplicationGroupId: 'no-such-group' })).toEqual([]);
    expect(await names({ CacheClusterId: 'shop-cache-002' })).toHaveLength(3);
    expect(await names({ SnapshotName: 'Gone-Group' })).toEqual(['gone-group']);

    await expectError(
      ec.send(new DescribeSnapshotsCommand({ SnapshotName: 'nope' })),
      SnapshotNotFoundFault,
      'SnapshotNotFoundFault',
      404,
    );
    await expectError(
      ec.send(new DescribeSnapshotsCommand({ CacheClusterId: 'nope-001' })),
      CacheClusterNotFoundFault,
      'CacheClusterNotFoundFault',
      404,
    );
    await expectError(
      ec.send(new DescribeSnapshotsCommand({ SnapshotSource: 'manual' })),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
  });

  it('pages with MaxRecords 20–50', async () => {
    for (let i = 0; i < 25; i++)
      fake.seedSnapshot({
        name: `s-${String(i).padStart(2, '0')}`,
        replicationGroupId: 'shop-cache',
        createTime: Date.UTC(2025, 0, 1) + i * 1000,
      });
    const first = await ec.send(new DescribeSnapshotsCommand({ MaxRecords: 20 }));
    expect(first.Snapshots).toHaveLength(20);
    expect(first.Marker).toBeDefined();
    const second = await ec.send(new DescribeSnapshotsCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(second.Snapshots!.map((s) => s.SnapshotName)).toEqual(['s-20', 's-21', 's-22', 's-23', 's-24']);
    expect(second.Marker).toBeUndefined();
    expect((await ec.send(new DescribeSnapshotsCommand({}))).Snapshots).toHaveLength(25);
    for (const MaxRecords of [19, 51]) {
      await expectError(
        ec.send(new DescribeSnapshotsCommand({ MaxRecords })),
        InvalidParameterValueException,
        'InvalidParameterValueException',
        400,
      );
    }
  });

  it('seeds automated and manual snapshots of any age', () => {
    const s = fake.seedSnapshot({
      replicationGroupId: 'old-preview',
      source: 'automated',
      createTime: Date.UTC(2025, 5, 1, 4, 30),
      engine: 'valkey',
      engineVersion: '8.0',
      tags: { app: 'shop' },
    });
    expect(s).toMatchObject({
      SnapshotName: 'automatic.old-preview-001-2025-06-01-04-30',
      SnapshotSource: 'automated',
      Engine: 'valkey',
      EngineVersion: '8.0.1',
      SnapshotStatus: 'available',
    });
    expect(fake.state.tags.get(s.ARN!)).toEqual({ app: 'shop' });
    expect(() =>
      fake.seedSnapshot({ name: s.SnapshotName!, replicationGroupId: 'x', source: 'automated' }),
    ).toThrow(/already exists/);
    expect(
      fake.seedSnapshot({ replicationGroupId: 'x', status: 'creating', createTime: Date.UTC(2025, 0, 2) }),
    ).toMatchObject({ SnapshotName: 'x-2025-01-02-00-00', SnapshotStatus: 'creating' });
  });
});

describe('DeleteSnapshot', () => {
  it('available → deleting → gone; refused while creating, deleting or restoring', async () => {
    fake.seedReplicationGroup(groupInput());
    await ec.send(new CreateSnapshotCommand({ SnapshotName: 'snap', ReplicationGroupId: 'shop-cache' }));
    await expectError(
      ec.send(new DeleteSnapshotCommand({ SnapshotName: 'snap' })),
      InvalidSnapshotStateFault,
      'InvalidSnapshotStateFault',
      400,
      /status creating/,
    );
    fake.clock.advance(fake.durations.snapshotCreateMs);
    const arn = snapshotArn('snap');
    await ec.send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: [{ Key: 'a', Value: 'b' }] }));
    const deleted = await ec.send(new DeleteSnapshotCommand({ SnapshotName: 'SNAP' }));
    expect(deleted.Snapshot!.SnapshotStatus).toBe('deleting');
    expect((await describeSnapshot('snap')).SnapshotStatus).toBe('deleting');
    await expectError(
      ec.send(new DeleteSnapshotCommand({ SnapshotName: 'snap' })),
      InvalidSnapshotStateFault,
      'InvalidSnapshotStateFault',
      400,
    );
    fake.clock.advance(fake.durations.snapshotDeleteMs);
    await expectError(
      ec.send(new DescribeSnapshotsCommand({ SnapshotName: 'snap' })),
      SnapshotNotFoundFault,
      'SnapshotNotFoundFault',
      404,
    );
    expect(fake.state.tags.has(arn)).toBe(false);
    await expectError(
      ec.send(new DeleteSnapshotCommand({ SnapshotName: 'snap' })),
      SnapshotNotFoundFault,
      'SnapshotNotFoundFault',
      404,
    );
  });
});

describe('DeleteReplicationGroup', () => {
  it('deleting (group and members) → gone: NotFound for the group and its members', async () => {
    fake.seedReplicationGroup(groupInput());
    const res = await ec.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: 'Shop-Cache' }));
    expect(res.ReplicationGroup!.Status).toBe('deleting');
    expect((await describeMember('shop-cache-001')).CacheClusterStatus).toBe('deleting');
    expect((await describeMember('shop-cache-002')).CacheClusterStatus).toBe('deleting');
    await expectError(
      ec.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: 'shop-cache' })),
      InvalidReplicationGroupStateFault,
      'InvalidReplicationGroupStateFault',
      400,
      'Replication group shop-cache has status deleting which is not valid for deletion.',
    );
    fake.clock.advance(fake.durations.deleteMs - 1);
    expect((await describeGroup()).Status).toBe('deleting');
    fake.clock.advance(1);
    await expectError(describeGroup(), ReplicationGroupNotFoundFault, 'ReplicationGroupNotFoundFault', 404);
    await expectError(
      describeMember('shop-cache-001'),
      CacheClusterNotFoundFault,
      'CacheClusterNotFoundFault',
      404,
    );
    await expectError(
      ec.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: 'shop-cache' })),
      ReplicationGroupNotFoundFault,
      'ReplicationGroupNotFoundFault',
      404,
    );
  });

  it('is refused while creating, modifying or snapshotting', async () => {
    fake.seedReplicationGroup(groupInput({ ReplicationGroupId: 'young' }), { status: 'creating' });
    fake.seedReplicationGroup(groupInput({ ReplicationGroupId: 'busy' }));
    fake.seedReplicationGroup(groupInput({ ReplicationGroupId: 'backing-up' }));
    await ec.send(
      new ModifyReplicationGroupCommand({ ReplicationGroupId: 'busy', SnapshotRetentionLimit: 1 }),
    );
    await ec.send(new CreateSnapshotCommand({ SnapshotName: 'b', ReplicationGroupId: 'backing-up' }));
    for (const [id, status] of [
      ['young', 'creating'],
      ['busy', 'modifying'],
      ['backing-up', 'snapshotting'],
    ] as const) {
      await expectError(
        ec.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: id })),
        InvalidReplicationGroupStateFault,
        'InvalidReplicationGroupStateFault',
        400,
        `Replication group ${id} has status ${status} which is not valid for deletion.`,
      );
      expect((await describeGroup(id)).Status).toBe(status);
    }
  });

  it('takes a final snapshot from the primary first, then goes; automated snapshots go with it', async () => {
    fake.seedReplicationGroup(groupInput({ SnapshotRetentionLimit: 7 }));
    const auto = fake.seedSnapshot({ replicationGroupId: 'shop-cache', source: 'automated' });
    fake.seedSnapshot({ name: 'kept', replicationGroupId: 'shop-cache' });
    await ec.send(
      new DeleteReplicationGroupCommand({
        ReplicationGroupId: 'shop-cache',
        FinalSnapshotIdentifier: 'Shop-Final',
      }),
    );
    const final = await describeSnapshot('shop-final');
    expect(final).toMatchObject({
      SnapshotStatus: 'creating',
      SnapshotSource: 'manual',
      ReplicationGroupId: 'shop-cache',
    });
    expect(final.NodeSnapshots![0]!.CacheClusterId).toBe('shop-cache-001');
    expect((await describeGroup()).Status).toBe('deleting');

    fake.clock.advance(fake.durations.snapshotCreateMs);
    expect((await describeSnapshot('shop-final')).SnapshotStatus).toBe('available');
    expect((await describeGroup()).Status).toBe('deleting');
    fake.clock.advance(fake.durations.deleteMs - 1);
    expect((await describeGroup()).Status).toBe('deleting');
    expect(fake.snapshot(auto.SnapshotName!)).toBeDefined();
    fake.clock.advance(1);
    await expectError(describeGroup(), ReplicationGroupNotFoundFault, 'ReplicationGroupNotFoundFault', 404);
    expect(fake.snapshot(auto.SnapshotName!)).toBeUndefined();
    expect([...fake.state.snapshots.keys()].sort()).toEqual(['kept', 'shop-final']);
  });

  it('checks the final snapshot before changing anything', async () => {
    fake.seedReplicationGroup(groupInput());
    fake.seedSnapshot({ name: 'taken', replicationGroupId: 'other' });
    await expectError(
      ec.send(
        new DeleteReplicationGroupCommand({
          ReplicationGroupId: 'shop-cache',
          FinalSnapshotIdentifier: 'taken',
        }),
      ),
      SnapshotAlreadyExistsFault,
      'SnapshotAlreadyExistsFault',
      400,
    );
    await expectError(
      ec.send(
        new DeleteReplicationGroupCommand({
          ReplicationGroupId: 'shop-cache',
          FinalSnapshotIdentifier: 'bad--name',
        }),
      ),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
    fake.deny('elasticache:CreateSnapshot');
    await expectError(
      ec.send(
        new DeleteReplicationGroupCommand({
          ReplicationGroupId: 'shop-cache',
          FinalSnapshotIdentifier: 'final',
        }),
      ),
      ElastiCacheServiceException,
      'AccessDenied',
      403,
      /elasticache:CreateSnapshot on resource: arn:aws:elasticache:us-east-1:123456789012:snapshot:final/,
    );
    expect((await describeGroup()).Status).toBe('available');
    expect((await describeMember('shop-cache-001')).CacheClusterStatus).toBe('available');
    expect(fake.snapshot('final')).toBeUndefined();
  });

  it('deletes a create-failed group, but cannot take a final snapshot of it', async () => {
    fake.seedReplicationGroup(groupInput({ ReplicationGroupId: 'broken' }), { status: 'create-failed' });
    await expectError(
      ec.send(
        new DeleteReplicationGroupCommand({ ReplicationGroupId: 'broken', FinalSnapshotIdentifier: 'f' }),
      ),
      InvalidReplicationGroupStateFault,
      'InvalidReplicationGroupStateFault',
      400,
    );
    await ec.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: 'broken' }));
    fake.clock.advance(fake.durations.deleteMs);
    expect(fake.replicationGroup('broken')).toBeUndefined();
  });
});

describe('what lingers after a delete', () => {
  const deleteSg = (id: string) => ec2.send(new DeleteSecurityGroupCommand({ GroupId: id }));
  const enisOf = async (sg: string) =>
    (await ec2.send(new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'group-id', Values: [sg] }] })))
      .NetworkInterfaces!;

  it('security group: DependencyViolation while the group lives, is deleting, and while its ENIs linger', async () => {
    fake.seedReplicationGroup(groupInput());
    const enis = await enisOf(appSg);
    expect(enis.map((e) => [e.Description, e.Status, e.SubnetId, e.RequesterId])).toEqual([
      ['ElastiCache shop-cache-001', 'in-use', 'subnet-a', 'amazon-elasticache'],
      ['ElastiCache shop-cache-002', 'in-use', 'subnet-b', 'amazon-elasticache'],
    ]);
    const violation = () =>
      expectError(
        deleteSg(appSg),
        EC2ServiceException,
        'DependencyViolation',
        400,
        `resource ${appSg} has a dependent object`,
      );
    await violation();
    await ec.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: 'shop-cache' }));
    await violation();
    fake.clock.advance(fake.durations.deleteMs);
    expect(fake.replicationGroup('shop-cache')).toBeUndefined();
    expect((await enisOf(appSg)).map((e) => e.Status)).toEqual(['available', 'available']);
    fake.clock.advance(fake.durations.eniLingerMs - 1);
    const err = await violation();
    expect(err.Code).toBe('DependencyViolation');
    fake.clock.advance(1);
    expect(await enisOf(appSg)).toEqual([]);
    expect((await deleteSg(appSg)).Return).toBe(true);
    await expectError(deleteSg(appSg), EC2ServiceException, 'InvalidGroup.NotFound', 400);
  });

  it('ENIs follow a security group change once the modification is applied', async () => {
    fake.seedReplicationGroup(groupInput());
    const newSg = fake.addSecurityGroup({ vpcId: 'vpc-0a1', groupName: 'shop-cache-v2' });
    await ec.send(
      new ModifyReplicationGroupCommand({
        ReplicationGroupId: 'shop-cache',
        SecurityGroupIds: [newSg],
        ApplyImmediately: true,
      }),
    );
    await expectError(deleteSg(newSg), EC2ServiceException, 'DependencyViolation', 400);
    await expectError(deleteSg(appSg), EC2ServiceException, 'DependencyViolation', 400);
    fake.clock.advance(fake.durations.modifyMs);
    expect(await enisOf(appSg)).toEqual([]);
    expect(await enisOf(newSg)).toHaveLength(2);
    await deleteSg(appSg);
  });

  it('a removed replica leaves its ENI behind for a while', async () => {
    fake.seedReplicationGroup(groupInput({ NumCacheClusters: 3 }));
    await ec.send(
      new DecreaseReplicaCountCommand({
        ReplicationGroupId: 'shop-cache',
        NewReplicaCount: 1,
        ApplyImmediately: true,
      }),
    );
    fake.clock.advance(fake.durations.replicaMs + fake.durations.memberLagMs);
    const lingering = (await enisOf(appSg)).filter((e) => e.Status === 'available');
    expect(lingering.map((e) => e.Description)).toEqual(['ElastiCache shop-cache-003']);
    fake.clock.advance(fake.durations.eniLingerMs);
    expect((await enisOf(appSg)).map((e) => e.Status)).toEqual(['in-use', 'in-use']);
  });

  it('parameter group: in use until the group is gone (deleting included); defaults never deletable', async () => {
    fake.seedReplicationGroup(groupInput());
    const deletePg = (name: string) =>
      ec.send(new DeleteCacheParameterGroupCommand({ CacheParameterGroupName: name }));
    const inUse = () =>
      expectError(
        deletePg('shop-cache-redis7'),
        InvalidCacheParameterGroupStateFault,
        'InvalidCacheParameterGroupStateFault',
        400,
        'One or more cache clusters are still members of this parameter group shop-cache-redis7, so the group cannot be deleted.',
      );
    await inUse();
    await ec.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: 'shop-cache' }));
    await inUse();
    fake.clock.advance(fake.durations.deleteMs);
    await deletePg('shop-cache-redis7');
    await expectError(
      deletePg('shop-cache-redis7'),
      CacheParameterGroupNotFoundFault,
      'CacheParameterGroupNotFoundFault',
      404,
    );
    await expectError(
      deletePg('default.redis7'),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
  });

  it('subnet group: CacheSubnetGroupInUse until the group is gone', async () => {
    fake.seedReplicationGroup(groupInput());
    const deleteSubnets = () =>
      ec.send(new DeleteCacheSubnetGroupCommand({ CacheSubnetGroupName: 'shop-cache' }));
    await expectError(deleteSubnets(), CacheSubnetGroupInUse, 'CacheSubnetGroupInUse', 400);
    await ec.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: 'shop-cache' }));
    await expectError(deleteSubnets(), CacheSubnetGroupInUse, 'CacheSubnetGroupInUse', 400);
    fake.clock.advance(fake.durations.deleteMs);
    await deleteSubnets();
    await expectError(deleteSubnets(), CacheSubnetGroupNotFoundFault, 'CacheSubnetGroupNotFoundFault', 400);
  });
});

describe('restore (CreateReplicationGroup with SnapshotName)', () => {
  it('creates from the snapshot, creating for restoreMs; the snapshot is restoring meanwhile', async () => {
    fake.seedReplicationGroup(groupInput({ EngineVersion: '7.0', CacheNodeType: 'cache.r6g.large' }));
    fake.seedSnapshot({ name: 'nightly', replicationGroupId: 'shop-cache' });
    const { ReplicationGroup: rg } = await ec.send(
      new CreateReplicationGroupCommand({
        ReplicationGroupId: 'shop-restored',
        ReplicationGroupDescription: 'restored',
        SnapshotName: 'Nightly',
        CacheSubnetGroupName: 'shop-cache',
        SecurityGroupIds: [appSg],
      }),
    );
    expect(rg!.Status).toBe('creating');
    expect(rg!.CacheNodeType).toBe('cache.r6g.large');
    expect((await describeMember('shop-restored-001')).EngineVersion).toBe('7.0.7');
    expect((await describeSnapshot('nightly')).SnapshotStatus).toBe('restoring');
    await expectError(
      ec.send(new DeleteSnapshotCommand({ SnapshotName: 'nightly' })),
      InvalidSnapshotStateFault,
      'InvalidSnapshotStateFault',
      400,
    );
    fake.clock.advance(fake.durations.createMs);
    expect((await describeGroup('shop-restored')).Status).toBe('creating');
    fake.clock.advance(fake.durations.restoreMs - fake.durations.createMs);
    expect((await describeGroup('shop-restored')).Status).toBe('available');
    expect((await describeSnapshot('nightly')).SnapshotStatus).toBe('available');
  });

  it('refuses a missing or busy snapshot and incompatible engines or versions', async () => {
    fake.seedReplicationGroup(groupInput());
    const restore = (SnapshotName: string, extra: Partial<CreateReplicationGroupMessage> = {}) =>
      ec.send(
        new CreateReplicationGroupCommand({
          ReplicationGroupId: 'restored',
          ReplicationGroupDescription: 'restored',
          SnapshotName,
          CacheSubnetGroupName: 'shop-cache',
          SecurityGroupIds: [appSg],
          ...extra,
        }),
      );
    await expectError(restore('missing'), SnapshotNotFoundFault, 'SnapshotNotFoundFault', 404);
    await ec.send(new CreateSnapshotCommand({ SnapshotName: 'fresh', ReplicationGroupId: 'shop-cache' }));
    await expectError(restore('fresh'), InvalidSnapshotStateFault, 'InvalidSnapshotStateFault', 400);
    fake.seedSnapshot({
      name: 'valkey-snap',
      replicationGroupId: 'vk',
      engine: 'valkey',
      engineVersion: '8.1',
    });
    await expectError(
      restore('valkey-snap', { Engine: 'redis', EngineVersion: '7.1' }),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
      /cannot be restored into redis/,
    );
    await expectError(
      restore('valkey-snap', { Engine: 'valkey', EngineVersion: '8.0' }),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
      /older engine version/,
    );
    expect(fake.replicationGroup('restored')).toBeUndefined();
    fake.seedSnapshot({
      name: 'redis-snap',
      replicationGroupId: 'rd',
      engine: 'redis',
      engineVersion: '7.1',
    });
    const { ReplicationGroup: rg } = await restore('redis-snap', { Engine: 'valkey', EngineVersion: '8.2' });
    expect(rg!.Engine).toBe('valkey');
  });
});
