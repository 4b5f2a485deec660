// Parameter metadata in the fake cloud: DescribeEngineDefaultParameters per family, and what
// ModifyCacheParameterGroup / ResetCacheParameterGroup enforce and change, through the real SDK.

import {
  CreateCacheParameterGroupCommand,
  CreateCacheSubnetGroupCommand,
  type CreateReplicationGroupMessage,
  DescribeCacheClustersCommand,
  DescribeCacheParametersCommand,
  DescribeEngineDefaultParametersCommand,
  ElastiCacheClient,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  ModifyCacheParameterGroupCommand,
  ResetCacheParameterGroupCommand,
} from '@aws-sdk/client-elasticache';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from './fake/expect-error.js';
import { createFakeCloud, type FakeCloud } from './fake/index.js';

const REGION = 'us-east-1';
const clientConfig = { region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } };

let fake: FakeCloud;
let ec: ElastiCacheClient;

function groupInput(): CreateReplicationGroupMessage & { ReplicationGroupId: string } {
  return {
    ReplicationGroupId: 'shop-cache',
    ReplicationGroupDescription: 'shop cache',
    CacheNodeType: 'cache.t4g.small',
    NumCacheClusters: 2,
    CacheSubnetGroupName: 'shop-cache',
    CacheParameterGroupName: 'shop-cache-redis7',
  };
}

const describeMember = async (id: string) =>
  (await ec.send(new DescribeCacheClustersCommand({ CacheClusterId: id, ShowCacheNodeInfo: true })))
    .CacheClusters![0]!;

beforeEach(() => {
  fake = createFakeCloud({ region: REGION, seed: 3 });
  fake.install();
  ec = new ElastiCacheClient(clientConfig);
  fake.addVpc({
    vpcId: 'vpc-0a1',
    subnets: [
      { subnetId: 'subnet-a', az: 'us-east-1a' },
      { subnetId: 'subnet-b', az: 'us-east-1b' },
    ],
  });
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
});

afterEach(() => fake.restore());

