// The snapshot step handlers (src/execute/snapshot.ts) against stubbed adapters and a virtual clock:
// the CreateSnapshot calls (the fallback name when the first is taken, the bounded retries while the
// group is busy), what lands in the run state, and the failure message with the group's recent
// events (mutation testing found these reached only by the slow scenario suites, or not at all).

import { describe, expect, it, vi } from 'vitest';
import { classifySnapshot, snapshotSteps } from '../src/execute/snapshot.js';
import { emptyResult, type ExecContext } from '../src/execute/context.js';
import type { ObservedSnapshot } from '../src/observe/types.js';
import { AwsCallError, PlanError } from '../src/errors.js';
import { VirtualClock } from './fake/clock.js';

const base = { level: 0, reason: 'r' };
const GROUP = 'shop-cache';
const MEMBER = 'shop-cache-001';
const START = Date.UTC(2026, 5, 1);
const CREATE_TAGS = { Team: 'web', CreatedBy: 'acme/shop' };

const awsError = (causeName: string) =>
  new AwsCallError(
    'elasticache',
    'CreateSnapshot',
    causeName,
    1,
    `elasticache:CreateSnapshot: ${causeName}: no`,
  );

const snap = (over: Partial<ObservedSnapshot> = {}): ObservedSnapshot =>
  ({
    name: 'snap',
    arn: 'arn:aws:elasticache:eu-west-1:1:snapshot:snap',
    status: 'available',
    source: 'manual',
    replicationGroupId: GROUP,
    cacheClusterId: MEMBER,
    ...over,
  }) as ObservedSnapshot;

function setup() {
  const snapshots = {
    create: vi.fn(
      async (_i: {
        name: string;
        cacheClusterId: string;
        tags: Record<string, string>;
      }): Promise<{ arn: string } | undefined> => ({ arn: 'arn:made' }),
    ),
    describe: vi.fn(async (_name: string): Promise<ObservedSnapshot | undefined> => snap()),
    delete: vi.fn(async (_name: string): Promise<void> => undefined),
  };
  const elasticache = {
    describeReplicationGroup: vi.fn(async () => ({
      ReplicationGroupId: GROUP,
      Status: 'available',
      MemberClusters: [MEMBER],
    })),
    describeCacheCluster: vi.fn(async () => ({ CacheClusterStatus: 'available' })),
    recentEvents: vi.fn(async (_id: string, _members: string[], _since: number): Promise<string[]> => []),
  };
  const log = { info: vi.fn(), warning: vi.fn(), mask: vi.fn() };
  const clock = new VirtualClock(START, 1);
  const ctx = {
    cfg: { mode: 'snapshot', waitTimeoutMinutes: 30 },
    observed: undefined,
    tags: {},
    createTags: CREATE_TAGS,
    aws: { snapshots, elasticache },
    clock,
    log,
    deadline: clock.now() + 30 * 60_000,
  } as unknown as ExecContext;
  const st = emptyResult();
  const infos = () => log.info.mock.calls.map((c) => c[0] as string);
  const names = () => snapshots.create.mock.calls.map((c) => c[0].name);
  return { ctx, st, snapshots, elasticache, log, clock, infos, names };
}

const create = (t: ReturnType<typeof setup>, fallbackName?: string) =>
  snapshotSteps['create-snapshot'].run(
    {
      ...base,
      kind: 'create-snapshot',
      replicationGroupId: GROUP,
      cacheClusterId: MEMBER,
      snapshotName: 'snap',
      fallbackName,
    },
    t.ctx,
    t.st,
  );

/** At most `n` failures, then success: a mutant that loops forever ends instead of hanging. */
const failTimes = (t: ReturnType<typeof setup>, n: number, err: () => unknown) => {
  let left = n;
  t.snapshots.create.mockImplementation(async () => {
    if (left-- > 0) throw err();
    return { arn: 'arn:made' };
  });
};

