// The destroy step handlers (src/execute/destroy.ts) against stubbed adapters and a virtual clock:
// the exact delete calls, the final snapshot's fallback names when one is taken, what is retried
// (and what is not), and the errors the user reads (mutation testing found these reached only by
// the slow scenario suites, or not at all).

import { describe, expect, it, vi } from 'vitest';
import { destroySteps, isBusyForDelete, waitSettled } from '../src/execute/destroy.js';
import { emptyResult, type ExecContext } from '../src/execute/context.js';
import { AwsCallError, PlanError } from '../src/errors.js';
import { VirtualClock } from './fake/clock.js';

const base = { level: 0, reason: 'r' };
const GROUP = 'shop-cache';

const awsError = (causeName: string, message = `elasticache:Op: ${causeName}: refused`, cause?: unknown) =>
  new AwsCallError('elasticache', 'DeleteReplicationGroup', causeName, 1, message, { cause });

function setup() {
  const elasticache = {
    deleteReplicationGroup: vi.fn(async (_id: string, _snap: string | undefined): Promise<void> => undefined),
    describeReplicationGroup: vi.fn(
      async (_id: string): Promise<{ ReplicationGroupId: string; Status?: string } | undefined> => undefined,
    ),
    deleteParameterGroup: vi.fn(async (_name: string): Promise<void> => undefined),
    deleteSubnetGroup: vi.fn(async (_name: string): Promise<void> => undefined),
  };
  const ec2 = { deleteSecurityGroup: vi.fn(async (_id: string): Promise<void> => undefined) };
  const log = { info: vi.fn(), warning: vi.fn(), mask: vi.fn() };
  const clock = new VirtualClock(Date.UTC(2026, 5, 1), 1);
  clock.random = () => 0; // every interval is the minimum: the delays are exact
  const ctx = {
    cfg: { mode: 'destroy', waitTimeoutMinutes: 30 },
    observed: undefined,
    tags: {},
    createTags: {},
    aws: { elasticache, ec2 },
    clock,
    log,
    deadline: clock.now() + 30 * 60_000,
  } as unknown as ExecContext;
  const st = emptyResult();
  const infos = () => log.info.mock.calls.map((c) => c[0] as string);
  return { ctx, st, elasticache, ec2, log, clock, infos };
}

const deleteGroup = (t: ReturnType<typeof setup>, finalSnapshotName?: string) =>
  destroySteps['delete-replication-group'].run(
    { ...base, kind: 'delete-replication-group', groupId: GROUP, finalSnapshotName },
    t.ctx,
    t.st,
  );

describe('delete-replication-group: the final snapshot name', () => {
  it('moves to the next suffix while the name is taken, and keeps the one AWS accepted', async () => {
    const t = setup();
    t.elasticache.deleteReplicationGroup
      .mockRejectedValueOnce(awsError('SnapshotAlreadyExistsFault'))
      .mockRejectedValueOnce(awsError('SnapshotAlreadyExistsFault'));
    await deleteGroup(t, 'final');
    expect(t.elasticache.deleteReplicationGroup.mock.calls).toEqual([
      [GROUP, 'final'],
      [GROUP, 'final-2'],
      [GROUP, 'final-3'],
    ]);
    expect(t.st.finalSnapshotName).toBe('final-3');
    expect(t.infos()).toEqual([
      `  delete replication group ${GROUP}: snapshot name taken, trying final-2 (0s elapsed)`,
      `  delete replication group ${GROUP}: snapshot name taken, trying final-3 (15s elapsed)`,
      `  delete replication group ${GROUP}: deleting (30s elapsed)`,
    ]);
    // Retried every 15 s (the in-use delays), not the 11 s of a status poll.
    expect(t.clock.slept).toBe(30_000);
  });

  it('tries at most nine names, then fails with what AWS said', async () => {
    const t = setup();
    const taken = awsError('SnapshotAlreadyExistsFault');
    t.elasticache.deleteReplicationGroup.mockRejectedValue(taken);
    await expect(deleteGroup(t, 'final')).rejects.toBe(taken);
    expect(t.elasticache.deleteReplicationGroup.mock.calls.map((c) => c[1])).toEqual([
      'final',
      'final-2',
      'final-3',
      'final-4',
      'final-5',
      'final-6',
      'final-7',
      'final-8',
      'final-9',
    ]);
  });

  it('says no final snapshot was requested when the group was already gone', async () => {
    const t = setup();
    t.elasticache.deleteReplicationGroup.mockRejectedValue(awsError('ReplicationGroupNotFoundFault'));
    await deleteGroup(t, 'final');
    expect(t.st.finalSnapshotName).toBeUndefined();
    expect(t.log.info).toHaveBeenLastCalledWith(
      `  ${GROUP} was already gone: no final snapshot was requested by this run`,
    );
  });

  it('says nothing about a final snapshot when the delete was accepted, or none was asked for', async () => {
    const t = setup();
    await deleteGroup(t, 'final');
    expect(t.st.finalSnapshotName).toBe('final');
    t.elasticache.deleteReplicationGroup.mockRejectedValue(awsError('ReplicationGroupNotFoundFault'));
    await deleteGroup(t);
    expect(t.st.finalSnapshotName).toBeUndefined();
    expect(t.infos().filter((l) => l.includes('final snapshot'))).toEqual([]);
  });

  it('counts only an AWS answer: another error that merely looks like one is rethrown', async () => {
    const t = setup();
    const odd = Object.assign(new Error('not from AWS'), { causeName: 'ReplicationGroupNotFoundFault' });
    t.elasticache.deleteReplicationGroup.mockRejectedValue(odd);
    await expect(deleteGroup(t, 'final')).rejects.toBe(odd);
    expect(t.elasticache.deleteReplicationGroup).toHaveBeenCalledTimes(1);
  });
});

