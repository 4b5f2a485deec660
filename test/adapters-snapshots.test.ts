// The snapshot adapter: the exact requests of CreateSnapshot / DescribeSnapshots / DeleteSnapshot /
// ListTagsForResource, the pages it follows, and what it does with each failure (aws-sdk-client-mock,
// the SDK's own exception classes, no network, no real sleep).

import {
  CreateSnapshotCommand,
  DeleteSnapshotCommand,
  DescribeSnapshotsCommand,
  ElastiCacheClient,
  ElastiCacheServiceException,
  InvalidSnapshotStateFault,
  ListTagsForResourceCommand,
  SnapshotAlreadyExistsFault,
  SnapshotNotFoundFault,
  type Snapshot,
} from '@aws-sdk/client-elasticache';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotAdapter } from './support/adapters.js';
import { toObservedSnapshot } from '../src/aws/snapshots.js';
import { AwsCallError } from '../src/errors.js';

const ecMock = mockClient(ElastiCacheClient);
afterEach(() => ecMock.reset());

const adapter = () => snapshotAdapter();
const meta = { $metadata: { httpStatusCode: 400 } };
const notFound = () => new SnapshotNotFoundFault({ message: 'Snapshot x not found.', ...meta });
const denied = () =>
  new ElastiCacheServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    message: 'not authorized',
    ...meta,
  });

const ARN = 'arn:aws:elasticache:eu-west-1:123456789012:snapshot:shop-cache-manual-2026-01-01';
const SNAP: Snapshot = {
  SnapshotName: 'shop-cache-manual-2026-01-01',
  ARN,
  SnapshotStatus: 'available',
  SnapshotSource: 'manual',
  ReplicationGroupId: 'shop-cache',
  CacheClusterId: 'shop-cache-002',
  Engine: 'redis',
  EngineVersion: '7.1.0',
  CacheNodeType: 'cache.t4g.micro',
  Port: 6379,
  DataTiering: 'disabled',
  NumNodeGroups: 1,
  NodeSnapshots: [
    { CacheClusterId: 'shop-cache-002', SnapshotCreateTime: new Date(Date.UTC(2026, 0, 1, 9)) },
    { CacheClusterId: 'shop-cache-003', SnapshotCreateTime: new Date(Date.UTC(2026, 0, 1, 8)) },
  ],
};

describe('toObservedSnapshot', () => {
  it('keeps what the planners read; the time is the oldest node snapshot', () => {
    expect(toObservedSnapshot(SNAP)).toEqual({
      name: 'shop-cache-manual-2026-01-01',
      arn: 'arn:aws:elasticache:eu-west-1:123456789012:snapshot:shop-cache-manual-2026-01-01',
      status: 'available',
      source: 'manual',
      replicationGroupId: 'shop-cache',
      cacheClusterId: 'shop-cache-002',
      createdAt: Date.UTC(2026, 0, 1, 8),
      engine: 'redis',
      engineVersion: '7.1.0',
      nodeType: 'cache.t4g.micro',
      port: 6379,
      dataTiering: false,
      numNodeGroups: 1,
    });
  });

  it('fills defaults for an answer that omits fields; the source cluster can come from a node snapshot', () => {
    expect(toObservedSnapshot({})).toMatchObject({
      name: '',
      arn: '',
      status: 'unknown',
      source: 'unknown',
      cacheClusterId: undefined,
      createdAt: undefined,
      dataTiering: false,
    });
    expect(
      toObservedSnapshot({ DataTiering: 'enabled', NodeSnapshots: [{ CacheClusterId: 'x-001' }] }),
    ).toMatchObject({ cacheClusterId: 'x-001', createdAt: undefined, dataTiering: true });
  });
});

