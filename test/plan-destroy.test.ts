// The destroy planner and the ARN reading of its observer: pure functions, no AWS.
import { describe, expect, it } from 'vitest';
import { resourceFromArn, type DestroyObserved } from '../src/observe/destroy.js';
import { finalSnapshotName, planDestroy } from '../src/plan/destroy.js';

const NOW = Date.UTC(2026, 4, 7, 9, 5, 59);
const group = (status = 'available') => ({
  id: 'app',
  arn: 'arn:aws:elasticache:eu-west-1:1:replicationgroup:app',
  status,
  createTime: undefined,
  memberClusters: ['app-001', 'app-002'],
});
const observed = (o: Partial<DestroyObserved> = {}): DestroyObserved => ({
  name: 'app',
  group: group(),
  groupOwnership: { ours: true },
  resources: [
    { kind: 'security-group', id: 'sg-1' },
    { kind: 'parameter-group', name: 'app-redis7' },
    { kind: 'subnet-group', name: 'app-subnets' },
    { kind: 'log-group', name: '/aws/elasticache/app/slow-log' },
    { kind: 'ssm-parameter', name: '/p/REDIS_URL' },
    { kind: 'alarm', name: 'app-002-cpu' },
    { kind: 'alarm', name: 'app-001-cpu' },
    { kind: 'snapshot', name: 'app-manual-2026-01-01' },
  ],
  notOurs: [],
  ...o,
});
const opts = { finalSnapshot: true, keepLogs: false, now: NOW };
const kinds = (p: ReturnType<typeof planDestroy>) => p.steps.map((s) => `${s.level}:${s.kind}`);

describe('planDestroy', () => {
  it('names the final snapshot <name>-final-<YYYYMMDD-HHMM> in UTC', () => {
    expect(finalSnapshotName('app', NOW)).toBe('app-final-20260507-0905');
  });

  it('group first (with its final snapshot), waited for, then everything around it in one level', () => {
    const p = planDestroy(observed(), opts);
    expect(p.refusals).toEqual([]);
    expect(p.finalSnapshotName).toBe('app-final-20260507-0905');
    expect(kinds(p)).toEqual([
      '0:delete-replication-group',
      '1:wait-deleted',
      '2:delete-security-group',
      '2:delete-parameter-group',
      '2:delete-subnet-group',
      '2:delete-log-group',
      '2:delete-ssm-parameter',
      '2:delete-alarms',
    ]);
    expect(p.steps[0]).toMatchObject({ finalSnapshotName: 'app-final-20260507-0905' });
    expect(p.steps.at(-1)).toMatchObject({ names: ['app-001-cpu', 'app-002-cpu'] });
    expect(p.left).toEqual([{ what: 'snapshot app-manual-2026-01-01', why: expect.stringMatching(/kept/) }]);
  });

  it('final_snapshot false and keep_logs true', () => {
    const p = planDestroy(observed(), { ...opts, finalSnapshot: false, keepLogs: true });
    expect(p.finalSnapshotName).toBeUndefined();
    expect(p.steps[0]).not.toHaveProperty('finalSnapshotName');
    expect(p.steps[0]!.reason).toMatch(/without a final snapshot/);
    expect(kinds(p)).not.toContain('2:delete-log-group');
    expect(p.left.map((l) => l.why)).toContain('keep_logs is true');
  });

  it('a group already deleting is only waited for; a create-failed one gets no snapshot', () => {
    expect(
      kinds(planDestroy(observed({ group: group('deleting'), groupOwnership: 'unreadable' }), opts))[0],
    ).toBe('0:wait-deleted');
    const failed = planDestroy(observed({ group: group('create-failed') }), opts);
    expect(failed.finalSnapshotName).toBeUndefined();
    expect(failed.warnings[0]).toMatch(/create-failed and holds no data/);
  });

  it('refuses a group that is not ours, or whose tags cannot be read, and plans nothing', () => {
    const notOurs = planDestroy(observed({ groupOwnership: { ours: false, why: 'X has no marker' } }), opts);
    expect(notOurs.steps).toEqual([]);
    expect(notOurs.refusals[0]).toMatch(/^Refusing to destroy app: X has no marker\. Nothing was deleted/);
    const unreadable = planDestroy(
      observed({ group: group('modifying'), groupOwnership: 'unreadable' }),
      opts,
    );
    expect(unreadable.refusals[0]).toMatch(/cannot be read while it is modifying/);
  });

  it('no group: only what is left around it; nothing at all: no steps', () => {
    const leftovers = planDestroy(observed({ group: undefined, groupOwnership: undefined }), opts);
    expect(kinds(leftovers)[0]).toBe('0:delete-security-group');
    expect(
      planDestroy(observed({ group: undefined, groupOwnership: undefined, resources: [] }), opts).steps,
    ).toEqual([]);
  });
});

describe('resourceFromArn', () => {
  it.each([
    ['arn:aws:elasticache:eu-west-1:1:replicationgroup:app', { kind: 'replication-group', id: 'app' }],
    [
      'arn:aws:elasticache:eu-west-1:1:parametergroup:app-redis7',
      { kind: 'parameter-group', name: 'app-redis7' },
    ],
    [
      'arn:aws:elasticache:eu-west-1:1:subnetgroup:app-subnets',
      { kind: 'subnet-group', name: 'app-subnets' },
    ],
    ['arn:aws:elasticache:eu-west-1:1:snapshot:app-final-1', { kind: 'snapshot', name: 'app-final-1' }],
    ['arn:aws:elasticache:eu-west-1:1:cluster:app-001', undefined],
    ['arn:aws:ec2:eu-west-1:1:security-group/sg-1', { kind: 'security-group', id: 'sg-1' }],
    ['arn:aws:ec2:eu-west-1:1:subnet/subnet-1', undefined],
    [
      'arn:aws:logs:eu-west-1:1:log-group:/aws/elasticache/app/slow-log:*',
      { kind: 'log-group', name: '/aws/elasticache/app/slow-log' },
    ],
    ['arn:aws:logs:eu-west-1:1:destination:x', undefined],
    [
      'arn:aws:ssm:eu-west-1:1:parameter/django-redis-action/app/REDIS_URL',
      { kind: 'ssm-parameter', name: '/django-redis-action/app/REDIS_URL' },
    ],
    ['arn:aws:ssm:eu-west-1:1:document/x', undefined],
    ['arn:aws-cn:cloudwatch:cn-north-1:1:alarm:app-001-cpu', { kind: 'alarm', name: 'app-001-cpu' }],
    ['arn:aws:cloudwatch:eu-west-1:1:dashboard/x', undefined],
    ['arn:aws:sns:eu-west-1:1:topic', undefined],
    ['not an arn', undefined],
  ])('%s', (arn, expected) => {
    expect(resourceFromArn(arn)).toEqual(expected);
  });
});
