// The snapshot planner (src/plan/snapshot.ts), pinned exactly where mutation testing found it loose:
// the whole plan of a first and a resumed run, the reasons of each step, which member a snapshot is
// taken from, and the states that stop it.

import { describe, expect, it } from 'vitest';
import type { SnapshotConfig } from '../src/config/types.js';
import { PlanError } from '../src/errors.js';
import type { SnapshotObserved, SnapshotSourceGroup } from '../src/observe/snapshot.js';
import type { ObservedSnapshot } from '../src/observe/types.js';
import { planSnapshot, type SnapshotPlanContext } from '../src/plan/snapshot.js';

const NOW = Date.UTC(2026, 11, 1, 4, 5, 9);
const DAY = 86_400_000;
const RUN = 'https://github.com/acme/shop/actions/runs/42';
const ctx: SnapshotPlanContext = { now: NOW, repository: 'acme/shop', runUrl: RUN };
const TODAY = 'shop-cache-manual-2026-12-01';
const SUFFIXED = 'shop-cache-manual-2026-12-01-040509';

const cfg = (keep?: number): SnapshotConfig => ({
  mode: 'snapshot',
  name: 'shop-cache',
  region: 'eu-west-1',
  dryRun: false,
  waitTimeoutMinutes: 60,
  keepSnapshots: keep,
});
const group = (members: SnapshotSourceGroup['members'], status = 'available'): SnapshotSourceGroup => ({
  id: 'shop-cache',
  status,
  members,
});
const TWO = [
  { id: 'shop-cache-001', role: 'primary', status: 'available' },
  { id: 'shop-cache-002', role: 'replica', status: 'available' },
];
const ourTags = (run?: string) => ({
  'django-redis-action:created-by': 'acme/shop',
  'django-redis-action:group': 'shop-cache',
  GitHubRepository: 'acme/shop',
  ...(run ? { GitHubWorkflowRun: run } : {}),
});
function snap(name: string, daysAgo: number, extra: Partial<ObservedSnapshot> = {}): ObservedSnapshot {
  return {
    name,
    arn: `arn:aws:elasticache:eu-west-1:123456789012:snapshot:${name}`,
    status: 'available',
    source: 'manual',
    replicationGroupId: 'shop-cache',
    cacheClusterId: 'shop-cache-002',
    createdAt: NOW - daysAgo * DAY,
    engine: 'redis',
    engineVersion: '7.1.0',
    nodeType: 'cache.t4g.micro',
    port: 6379,
    dataTiering: false,
    numNodeGroups: 1,
    tags: ourTags('https://github.com/acme/shop/actions/runs/7'),
    ...extra,
  };
}
const plan = (o: Partial<SnapshotObserved>, keep?: number, c = ctx) =>
  planSnapshot(cfg(keep), { group: group(TWO), snapshots: [], ...o }, c);

