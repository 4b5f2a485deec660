// The destroy planner (src/plan/destroy.ts) and the Sequence every planner builds levels with
// (src/plan/sequence.ts), pinned exactly: the refusals, the group's delete with or without a final
// snapshot, the wait, everything around it in one level, and what is left in place and why.

import { describe, expect, it } from 'vitest';
import { finalSnapshotName, planDestroy, type DestroyOptions } from '../src/plan/destroy.js';
import { Sequence } from '../src/plan/sequence.js';
import type { DestroyGroup, DestroyObserved, OwnedResource } from '../src/observe/destroy.js';

const NOW = Date.UTC(2026, 11, 1, 4, 5, 59);
const opts = (o: Partial<DestroyOptions> = {}): DestroyOptions => ({
  finalSnapshot: true,
  keepLogs: false,
  now: NOW,
  ...o,
});
const group = (o: Partial<DestroyGroup> = {}): DestroyGroup => ({
  id: 'shop-cache',
  arn: 'arn:aws:elasticache:eu-west-1:123456789012:replicationgroup:shop-cache',
  status: 'available',
  createTime: undefined,
  memberClusters: ['shop-cache-001', 'shop-cache-002'],
  ...o,
});
const observed = (o: Partial<DestroyObserved> = {}): DestroyObserved => ({
  name: 'shop-cache',
  group: group(),
  groupOwnership: { ours: true },
  resources: [],
  notOurs: [],
  ...o,
});
const OURS = 'carries this repository’s created-by tag';

describe('finalSnapshotName', () => {
  it('<name>-final-<YYYYMMDD-HHMM> in UTC', () => {
    expect(finalSnapshotName('shop-cache', NOW)).toBe('shop-cache-final-20261201-0405');
    expect(finalSnapshotName('a', Date.UTC(2027, 0, 9, 23, 59))).toBe('a-final-20270109-2359');
  });
});

describe('planDestroy: the group', () => {
  it('ours: a final snapshot, the delete, then a wait until gone, each its own level', () => {
    const p = planDestroy(observed(), opts());
    expect(p).toEqual({
      action: 'delete',
      steps: [
        {
          kind: 'delete-replication-group',
          level: 0,
          groupId: 'shop-cache',
          finalSnapshotName: 'shop-cache-final-20261201-0405',
          reason:
            'delete shop-cache (available, 2 nodes) after a final snapshot shop-cache-final-20261201-0405',
        },
        {
          kind: 'wait-deleted',
          level: 1,
          groupId: 'shop-cache',
          reason: 'wait until shop-cache is gone: the resources around it stay in use until then',
        },
      ],
      refusals: [],
      warnings: [],
      pending: [],
      finalSnapshotName: 'shop-cache-final-20261201-0405',
      left: [],
    });
  });

  it('final_snapshot: false: no snapshot name on the step at all; one node is "1 node"', () => {
    const p = planDestroy(
      observed({ group: group({ memberClusters: ['shop-cache-001'] }) }),
      opts({ finalSnapshot: false }),
    );
    expect(p.finalSnapshotName).toBeUndefined();
    expect(p.steps[0]).toStrictEqual({
      kind: 'delete-replication-group',
      level: 0,
      groupId: 'shop-cache',
      reason: 'delete shop-cache (available, 1 node) without a final snapshot (final_snapshot: false)',
    });
  });

  it('one node with a final snapshot: "1 node"', () => {
    const p = planDestroy(observed({ group: group({ memberClusters: ['shop-cache-001'] }) }), opts());
    expect(p.steps[0]!.reason).toBe(
      'delete shop-cache (available, 1 node) after a final snapshot shop-cache-final-20261201-0405',
    );
  });

  it('create-failed: no final snapshot (it holds no data), with a warning; without final_snapshot, no warning', () => {
    const failed = observed({ group: group({ status: 'create-failed' }) });
    const p = planDestroy(failed, opts());
    expect(p.finalSnapshotName).toBeUndefined();
    expect(p.warnings).toEqual([
      'No final snapshot: replication group shop-cache is create-failed and holds no data.',
    ]);
    expect(p.steps[0]!.reason).toBe(
      'delete shop-cache (create-failed, 2 nodes) without a final snapshot (final_snapshot: false)',
    );
    expect(planDestroy(failed, opts({ finalSnapshot: false })).warnings).toEqual([]);
  });

  it('already deleting: only waited for, no delete sent', () => {
    const p = planDestroy(observed({ group: group({ status: 'deleting' }) }), opts());
    expect(p.finalSnapshotName).toBeUndefined();
    expect(p.steps).toEqual([
      {
        kind: 'wait-deleted',
        level: 0,
        groupId: 'shop-cache',
        reason:
          'replication group shop-cache is already deleting (an earlier or concurrent run): wait until it is gone',
      },
    ]);
  });

  it('no group: only the resources around it, at level 0', () => {
    const p = planDestroy(
      observed({
        group: undefined,
        groupOwnership: undefined,
        resources: [{ kind: 'subnet-group', name: 'shop-cache-subnets' }],
      }),
      opts(),
    );
    expect(p.steps).toEqual([
      {
        kind: 'delete-subnet-group',
        level: 0,
        name: 'shop-cache-subnets',
        reason: `cache subnet group shop-cache-subnets ${OURS}`,
      },
    ]);
    expect(p.action).toBe('delete');
  });

  it('no group and nothing around it: no step', () => {
    expect(planDestroy(observed({ group: undefined, groupOwnership: undefined }), opts()).steps).toEqual([]);
  });
});

