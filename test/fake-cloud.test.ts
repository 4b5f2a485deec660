// Proves the fake cloud behaves like the AWS APIs it stands in for, driven through the real SDK
// clients (aws-sdk-client-mock intercepts client.send, so nothing touches the network).

import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DescribeLogGroupsCommand,
  InvalidParameterException,
  ListTagsForResourceCommand as ListLogTagsCommand,
  PutRetentionPolicyCommand,
  ResourceAlreadyExistsException,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  EC2Client,
  EC2ServiceException,
  RevokeSecurityGroupIngressCommand,
} from '@aws-sdk/client-ec2';
import {
  AddTagsToResourceCommand,
  CacheClusterNotFoundFault,
  CacheParameterGroupNotFoundFault,
  CacheSubnetGroupNotFoundFault,
  CreateCacheParameterGroupCommand,
  CreateCacheSubnetGroupCommand,
  type CreateReplicationGroupMessage,
  CreateReplicationGroupCommand,
  DecreaseReplicaCountCommand,
  DescribeCacheClustersCommand,
  DescribeCacheParametersCommand,
  DescribeEventsCommand,
  DescribeReplicationGroupsCommand,
  DescribeServerlessCachesCommand,
  ElastiCacheClient,
  ElastiCacheServiceException,
  IncreaseReplicaCountCommand,
  InvalidCacheClusterStateFault,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  InvalidReplicationGroupStateFault,
  ListTagsForResourceCommand,
  ModifyCacheParameterGroupCommand,
  ModifyReplicationGroupCommand,
  type ModifyReplicationGroupMessage,
  NoOperationFault,
  ReplicationGroupAlreadyExistsFault,
  ReplicationGroupNotFoundFault,
} from '@aws-sdk/client-elasticache';
import {
  AccessDeniedException as SsmAccessDenied,
  GetParameterCommand,
  GetParametersCommand,
  ListTagsForResourceCommand as ListSsmTagsCommand,
  ParameterAlreadyExists,
  ParameterNotFound,
  PutParameterCommand,
  SSMClient,
  SSMServiceException,
  ValidationException,
} from '@aws-sdk/client-ssm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accessDenied, createFakeCloud, type FakeCloud, throttlingError } from './fake/index.js';

const REGION = 'us-east-1';
const clientConfig = { region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } };
const MIN = 60_000;
const TOKEN_A = 'token-aaaaaaaaaaaaaaaa';
const TOKEN_B = 'token-bbbbbbbbbbbbbbbb';

let fake: FakeCloud;
let ec: ElastiCacheClient;
let ec2: EC2Client;
let ssm: SSMClient;
let logs: CloudWatchLogsClient;
let appSg: string;

/** Await a rejection and check it is the SDK's class with the right name and HTTP status. */
async function expectError(
  promise: Promise<unknown>,
  ctor: abstract new (...args: never[]) => Error,
  name: string,
  status: number,
  message?: string | RegExp,
): Promise<Error & { $metadata: { httpStatusCode?: number; requestId?: string } }> {
  const err = await promise.then(
    () => {
      throw new Error(`expected ${name}, but the call succeeded`);
    },
    (e: unknown) => e as Error & { $metadata: { httpStatusCode?: number; requestId?: string } },
  );
  expect(err).toBeInstanceOf(ctor);
  expect(err.name).toBe(name);
  expect(err.$metadata.httpStatusCode).toBe(status);
  expect(err.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  if (message !== undefined) expect(err.message).toMatch(message);
  return err;
}

function baseInput(
  overrides: Partial<CreateReplicationGroupMessage> = {},
): CreateReplicationGroupMessage & { ReplicationGroupId: string } {
  return {
    ReplicationGroupId: 'shop-cache',
    ReplicationGroupDescription: 'shop cache',
    Engine: 'redis',
    EngineVersion: '7.1',
    CacheNodeType: 'cache.t4g.micro',
    NumCacheClusters: 2,
    AutomaticFailoverEnabled: true,
    MultiAZEnabled: true,
    CacheSubnetGroupName: 'shop-cache',
    CacheParameterGroupName: 'shop-cache-redis7',
    SecurityGroupIds: [appSg],
    TransitEncryptionEnabled: true,
    AtRestEncryptionEnabled: true,
    SnapshotRetentionLimit: 7,
    SnapshotWindow: '03:00-04:00',
    PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
    LogDeliveryConfigurations: [
      {
        LogType: 'slow-log',
        DestinationType: 'cloudwatch-logs',
        DestinationDetails: { CloudWatchLogsDetails: { LogGroup: '/elasticache/shop-cache/slow' } },
        LogFormat: 'json',
      },
    ],
    Tags: [{ Key: 'app', Value: 'shop' }],
    ...overrides,
  } as CreateReplicationGroupMessage & { ReplicationGroupId: string };
}

const describeGroup = async (id = 'shop-cache') =>
  (await ec.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: id }))).ReplicationGroups![0]!;
const describeMember = async (id: string) =>
  (await ec.send(new DescribeCacheClustersCommand({ CacheClusterId: id, ShowCacheNodeInfo: true })))
    .CacheClusters![0]!;
const modify = (input: Omit<ModifyReplicationGroupMessage, 'ReplicationGroupId'>, id = 'shop-cache') =>
  ec.send(new ModifyReplicationGroupCommand({ ReplicationGroupId: id, ...input }));

