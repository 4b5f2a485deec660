// Mode snapshot, the whole action against the fake cloud: naming, the source member, waiting for a
// busy group, a run killed after CreateSnapshot, dry_run, and pruning that deletes exactly this
// action's older snapshots of the group and nothing else.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/main.js';
import type { Clock } from '../src/clock.js';
import type { FakeCloud } from './fake/index.js';
import { runAction } from './support/harness.js';
import { runKilledAfterMutatingCalls } from './support/kill.js';
import { createWorld } from './support/world.js';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const GROUP = 'shop-cache';
const REPO = 'acme/shop';
const DAY = 24 * 60 * 60_000;
/** The fake's clock starts at 2026-01-01T00:00:00Z; scenarios start mid-morning. */
const START = Date.UTC(2026, 0, 1, 9, 30, 15);
const runUrl = (id: string) => `https://github.com/${REPO}/actions/runs/${id}`;

/** The tags this action writes on a snapshot it takes (what a seeded "ours" carries). */
const ours = (runId = '1000', repo = REPO) => ({
  ManagedBy: 'django-redis-action',
  GitHubRepository: repo,
  GitHubWorkflowRun: `https://github.com/${repo}/actions/runs/${runId}`,
  'django-redis-action:created-by': repo,
  'django-redis-action:group': GROUP,
});

function seedGroup(nodes = 2, id = GROUP) {
  cloud.seedReplicationGroup({
    ReplicationGroupId: id,
    NumCacheClusters: nodes,
    AutomaticFailoverEnabled: nodes > 1,
  });
}

const snapshotRun = (inputs: Record<string, string> = {}, env: Record<string, string> = {}, clock?: Clock) =>
  runAction(
    { mode: 'snapshot', name: GROUP, aws_region: 'eu-west-1', ...inputs },
    { clock: clock ?? cloud.clock, env },
  );

const calls = (command: string) => cloud.calls.filter((c) => c.command === command);

beforeEach(() => {
  cloud.clock.advance(START - cloud.clock.now());
});