describe('delete-replication-group: busy groups and failures', () => {
  it('waits while the group is busy, logging its status and the reason without the call prefix', async () => {
    const t = setup();
    t.elasticache.deleteReplicationGroup.mockRejectedValueOnce(
      awsError(
        'InvalidReplicationGroupStateFault',
        'elasticache:DeleteReplicationGroup: Cluster is modifying: try later',
      ),
    );
    t.elasticache.describeReplicationGroup.mockResolvedValueOnce({
      ReplicationGroupId: GROUP,
      Status: 'modifying',
    });
    await deleteGroup(t);
    expect(t.infos()[0]).toBe(
      `  delete replication group ${GROUP}: modifying: Cluster is modifying: try later (0s elapsed)`,
    );
    expect(t.elasticache.deleteReplicationGroup).toHaveBeenCalledTimes(2);
  });

  it('strips the prefix of the first line only', async () => {
    const t = setup();
    t.elasticache.deleteReplicationGroup.mockRejectedValueOnce(
      awsError('InvalidReplicationGroupStateFault', 'refused\nreason: busy'),
    );
    t.elasticache.describeReplicationGroup.mockResolvedValueOnce({
      ReplicationGroupId: GROUP,
      Status: 'snapshotting',
    });
    await deleteGroup(t);
    expect(t.infos()[0]).toBe(
      `  delete replication group ${GROUP}: snapshotting: refused\nreason: busy (0s elapsed)`,
    );
  });

  it('explains a denied delete with a final snapshot: the snapshot needs its own permissions', async () => {
    const t = setup();
    t.elasticache.deleteReplicationGroup.mockRejectedValue(
      awsError('AccessDenied', 'elasticache:DeleteReplicationGroup: AccessDenied.', { name: 'AccessDenied' }),
    );
    await expect(deleteGroup(t, 'final')).rejects.toEqual(
      new PlanError(
        'elasticache:DeleteReplicationGroup: AccessDenied. A final snapshot also needs elasticache:CreateSnapshot ' +
          '(and elasticache:AddTagsToResource); grant them, or set final_snapshot: false.',
      ),
    );
  });

  it('rethrows any other failure as it is, after one call', async () => {
    const t = setup();
    const other = awsError('InvalidParameterValue');
    t.elasticache.deleteReplicationGroup.mockRejectedValue(other);
    await expect(deleteGroup(t, 'final')).rejects.toBe(other);
    expect(t.elasticache.deleteReplicationGroup).toHaveBeenCalledTimes(1);
  });
});