describe('parameter metadata', () => {
  const defaults = async (family: string, MaxRecords?: number, Marker?: string) =>
    (
      await ec.send(
        new DescribeEngineDefaultParametersCommand({ CacheParameterGroupFamily: family, MaxRecords, Marker }),
      )
    ).EngineDefaults!;

  it('describes engine defaults per family, paged, with realistic metadata', async () => {
    for (const family of ['redis7', 'valkey7', 'valkey8']) {
      const first = await defaults(family, 20);
      expect(first.CacheParameterGroupFamily).toBe(family);
      expect(first.Parameters).toHaveLength(20);
      expect(first.Marker).toBeDefined();
      const rest = await defaults(family, 100, first.Marker);
      expect(rest.Marker).toBeUndefined();
      const all = [...first.Parameters!, ...rest.Parameters!];
      const byName = new Map(all.map((p) => [p.ParameterName, p]));
      expect(byName.get('timeout')).toMatchObject({
        ParameterValue: '0',
        DataType: 'integer',
        AllowedValues: '0,20-',
        IsModifiable: true,
        ChangeType: 'immediate',
        Source: 'system',
      });
      expect(byName.get('tcp-keepalive')).toMatchObject({ ParameterValue: '300', AllowedValues: '0-' });
      expect(byName.get('maxmemory-samples')).toMatchObject({ AllowedValues: '1-', ChangeType: 'immediate' });
      expect(byName.get('maxmemory-policy')).toMatchObject({
        ParameterValue: 'volatile-lru',
        DataType: 'string',
      });
      expect(byName.get('databases')).toMatchObject({ ChangeType: 'requires-reboot', IsModifiable: true });
      expect(byName.get('cluster-enabled')).toMatchObject({ IsModifiable: false });
      expect(byName.get('maxclients')).toMatchObject({ IsModifiable: false, ParameterValue: '65000' });
      for (const name of [
        'notify-keyspace-events',
        'lazyfree-lazy-eviction',
        'activedefrag',
        'lfu-log-factor',
        'lfu-decay-time',
        'reserved-memory-percent',
        'slowlog-log-slower-than',
        'slowlog-max-len',
        'client-output-buffer-limit-normal-hard-limit',
        'hash-max-listpack-entries',
      ])
        expect(byName.has(name), name).toBe(true);
      expect(byName.has('hash-max-ziplist-entries')).toBe(false);
      expect(all.map((p) => p.ParameterName)).toEqual([...all.map((p) => p.ParameterName!)].sort());
    }
    expect((await defaults('valkey8')).Parameters![0]!.MinimumEngineVersion).toBe('8.0.0');
    const redis6 = (await defaults('redis6.x')).Parameters!.map((p) => p.ParameterName);
    expect(redis6).toContain('hash-max-ziplist-entries');
    expect(redis6).not.toContain('hash-max-listpack-entries');
    await expectError(
      defaults('redis99'),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
    await expectError(
      defaults('redis7', 101),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
  });

  const modify = (values: Array<[string, string]>, name = 'shop-cache-redis7') =>
    ec.send(
      new ModifyCacheParameterGroupCommand({
        CacheParameterGroupName: name,
        ParameterNameValues: values.map(([ParameterName, ParameterValue]) => ({
          ParameterName,
          ParameterValue,
        })),
      }),
    );

  it('ModifyCacheParameterGroup enforces names, modifiability, data types and allowed values', async () => {
    const refused = async (values: Array<[string, string]>, message: RegExp) =>
      expectError(
        modify(values),
        InvalidParameterValueException,
        'InvalidParameterValueException',
        400,
        message,
      );
    await refused([['no-such-param', '1']], /Unknown parameter for family redis7: no-such-param/);
    await refused([['hash-max-ziplist-entries', '1']], /Unknown parameter/);
    await refused([['maxclients', '100']], /The parameter maxclients cannot be modified\./);
    await refused([['cluster-enabled', 'yes']], /The parameter cluster-enabled cannot be modified\./);
    await refused([['timeout', '5']], /Invalid value 5 for parameter timeout\. Allowed values: 0,20-/);
    await refused([['timeout', 'ten']], /must be an integer/);
    await refused([['tcp-keepalive', '-1']], /tcp-keepalive/);
    await refused([['maxmemory-samples', '0']], /maxmemory-samples/);
    await refused([['reserved-memory-percent', '101']], /reserved-memory-percent/);
    await refused([['maxmemory-policy', 'allkeys-newest']], /maxmemory-policy/);
    await refused([['notify-keyspace-events', 'Q']], /notify-keyspace-events/);
    // One bad value refuses the whole call.
    await refused(
      [
        ['timeout', '30'],
        ['timeout', '7'],
      ],
      /timeout/,
    );
    await refused(
      Array.from({ length: 21 }, (): [string, string] => ['timeout', '30']),
      /at once is 20/,
    );
    const user = async () =>
      (
        await ec.send(
          new DescribeCacheParametersCommand({
            CacheParameterGroupName: 'shop-cache-redis7',
            Source: 'user',
          }),
        )
      ).Parameters!.map((p) => [p.ParameterName, p.ParameterValue]);
    expect(await user()).toEqual([]);
    await modify([
      ['timeout', '0'],
      ['tcp-keepalive', '60'],
      ['notify-keyspace-events', 'Ex'],
      ['maxmemory-policy', 'allkeys-lfu'],
      ['lfu-log-factor', '20'],
    ]);
    expect(await user()).toEqual([
      ['lfu-log-factor', '20'],
      ['maxmemory-policy', 'allkeys-lfu'],
      ['notify-keyspace-events', 'Ex'],
      ['tcp-keepalive', '60'],
      ['timeout', '0'],
    ]);
    fake.seed(CreateCacheParameterGroupCommand, {
      CacheParameterGroupName: 'vk8',
      CacheParameterGroupFamily: 'valkey8',
      Description: 'v',
    });
    await modify([['timeout', '300']], 'vk8');
  });

  it('requires-reboot changes leave members pending-reboot; immediate ones do not', async () => {
    fake.seedReplicationGroup(groupInput());
    const applyStatus = async (id: string) => (await describeMember(id)).CacheParameterGroup!;
    await modify([['timeout', '300']]);
    expect(await applyStatus('shop-cache-001')).toMatchObject({
      ParameterApplyStatus: 'in-sync',
      CacheNodeIdsToReboot: [],
    });
    await modify([['databases', '16']]);
    expect((await applyStatus('shop-cache-001')).ParameterApplyStatus).toBe('in-sync');
    await modify([['databases', '32']]);
    for (const id of ['shop-cache-001', 'shop-cache-002']) {
      expect(await applyStatus(id)).toEqual({
        CacheParameterGroupName: 'shop-cache-redis7',
        ParameterApplyStatus: 'pending-reboot',
        CacheNodeIdsToReboot: ['0001'],
      });
      expect((await describeMember(id)).CacheNodes![0]!.ParameterGroupStatus).toBe('pending-reboot');
    }
  });

  it('ResetCacheParameterGroup goes back to the family defaults', async () => {
    fake.seedReplicationGroup(groupInput());
    const describe = async (Source?: string) =>
      (
        await ec.send(
          new DescribeCacheParametersCommand({ CacheParameterGroupName: 'shop-cache-redis7', Source }),
        )
      ).Parameters!;
    await modify([
      ['timeout', '300'],
      ['maxmemory-policy', 'allkeys-lru'],
    ]);
    await ec.send(
      new ResetCacheParameterGroupCommand({
        CacheParameterGroupName: 'shop-cache-redis7',
        ParameterNameValues: [{ ParameterName: 'timeout' }],
      }),
    );
    expect((await describe('user')).map((p) => p.ParameterName)).toEqual(['maxmemory-policy']);
    expect((await describe()).find((p) => p.ParameterName === 'timeout')).toMatchObject({
      ParameterValue: '0',
      Source: 'system',
    });
    expect((await describeMember('shop-cache-001')).CacheParameterGroup!.ParameterApplyStatus).toBe(
      'in-sync',
    );

    await modify([['databases', '4']]);
    fake.state.cacheClusters.forEach((m) => (m.parameterApplyStatus = 'in-sync'));
    await ec.send(
      new ResetCacheParameterGroupCommand({
        CacheParameterGroupName: 'shop-cache-redis7',
        ResetAllParameters: true,
      }),
    );
    expect(await describe('user')).toEqual([]);
    expect((await describeMember('shop-cache-001')).CacheParameterGroup!.ParameterApplyStatus).toBe(
      'pending-reboot',
    );

    const reset = (
      input: Omit<
        ConstructorParameters<typeof ResetCacheParameterGroupCommand>[0],
        'CacheParameterGroupName'
      >,
    ) =>
      ec.send(
        new ResetCacheParameterGroupCommand({ CacheParameterGroupName: 'shop-cache-redis7', ...input }),
      );
    await expectError(
      reset({ ResetAllParameters: true, ParameterNameValues: [{ ParameterName: 'timeout' }] }),
      InvalidParameterCombinationException,
      'InvalidParameterCombinationException',
      400,
    );
    await expectError(reset({}), InvalidParameterValueException, 'InvalidParameterValueException', 400);
    await expectError(
      reset({ ParameterNameValues: [{ ParameterName: 'nope' }] }),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
    await expectError(
      ec.send(
        new ResetCacheParameterGroupCommand({
          CacheParameterGroupName: 'default.redis7',
          ResetAllParameters: true,
        }),
      ),
      InvalidParameterValueException,
      'InvalidParameterValueException',
      400,
    );
  });
});