describe('mode snapshot: taking one', () => {
  it('names it <name>-manual-<date>, takes it from a replica, tags it ours, waits until available', async () => {
    seedGroup(2);
    const r = await snapshotRun();

    expect(r.errors).toEqual([]);
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('created');
    expect(r.outputs.snapshot_name).toBe('shop-cache-manual-2026-01-01');
    expect(r.outputs.snapshot_arn).toBe(
      'arn:aws:elasticache:eu-west-1:123456789012:snapshot:shop-cache-manual-2026-01-01',
    );
    const create = calls('CreateSnapshot');
    expect(create).toHaveLength(1);
    expect(create[0]!.input).toMatchObject({
      SnapshotName: 'shop-cache-manual-2026-01-01',
      CacheClusterId: 'shop-cache-002',
    });
    expect(create[0]!.input.ReplicationGroupId).toBeUndefined();
    const tags = Object.fromEntries(
      create[0]!.input.Tags.map((t: { Key: string; Value: string }) => [t.Key, t.Value]),
    );
    expect(tags).toEqual(ours('4242'));
    expect(cloud.snapshot('shop-cache-manual-2026-01-01')?.status).toBe('available');
    expect(cloud.replicationGroup(GROUP)?.status).toBe('available');
    // Progress while waiting, and the summary names the snapshot.
    expect(r.lines.some((l) => /snapshot shop-cache-manual-2026-01-01: creating/.test(l))).toBe(true);
    expect(r.summary).toContain('shop-cache-manual-2026-01-01');
    expect(r.summary).toContain('shop-cache-002');
    expect(cloud.mutatingCalls().map((c) => c.command)).toEqual(['CreateSnapshot']);
  });

  it('takes it from the primary on a one-node group', async () => {
    seedGroup(1);
    const r = await snapshotRun();
    expect(r.failed).toBe(false);
    expect(calls('CreateSnapshot')[0]!.input.CacheClusterId).toBe('shop-cache-001');
    expect(r.lines.some((l) => /from the primary shop-cache-001 \(the group has no replica\)/.test(l))).toBe(
      true,
    );
  });

  it('a second workflow run the same day gets the -HHMMSS suffix', async () => {
    seedGroup(2);
    await snapshotRun({}, { GITHUB_RUN_ID: '5001' });
    cloud.clock.advance(3 * 60 * 60_000 + 7 * 60_000 + 9_000);
    const r = await snapshotRun({}, { GITHUB_RUN_ID: '5002' });

    expect(r.failed).toBe(false);
    // 09:30:15 + the first run's wait + 3h07m09s, in UTC.
    expect(r.outputs.snapshot_name).toMatch(/^shop-cache-manual-2026-01-01-1\d{5}$/);
    const hhmmss = new Date(calls('CreateSnapshot')[1]!.time).toISOString().slice(11, 19).replace(/:/g, '');
    expect(r.outputs.snapshot_name).toBe(`shop-cache-manual-2026-01-01-${hhmmss}`);
    expect(calls('CreateSnapshot').map((c) => c.input.SnapshotName)).toEqual([
      'shop-cache-manual-2026-01-01',
      r.outputs.snapshot_name,
    ]);
  });

  it('the next day takes the plain daily name again', async () => {
    seedGroup(2);
    await snapshotRun({}, { GITHUB_RUN_ID: '5001' });
    cloud.clock.advance(DAY);
    const r = await snapshotRun({}, { GITHUB_RUN_ID: '5002' });
    expect(r.outputs.snapshot_name).toBe('shop-cache-manual-2026-01-02');
  });

  it('waits for a busy group (creating) before CreateSnapshot', async () => {
    cloud.seedReplicationGroup(
      { ReplicationGroupId: GROUP, NumCacheClusters: 2, AutomaticFailoverEnabled: true },
      { status: 'creating' },
    );
    const availableAt = cloud.clock.now() + cloud.durations.createMs;
    const r = await snapshotRun();

    expect(r.failed).toBe(false);
    expect(r.lines.some((l) => /is creating \(another run or AWS is busy with it\): waiting/.test(l))).toBe(
      true,
    );
    expect(calls('CreateSnapshot')).toHaveLength(1);
    expect(calls('CreateSnapshot')[0]!.time).toBeGreaterThanOrEqual(availableAt);
    expect(r.outputs.status).toBe('created');
  });

  it('a missing group fails naming the input, with zero writes', async () => {
    const r = await snapshotRun();
    expect(r.failed).toBe(true);
    expect(r.outputs.status).toBe('failed');
    expect(r.errors.join('\n')).toMatch(
      /Input "name": replication group shop-cache does not exist in eu-west-1/,
    );
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(r.outputs.has_changes).toBeUndefined();
  });

  it('dry_run prints the plan and writes nothing (status planned)', async () => {
    seedGroup(2);
    cloud.seedSnapshot({
      name: 'shop-cache-manual-2025-12-30',
      replicationGroupId: GROUP,
      createTime: START - 2 * DAY,
      tags: ours(),
    });
    const r = await snapshotRun({ dry_run: 'true', keep_snapshots: '1' });

    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('planned');
    expect(r.outputs.snapshot_name).toBe('shop-cache-manual-2026-01-01');
    expect(r.outputs.snapshot_arn).toBe('');
    expect(r.outputs.has_changes).toBe('true');
    expect(JSON.parse(r.outputs.changes!).map((c: { kind: string }) => c.kind)).toEqual([
      'create-snapshot',
      'wait-snapshot',
      'delete-snapshot',
    ]);
    expect(r.summary).toContain('Plan (nothing was executed)');
    expect(cloud.mutatingCalls()).toEqual([]);
  });
});

describe('mode snapshot: waiting fails or runs out of time', () => {
  it('past wait_timeout_minutes: fails saying what to do, and the re-run waits for that snapshot', async () => {
    seedGroup(2);
    cloud.durations.snapshotCreateMs = 25 * 60_000;
    const r = await snapshotRun({ wait_timeout_minutes: '10' });
    expect(r.failed).toBe(true);
    expect(r.outputs.status).toBe('failed');
    expect(r.errors.join('\n')).toMatch(
      /snapshot shop-cache-manual-2026-01-01: still creating after 10m\d\ds, past the run's 10-minute limit \(wait_timeout_minutes\)\. Raise wait_timeout_minutes, or re-run later: a re-run of this workflow run waits for this snapshot/,
    );
    cloud.resetCalls();
    const again = await snapshotRun({ wait_timeout_minutes: '30' });
    expect(again.outputs.status).toBe('created');
    expect(calls('CreateSnapshot')).toEqual([]);
  });

  it('a snapshot that disappears while creating fails the run with the recent events', async () => {
    seedGroup(2);
    const clock: Clock = {
      now: () => cloud.clock.now(),
      random: () => cloud.clock.random(),
      sleep: async (ms) => {
        cloud.state.snapshots.delete('shop-cache-manual-2026-01-01');
        return cloud.clock.sleep(ms);
      },
    };
    const r = await snapshotRun({}, {}, clock);
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /snapshot shop-cache-manual-2026-01-01: ended in gone \(SnapshotNotFound: it failed or was deleted\).*Re-run to take a new one/,
    );
    expect(calls('DescribeEvents').length).toBeGreaterThan(0);
  });
});