describe('create-snapshot', () => {
  it('creates the snapshot of the member, tagged, and keeps its name and ARN', async () => {
    const t = setup();
    await create(t);
    expect(t.snapshots.create.mock.calls).toEqual([
      [{ name: 'snap', cacheClusterId: MEMBER, tags: CREATE_TAGS }],
    ]);
    expect(t.st.snapshot).toStrictEqual({ name: 'snap', arn: 'arn:made' });
  });

  it('keeps no ARN when AWS answered none', async () => {
    const t = setup();
    t.snapshots.create.mockResolvedValueOnce(undefined);
    await create(t);
    expect(t.st.snapshot).toStrictEqual({ name: 'snap', arn: undefined });
    t.snapshots.create.mockResolvedValueOnce({ arn: '' });
    await create(t);
    expect(t.st.snapshot).toStrictEqual({ name: 'snap', arn: undefined });
  });

  it('takes the fallback name once when the name was taken meanwhile', async () => {
    const t = setup();
    failTimes(t, 1, () => awsError('SnapshotAlreadyExistsFault'));
    await create(t, 'snap-061500');
    expect(t.names()).toEqual(['snap', 'snap-061500']);
    expect(t.st.snapshot).toStrictEqual({ name: 'snap-061500', arn: 'arn:made' });
    expect(t.infos()).toEqual(['  snap was taken meanwhile (another run); taking snap-061500 instead']);
  });

  it('fails with what to do when the fallback name is taken too', async () => {
    const t = setup();
    failTimes(t, 3, () => awsError('SnapshotAlreadyExistsFault'));
    await expect(create(t, 'snap-061500')).rejects.toEqual(
      new PlanError(
        'Snapshot snap-061500 was taken meanwhile by another run (elasticache:CreateSnapshot: SnapshotAlreadyExistsFault); re-run to take one under a later -HHMMSS name.',
      ),
    );
    expect(t.names()).toEqual(['snap', 'snap-061500']);
  });

  it('fails at once when the name is taken and there is no fallback', async () => {
    const t = setup();
    failTimes(t, 3, () => awsError('SnapshotAlreadyExistsFault'));
    await expect(create(t)).rejects.toEqual(
      new PlanError(
        'Snapshot snap was taken meanwhile by another run (elasticache:CreateSnapshot: SnapshotAlreadyExistsFault); re-run to take one under a later -HHMMSS name.',
      ),
    );
    expect(t.names()).toEqual(['snap']);
  });

  it('waits for a busy group and tries again under the same name', async () => {
    const t = setup();
    failTimes(t, 1, () => awsError('InvalidCacheClusterStateFault'));
    await create(t, 'snap-061500');
    expect(t.names()).toEqual(['snap', 'snap']);
    expect(t.elasticache.describeReplicationGroup).toHaveBeenCalledWith(GROUP);
    expect(t.infos()[0]).toBe(
      `  ${GROUP} is busy (InvalidCacheClusterStateFault; another run?): waiting for available, then trying again`,
    );
    expect(t.st.snapshot).toStrictEqual({ name: 'snap', arn: 'arn:made' });
  });

  it('tries again at most three times while busy, then fails with what AWS said', async () => {
    const t = setup();
    const errors: AwsCallError[] = [];
    failTimes(t, 10, () => {
      errors.push(awsError('InvalidReplicationGroupStateFault'));
      return errors.at(-1);
    });
    const failure: unknown = await create(t).catch((e: unknown) => e);
    expect(errors).toHaveLength(4);
    expect(failure).toBe(errors[3]);
    expect(t.names()).toEqual(['snap', 'snap', 'snap', 'snap']);
    expect(t.elasticache.describeReplicationGroup).toHaveBeenCalledTimes(3);
  });

  it('does not retry any other failure, and rethrows it unchanged', async () => {
    for (const err of [awsError('SnapshotQuotaExceededFault'), new Error('network down')]) {
      const t = setup();
      failTimes(t, 1, () => err);
      await expect(create(t, 'snap-061500')).rejects.toBe(err);
      expect(t.names()).toEqual(['snap']);
      expect(t.elasticache.describeReplicationGroup).not.toHaveBeenCalled();
    }
  });
});

