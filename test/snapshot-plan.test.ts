// Pure rules of mode snapshot: snapshot names, the source member, resuming this workflow run's own
// snapshot, what pruning deletes and keeps, and the wait states.

import { describe, expect, it } from 'vitest';
import type { SnapshotConfig } from '../src/config/types.js';
import {
  dailySnapshotName,
  isManualSnapshotName,
  isRecentSnapshotName,
  isSameDaySnapshotName,
  suffixedSnapshotName,
} from '../src/domain/snapshot-names.js';
import { PlanError } from '../src/errors.js';
import type { SnapshotObserved, SnapshotSourceGroup } from '../src/observe/snapshot.js';
import { isBusySource } from '../src/observe/snapshot.js';
import type { ObservedSnapshot } from '../src/observe/types.js';
import { planSnapshot, type SnapshotPlanContext } from '../src/plan/snapshot.js';
import type { Plan } from '../src/plan/steps.js';
import { classifySnapshot } from '../src/execute/snapshot.js';

const NOW = Date.UTC(2026, 2, 14, 7, 5, 9);
const DAY = 86_400_000;
const RUN = 'https://github.com/acme/shop/actions/runs/42';
const ctx: SnapshotPlanContext = { now: NOW, repository: 'acme/shop', runUrl: RUN };

const cfg = (keep?: number): SnapshotConfig => ({
  mode: 'snapshot',
  name: 'shop-cache',
  region: 'eu-west-1',
  dryRun: false,
  waitTimeoutMinutes: 60,
  keepSnapshots: keep,
});

const group = (
  members: SnapshotSourceGroup['members'] = twoNodes,
  status = 'available',
): SnapshotSourceGroup => ({
  id: 'shop-cache',
  status,
  members,
});
const twoNodes = [
  { id: 'shop-cache-001', role: 'primary', status: 'available' },
  { id: 'shop-cache-002', role: 'replica', status: 'available' },
];

const ourTags = (run = 'https://github.com/acme/shop/actions/runs/7') => ({
  'django-redis-action:created-by': 'acme/shop',
  'django-redis-action:group': 'shop-cache',
  GitHubRepository: 'acme/shop',
  GitHubWorkflowRun: run,
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
    tags: ourTags(),
    ...extra,
  };
}

const plan = (o: Partial<SnapshotObserved>, keep?: number, c = ctx) =>
  planSnapshot(cfg(keep), { group: group(), snapshots: [], ...o }, c);
const kinds = (p: Plan) => p.steps.map((s) => `${s.level}:${s.kind}`);
const deleted = (p: Plan) => p.steps.flatMap((s) => (s.kind === 'delete-snapshot' ? [s.snapshotName] : []));

describe('snapshot names', () => {
  it('are <name>-manual-<YYYY-MM-DD> in UTC, with -HHMMSS the second time that day', () => {
    expect(dailySnapshotName('shop-cache', NOW)).toBe('shop-cache-manual-2026-03-14');
    expect(suffixedSnapshotName('shop-cache', NOW)).toBe('shop-cache-manual-2026-03-14-070509');
    // 23:30 in UTC-5 is the next day in UTC.
    expect(dailySnapshotName('a', Date.UTC(2026, 11, 31, 23, 59, 59))).toBe('a-manual-2026-12-31');
  });

  it('are recognised only for this group and in exactly this form', () => {
    expect(isManualSnapshotName('shop-cache', 'shop-cache-manual-2026-03-14')).toBe(true);
    expect(isManualSnapshotName('shop-cache', 'shop-cache-manual-2026-03-14-070509')).toBe(true);
    for (const other of [
      'shop-cache-manual-2026-03-14-0705',
      'shop-cache-manual-2026-03-14-backup',
      'shop-cache-final-20260314-0705',
      'shop-cache-2-manual-2026-03-14',
      'shop-manual-2026-03-14',
      'automatic.shop-cache-001-2026-03-14-03-00',
    ])
      expect(isManualSnapshotName('shop-cache', other), other).toBe(false);
    expect(isSameDaySnapshotName('shop-cache', 'shop-cache-manual-2026-03-14-010101', NOW)).toBe(true);
    expect(isSameDaySnapshotName('shop-cache', 'shop-cache-manual-2026-03-13', NOW)).toBe(false);
    expect(isRecentSnapshotName('shop-cache', 'shop-cache-manual-2026-03-13-235959', NOW)).toBe(true);
    expect(isRecentSnapshotName('shop-cache', 'shop-cache-manual-2026-03-12', NOW)).toBe(false);
  });
});