beforeEach(() => {
  fake = createFakeCloud({ region: REGION, seed: 7 });
  fake.install();
  ec = new ElastiCacheClient(clientConfig);
  ec2 = new EC2Client(clientConfig);
  ssm = new SSMClient(clientConfig);
  logs = new CloudWatchLogsClient(clientConfig);
  fake.addVpc({
    vpcId: 'vpc-0a1',
    subnets: [
      { subnetId: 'subnet-a', az: 'us-east-1a' },
      { subnetId: 'subnet-b', az: 'us-east-1b' },
      { subnetId: 'subnet-pub', az: 'us-east-1c', public: true },
    ],
  });
  appSg = fake.addSecurityGroup({ vpcId: 'vpc-0a1', groupName: 'shop-app' });
  // Prerequisites seeded without recording calls.
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
  fake.seed(CreateLogGroupCommand, { logGroupName: '/elasticache/shop-cache/slow' });
});

afterEach(() => fake.restore());

describe('virtual clock', () => {
  it('advances only when slept on, and random() is deterministic from the seed', async () => {
    const start = fake.clock.now();
    await fake.clock.sleep(15_000);
    expect(fake.clock.now() - start).toBe(15_000);
    const other = createFakeCloud({ seed: 7 });
    const again = createFakeCloud({ seed: 7 });
    const seq = [other.clock.random(), other.clock.random()];
    expect([again.clock.random(), again.clock.random()]).toEqual(seq);
    expect(seq.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createFakeCloud({ seed: 8 }).clock.random()).not.toBe(seq[0]);
  });
});