describe('planSnapshot: the whole plan', () => {
  it('a first run: create from the replica, then wait; nothing refused, warned or pending', () => {
    expect(plan({})).toEqual({
      action: 'create',
      steps: [
        {
          kind: 'create-snapshot',
          level: 0,
          replicationGroupId: 'shop-cache',
          cacheClusterId: 'shop-cache-002',
          snapshotName: TODAY,
          fallbackName: SUFFIXED,
          reason: `take manual snapshot ${TODAY} of shop-cache from replica shop-cache-002 (the primary does not fork)`,
        },
        {
          kind: 'wait-snapshot',
          level: 1,
          replicationGroupId: 'shop-cache',
          snapshotName: TODAY,
          cacheClusterId: 'shop-cache-002',
          reason: `wait until snapshot ${TODAY} is available`,
        },
      ],
      refusals: [],
      warnings: [],
      pending: [],
      target: { name: TODAY, arn: undefined, resumed: false, cacheClusterId: 'shop-cache-002' },
      kept: [],
    });
  });

  it('with keep_snapshots the wait says nothing is pruned unless the snapshot is available', () => {
    expect(plan({}, 3).steps[1]!.reason).toBe(
      `wait until snapshot ${TODAY} is available (nothing is pruned unless it is)`,
    );
  });

  it('a resumed run whose snapshot is available: no step at all, action none', () => {
    const own = snap(TODAY, 0.1, { tags: ourTags(RUN), cacheClusterId: 'shop-cache-001' });
    expect(plan({ snapshots: [own] })).toEqual({
      action: 'none',
      steps: [],
      refusals: [],
      warnings: [],
      pending: [],
      target: { name: TODAY, arn: own.arn, resumed: true, cacheClusterId: 'shop-cache-001' },
      kept: [],
    });
  });

  it('a resumed run whose snapshot is creating: waits for it, saying why', () => {
    const own = snap(TODAY, 0.1, { status: 'creating', tags: ourTags(RUN) });
    expect(plan({ snapshots: [own] }).steps).toEqual([
      {
        kind: 'wait-snapshot',
        level: 0,
        replicationGroupId: 'shop-cache',
        snapshotName: TODAY,
        cacheClusterId: 'shop-cache-002',
        reason: `snapshot ${TODAY} was taken by an earlier attempt of this workflow run and is creating: wait for it instead of taking another`,
      },
    ]);
  });

  it('without a run URL, a snapshot of ours carrying no run tag is not taken for this run’s', () => {
    const untagged = snap(TODAY, 0.1, { tags: ourTags() });
    const p = plan({ snapshots: [untagged] }, undefined, { ...ctx, runUrl: undefined });
    expect(p.target.resumed).toBe(false);
    expect(p.target.name).toBe(SUFFIXED);
  });
});

describe('planSnapshot: the source member and the name', () => {
  it('no replica: from the primary, even when it is not listed first', () => {
    const p = plan({
      group: group([
        { id: 'shop-cache-009', role: undefined, status: 'available' },
        { id: 'shop-cache-001', role: 'primary', status: 'available' },
      ]),
    });
    expect(p.steps[0]).toMatchObject({
      cacheClusterId: 'shop-cache-001',
      reason: `take manual snapshot ${TODAY} of shop-cache from the primary shop-cache-001 (the group has no replica)`,
    });
  });

  it('the daily name taken: the suffixed one, without a fallback, saying why', () => {
    const p = plan({ snapshots: [snap(TODAY, 0.1)] });
    expect(p.steps[0]).toStrictEqual({
      kind: 'create-snapshot',
      level: 0,
      replicationGroupId: 'shop-cache',
      cacheClusterId: 'shop-cache-002',
      snapshotName: SUFFIXED,
      reason: `take manual snapshot ${SUFFIXED} of shop-cache from replica shop-cache-002 (the primary does not fork) (${TODAY} is taken today)`,
    });
  });

  it('a deleted group: no snapshot', () => {
    expect(() => plan({ group: group(TWO, 'deleted') })).toThrow(
      new PlanError(
        'Replication group shop-cache is deleted: no snapshot can be taken of it. Read its events in the ElastiCache console; nothing was changed.',
      ),
    );
  });
});

describe('planSnapshot: pruning', () => {
  it('a snapshot of unknown time is pruned saying so', () => {
    const p = plan(
      {
        snapshots: [
          snap('shop-cache-manual-2026-11-01', 30, { createdAt: undefined }),
          snap('shop-cache-manual-2026-11-02', 29),
        ],
      },
      1,
    );
    expect(p.steps.filter((s) => s.kind === 'delete-snapshot')).toEqual([
      {
        kind: 'delete-snapshot',
        level: 2,
        snapshotName: 'shop-cache-manual-2026-11-01',
        reason:
          "keep_snapshots 1: shop-cache-manual-2026-11-01 (taken at an unknown time) is older than the newest 1 of this action's snapshots of shop-cache",
      },
      {
        kind: 'delete-snapshot',
        level: 2,
        snapshotName: 'shop-cache-manual-2026-11-02',
        reason: `keep_snapshots 1: shop-cache-manual-2026-11-02 (taken ${new Date(NOW - 29 * DAY).toISOString()}) is older than the newest 1 of this action's snapshots of shop-cache`,
      },
    ]);
  });
});