describe('wait-snapshot', () => {
  const wait = (t: ReturnType<typeof setup>, cacheClusterId: string | undefined) =>
    snapshotSteps['wait-snapshot'].run(
      { ...base, kind: 'wait-snapshot', replicationGroupId: GROUP, snapshotName: 'snap', cacheClusterId },
      t.ctx,
      t.st,
    );

  it('keeps the ARN read when done, else the one create answered, else none', async () => {
    const t = setup();
    await wait(t, MEMBER);
    expect(t.st.snapshot).toStrictEqual({
      name: 'snap',
      arn: 'arn:aws:elasticache:eu-west-1:1:snapshot:snap',
    });
    t.st.snapshot = { name: 'snap-2', arn: 'arn:made' };
    t.snapshots.describe.mockResolvedValue(snap({ name: 'snap-2', arn: '' }));
    await wait(t, MEMBER);
    expect(t.snapshots.describe).toHaveBeenLastCalledWith('snap-2');
    expect(t.st.snapshot).toStrictEqual({ name: 'snap-2', arn: 'arn:made' });
    t.st.snapshot = undefined;
    await wait(t, MEMBER);
    expect(t.st.snapshot).toStrictEqual({ name: 'snap', arn: undefined });
  });

  it('rethrows a failed read as it is, without reading events', async () => {
    const t = setup();
    const boom = new Error('network down');
    t.snapshots.describe.mockRejectedValue(boom);
    await expect(wait(t, MEMBER)).rejects.toBe(boom);
    expect(t.elasticache.recentEvents).not.toHaveBeenCalled();
  });

  it('explains a failed snapshot with the last ten events of the group and its member', async () => {
    const t = setup();
    t.clock.advance(5_000);
    t.snapshots.describe.mockResolvedValue(snap({ status: 'failed' }));
    t.elasticache.recentEvents.mockResolvedValue(Array.from({ length: 12 }, (_, i) => `event ${i + 1}`));
    await expect(wait(t, MEMBER)).rejects.toEqual(
      new PlanError(
        'snapshot snap: ended in failed after 0s. Re-run to take a new one.\nRecent ElastiCache events:\n' +
          Array.from({ length: 10 }, (_, i) => `  event ${i + 3}`).join('\n'),
      ),
    );
    expect(t.elasticache.recentEvents.mock.calls).toEqual([[GROUP, [MEMBER], START + 5_000 - 60 * 60_000]]);
  });

  it('reads the events of the group alone when no member is known, and says when there are none', async () => {
    const t = setup();
    t.snapshots.describe.mockResolvedValue(undefined);
    await expect(wait(t, undefined)).rejects.toEqual(
      new PlanError(
        'snapshot snap: ended in gone (SnapshotNotFound: it failed or was deleted) after 0s. Re-run to take a new one. No recent ElastiCache events.',
      ),
    );
    expect(t.elasticache.recentEvents.mock.calls).toEqual([[GROUP, [], START - 60 * 60_000]]);
  });

  it('says why the events could not be read', async () => {
    const t = setup();
    t.snapshots.describe.mockResolvedValue(snap({ status: 'deleting' }));
    t.elasticache.recentEvents.mockRejectedValue(new Error('throttled'));
    await expect(wait(t, MEMBER)).rejects.toEqual(
      new PlanError(
        'snapshot snap: ended in deleting after 0s. Re-run to take a new one.\nRecent ElastiCache events:\n  (could not read events: throttled)',
      ),
    );
  });
});

describe('classifySnapshot', () => {
  it('counts a snapshot in use by a restore or a copy as done, and a failed one as failed', () => {
    expect(classifySnapshot(snap({ status: 'available' }))).toEqual({ state: 'success', label: 'available' });
    expect(classifySnapshot(snap({ status: 'restoring' }))).toEqual({ state: 'success', label: 'restoring' });
    expect(classifySnapshot(snap({ status: 'copying' }))).toEqual({ state: 'success', label: 'copying' });
    expect(classifySnapshot(snap({ status: 'failed' }))).toEqual({ state: 'failure', label: 'failed' });
    expect(classifySnapshot(snap({ status: 'deleting' }))).toEqual({ state: 'failure', label: 'deleting' });
    expect(classifySnapshot(snap({ status: 'creating' }))).toEqual({ state: 'pending', label: 'creating' });
  });
});