describe('replication group lifecycle', () => {
  it('goes creating → available after createMs, with endpoints, members and settings', async () => {
    const created = await ec.send(new CreateReplicationGroupCommand(baseInput()));
    expect(created.$metadata.httpStatusCode).toBe(200);
    expect(created.ReplicationGroup!.Status).toBe('creating');
    expect(created.ReplicationGroup!.MemberClusters).toEqual(['shop-cache-001', 'shop-cache-002']);
    expect(created.ReplicationGroup!.NodeGroups![0]!.PrimaryEndpoint).toBeUndefined();
    expect((await describeMember('shop-cache-002')).CacheClusterStatus).toBe('creating');

    await fake.clock.sleep(fake.durations.createMs - 1);
    expect((await describeGroup()).Status).toBe('creating');
    await fake.clock.sleep(1);

    const rg = await describeGroup();
    expect(rg).toMatchObject({
      Status: 'available',
      ARN: 'arn:aws:elasticache:us-east-1:123456789012:replicationgroup:shop-cache',
      AutomaticFailover: 'enabled',
      MultiAZ: 'enabled',
      ClusterEnabled: false,
      CacheNodeType: 'cache.t4g.micro',
      AtRestEncryptionEnabled: true,
      TransitEncryptionEnabled: true,
      TransitEncryptionMode: 'required',
      AuthTokenEnabled: false,
      SnapshotRetentionLimit: 7,
      SnapshotWindow: '03:00-04:00',
      DataTiering: 'disabled',
      Engine: 'redis',
      LogDeliveryConfigurations: [expect.objectContaining({ LogType: 'slow-log', Status: 'active' })],
    });
    const ng = rg.NodeGroups![0]!;
    expect(ng.PrimaryEndpoint!.Address).toMatch(
      /^shop-cache\.[a-z0-9]{6}\.ng\.0001\.use1\.cache\.amazonaws\.com$/,
    );
    expect(ng.ReaderEndpoint!.Address).toMatch(
      /^shop-cache-ro\.[a-z0-9]{6}\.ng\.0001\.use1\.cache\.amazonaws\.com$/,
    );
    expect(ng.PrimaryEndpoint!.Port).toBe(6379);

    const member = await describeMember('shop-cache-001');
    expect(member).toMatchObject({
      CacheClusterStatus: 'available',
      Engine: 'redis',
      EngineVersion: '7.1.0',
      CacheParameterGroup: { CacheParameterGroupName: 'shop-cache-redis7', ParameterApplyStatus: 'in-sync' },
      SecurityGroups: [{ SecurityGroupId: appSg, Status: 'active' }],
      CacheSubnetGroupName: 'shop-cache',
      PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
      TransitEncryptionMode: 'required',
      PendingModifiedValues: {},
    });
    expect(member.CacheNodes![0]!.Endpoint!.Address).toContain('shop-cache-001.shop-cache.');

    const tags = await ec.send(new ListTagsForResourceCommand({ ResourceName: rg.ARN }));
    expect(tags.TagList).toEqual([{ Key: 'app', Value: 'shop' }]);
    const events = await ec.send(
      new DescribeEventsCommand({ SourceType: 'replication-group', SourceIdentifier: 'shop-cache' }),
    );
    expect(events.Events!.map((e) => e.Message)).toContain('Replication group shop-cache created');

    expect(fake.calls.map((c) => c.command)).toContain('CreateReplicationGroup');
    expect(fake.mutatingCalls().map((c) => c.command)).toEqual(['CreateReplicationGroup']);
    expect(fake.calls.at(-1)!.time).toBe(fake.clock.now());
  });

  it('reports full patch versions and Valkey defaults', async () => {
    fake.seed(CreateCacheParameterGroupCommand, {
      CacheParameterGroupName: 'v8',
      CacheParameterGroupFamily: 'valkey8',
      Description: 'v',
    });
    fake.seedReplicationGroup(
      baseInput({
        ReplicationGroupId: 'vk',
        Engine: 'valkey',
        EngineVersion: '8.0',
        CacheParameterGroupName: 'v8',
        AtRestEncryptionEnabled: undefined,
      }),
    );
    expect((await describeMember('vk-001')).EngineVersion).toBe('8.0.1');
    expect((await describeGroup('vk')).AtRestEncryptionEnabled).toBe(true);
    fake.seedReplicationGroup(baseInput({ ReplicationGroupId: 'r70', EngineVersion: '7.0' }));
    expect((await describeMember('r70-001')).EngineVersion).toBe('7.0.7');
  });

  it('seeds a group from a partial input, creating what it refers to', async () => {
    const rg = fake.seedReplicationGroup({
      ReplicationGroupId: 'Seeded',
      Engine: 'valkey',
      EngineVersion: '7.2',
      CacheParameterGroupName: 'seeded-valkey7',
      SecurityGroupIds: ['sg-0seeded'],
      AuthToken: TOKEN_A,
      TransitEncryptionEnabled: true,
    });
    expect(rg).toMatchObject({ ReplicationGroupId: 'seeded', Status: 'available', AuthTokenEnabled: true });
    expect(fake.calls).toEqual([]);
    expect(await describeMember('seeded-001')).toMatchObject({
      EngineVersion: '7.2.4',
      CacheSubnetGroupName: 'seeded',
      CacheParameterGroup: { CacheParameterGroupName: 'seeded-valkey7' },
      SecurityGroups: [{ SecurityGroupId: 'sg-0seeded', Status: 'active' }],
    });
    expect(fake.seedReplicationGroup({ ReplicationGroupId: 'later' }, { status: 'creating' }).Status).toBe(
      'creating',
    );
  });

  it('validates create requests like AWS', async () => {
    const cases: Array<
      [Partial<CreateReplicationGroupMessage>, abstract new (...a: never[]) => Error, string, number, RegExp?]
    > = [
      [{ ReplicationGroupId: '1bad' }, InvalidParameterValueException, 'InvalidParameterValueException', 400],
      [
        { ReplicationGroupId: 'bad--id' },
        InvalidParameterValueException,
        'InvalidParameterValueException',
        400,
      ],
      [
        { TransitEncryptionEnabled: false, AuthToken: TOKEN_A },
        InvalidParameterValueException,
        'InvalidParameterValueException',
        400,
      ],
      [
        { NumCacheClusters: 1, MultiAZEnabled: false },
        InvalidParameterCombinationException,
        'InvalidParameterCombinationException',
        400,
        /at least one read replica/,
      ],
      [
        { AutomaticFailoverEnabled: false },
        InvalidParameterCombinationException,
        'InvalidParameterCombinationException',
        400,
      ],
      [{ CacheSubnetGroupName: 'nope' }, CacheSubnetGroupNotFoundFault, 'CacheSubnetGroupNotFoundFault', 400],
      [
        { CacheParameterGroupName: 'nope' },
        CacheParameterGroupNotFoundFault,
        'CacheParameterGroupNotFoundFault',
        404,
      ],
      [
        { CacheParameterGroupName: 'default.valkey8' },
        InvalidParameterCombinationException,
        'InvalidParameterCombinationException',
        400,
      ],
      [
        { SecurityGroupIds: ['sg-missing'] },
        InvalidParameterValueException,
        'InvalidParameterValueException',
        400,
      ],
      [
        { SnapshotWindow: '05:30-06:30' },
        InvalidParameterCombinationException,
        'InvalidParameterCombinationException',
        400,
        /must not overlap/,
      ],
      [
        { EngineVersion: '7.3' },
        InvalidParameterCombinationException,
        'InvalidParameterCombinationException',
        400,
      ],
      [
        {
          LogDeliveryConfigurations: [
            {
              LogType: 'engine-log',
              DestinationType: 'cloudwatch-logs',
              LogFormat: 'json',
              DestinationDetails: { CloudWatchLogsDetails: { LogGroup: '/missing' } },
            },
          ],
        },
        InvalidParameterValueException,
        'InvalidParameterValueException',
        400,
      ],
    ];
    for (const [overrides, ctor, name, status, message] of cases) {
      await expectError(
        ec.send(new CreateReplicationGroupCommand(baseInput(overrides))),
        ctor,
        name,
        status,
        message,
      );
    }
    expect(fake.state.replicationGroups.size).toBe(0);
    await ec.send(new CreateReplicationGroupCommand(baseInput()));
    await expectError(
      ec.send(new CreateReplicationGroupCommand(baseInput())),
      ReplicationGroupAlreadyExistsFault,
      'ReplicationGroupAlreadyExistsFault',
      400,
    );
    await expectError(
      describeGroup('missing'),
      ReplicationGroupNotFoundFault,
      'ReplicationGroupNotFoundFault',
      404,
    );
    await expectError(
      describeMember('missing-001'),
      CacheClusterNotFoundFault,
      'CacheClusterNotFoundFault',
      404,
    );
  });

  it('create-failed after createMs, with an explaining event', async () => {
    fake.makeCreateFail('shop-cache');
    await ec.send(new CreateReplicationGroupCommand(baseInput()));
    await fake.clock.sleep(fake.durations.createMs);
    expect((await describeGroup()).Status).toBe('create-failed');
    const events = await ec.send(
      new DescribeEventsCommand({
        SourceType: 'replication-group',
        SourceIdentifier: 'shop-cache',
        Duration: 60,
      }),
    );
    expect(events.Events!.map((e) => e.Message).join('\n')).toMatch(
      /Failed to create cluster due to insufficient capacity/,
    );
  });
});