describe('planSnapshot: the snapshot it takes', () => {
  it('creates from an available replica, waits, and names a fallback for a race on the daily name', () => {
    const p = plan({});
    expect(kinds(p)).toEqual(['0:create-snapshot', '1:wait-snapshot']);
    expect(p.steps[0]).toMatchObject({
      kind: 'create-snapshot',
      cacheClusterId: 'shop-cache-002',
      snapshotName: 'shop-cache-manual-2026-03-14',
      fallbackName: 'shop-cache-manual-2026-03-14-070509',
    });
    expect(p.action).toBe('create');
    expect(p.target).toMatchObject({ name: 'shop-cache-manual-2026-03-14', resumed: false });
  });

  it('prefers an available replica, then any replica, then the primary, then the first member', () => {
    const src = (members: SnapshotSourceGroup['members']) =>
      (plan({ group: group(members) }).steps[0] as { cacheClusterId: string }).cacheClusterId;
    expect(
      src([
        { id: 'a-001', role: 'primary', status: 'available' },
        { id: 'a-002', role: 'replica', status: 'modifying' },
        { id: 'a-003', role: 'replica', status: 'available' },
      ]),
    ).toBe('a-003');
    expect(
      src([
        { id: 'a-001', role: 'primary', status: 'available' },
        { id: 'a-002', role: 'replica', status: 'modifying' },
      ]),
    ).toBe('a-002');
    expect(src([{ id: 'a-001', role: 'primary', status: 'available' }])).toBe('a-001');
    expect(src([{ id: 'a-009', role: undefined, status: 'available' }])).toBe('a-009');
  });

  it('uses the -HHMMSS name when the daily name is taken, and refuses when both are', () => {
    const taken = snap('shop-cache-manual-2026-03-14', 0, { tags: undefined });
    const p = plan({ snapshots: [taken] });
    expect(p.steps[0]).toMatchObject({ snapshotName: 'shop-cache-manual-2026-03-14-070509' });
    expect((p.steps[0] as { fallbackName?: string }).fallbackName).toBeUndefined();
    expect(p.steps[0]!.reason).toMatch(/shop-cache-manual-2026-03-14 is taken today/);
    expect(() => plan({ snapshots: [taken, snap('shop-cache-manual-2026-03-14-070509', 0)] })).toThrow(
      /both exist already/,
    );
  });

  it('fails naming the input when the group is missing, and refuses an unusable group', () => {
    expect(() => planSnapshot(cfg(), { group: undefined, snapshots: [] }, ctx)).toThrow(PlanError);
    expect(() => planSnapshot(cfg(), { group: undefined, snapshots: [] }, ctx)).toThrow(
      /Input "name": replication group shop-cache does not exist in eu-west-1/,
    );
    for (const status of ['create-failed', 'deleting'])
      expect(() => plan({ group: group(twoNodes, status) })).toThrow(new RegExp(`is ${status}: no snapshot`));
    expect(() => plan({ group: group([]) })).toThrow(/no member clusters/);
  });
});

describe('planSnapshot: a re-run of the same workflow run', () => {
  const own = (status: string) => snap('shop-cache-manual-2026-03-14', 0, { status, tags: ourTags(RUN) });

  it('waits for its own creating snapshot instead of taking another', () => {
    const p = plan({ snapshots: [own('creating')] });
    expect(kinds(p)).toEqual(['0:wait-snapshot']);
    expect(p.target).toMatchObject({ name: 'shop-cache-manual-2026-03-14', resumed: true });
    expect(p.action).toBe('update');
  });

  it('uses its own available snapshot: nothing to do but prune', () => {
    const p = plan({ snapshots: [own('available'), snap('shop-cache-manual-2026-03-01', 13)] }, 1);
    expect(kinds(p)).toEqual(['0:delete-snapshot']);
    expect(deleted(p)).toEqual(['shop-cache-manual-2026-03-01']);
    expect(plan({ snapshots: [own('available')] }).action).toBe('none');
  });

  it('finds its own under the -HHMMSS name too', () => {
    const p = plan({
      snapshots: [
        snap('shop-cache-manual-2026-03-14', 0, {
          tags: ourTags('https://github.com/acme/shop/actions/runs/1'),
        }),
        snap('shop-cache-manual-2026-03-14-050000', 0, { status: 'creating', tags: ourTags(RUN) }),
      ],
    });
    expect(p.target.name).toBe('shop-cache-manual-2026-03-14-050000');
  });

  it('finds its own from just before midnight UTC (a re-run just after it)', () => {
    const p = plan({
      snapshots: [snap('shop-cache-manual-2026-03-13', 0.3, { status: 'available', tags: ourTags(RUN) })],
    });
    expect(p.target).toMatchObject({ name: 'shop-cache-manual-2026-03-13', resumed: true });
    expect(p.steps).toEqual([]);
  });

  it("takes a new one when the snapshot is another run's, not ours, being deleted, or older than yesterday", () => {
    for (const s of [
      snap('shop-cache-manual-2026-03-14', 0, { status: 'creating' }), // run 7, not this run
      snap('shop-cache-manual-2026-03-14', 0, { tags: { ...ourTags(RUN), GitHubRepository: 'x/y' } }),
      snap('shop-cache-manual-2026-03-14', 0, { status: 'deleting', tags: ourTags(RUN) }),
      snap('shop-cache-manual-2026-03-12', 2, { tags: ourTags(RUN) }),
    ])
      expect(plan({ snapshots: [s] }).target.resumed, s.name).toBe(false);
    // Without a run URL (no GITHUB_RUN_ID) nothing is recognised as this run's.
    expect(
      plan({ snapshots: [own('creating')] }, undefined, { ...ctx, runUrl: undefined }).target.resumed,
    ).toBe(false);
  });
});