describe('deletes retried while in use', () => {
  it('retries a security group in use every 15 s, then deletes it', async () => {
    const t = setup();
    t.ec2.deleteSecurityGroup
      .mockRejectedValueOnce(awsError('DependencyViolation'))
      .mockRejectedValueOnce(awsError('DependencyViolation'));
    await destroySteps['delete-security-group'].run(
      { ...base, kind: 'delete-security-group', groupId: 'sg-1' },
      t.ctx,
      t.st,
    );
    expect(t.ec2.deleteSecurityGroup.mock.calls).toEqual([['sg-1'], ['sg-1'], ['sg-1']]);
    expect(t.clock.slept).toBe(30_000);
    expect(t.infos()).toEqual([
      '  delete security group sg-1: in use (DependencyViolation) (0s elapsed)',
      '  delete security group sg-1: deleted (30s elapsed)',
    ]);
  });

  it('does not retry another AWS failure, and rethrows it unchanged', async () => {
    const t = setup();
    const other = awsError('CacheSubnetGroupNotFoundFault');
    t.elasticache.deleteSubnetGroup.mockRejectedValue(other);
    await expect(
      destroySteps['delete-subnet-group'].run(
        { ...base, kind: 'delete-subnet-group', name: 'subs' },
        t.ctx,
        t.st,
      ),
    ).rejects.toBe(other);
    expect(t.elasticache.deleteSubnetGroup).toHaveBeenCalledTimes(1);
  });

  it("stops at the run's deadline with what to do", async () => {
    const t = setup();
    t.elasticache.deleteParameterGroup.mockRejectedValue(awsError('InvalidCacheParameterGroupStateFault'));
    await expect(
      destroySteps['delete-parameter-group'].run(
        { ...base, kind: 'delete-parameter-group', name: 'pg' },
        t.ctx,
        t.st,
      ),
    ).rejects.toEqual(
      new PlanError(
        "delete cache parameter group pg: still in use (InvalidCacheParameterGroupStateFault) after 30m00s, past the run's 30-minute limit (wait_timeout_minutes). Re-run destroy later (or raise wait_timeout_minutes): it deletes whatever is left.",
      ),
    );
  });
});

describe('titles', () => {
  it('counts alarms in the singular and the plural', () => {
    const title = (names: string[]) =>
      destroySteps['delete-alarms'].title({ ...base, kind: 'delete-alarms', names });
    expect(title(['a'])).toBe('delete 1 CloudWatch alarm');
    expect(title(['a', 'b'])).toBe('delete 2 CloudWatch alarms');
  });
});

describe('wait-deleted', () => {
  it('rethrows a failed read as it is', async () => {
    const t = setup();
    const boom = new Error('network down');
    t.elasticache.describeReplicationGroup.mockRejectedValue(boom);
    await expect(
      destroySteps['wait-deleted'].run({ ...base, kind: 'wait-deleted', groupId: GROUP }, t.ctx, t.st),
    ).rejects.toBe(boom);
  });
});

describe('waitSettled', () => {
  it('is done at once when the group is gone', async () => {
    const t = setup();
    await waitSettled(t.ctx, GROUP);
    expect(t.infos()).toEqual([`  replication group ${GROUP}: gone (0s elapsed)`]);
  });

  it('waits while the group is busy, and ends on its settled status', async () => {
    const t = setup();
    t.elasticache.describeReplicationGroup
      .mockResolvedValueOnce({ ReplicationGroupId: GROUP, Status: 'snapshotting' })
      .mockResolvedValueOnce({ ReplicationGroupId: GROUP, Status: 'available' });
    await waitSettled(t.ctx, GROUP);
    expect(t.infos()).toEqual([
      `  replication group ${GROUP}: snapshotting (0s elapsed)`,
      `  replication group ${GROUP}: available (11s elapsed)`,
    ]);
  });

  it('rethrows a failed read as it is', async () => {
    const t = setup();
    const boom = new Error('network down');
    t.elasticache.describeReplicationGroup.mockRejectedValue(boom);
    await expect(waitSettled(t.ctx, GROUP)).rejects.toBe(boom);
  });

  it('treats an unknown status as not busy', () => {
    expect(isBusyForDelete(undefined)).toBe(false);
    expect(isBusyForDelete('modifying')).toBe(true);
    expect(isBusyForDelete('available')).toBe(false);
  });
});