describe('SnapshotAdapter', () => {
  it('describe: one snapshot by name; SnapshotNotFoundFault is "absent"', async () => {
    ecMock
      .on(DescribeSnapshotsCommand)
      .resolvesOnce({ Snapshots: [SNAP] })
      .resolvesOnce({})
      .rejectsOnce(notFound());
    expect((await adapter().describe('shop-cache-manual-2026-01-01'))?.status).toBe('available');
    expect(await adapter().describe('empty-answer')).toBeUndefined();
    expect(await adapter().describe('missing')).toBeUndefined();
    expect(ecMock.commandCalls(DescribeSnapshotsCommand)[0]!.args[0].input).toEqual({
      SnapshotName: 'shop-cache-manual-2026-01-01',
    });
  });

  it('describe: any other failure names the call and the IAM action', async () => {
    ecMock.on(DescribeSnapshotsCommand).rejects(denied());
    const e = await adapter()
      .describe('x')
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AwsCallError);
    expect((e as Error).message).toMatch(
      /ElastiCache DescribeSnapshots was denied.*"elasticache:DescribeSnapshots"/,
    );
  });

  it("listManual: the group's manual snapshots, following Marker pages of 50", async () => {
    ecMock
      .on(DescribeSnapshotsCommand)
      .resolvesOnce({ Snapshots: [SNAP], Marker: 'm1' })
      .resolvesOnce({ Marker: 'm2' })
      .resolvesOnce({ Snapshots: [{ ...SNAP, SnapshotName: 'b' }] });
    const list = await adapter().listManual('shop-cache');
    expect(list.map((s) => s.name)).toEqual(['shop-cache-manual-2026-01-01', 'b']);
    expect(ecMock.commandCalls(DescribeSnapshotsCommand).map((c) => c.args[0].input)).toEqual([
      { ReplicationGroupId: 'shop-cache', SnapshotSource: 'user', MaxRecords: 50, Marker: undefined },
      { ReplicationGroupId: 'shop-cache', SnapshotSource: 'user', MaxRecords: 50, Marker: 'm1' },
      { ReplicationGroupId: 'shop-cache', SnapshotSource: 'user', MaxRecords: 50, Marker: 'm2' },
    ]);
  });

  it('listManual: a failure is not swallowed (not even "not found")', async () => {
    ecMock.on(DescribeSnapshotsCommand).rejects(notFound());
    await expect(adapter().listManual('shop-cache')).rejects.toThrow(
      /DescribeSnapshots failed: SnapshotNotFoundFault/,
    );
  });

  it('tags: a record; a snapshot gone meanwhile is undefined; other failures throw', async () => {
    ecMock
      .on(ListTagsForResourceCommand)
      .resolvesOnce({ TagList: [{ Key: 'a', Value: '1' }, { Key: 'b' }, {}] })
      .resolvesOnce({})
      .rejectsOnce(notFound())
      .rejectsOnce(denied());
    expect(await adapter().tags(ARN)).toEqual({ a: '1', b: '', '': '' });
    expect(await adapter().tags(ARN)).toEqual({});
    expect(await adapter().tags(ARN)).toBeUndefined();
    await expect(adapter().tags(ARN)).rejects.toThrow(/"elasticache:ListTagsForResource"/);
    expect(ecMock.commandCalls(ListTagsForResourceCommand)[0]!.args[0].input).toEqual({
      ResourceName: ARN,
    });
  });

  it('create: one member cluster, tagged at creation', async () => {
    ecMock
      .on(CreateSnapshotCommand)
      .resolvesOnce({ Snapshot: { ...SNAP, SnapshotStatus: 'creating' } })
      .resolvesOnce({});
    const made = await adapter().create({
      name: 'shop-cache-manual-2026-01-01',
      cacheClusterId: 'shop-cache-002',
      tags: { ManagedBy: 'django-redis-action' },
    });
    expect(made?.status).toBe('creating');
    expect(ecMock.commandCalls(CreateSnapshotCommand)[0]!.args[0].input).toEqual({
      SnapshotName: 'shop-cache-manual-2026-01-01',
      CacheClusterId: 'shop-cache-002',
      Tags: [{ Key: 'ManagedBy', Value: 'django-redis-action' }],
    });
    expect(await adapter().create({ name: 'x', cacheClusterId: 'y', tags: {} })).toBeUndefined();
  });

  it('create: SnapshotAlreadyExistsFault surfaces with its cause name (the handler falls back on it)', async () => {
    ecMock
      .on(CreateSnapshotCommand)
      .rejects(new SnapshotAlreadyExistsFault({ message: 'Snapshot with name x already exists.', ...meta }));
    const e = await adapter()
      .create({ name: 'x', cacheClusterId: 'y', tags: {} })
      .catch((x: unknown) => x);
    expect((e as AwsCallError).causeName).toBe('SnapshotAlreadyExistsFault');
    expect((e as AwsCallError).iamAction).toBe('elasticache:CreateSnapshot');
  });

  it('delete: gone already is fine; a busy snapshot is an error naming the call', async () => {
    ecMock
      .on(DeleteSnapshotCommand)
      .resolvesOnce({})
      .rejectsOnce(notFound())
      .rejectsOnce(new InvalidSnapshotStateFault({ message: 'Snapshot x is creating.', ...meta }));
    await adapter().delete('a');
    await adapter().delete('b');
    await expect(adapter().delete('c')).rejects.toThrow(
      /ElastiCache DeleteSnapshot failed: InvalidSnapshotStateFault/,
    );
    expect(ecMock.commandCalls(DeleteSnapshotCommand).map((c) => c.args[0].input)).toEqual([
      { SnapshotName: 'a' },
      { SnapshotName: 'b' },
      { SnapshotName: 'c' },
    ]);
  });
});