describe('planSnapshot: keep_snapshots', () => {
  it('keeps the new one and the newest N-1 of ours by creation time, deletes the rest after the wait', () => {
    const p = plan(
      {
        snapshots: [
          snap('shop-cache-manual-2026-03-10', 4),
          snap('shop-cache-manual-2026-03-11', 1.5), // newer than its name says
          snap('shop-cache-manual-2026-03-12', 2),
          snap('shop-cache-manual-2026-03-13', 3),
        ],
      },
      3,
    );
    expect(kinds(p)).toEqual([
      '0:create-snapshot',
      '1:wait-snapshot',
      '2:delete-snapshot',
      '2:delete-snapshot',
    ]);
    expect(deleted(p).sort()).toEqual(['shop-cache-manual-2026-03-10', 'shop-cache-manual-2026-03-13']);
    expect(p.steps[2]!.reason).toMatch(/keep_snapshots 3: .* is older than the newest 3/);
  });

  it('never deletes what is not ours, automated, differently named, untagged or being deleted', () => {
    const p = plan(
      {
        snapshots: [
          snap('shop-cache-manual-2026-01-01', 70, { tags: undefined }),
          snap('shop-cache-manual-2026-01-02', 69, { tags: {} }),
          snap('shop-cache-manual-2026-01-03', 68, {
            tags: { ...ourTags(), 'django-redis-action:created-by': 'x/y' },
          }),
          snap('shop-cache-manual-2026-01-04', 67, { source: 'automated' }),
          snap('shop-cache-manual-2026-01-05', 66, { status: 'deleting' }),
          snap('shop-cache-before-upgrade', 65),
        ],
      },
      1,
    );
    expect(deleted(p)).toEqual([]);
    expect(p.kept.map((k) => k.name)).toEqual([
      'shop-cache-manual-2026-01-02',
      'shop-cache-manual-2026-01-03',
    ]);
    expect(p.kept[1]!.why).toMatch(/created from x\/y/);
  });

  it('leaves an older one that is busy for a later run, saying so; without a repository deletes nothing', () => {
    const busy = plan({ snapshots: [snap('shop-cache-manual-2026-03-01', 13, { status: 'copying' })] }, 1);
    expect(deleted(busy)).toEqual([]);
    expect(busy.kept).toEqual([
      {
        name: 'shop-cache-manual-2026-03-01',
        why: 'it is copying; a later run prunes it once it is available',
      },
    ]);
    const local = plan({ snapshots: [snap('shop-cache-manual-2026-03-01', 13)] }, 1, {
      ...ctx,
      repository: undefined,
    });
    expect(deleted(local)).toEqual([]);
    expect(local.kept[0]!.why).toMatch(/GITHUB_REPOSITORY is not set/);
  });

  it('a snapshot without a time yet counts as the newest; no keep_snapshots means no pruning', () => {
    const p = plan(
      {
        snapshots: [
          snap('shop-cache-manual-2026-03-01', 13),
          snap('shop-cache-manual-2026-03-02', 0, { createdAt: undefined }),
        ],
      },
      2,
    );
    expect(deleted(p)).toEqual(['shop-cache-manual-2026-03-01']);
    expect(p.steps.at(-1)!.reason).toContain('taken 2026-03-01T07:05:09.000Z');
    expect(deleted(plan({ snapshots: [snap('shop-cache-manual-2026-03-01', 13)] }))).toEqual([]);
  });
});

describe('wait states', () => {
  it('snapshot: available (or in use) is done; deleting and gone fail; creating waits', () => {
    expect(classifySnapshot(snap('a', 0)).state).toBe('success');
    expect(classifySnapshot(snap('a', 0, { status: 'restoring' })).state).toBe('success');
    expect(classifySnapshot(snap('a', 0, { status: 'creating' })).state).toBe('pending');
    expect(classifySnapshot(snap('a', 0, { status: 'deleting' })).state).toBe('failure');
    expect(classifySnapshot(undefined)).toEqual({ state: 'failure', label: expect.stringMatching(/gone/) });
  });

  it('the source group is busy while it or a member is not available', () => {
    expect(isBusySource(group())).toBe(false);
    expect(isBusySource(group(twoNodes, 'snapshotting'))).toBe(true);
    expect(isBusySource(group([{ id: 'a', role: 'primary', status: 'modifying' }]))).toBe(true);
  });
});