describe('mode snapshot: runs without a marker or on a busy group in a dry run', () => {
  it('dry_run on a busy group plans from its state with a warning, and waits for nothing', async () => {
    cloud.seedReplicationGroup(
      { ReplicationGroupId: GROUP, NumCacheClusters: 2, AutomaticFailoverEnabled: true },
      { status: 'creating' },
    );
    const before = cloud.clock.now();
    const r = await snapshotRun({ dry_run: 'true' });
    expect(r.outputs.status).toBe('planned');
    expect(r.warnings.join('\n')).toMatch(
      /is creating \(another run or AWS is busy with it\); this dry run plans/,
    );
    expect(cloud.clock.now()).toBe(before);
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('without GITHUB_REPOSITORY the snapshot carries no marker and keep_snapshots deletes nothing', async () => {
    seedGroup(2);
    cloud.seedSnapshot({
      name: 'shop-cache-manual-2025-12-20',
      replicationGroupId: GROUP,
      createTime: START - 12 * DAY,
      tags: ours(),
    });
    const r = await snapshotRun({ keep_snapshots: '1' }, { GITHUB_REPOSITORY: '' });
    expect(r.failed).toBe(false);
    expect(r.warnings.join('\n')).toMatch(/GITHUB_REPOSITORY is not set: .* keep_snapshots deletes nothing/);
    expect(calls('DeleteSnapshot')).toEqual([]);
    const tags = calls('CreateSnapshot')[0]!.input.Tags.map((t: { Key: string }) => t.Key);
    expect(tags).not.toContain('django-redis-action:created-by');
  });
});

describe('mode snapshot: a run killed after CreateSnapshot', () => {
  /** A clock whose sleep kills the run once CreateSnapshot has been sent (the runner died there). */
  function dyingClock(): Clock {
    return {
      now: () => cloud.clock.now(),
      random: () => cloud.clock.random(),
      sleep: (ms) =>
        calls('CreateSnapshot').length
          ? Promise.reject(new Error('the runner was shut down'))
          : cloud.clock.sleep(ms),
    };
  }

  it('the re-run of the same workflow run waits for that snapshot instead of taking another', async () => {
    seedGroup(2);
    const killed = await snapshotRun({ keep_snapshots: '2' }, {}, dyingClock());
    expect(killed.failed).toBe(true);
    expect(calls('CreateSnapshot')).toHaveLength(1);
    expect(cloud.snapshot('shop-cache-manual-2026-01-01')?.status).toBe('creating');

    cloud.clock.advance(60_000);
    cloud.resetCalls();
    const r = await snapshotRun({ keep_snapshots: '2' });

    expect(r.errors).toEqual([]);
    expect(r.outputs.status).toBe('created');
    expect(r.outputs.snapshot_name).toBe('shop-cache-manual-2026-01-01');
    expect(calls('CreateSnapshot')).toEqual([]);
    expect(
      r.lines.some((l) => /taken by an earlier attempt of this workflow run and is creating/.test(l)),
    ).toBe(true);
    expect(cloud.snapshot('shop-cache-manual-2026-01-01')?.status).toBe('available');
    expect([...cloud.state.snapshots.keys()]).toEqual(['shop-cache-manual-2026-01-01']);
  });

  it('a re-run after the snapshot became available only prunes', async () => {
    seedGroup(2);
    cloud.seedSnapshot({
      name: 'shop-cache-manual-2025-12-20',
      replicationGroupId: GROUP,
      createTime: START - 12 * DAY,
      tags: ours(),
    });
    await snapshotRun({ keep_snapshots: '1' }, {}, dyingClock());
    cloud.clock.advance(cloud.durations.snapshotCreateMs);
    cloud.resetCalls();
    const r = await snapshotRun({ keep_snapshots: '1' });

    expect(r.outputs.status).toBe('created');
    expect(r.outputs.snapshot_name).toBe('shop-cache-manual-2026-01-01');
    expect(cloud.mutatingCalls().map((c) => [c.command, c.input.SnapshotName])).toEqual([
      ['DeleteSnapshot', 'shop-cache-manual-2025-12-20'],
    ]);
  });
});

describe('mode snapshot: a run killed after any of its mutating calls', () => {
  /** Three of ours before the run (newest last) plus what no prune may touch. */
  function seedHistory() {
    seedGroup(2);
    for (const [day, days] of [
      ['2025-12-28', 4],
      ['2025-12-29', 3],
      ['2025-12-30', 2],
    ] as const)
      cloud.seedSnapshot({
        name: `shop-cache-manual-${day}`,
        replicationGroupId: GROUP,
        createTime: START - days * DAY,
        tags: ours(),
      });
    cloud.seedSnapshot({ replicationGroupId: GROUP, source: 'automated', createTime: START - 5 * DAY });
    cloud.seedSnapshot({
      name: 'shop-cache-manual-2025-11-01',
      replicationGroupId: GROUP,
      createTime: START - 60 * DAY,
      tags: ours('77', 'other/repo'),
    });
  }

  it('the re-run finishes: one snapshot taken, exactly N of ours left, nothing else touched', async () => {
    // A run that is not killed: how many mutating calls there are to be killed after.
    seedHistory();
    const before = [...cloud.state.snapshots.keys()];
    await snapshotRun({ keep_snapshots: '2' });
    const mutating = cloud.mutatingCalls().map((c) => c.command);
    expect(mutating).toEqual(['CreateSnapshot', 'DeleteSnapshot', 'DeleteSnapshot']);

    for (let n = 1; n <= mutating.length; n++) {
      cloud.restore();
      cloud = createWorld();
      cloud.clock.advance(START - cloud.clock.now());
      seedHistory();
      const killed = await runKilledAfterMutatingCalls(cloud, n, () => snapshotRun({ keep_snapshots: '2' }));
      // Killed after its last call, the run has nothing left to send (a kill before it exits).
      if (n < mutating.length) expect(killed.failed, `killed after mutating call ${n}`).toBe(true);

      cloud.clock.advance(5 * 60_000);
      const r = await snapshotRun({ keep_snapshots: '2' });
      expect(r.errors, `re-run after a kill after mutating call ${n}\n${r.stdout}`).toEqual([]);
      expect(r.outputs.status).toBe('created');
      expect(r.outputs.snapshot_name).toBe('shop-cache-manual-2026-01-01');
      expect(
        calls('CreateSnapshot').filter((c) => !c.error),
        `n=${n}`,
      ).toHaveLength(1);
      cloud.clock.advance(cloud.durations.snapshotDeleteMs);
      const after = [...cloud.state.snapshots.keys()];
      const oursLeft = after.filter((name) =>
        /^shop-cache-manual-2026|^shop-cache-manual-2025-12/.test(name),
      );
      expect(oursLeft.sort(), `n=${n}`).toEqual([
        'shop-cache-manual-2025-12-30',
        'shop-cache-manual-2026-01-01',
      ]);
      // The automated snapshot and the other repository's look-alike are still there.
      for (const name of before.filter((x) => !/^shop-cache-manual-2025-12/.test(x)))
        expect(after, `n=${n}`).toContain(name);
      expect(cloud.snapshot('shop-cache-manual-2026-01-01')?.status).toBe('available');
    }
  });
});

describe('mode snapshot: pruning with keep_snapshots', () => {
  it('keeps exactly N of ours (the new one included) and touches no other snapshot', async () => {
    seedGroup(2);
    const mine = [
      // name, days before START (create times do not follow name order for the last two)
      ['shop-cache-manual-2025-12-25', 7],
      ['shop-cache-manual-2025-12-26', 6],
      ['shop-cache-manual-2025-12-27', 5],
      ['shop-cache-manual-2025-12-29', 2.5],
      ['shop-cache-manual-2025-12-28-230000', 2.4],
    ] as const;
    for (const [name, days] of mine)
      cloud.seedSnapshot({ name, replicationGroupId: GROUP, createTime: START - days * DAY, tags: ours() });
    // Not ours: automated, manual without the marker (same naming!), another repository's, one
    // adopted by another repository, another group's of ours, and a differently named one of ours.
    const auto1 = cloud.seedSnapshot({
      replicationGroupId: GROUP,
      source: 'automated',
      createTime: START - 9 * DAY,
    });
    const auto2 = cloud.seedSnapshot({
      replicationGroupId: GROUP,
      source: 'automated',
      createTime: START - DAY,
    });
    const others: Array<[string, Record<string, string> | undefined, string?]> = [
      ['shop-cache-manual-2025-11-01', undefined],
      ['shop-cache-manual-2025-11-02', { ManagedBy: 'django-redis-action' }],
      ['shop-cache-manual-2025-11-03', ours('77', 'other/repo')],
      ['shop-cache-manual-2025-11-04', { ...ours(), GitHubRepository: 'other/repo' }],
      ['shop-cache-before-upgrade', ours()],
      ['shop-cache-final-20251101-1200', ours()],
      [
        'blog-cache-manual-2025-11-05',
        { ...ours(), 'django-redis-action:group': 'blog-cache' },
        'blog-cache',
      ],
    ];
    seedGroup(1, 'blog-cache');
    for (const [name, tags, group] of others)
      cloud.seedSnapshot({ name, replicationGroupId: group ?? GROUP, createTime: START - 60 * DAY, tags });
    const before = new Set(cloud.state.snapshots.keys());

    const r = await snapshotRun({ keep_snapshots: '3' });

    expect(r.errors).toEqual([]);
    expect(r.outputs.status).toBe('created');
    const deleted = calls('DeleteSnapshot').map((c) => c.input.SnapshotName);
    expect(deleted.sort()).toEqual([
      'shop-cache-manual-2025-12-25',
      'shop-cache-manual-2025-12-26',
      'shop-cache-manual-2025-12-27',
    ]);
    cloud.clock.advance(cloud.durations.snapshotDeleteMs);
    const after = new Set(cloud.state.snapshots.keys());
    // Ours now: exactly 3, the new one and the two newest by create time.
    const oursNow = [...after].filter((n) => {
      const s = cloud.snapshot(n)!;
      return s.replicationGroupId === GROUP && /^shop-cache-manual-\d{4}-\d{2}-\d{2}/.test(n);
    });
    expect(oursNow.filter((n) => !others.some(([o]) => o === n)).sort()).toEqual([
      'shop-cache-manual-2025-12-28-230000',
      'shop-cache-manual-2025-12-29',
      'shop-cache-manual-2026-01-01',
    ]);
    // Everything else is untouched.
    for (const n of before) if (!deleted.includes(n)) expect(after.has(n), n).toBe(true);
    expect(after.has(auto1.SnapshotName!) && after.has(auto2.SnapshotName!)).toBe(true);
    // Pruning happened only after the new snapshot was available.
    const available = calls('DescribeSnapshots').find(
      (c) => c.input.SnapshotName === 'shop-cache-manual-2026-01-01',
    );
    expect(available).toBeDefined();
    expect(Math.min(...calls('DeleteSnapshot').map((c) => c.startSeq))).toBeGreaterThan(
      Math.max(...calls('DescribeSnapshots').map((c) => c.endSeq)),
    );
    // The log says why the look-alikes were kept.
    expect(
      r.lines.some((l) => /kept: shop-cache-manual-2025-11-03: .*created from other\/repo/.test(l)),
    ).toBe(true);
    expect(
      r.lines.some((l) =>
        /kept: shop-cache-manual-2025-11-01: .*has no django-redis-action:created-by/.test(l),
      ),
    ).toBe(true);
  });

  it('never deletes the one just taken, even with keep_snapshots 1', async () => {
    seedGroup(2);
    cloud.seedSnapshot({
      name: 'shop-cache-manual-2025-12-31',
      replicationGroupId: GROUP,
      createTime: START - DAY,
      tags: ours(),
    });
    const r = await snapshotRun({ keep_snapshots: '1' });
    expect(calls('DeleteSnapshot').map((c) => c.input.SnapshotName)).toEqual([
      'shop-cache-manual-2025-12-31',
    ]);
    expect(cloud.snapshot(r.outputs.snapshot_name!)?.status).toBe('available');
  });

  it('reads no tags and deletes nothing while there are fewer of ours than keep_snapshots', async () => {
    seedGroup(2);
    cloud.seedSnapshot({
      name: 'shop-cache-manual-2025-12-25',
      replicationGroupId: GROUP,
      createTime: START - 7 * DAY,
      tags: ours(),
    });
    const r = await snapshotRun({ keep_snapshots: '5' });
    expect(r.failed).toBe(false);
    expect(calls('ListTagsForResource')).toEqual([]);
    expect(calls('DeleteSnapshot')).toEqual([]);
  });

  it('reports the AWS calls of a snapshot run without and with pruning', async () => {
    seedGroup(2);
    // A daily schedule: yesterday's snapshot of ours is there (its tags are read: was it this run's?).
    cloud.seedSnapshot({
      name: 'shop-cache-manual-2025-12-31',
      replicationGroupId: GROUP,
      createTime: START - DAY,
      tags: ours(),
    });
    const t0 = cloud.clock.now();
    await snapshotRun();
    const waitedMin = (cloud.clock.now() - t0) / 60_000;
    const without = cloud.calls.map((c) => c.command);
    cloud.resetCalls();
    for (let d = 3; d <= 9; d++)
      cloud.seedSnapshot({
        name: `shop-cache-manual-2025-12-${String(31 - d).padStart(2, '0')}`,
        replicationGroupId: GROUP,
        createTime: START - d * DAY,
        tags: ours(),
      });
    cloud.clock.advance(DAY);
    await snapshotRun({ keep_snapshots: '3' }, { GITHUB_RUN_ID: '6001' });
    const withPrune = cloud.calls.map((c) => c.command);
    const count = (list: string[]) =>
      Object.entries(list.reduce<Record<string, number>>((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {}))
        .map(([c, n]) => `${c}×${n}`)
        .join(', ');
    console.log(
      `snapshot run, no keep_snapshots (yesterday's snapshot present): ${without.length} calls (${count(without)}), ${waitedMin} virtual minutes (fake snapshot takes ${cloud.durations.snapshotCreateMs / 60_000})`,
    );
    console.log(
      `snapshot run, keep_snapshots 3 with 9 of ours before it: ${withPrune.length} calls (${count(withPrune)})`,
    );
    expect(without.filter((c) => c === 'CreateSnapshot')).toHaveLength(1);
    expect(withPrune.filter((c) => c === 'DeleteSnapshot')).toHaveLength(7);
  });
});

describe('mode snapshot: two workflow runs meet on one group', () => {
  /** Runs the action as two concurrent runs (A and B) of different workflow runs, calls answered per `schedule`. */
  async function twoRuns(schedule: string[]) {
    const dir = mkdtempSync(join(tmpdir(), 'two-runs-'));
    for (const [k, v] of Object.entries({
      INPUT_MODE: 'snapshot',
      INPUT_NAME: GROUP,
      INPUT_AWS_REGION: 'eu-west-1',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_REPOSITORY: REPO,
      GITHUB_SERVER_URL: 'https://github.com',
    }))
      vi.stubEnv(k, v);
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary'), '');
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const exitCode = process.exitCode;
    const interleaving = cloud.interleave(schedule);
    await Promise.all(
      ['A', 'B'].map((label) =>
        cloud.asRun(label, () =>
          run({ clock: cloud.clock, env: { ...process.env, GITHUB_RUN_ID: `run-${label}` } }),
        ),
      ),
    );
    const failed = process.exitCode === 1;
    process.exitCode = exitCode;
    vi.restoreAllMocks();
    return { interleaving, failed, log: lines.join('') };
  }

  it('both observe before either creates: each gets its own snapshot, the second under -HHMMSS', async () => {
    seedGroup(2);
    // A and B each observe (4 calls), then A creates, then B creates.
    const { interleaving, failed, log } = await twoRuns(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'A', 'B']);

    expect(interleaving.forced).toBe(0);
    expect(failed, log).toBe(false);
    const creates = calls('CreateSnapshot').map((c) => [c.run, c.input.SnapshotName, c.error ?? 'ok']);
    expect(creates[0]).toEqual(['A', 'shop-cache-manual-2026-01-01', 'ok']);
    expect(creates[1]).toEqual(['B', 'shop-cache-manual-2026-01-01', 'SnapshotAlreadyExistsFault']);
    expect(creates.at(-1)).toEqual(['B', 'shop-cache-manual-2026-01-01-093015', 'ok']);
    expect(log).toMatch(
      /shop-cache-manual-2026-01-01 was taken meanwhile \(another run\); taking shop-cache-manual-2026-01-01-093015/,
    );
    expect(log).toMatch(/busy \(InvalidCacheClusterStateFault; another run\?\): waiting for available/);
    const tagged = (name: string) => cloud.state.tags.get(cloud.snapshot(name)!.arn)?.GitHubWorkflowRun;
    expect(tagged('shop-cache-manual-2026-01-01')).toBe(runUrl('run-A'));
    expect(tagged('shop-cache-manual-2026-01-01-093015')).toBe(runUrl('run-B'));
    expect(cloud.snapshot('shop-cache-manual-2026-01-01-093015')?.status).toBe('available');
  });
});