describe('modify', () => {
  beforeEach(() => {
    fake.seedReplicationGroup(baseInput());
  });

  it('goes through modifying; rejects a second modify and tagging meanwhile', async () => {
    const out = await modify({ SnapshotRetentionLimit: 3, ApplyImmediately: true });
    expect(out.ReplicationGroup!.Status).toBe('modifying');
    expect((await describeMember('shop-cache-001')).CacheClusterStatus).toBe('modifying');
    await expectError(
      modify({ SnapshotRetentionLimit: 5 }),
      InvalidReplicationGroupStateFault,
      'InvalidReplicationGroupStateFault',
      400,
      'Replication group must be in available state to modify.',
    );
    await expectError(
      ec.send(
        new AddTagsToResourceCommand({
          ResourceName: fake.replicationGroup('shop-cache')!.arn,
          Tags: [{ Key: 'a', Value: 'b' }],
        }),
      ),
      InvalidReplicationGroupStateFault,
      'InvalidReplicationGroupStateFault',
      400,
      'Cluster not in available state to perform tagging operations.',
    );
    await fake.clock.sleep(fake.durations.modifyMs);
    expect(await describeGroup()).toMatchObject({ Status: 'available', SnapshotRetentionLimit: 3 });
  });

  it('rejects no-op modifies and log delivery without ApplyImmediately', async () => {
    await expectError(
      modify({ SnapshotRetentionLimit: 7 }),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
      'No modifications were requested',
    );
    await expectError(
      modify({ LogDeliveryConfigurations: [{ LogType: 'slow-log', Enabled: false }] }),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
      'To modify the log delivery configuration, set the apply-immediately parameter to true.',
    );
    await modify({
      LogDeliveryConfigurations: [{ LogType: 'slow-log', Enabled: false }],
      ApplyImmediately: true,
    });
    expect((await describeGroup()).LogDeliveryConfigurations).toEqual([
      expect.objectContaining({ Status: 'disabling' }),
    ]);
    await fake.clock.sleep(fake.durations.modifyMs);
    expect((await describeGroup()).LogDeliveryConfigurations).toEqual([]);
  });

  it('keeps node type / engine version pending until maintenance without ApplyImmediately', async () => {
    const out = await modify({ CacheNodeType: 'cache.t4g.small', EngineVersion: '7.1' });
    expect(out.ReplicationGroup!.Status).toBe('available');
    await expectError(
      modify({ CacheNodeType: 'cache.t4g.small' }),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
    );
    for (const id of ['shop-cache-001', 'shop-cache-002']) {
      expect((await describeMember(id)).PendingModifiedValues).toEqual({ CacheNodeType: 'cache.t4g.small' });
    }
    await fake.clock.sleep(24 * 60 * MIN);
    expect((await describeGroup()).CacheNodeType).toBe('cache.t4g.micro');
    fake.runMaintenance('shop-cache');
    expect((await describeGroup()).Status).toBe('modifying');
    await fake.clock.sleep(fake.durations.modifyMs);
    expect((await describeGroup()).CacheNodeType).toBe('cache.t4g.small');
    expect((await describeMember('shop-cache-001')).PendingModifiedValues).toEqual({});
  });

  it('applies node type changes immediately with ApplyImmediately', async () => {
    await modify({ CacheNodeType: 'cache.t4g.medium', ApplyImmediately: true });
    expect((await describeMember('shop-cache-002')).PendingModifiedValues).toEqual({
      CacheNodeType: 'cache.t4g.medium',
    });
    await fake.clock.sleep(fake.durations.modifyMs);
    expect((await describeMember('shop-cache-002')).CacheNodeType).toBe('cache.t4g.medium');
  });

  it('enforces engine rules: no downgrade, no valkey → redis, redis → valkey needs a version', async () => {
    await expectError(
      modify({ EngineVersion: '7.0', ApplyImmediately: true }),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
    );
    await expectError(
      modify({ Engine: 'valkey', ApplyImmediately: true }),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
    );
    // The custom redis7 group is not compatible with valkey8: a matching group must be named.
    await expectError(
      modify({ Engine: 'valkey', EngineVersion: '8.0', ApplyImmediately: true }),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
    );
    await modify({
      Engine: 'valkey',
      EngineVersion: '8.0',
      CacheParameterGroupName: 'default.valkey8',
      ApplyImmediately: true,
    });
    await fake.clock.sleep(fake.durations.modifyMs);
    expect(await describeMember('shop-cache-001')).toMatchObject({
      Engine: 'valkey',
      EngineVersion: '8.0.1',
      CacheParameterGroup: { CacheParameterGroupName: 'default.valkey8' },
    });
    await expectError(
      modify({ Engine: 'redis', EngineVersion: '7.1', ApplyImmediately: true }),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
    );
  });

  it('changes transit encryption only through preferred', async () => {
    fake.seedReplicationGroup(baseInput({ ReplicationGroupId: 'plain', TransitEncryptionEnabled: false }));
    await expectError(
      modify(
        { TransitEncryptionEnabled: true, TransitEncryptionMode: 'required', ApplyImmediately: true },
        'plain',
      ),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
    );
    await modify(
      { TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred', ApplyImmediately: true },
      'plain',
    );
    expect((await describeGroup('plain')).PendingModifiedValues).toEqual({
      TransitEncryptionEnabled: true,
      TransitEncryptionMode: 'preferred',
    });
    await fake.clock.sleep(fake.durations.modifyMs);
    await modify({ TransitEncryptionMode: 'required', ApplyImmediately: true }, 'plain');
    expect((await describeMember('plain-001')).PendingModifiedValues).toEqual({
      TransitEncryptionMode: 'required',
    });
    await fake.clock.sleep(fake.durations.modifyMs);
    expect(await describeGroup('plain')).toMatchObject({
      TransitEncryptionEnabled: true,
      TransitEncryptionMode: 'required',
      PendingModifiedValues: {},
    });
  });
});

describe('replica count', () => {
  beforeEach(() => {
    fake.seedReplicationGroup(baseInput());
  });

  it('returns to available while the new member is still creating', async () => {
    const out = await ec.send(
      new IncreaseReplicaCountCommand({
        ReplicationGroupId: 'shop-cache',
        NewReplicaCount: 2,
        ApplyImmediately: true,
      }),
    );
    expect(out.ReplicationGroup!.Status).toBe('modifying');
    await fake.clock.sleep(fake.durations.replicaMs);
    const rg = await describeGroup();
    expect(rg.Status).toBe('available');
    expect(rg.MemberClusters).toEqual(['shop-cache-001', 'shop-cache-002', 'shop-cache-003']);
    expect((await describeMember('shop-cache-003')).CacheClusterStatus).toBe('creating');
    await expectError(
      modify({ SnapshotRetentionLimit: 1 }),
      InvalidCacheClusterStateFault,
      'InvalidCacheClusterStateFault',
      400,
    );
    await expectError(
      ec.send(
        new IncreaseReplicaCountCommand({
          ReplicationGroupId: 'shop-cache',
          NewReplicaCount: 3,
          ApplyImmediately: true,
        }),
      ),
      InvalidReplicationGroupStateFault,
      'InvalidReplicationGroupStateFault',
      400,
    );
    await fake.clock.sleep(fake.durations.memberLagMs);
    expect((await describeMember('shop-cache-003')).CacheClusterStatus).toBe('available');
    await modify({ SnapshotRetentionLimit: 1, ApplyImmediately: true });
  });

  it('validates replica changes', async () => {
    const inc = (n: number, apply = true) =>
      ec.send(
        new IncreaseReplicaCountCommand({
          ReplicationGroupId: 'shop-cache',
          NewReplicaCount: n,
          ApplyImmediately: apply,
        }),
      );
    const dec = (n: number) =>
      ec.send(
        new DecreaseReplicaCountCommand({
          ReplicationGroupId: 'shop-cache',
          NewReplicaCount: n,
          ApplyImmediately: true,
        }),
      );
    await expectError(
      inc(2, false),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
      /not currently supported/,
    );
    await expectError(inc(1), NoOperationFault, 'NoOperationFault', 400);
    await expectError(inc(6), InvalidParameterValueException, 'InvalidParameterValueException', 400);
    await expectError(
      dec(0),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
    );
  });

  it('removes a replica: deleting member lingers, then disappears', async () => {
    fake.seedReplicationGroup(
      baseInput({ ReplicationGroupId: 'solo', AutomaticFailoverEnabled: false, MultiAZEnabled: false }),
    );
    await ec.send(
      new DecreaseReplicaCountCommand({
        ReplicationGroupId: 'solo',
        NewReplicaCount: 0,
        ApplyImmediately: true,
      }),
    );
    await fake.clock.sleep(fake.durations.replicaMs);
    expect((await describeGroup('solo')).Status).toBe('available');
    expect((await describeMember('solo-002')).CacheClusterStatus).toBe('deleting');
    await fake.clock.sleep(fake.durations.memberLagMs);
    await expectError(
      describeMember('solo-002'),
      CacheClusterNotFoundFault,
      'CacheClusterNotFoundFault',
      404,
    );
    expect((await describeGroup('solo')).MemberClusters).toEqual(['solo-001']);
  });
});

describe('AUTH tokens', () => {
  it('ROTATE on a group without a token keeps unauthenticated access until SET', async () => {
    fake.seedReplicationGroup(baseInput());
    expect(fake.acceptedTokens('shop-cache')).toEqual([]);
    await modify({ AuthToken: TOKEN_A, AuthTokenUpdateStrategy: 'ROTATE', ApplyImmediately: true });
    expect((await describeGroup()).PendingModifiedValues).toEqual({ AuthTokenStatus: 'ROTATING' });
    await fake.clock.sleep(fake.durations.modifyMs);
    expect(fake.acceptedTokens('shop-cache')).toEqual([TOKEN_A]);
    expect(fake.allowsUnauthenticated('shop-cache')).toBe(true);
    expect((await describeGroup()).AuthTokenEnabled).toBe(true);

    await expectError(
      modify({ AuthToken: TOKEN_B, AuthTokenUpdateStrategy: 'SET', ApplyImmediately: true }),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
    await modify({ AuthToken: TOKEN_A, AuthTokenUpdateStrategy: 'SET', ApplyImmediately: true });
    expect((await describeMember('shop-cache-001')).PendingModifiedValues).toEqual({
      AuthTokenStatus: 'SETTING',
    });
    await fake.clock.sleep(fake.durations.modifyMs);
    expect(fake.allowsUnauthenticated('shop-cache')).toBe(false);

    await modify({ AuthToken: TOKEN_B, AuthTokenUpdateStrategy: 'ROTATE', ApplyImmediately: true });
    await fake.clock.sleep(fake.durations.modifyMs);
    expect(fake.acceptedTokens('shop-cache')).toEqual([TOKEN_A, TOKEN_B]);
    await modify({ AuthToken: TOKEN_B, AuthTokenUpdateStrategy: 'SET', ApplyImmediately: true });
    await fake.clock.sleep(fake.durations.modifyMs);
    expect(fake.acceptedTokens('shop-cache')).toEqual([TOKEN_B]);
  });

  it('needs transit encryption', async () => {
    fake.seedReplicationGroup(baseInput({ ReplicationGroupId: 'plain', TransitEncryptionEnabled: false }));
    await expectError(
      modify({ AuthToken: TOKEN_A, AuthTokenUpdateStrategy: 'ROTATE', ApplyImmediately: true }, 'plain'),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
    fake.seedReplicationGroup(baseInput({ ReplicationGroupId: 'authed', AuthToken: TOKEN_A }));
    expect(fake.acceptedTokens('authed')).toEqual([TOKEN_A]);
    expect(fake.allowsUnauthenticated('authed')).toBe(false);
  });
});

describe('parameter groups', () => {
  it('returns only user-modified parameters for Source user, paginated', async () => {
    const describeUser = () =>
      ec.send(
        new DescribeCacheParametersCommand({ CacheParameterGroupName: 'shop-cache-redis7', Source: 'user' }),
      );
    expect((await describeUser()).Parameters).toEqual([]);
    await ec.send(
      new ModifyCacheParameterGroupCommand({
        CacheParameterGroupName: 'shop-cache-redis7',
        ParameterNameValues: [{ ParameterName: 'maxmemory-policy', ParameterValue: 'allkeys-lru' }],
      }),
    );
    expect((await describeUser()).Parameters).toEqual([
      expect.objectContaining({
        ParameterName: 'maxmemory-policy',
        ParameterValue: 'allkeys-lru',
        Source: 'user',
      }),
    ]);

    const first = await ec.send(
      new DescribeCacheParametersCommand({ CacheParameterGroupName: 'shop-cache-redis7', MaxRecords: 20 }),
    );
    expect(first.Parameters).toHaveLength(20);
    expect(first.Marker).toBeDefined();
    const second = await ec.send(
      new DescribeCacheParametersCommand({
        CacheParameterGroupName: 'shop-cache-redis7',
        MaxRecords: 20,
        Marker: first.Marker,
      }),
    );
    expect(second.Marker).toBeUndefined();
    expect(second.Parameters!.map((p) => p.ParameterName)).toContain('timeout');
  });

  it('validates modifications', async () => {
    const change = (name: string, values: Array<[string, string]>) =>
      ec.send(
        new ModifyCacheParameterGroupCommand({
          CacheParameterGroupName: name,
          ParameterNameValues: values.map(([ParameterName, ParameterValue]) => ({
            ParameterName,
            ParameterValue,
          })),
        }),
      );
    const many = Array.from({ length: 21 }, (): [string, string] => ['timeout', '30']);
    await expectError(
      change('shop-cache-redis7', many),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
    await expectError(
      change('shop-cache-redis7', [['no-such-param', '1']]),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
    await expectError(
      change('shop-cache-redis7', [['cluster-enabled', 'yes']]),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
      /cannot be modified/,
    );
    await expectError(
      change('shop-cache-redis7', [['maxmemory-policy', 'lol']]),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
    await expectError(
      change('default.redis7', [['timeout', '30']]),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
    await expectError(
      change('nope', [['timeout', '30']]),
      CacheParameterGroupNotFoundFault,
      'CacheParameterGroupNotFoundFault',
      404,
    );
  });
});

describe('SSM', () => {
  it('rejects tags with overwrite, bumps versions, reports missing names', async () => {
    await ssm.send(
      new PutParameterCommand({
        Name: '/shop/redis/url',
        Type: 'SecureString',
        Value: 'rediss://a',
        Tags: [{ Key: 'app', Value: 'shop' }],
      }),
    );
    await expectError(
      ssm.send(
        new PutParameterCommand({ Name: '/shop/redis/url', Type: 'SecureString', Value: 'rediss://b' }),
      ),
      ParameterAlreadyExists,
      'ParameterAlreadyExists',
      400,
    );
    await expectError(
      ssm.send(
        new PutParameterCommand({
          Name: '/shop/redis/url',
          Type: 'SecureString',
          Value: 'rediss://b',
          Overwrite: true,
          Tags: [{ Key: 'a', Value: 'b' }],
        }),
      ),
      ValidationException,
      'ValidationException',
      400,
      /^Invalid request: tags and overwrite can't be used together/,
    );
    const put = await ssm.send(
      new PutParameterCommand({
        Name: '/shop/redis/url',
        Type: 'SecureString',
        Value: 'rediss://b',
        Overwrite: true,
      }),
    );
    expect(put.Version).toBe(2);

    const got = await ssm.send(
      new GetParametersCommand({ Names: ['/shop/redis/url', '/shop/missing'], WithDecryption: true }),
    );
    expect(got.Parameters!.map((p) => [p.Name, p.Value, p.Version])).toEqual([
      ['/shop/redis/url', 'rediss://b', 2],
    ]);
    expect(got.InvalidParameters).toEqual(['/shop/missing']);
    const encrypted = await ssm.send(new GetParameterCommand({ Name: '/shop/redis/url' }));
    expect(encrypted.Parameter!.Value).not.toContain('rediss://b');
    await expectError(
      ssm.send(new GetParameterCommand({ Name: '/shop/missing' })),
      ParameterNotFound,
      'ParameterNotFound',
      400,
    );
    await expectError(
      ssm.send(new GetParametersCommand({ Names: Array.from({ length: 11 }, (_, i) => `/p${i}`) })),
      ValidationException,
      'ValidationException',
      400,
    );

    const tags = await ssm.send(
      new ListSsmTagsCommand({ ResourceType: 'Parameter', ResourceId: '/shop/redis/url' }),
    );
    expect(tags.TagList).toEqual([{ Key: 'app', Value: 'shop' }]);
  });

  it('tag-on-create needs ssm:AddTagsToResource', async () => {
    fake.deny('ssm:AddTagsToResource');
    await expectError(
      ssm.send(
        new PutParameterCommand({
          Name: '/shop/x',
          Type: 'String',
          Value: 'x',
          Tags: [{ Key: 'a', Value: 'b' }],
        }),
      ),
      SsmAccessDenied,
      'AccessDeniedException',
      400,
      /not authorized to perform: ssm:AddTagsToResource/,
    );
    expect(fake.state.ssmParameters.has('/shop/x')).toBe(false);
  });
});

describe('CloudWatch Logs', () => {
  it('creates log groups with tags and only allowed retention values', async () => {
    await logs.send(
      new CreateLogGroupCommand({ logGroupName: '/elasticache/shop-cache/engine', tags: { app: 'shop' } }),
    );
    await expectError(
      logs.send(new CreateLogGroupCommand({ logGroupName: '/elasticache/shop-cache/engine' })),
      ResourceAlreadyExistsException,
      'ResourceAlreadyExistsException',
      400,
    );
    await logs.send(
      new PutRetentionPolicyCommand({ logGroupName: '/elasticache/shop-cache/engine', retentionInDays: 14 }),
    );
    await expectError(
      logs.send(
        new PutRetentionPolicyCommand({ logGroupName: '/elasticache/shop-cache/engine', retentionInDays: 8 }),
      ),
      InvalidParameterException,
      'InvalidParameterException',
      400,
    );
    const described = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/elasticache/shop-cache/' }),
    );
    expect(described.logGroups!.map((g) => [g.logGroupName, g.retentionInDays])).toEqual([
      ['/elasticache/shop-cache/engine', 14],
      ['/elasticache/shop-cache/slow', undefined],
    ]);
    const tags = await logs.send(
      new ListLogTagsCommand({ resourceArn: described.logGroups![0]!.logGroupArn }),
    );
    expect(tags.tags).toEqual({ app: 'shop' });
  });
});

describe('EC2', () => {
  it('exposes public subnets through explicit route tables and private ones through the main table', async () => {
    const subnets = await ec2.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-a', 'subnet-pub'] }));
    expect(subnets.Subnets!.map((s) => [s.SubnetId, s.VpcId, s.AvailabilityZone])).toEqual([
      ['subnet-a', 'vpc-0a1', 'us-east-1a'],
      ['subnet-pub', 'vpc-0a1', 'us-east-1c'],
    ]);
    const pub = await ec2.send(
      new DescribeRouteTablesCommand({
        Filters: [{ Name: 'association.subnet-id', Values: ['subnet-pub'] }],
      }),
    );
    expect(pub.RouteTables![0]!.Routes).toContainEqual(
      expect.objectContaining({
        DestinationCidrBlock: '0.0.0.0/0',
        GatewayId: expect.stringMatching(/^igw-/),
      }),
    );
    const priv = await ec2.send(
      new DescribeRouteTablesCommand({ Filters: [{ Name: 'association.subnet-id', Values: ['subnet-a'] }] }),
    );
    expect(priv.RouteTables).toEqual([]);
    const main = await ec2.send(
      new DescribeRouteTablesCommand({
        Filters: [
          { Name: 'vpc-id', Values: ['vpc-0a1'] },
          { Name: 'association.main', Values: ['true'] },
        ],
      }),
    );
    expect(main.RouteTables![0]!.Associations![0]!.Main).toBe(true);
    expect(main.RouteTables![0]!.Routes!.map((r) => r.GatewayId)).toEqual(['local']);
    await expectError(
      ec2.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-zzz'] })),
      EC2ServiceException,
      'InvalidSubnetID.NotFound',
      400,
    );
  });

  it('manages security groups and ingress rules with EC2 error codes', async () => {
    const created = await ec2.send(
      new CreateSecurityGroupCommand({
        GroupName: 'shop-cache',
        Description: 'cache',
        VpcId: 'vpc-0a1',
        TagSpecifications: [{ ResourceType: 'security-group', Tags: [{ Key: 'app', Value: 'shop' }] }],
      }),
    );
    const groupId = created.GroupId!;
    await expectError(
      ec2.send(
        new CreateSecurityGroupCommand({ GroupName: 'shop-cache', Description: 'cache', VpcId: 'vpc-0a1' }),
      ),
      EC2ServiceException,
      'InvalidGroup.Duplicate',
      400,
    );
    const perms = [
      {
        IpProtocol: 'tcp',
        FromPort: 6379,
        ToPort: 6379,
        UserIdGroupPairs: [{ GroupId: appSg }],
        IpRanges: [{ CidrIp: '10.0.0.0/16' }],
      },
    ];
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: perms }));
    await expectError(
      ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: perms })),
      EC2ServiceException,
      'InvalidPermission.Duplicate',
      400,
    );
    const described = await ec2.send(
      new DescribeSecurityGroupsCommand({
        Filters: [
          { Name: 'group-name', Values: ['shop-cache'] },
          { Name: 'vpc-id', Values: ['vpc-0a1'] },
        ],
      }),
    );
    const sg = described.SecurityGroups![0]!;
    expect(sg.Tags).toEqual([{ Key: 'app', Value: 'shop' }]);
    expect(sg.IpPermissions).toEqual([
      expect.objectContaining({
        IpProtocol: 'tcp',
        FromPort: 6379,
        ToPort: 6379,
        UserIdGroupPairs: [expect.objectContaining({ GroupId: appSg })],
        IpRanges: [{ CidrIp: '10.0.0.0/16' }],
      }),
    ]);
    await ec2.send(
      new RevokeSecurityGroupIngressCommand({
        GroupId: groupId,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 6379, ToPort: 6379, IpRanges: [{ CidrIp: '10.0.0.0/16' }] },
        ],
      }),
    );
    await expectError(
      ec2.send(
        new RevokeSecurityGroupIngressCommand({
          GroupId: groupId,
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 6379, ToPort: 6379, IpRanges: [{ CidrIp: '10.0.0.0/16' }] },
          ],
        }),
      ),
      EC2ServiceException,
      'InvalidPermission.NotFound',
      400,
    );
  });
});

