// waitUntilAvailable beyond its classification (mutation testing found it reached only by the slow
// whole-action suites): which members it reads, what it returns, and on failure or timeout which
// events it asks for (since an hour before the wait, for the group and its last known members) and
// how it reports them.

import { describe, expect, it, vi } from 'vitest';
import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { ExecContext } from '../src/execute/context.js';
import { waitUntilAvailable } from '../src/execute/wait.js';
import { PlanError } from '../src/errors.js';
import { VirtualClock } from './fake/clock.js';

const START = Date.parse('2026-06-01T12:00:00Z');

interface Stub {
  groups: Array<ReplicationGroup | undefined>;
  clusters?: Record<string, string | undefined>;
  events?: () => Promise<string[]>;
  observedMembers?: string[];
  deadlineMs?: number;
}

function setup(s: Stub) {
  const clock = new VirtualClock(START, 1);
  let i = 0;
  const describeReplicationGroup = vi.fn(async () => s.groups[Math.min(i++, s.groups.length - 1)]);
  const describeCacheCluster = vi.fn(async (id: string): Promise<CacheCluster | undefined> => {
    const status = s.clusters?.[id];
    return status === undefined ? undefined : { CacheClusterId: id, CacheClusterStatus: status };
  });
  const recentEvents = vi.fn(s.events ?? (async () => []));
  const info = vi.fn();
  const ctx = {
    cfg: { waitTimeoutMinutes: 30 },
    observed: s.observedMembers ? { group: { memberClusters: s.observedMembers } } : undefined,
    aws: { elasticache: { describeReplicationGroup, describeCacheCluster, recentEvents } },
    clock,
    log: { info, warning: vi.fn(), mask: vi.fn() },
    deadline: START + (s.deadlineMs ?? 30 * 60_000),
  } as unknown as ExecContext;
  return { ctx, clock, describeReplicationGroup, describeCacheCluster, recentEvents, info };
}

const available = (members?: string[]): ReplicationGroup => ({
  ReplicationGroupId: 'app',
  Status: 'available',
  ...(members ? { MemberClusters: members } : {}),
});

async function planError(p: Promise<unknown>): Promise<PlanError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(PlanError);
  return e as PlanError;
}