describe('planDestroy: refusals', () => {
  const resources: OwnedResource[] = [{ kind: 'subnet-group', name: 'shop-cache-subnets' }];
  const notOurs = [{ what: 'security group sg-1', why: 'not ours' }];

  it('a group that is not ours: refused, nothing planned, nothing listed as left', () => {
    const p = planDestroy(
      observed({ groupOwnership: { ours: false, why: 'it has no created-by tag' }, resources, notOurs }),
      opts(),
    );
    expect(p).toEqual({
      action: 'delete',
      steps: [],
      refusals: [
        'Refusing to destroy shop-cache: it has no created-by tag. Nothing was deleted: destroy deletes only what this action created from this repository. Delete it yourself if it really should go.',
      ],
      warnings: [],
      pending: [],
      finalSnapshotName: undefined,
      left: [],
    });
  });

  it('tags unreadable: refused while busy, but a deleting group is only waited for', () => {
    const busy = planDestroy(
      observed({ group: group({ status: 'modifying' }), groupOwnership: 'unreadable', resources }),
      opts(),
    );
    expect(busy.steps).toEqual([]);
    expect(busy.refusals).toEqual([
      "Refusing to destroy shop-cache: its tags cannot be read while it is modifying, so it cannot be proven to be this repository's. Nothing was deleted; re-run once it is available.",
    ]);
    const deleting = planDestroy(
      observed({ group: group({ status: 'deleting' }), groupOwnership: 'unreadable', resources }),
      opts(),
    );
    expect(deleting.refusals).toEqual([]);
    expect(deleting.steps.map((s) => [s.kind, s.level])).toEqual([
      ['wait-deleted', 0],
      ['delete-subnet-group', 1],
    ]);
  });
});