describe('fault injection', () => {
  it('throttles the next N calls with the service throttling error', async () => {
    fake.seedReplicationGroup(baseInput());
    fake.throttle('DescribeReplicationGroups', 2);
    for (let i = 0; i < 2; i++) {
      const err = await expectError(
        describeGroup(),
        ElastiCacheServiceException,
        'Throttling',
        400,
        'Rate exceeded',
      );
      expect((err as unknown as { $retryable: unknown }).$retryable).toEqual({ throttling: true });
    }
    expect((await describeGroup()).Status).toBe('available');
    expect(fake.calls.map((c) => c.error)).toEqual(['Throttling', 'Throttling', undefined]);

    fake.throttle('ssm:GetParameters', 1);
    await expectError(
      ssm.send(new GetParametersCommand({ Names: ['/x'] })),
      SSMServiceException,
      'ThrottlingException',
      400,
    );
    fake.throttle('DescribeSubnets', 1);
    await expectError(
      ec2.send(new DescribeSubnetsCommand({})),
      EC2ServiceException,
      'RequestLimitExceeded',
      503,
    );
  });

  it('denies IAM actions with AccessDenied naming the action', async () => {
    fake.deny('elasticache:CreateReplicationGroup');
    await expectError(
      ec.send(new CreateReplicationGroupCommand(baseInput())),
      ElastiCacheServiceException,
      'AccessDenied',
      403,
      /^User: arn:aws:sts::123456789012:assumed-role\/deploy\/gha is not authorized to perform: elasticache:CreateReplicationGroup on resource: arn:aws:elasticache:us-east-1:123456789012:replicationgroup:shop-cache/,
    );
    fake.allow('elasticache:CreateReplicationGroup');
    fake.deny('elasticache:AddTagsToResource');
    await expectError(
      ec.send(new CreateReplicationGroupCommand(baseInput())),
      ElastiCacheServiceException,
      'AccessDenied',
      403,
      /elasticache:AddTagsToResource/,
    );
    await ec.send(new CreateReplicationGroupCommand(baseInput({ Tags: undefined })));
    fake.deny('ec2:CreateSecurityGroup');
    await expectError(
      ec2.send(new CreateSecurityGroupCommand({ GroupName: 'x', Description: 'x', VpcId: 'vpc-0a1' })),
      EC2ServiceException,
      'UnauthorizedOperation',
      403,
    );
  });

  it('failNext throws the given error before touching state; exported factories build SDK errors', async () => {
    fake.failNext('CreateReplicationGroup', throttlingError('elasticache'));
    fake.failNext(
      'CreateReplicationGroup',
      accessDenied('elasticache', 'elasticache:CreateReplicationGroup'),
    );
    await expectError(
      ec.send(new CreateReplicationGroupCommand(baseInput())),
      ElastiCacheServiceException,
      'Throttling',
      400,
    );
    await expectError(
      ec.send(new CreateReplicationGroupCommand(baseInput())),
      ElastiCacheServiceException,
      'AccessDenied',
      403,
    );
    expect(fake.state.replicationGroups.size).toBe(0);
    await ec.send(new CreateReplicationGroupCommand(baseInput()));
    expect(fake.state.replicationGroups.has('shop-cache')).toBe(true);
  });

  it('fails loudly on commands the fake does not implement', async () => {
    await expect(ec.send(new DescribeServerlessCachesCommand({}))).rejects.toThrow(
      /DescribeServerlessCaches is not implemented/,
    );
  });
});