describe('waitUntilAvailable', () => {
  it('returns the group once it and every member are available, reading each member', async () => {
    const done = available(['app-001', 'app-002']);
    const t = setup({
      groups: [{ ...available(['app-001', 'app-002']), Status: 'modifying' }, done],
      clusters: { 'app-001': 'available', 'app-002': 'available' },
    });
    await expect(waitUntilAvailable(t.ctx, 'app')).resolves.toBe(done);
    expect(t.describeReplicationGroup).toHaveBeenCalledWith('app');
    expect(t.describeCacheCluster.mock.calls.map((c) => c[0])).toEqual([
      'app-001',
      'app-002',
      'app-001',
      'app-002',
    ]);
    expect(t.info).toHaveBeenCalledWith('  replication group app: modifying (0s elapsed)');
    expect(t.recentEvents).not.toHaveBeenCalled();
  });

  it('a member that cannot be read counts as missing and keeps the wait pending', async () => {
    const t = setup({
      groups: [available(['app-001', 'app-002'])],
      clusters: { 'app-001': 'available' },
      deadlineMs: 0,
    });
    const e = await planError(waitUntilAvailable(t.ctx, 'app'));
    expect(e.message).toContain('still available; members app-002 missing after');
  });

  it('on failure asks for the events since an hour before the wait, for the members last seen', async () => {
    const t = setup({
      groups: [available(['app-001', 'app-002']), { ReplicationGroupId: 'app', Status: 'create-failed' }],
      clusters: { 'app-001': 'creating', 'app-002': 'creating' },
      observedMembers: ['old-001'],
      events: async () => ['2026-06-01T12:01:00Z app: Failed to create cluster'],
    });
    const e = await planError(waitUntilAvailable(t.ctx, 'app'));
    expect(t.recentEvents).toHaveBeenCalledTimes(1);
    expect(t.recentEvents).toHaveBeenCalledWith('app', ['app-001', 'app-002'], START - 3_600_000);
    expect(e.message).toMatch(/^replication group app: ended in create-failed after \d+s\.\nRecent/);
    expect(e.message).toContain(
      '.\nRecent ElastiCache events:\n  2026-06-01T12:01:00Z app: Failed to create cluster',
    );
    expect(e.message).not.toContain('wait_timeout_minutes, or re-run');
  });

  it('keeps the observed members when the group never lists any (or is gone)', async () => {
    const t = setup({ groups: [undefined], observedMembers: ['app-001'] });
    const e = await planError(waitUntilAvailable(t.ctx, 'app'));
    expect(t.recentEvents).toHaveBeenCalledWith('app', ['app-001'], START - 3_600_000);
    expect(e.message).toContain('ended in gone (ReplicationGroupNotFound)');
    expect(t.describeCacheCluster).not.toHaveBeenCalled();

    const none = setup({ groups: [{ ReplicationGroupId: 'app', Status: 'deleting', MemberClusters: [] }] });
    await planError(waitUntilAvailable(none.ctx, 'app'));
    expect(none.recentEvents).toHaveBeenCalledWith('app', [], START - 3_600_000);

    const kept = setup({
      groups: [available(['app-001']), { ReplicationGroupId: 'app', Status: 'deleting', MemberClusters: [] }],
      clusters: { 'app-001': 'creating' },
      observedMembers: ['old-001'],
    });
    await planError(waitUntilAvailable(kept.ctx, 'app'));
    expect(kept.recentEvents).toHaveBeenCalledWith('app', ['app-001'], START - 3_600_000);
  });

  it('with no events says so; a timeout adds the hint; only the last 10 events are shown', async () => {
    const none = setup({ groups: [{ ReplicationGroupId: 'app', Status: 'deleted' }] });
    const e1 = await planError(waitUntilAvailable(none.ctx, 'app'));
    expect(e1.message).toBe(
      'replication group app: ended in deleted after 0s. No recent ElastiCache events.',
    );

    const lines = Array.from({ length: 12 }, (_, n) => `event ${n + 1}`);
    const slow = setup({
      groups: [{ ...available(['app-001']), Status: 'creating' }],
      clusters: { 'app-001': 'creating' },
      deadlineMs: 60_000,
      events: async () => lines,
    });
    const e2 = await planError(waitUntilAvailable(slow.ctx, 'app'));
    expect(e2.message).toContain("past the run's 30-minute limit (wait_timeout_minutes).");
    expect(e2.message).toContain(
      ' Raise wait_timeout_minutes, or re-run later: a re-run waits for the group instead of starting over.\nRecent ElastiCache events:\n  event 3\n',
    );
    expect(e2.message).not.toContain('event 2\n');
    expect(e2.message.endsWith('\n  event 12')).toBe(true);
    expect(slow.clock.now()).toBe(START + 60_000);
  });

  it('a deadline already past times out after one read', async () => {
    const t = setup({
      groups: [{ ...available(), Status: 'creating' }],
      deadlineMs: -5 * 60_000,
    });
    const e = await planError(waitUntilAvailable(t.ctx, 'app'));
    expect(e.message).toMatch(/^replication group app: still creating after 0s/);
    expect(t.describeReplicationGroup).toHaveBeenCalledTimes(1);
    expect(t.clock.now()).toBe(START);
  });

  it('events that cannot be read are reported as such', async () => {
    const t = setup({
      groups: [{ ReplicationGroupId: 'app', Status: 'create-failed' }],
      events: async () => {
        throw new Error('AccessDenied: elasticache:DescribeEvents');
      },
    });
    const e = await planError(waitUntilAvailable(t.ctx, 'app'));
    expect(e.message).toBe(
      'replication group app: ended in create-failed after 0s.\nRecent ElastiCache events:\n  (could not read events: AccessDenied: elasticache:DescribeEvents)',
    );
  });

  it('any other error passes through unchanged, without reading events', async () => {
    const t = setup({ groups: [] });
    const boom = new Error('throttled');
    t.describeReplicationGroup.mockRejectedValueOnce(boom);
    await expect(waitUntilAvailable(t.ctx, 'app')).rejects.toBe(boom);
    expect(t.recentEvents).not.toHaveBeenCalled();
  });
});