describe('planDestroy: around the group', () => {
  it('every kind of resource deleted in one level after the wait; alarms in one sorted step; snapshots kept', () => {
    const p = planDestroy(
      observed({
        notOurs: [{ what: 'log group x', why: 'another repository' }],
        resources: [
          { kind: 'parameter-group', name: 'shop-cache-redis7' },
          { kind: 'alarm', name: 'shop-cache-002-cpu' },
          { kind: 'subnet-group', name: 'shop-cache-subnets' },
          { kind: 'security-group', id: 'sg-0aaaaaaaaaaaaaaa1' },
          { kind: 'log-group', name: '/aws/elasticache/shop-cache/slow-log' },
          { kind: 'ssm-parameter', name: '/django-redis-action/shop-cache/REDIS_URL' },
          { kind: 'snapshot', name: 'shop-cache-manual-20261130' },
          { kind: 'alarm', name: 'shop-cache-001-cpu' },
        ],
      }),
      opts(),
    );
    expect(p.steps.slice(2)).toEqual([
      {
        kind: 'delete-parameter-group',
        level: 2,
        name: 'shop-cache-redis7',
        reason: `cache parameter group shop-cache-redis7 ${OURS}`,
      },
      {
        kind: 'delete-subnet-group',
        level: 2,
        name: 'shop-cache-subnets',
        reason: `cache subnet group shop-cache-subnets ${OURS}`,
      },
      {
        kind: 'delete-security-group',
        level: 2,
        groupId: 'sg-0aaaaaaaaaaaaaaa1',
        reason: `security group sg-0aaaaaaaaaaaaaaa1 ${OURS}`,
      },
      {
        kind: 'delete-log-group',
        level: 2,
        name: '/aws/elasticache/shop-cache/slow-log',
        reason: `log group /aws/elasticache/shop-cache/slow-log ${OURS}`,
      },
      {
        kind: 'delete-ssm-parameter',
        level: 2,
        parameterName: '/django-redis-action/shop-cache/REDIS_URL',
        reason: `SSM parameter /django-redis-action/shop-cache/REDIS_URL ${OURS}`,
      },
      {
        kind: 'delete-alarms',
        level: 2,
        names: ['shop-cache-001-cpu', 'shop-cache-002-cpu'],
        reason: `2 CloudWatch alarms ${OURS}`,
      },
    ]);
    expect(p.left).toEqual([
      { what: 'log group x', why: 'another repository' },
      {
        what: 'snapshot shop-cache-manual-20261130',
        why: 'snapshots are kept by destroy (mode snapshot prunes them with keep_snapshots)',
      },
    ]);
  });

  it('keep_logs: log groups are left, saying so; one alarm is "1 CloudWatch alarm"', () => {
    const p = planDestroy(
      observed({
        group: undefined,
        groupOwnership: undefined,
        resources: [
          { kind: 'log-group', name: '/aws/elasticache/shop-cache/engine-log' },
          { kind: 'alarm', name: 'shop-cache-001-memory' },
        ],
      }),
      opts({ keepLogs: true }),
    );
    expect(p.steps).toEqual([
      {
        kind: 'delete-alarms',
        level: 0,
        names: ['shop-cache-001-memory'],
        reason: `1 CloudWatch alarm ${OURS}`,
      },
    ]);
    expect(p.left).toEqual([
      { what: 'log group /aws/elasticache/shop-cache/engine-log', why: 'keep_logs is true' },
    ]);
  });
});

describe('Sequence', () => {
  it('each together() is one level; an empty one adds no level; then() is a level of one', () => {
    const seq = new Sequence()
      .together([])
      .together([
        { kind: 'wait-available', reason: 'a' },
        { kind: 'wait-available', reason: 'b' },
      ])
      .together([])
      .then({ kind: 'wait-available', reason: 'c' })
      .then({ kind: 'wait-available', reason: 'd' });
    expect(seq.steps).toEqual([
      { kind: 'wait-available', reason: 'a', level: 0 },
      { kind: 'wait-available', reason: 'b', level: 0 },
      { kind: 'wait-available', reason: 'c', level: 1 },
      { kind: 'wait-available', reason: 'd', level: 2 },
    ]);
  });

  it('copies the steps it is given', () => {
    const step = { kind: 'wait-available' as const, reason: 'a' };
    const seq = new Sequence().then(step);
    expect(step).toEqual({ kind: 'wait-available', reason: 'a' });
    expect(seq.steps[0]).not.toBe(step);
  });
});
