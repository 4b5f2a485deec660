// ElastiCache snapshots (CreateSnapshot, DescribeSnapshots, DeleteSnapshot and a snapshot's tags):
// mode snapshot takes and prunes them, apply reads one to restore a new group from it.

import {
  CreateSnapshotCommand,
  DeleteSnapshotCommand,
  DescribeSnapshotsCommand,
  ListTagsForResourceCommand,
  type ElastiCacheClient,
  type Snapshot,
} from '@aws-sdk/client-elasticache';
import { tagList } from '../domain/names.js';
import { AwsCallError } from '../errors.js';
import type { ObservedSnapshot } from '../observe/types.js';
import { awsCall, type RetryNote } from './call.js';

/** DescribeSnapshots pages hold at most 50 snapshots (API limit). */
const PAGE_SIZE = 50;

function notFound(e: unknown): boolean {
  return e instanceof AwsCallError && e.causeName === 'SnapshotNotFoundFault';
}

export class SnapshotAdapter {
  constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    private readonly client: () => ElastiCacheClient,
    private readonly note?: RetryNote,
  ) {}

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return awsCall('elasticache', operation, fn, this.note);
  }

  /** One snapshot by name, or undefined when there is none (SnapshotNotFoundFault). */
  async describe(name: string): Promise<ObservedSnapshot | undefined> {
    try {
      const out = await this.call('DescribeSnapshots', () =>
        this.client().send(new DescribeSnapshotsCommand({ SnapshotName: name })),
      );
      const s = out.Snapshots?.[0];
      return s ? toObservedSnapshot(s) : undefined;
    } catch (e) {
      if (notFound(e)) return undefined;
      throw e;
    }
  }

  /** Every manual snapshot of a replication group (SnapshotSource "user"), following the pages. */
  async listManual(replicationGroupId: string): Promise<ObservedSnapshot[]> {
    const found: ObservedSnapshot[] = [];
    let marker: string | undefined;
    do {
      const out = await this.call('DescribeSnapshots', () =>
        this.client().send(
          new DescribeSnapshotsCommand({
            ReplicationGroupId: replicationGroupId,
            SnapshotSource: 'user',
            MaxRecords: PAGE_SIZE,
            Marker: marker,
          }),
        ),
      );
      found.push(...(out.Snapshots ?? []).map(toObservedSnapshot));
      marker = out.Marker;
    } while (marker);
    return found;
  }

  /** A snapshot's tags, or undefined when it is gone (deleted since it was listed). */
  async tags(arn: string): Promise<Record<string, string> | undefined> {
    try {
      const out = await this.call('ListTagsForResource', () =>
        this.client().send(new ListTagsForResourceCommand({ ResourceName: arn })),
      );
      return Object.fromEntries((out.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    } catch (e) {
      if (notFound(e)) return undefined;
      throw e;
    }
  }

  /** Takes a snapshot of one member cluster (cluster mode disabled), tagged at creation. */
  async create(input: {
    name: string;
    cacheClusterId: string;
    tags: Record<string, string>;
  }): Promise<ObservedSnapshot | undefined> {
    const out = await this.call('CreateSnapshot', () =>
      this.client().send(
        new CreateSnapshotCommand({
          SnapshotName: input.name,
          CacheClusterId: input.cacheClusterId,
          Tags: tagList(input.tags),
        }),
      ),
    );
    return out.Snapshot ? toObservedSnapshot(out.Snapshot) : undefined;
  }

  /** Deletes a snapshot; one that is already gone is fine (a re-run, or another run pruned it). */
  async delete(name: string): Promise<void> {
    try {
      await this.call('DeleteSnapshot', () =>
        this.client().send(new DeleteSnapshotCommand({ SnapshotName: name })),
      );
    } catch (e) {
      if (notFound(e)) return;
      throw e;
    }
  }
}

/** The snapshot as the planners see it; its time is the oldest node snapshot's. */
export function toObservedSnapshot(s: Snapshot): ObservedSnapshot {
  // Stryker disable next-line ArrayDeclaration: a fallback element has no SnapshotCreateTime and is filtered out
  const times = (s.NodeSnapshots ?? [])
    .map((n) => n.SnapshotCreateTime?.getTime())
    .filter((t): t is number => t !== undefined);
  return {
    name: s.SnapshotName ?? '',
    arn: s.ARN ?? '',
    status: s.SnapshotStatus ?? 'unknown',
    source: s.SnapshotSource ?? 'unknown',
    replicationGroupId: s.ReplicationGroupId,
    cacheClusterId: s.CacheClusterId ?? s.NodeSnapshots?.[0]?.CacheClusterId,
    createdAt: times.length ? Math.min(...times) : undefined,
    engine: s.Engine,
    engineVersion: s.EngineVersion,
    nodeType: s.CacheNodeType,
    port: s.Port,
    dataTiering: s.DataTiering === 'enabled',
    numNodeGroups: s.NumNodeGroups,
  };
}
