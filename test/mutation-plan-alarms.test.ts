// The alarm steps of apply (src/plan/ensure/alarms.ts), pinned exactly: which alarms are created,
// rewritten (and why, field by field) or deleted, and which members they watch after the run.

import { describe, expect, it } from 'vitest';
import { alarmDifferences, alarmSteps, membersAfterRun } from '../src/plan/ensure/alarms.js';
import { desiredAlarms, type AlarmSpec } from '../src/domain/alarms.js';
import type { Observed, ObservedGroup } from '../src/observe/types.js';
import { config, converged, empty, TOPIC } from './support/config.js';

type Cfg = ReturnType<typeof config>;
const withAlarms = (o: Record<string, string> = {}) => config({ notification_topic_arn: TOPIC, ...o });
const arn = (name: string) => `arn:aws:cloudwatch:eu-west-1:123456789012:alarm:${name}`;
const names = (specs: Array<{ AlarmName: string }>) => specs.map((a) => a.AlarmName);

function member(id: string, role: 'primary' | 'replica' | undefined) {
  return { id, role, status: 'available', pendingNodeType: undefined, pendingEngineVersion: undefined };
}

describe('alarmSteps', () => {
  it('alarms off: no step, whatever CloudWatch holds', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.alarms = [{ AlarmName: 'shop-cache-001-cpu', AlarmArn: arn('shop-cache-001-cpu') }];
    expect(alarmSteps(cfg, obs, obs.group)).toEqual([]);
  });

  it('converged: no step', () => {
    const cfg = withAlarms();
    const obs = converged(cfg);
    expect(alarmSteps(cfg, obs, obs.group)).toEqual([]);
  });

  it('a new group: every alarm of its nodes created in one step (none observed yet)', () => {
    const cfg = withAlarms();
    const obs = empty(cfg);
    delete obs.alarms;
    const want = desiredAlarms('shop-cache', cfg.nodeType, cfg.alarms!, [
      { id: 'shop-cache-001', role: 'primary' },
      { id: 'shop-cache-002', role: 'replica' },
    ]);
    expect(alarmSteps(cfg, obs, undefined)).toEqual([
      {
        kind: 'put-alarms',
        alarms: want,
        reason: `9 CloudWatch alarms missing: create ${names(want).join(', ')}`,
      },
    ]);
  });

  it('one alarm missing: "1 CloudWatch alarm", that one only', () => {
    const cfg = withAlarms();
    const obs = converged(cfg);
    obs.alarms = obs.alarms!.filter((a) => a.AlarmName !== 'shop-cache-002-memory');
    const [step, ...rest] = alarmSteps(cfg, obs, obs.group);
    expect(rest).toEqual([]);
    expect(step).toMatchObject({
      kind: 'put-alarms',
      reason: '1 CloudWatch alarm missing: create shop-cache-002-memory',
    });
    expect(step!.kind === 'put-alarms' && names(step.alarms)).toEqual(['shop-cache-002-memory']);
  });

  it('changed alarms: rewritten in a second step after the creates, each field named with both values', () => {
    const cfg = withAlarms();
    const obs = converged(cfg);
    obs.alarms = obs.alarms!.filter((a) => a.AlarmName !== 'shop-cache-001-cpu');
    const mem = obs.alarms.find((a) => a.AlarmName === 'shop-cache-001-memory')!;
    mem.Threshold = 50;
    mem.AlarmDescription = 'edited';
    const ev = obs.alarms.find((a) => a.AlarmName === 'shop-cache-002-evictions')!;
    ev.OKActions = [];
    const out = alarmSteps(cfg, obs, obs.group);
    expect(out.map((s) => s.kind)).toEqual(['put-alarms', 'put-alarms']);
    expect(out[0]!.kind === 'put-alarms' && names(out[0]!.alarms)).toEqual(['shop-cache-001-cpu']);
    expect(out[1]).toEqual({
      kind: 'put-alarms',
      alarms: desiredAlarms('shop-cache', cfg.nodeType, cfg.alarms!, [
        { id: 'shop-cache-001', role: 'primary' },
        { id: 'shop-cache-002', role: 'replica' },
      ]).filter((a) => a.AlarmName === 'shop-cache-001-memory' || a.AlarmName === 'shop-cache-002-evictions'),
      reason: `alarm shop-cache-001-memory: threshold 50 → 80, description; alarm shop-cache-002-evictions: OK actions (none) → ${TOPIC}`,
    });
  });

  it('stale alarms of this group (a removed node, a former replica) deleted, sorted; others left alone', () => {
    const cfg = withAlarms();
    const obs = converged(cfg);
    obs.alarms!.push(
      { AlarmName: 'shop-cache-003-memory', AlarmArn: arn('shop-cache-003-memory') },
      { AlarmName: 'shop-cache-001-replication-lag', AlarmArn: arn('shop-cache-001-replication-lag') },
      { AlarmName: 'shop-cache-003-cpu' },
      { AlarmName: 'shop-cache-staging-001-cpu', AlarmArn: arn('x') },
      { AlarmName: 'unrelated', AlarmArn: arn('y') },
      { AlarmArn: arn('nameless') },
    );
    expect(alarmSteps(cfg, obs, obs.group)).toEqual([
      {
        kind: 'remove-alarms',
        alarms: [
          { name: 'shop-cache-001-replication-lag', arn: arn('shop-cache-001-replication-lag') },
          { name: 'shop-cache-003-cpu', arn: '' },
          { name: 'shop-cache-003-memory', arn: arn('shop-cache-003-memory') },
        ],
        reason:
          '3 CloudWatch alarms of nodes no longer in shop-cache (or no longer a replica): delete shop-cache-001-replication-lag, shop-cache-003-cpu, shop-cache-003-memory',
      },
    ]);
  });

  it('one stale alarm: "1 CloudWatch alarm"; creates, updates and deletes come in that order', () => {
    const cfg = withAlarms();
    const obs = converged(cfg);
    obs.alarms = obs.alarms!.filter((a) => a.AlarmName !== 'shop-cache-001-cpu');
    obs.alarms.find((a) => a.AlarmName === 'shop-cache-001-memory')!.Threshold = 50;
    obs.alarms.push({ AlarmName: 'shop-cache-004-cpu', AlarmArn: arn('shop-cache-004-cpu') });
    const out = alarmSteps(cfg, obs, obs.group);
    expect(out.map((s) => s.kind)).toEqual(['put-alarms', 'put-alarms', 'remove-alarms']);
    expect(out[2]!.reason).toBe(
      '1 CloudWatch alarm of nodes no longer in shop-cache (or no longer a replica): delete shop-cache-004-cpu',
    );
  });
});

describe('membersAfterRun', () => {
  const group = (cfg: Cfg, members: ReturnType<typeof member>[]): ObservedGroup => {
    const g = converged(cfg).group!;
    g.members = members;
    g.memberClusters = members.map((m) => m.id);
    return g;
  };

  it('a new group: <name>-001 is the primary, the rest replicas', () => {
    const cfg = config({ num_cache_clusters: '3' });
    expect(membersAfterRun(cfg, undefined)).toEqual([
      { id: 'shop-cache-001', role: 'primary' },
      { id: 'shop-cache-002', role: 'replica' },
      { id: 'shop-cache-003', role: 'replica' },
    ]);
  });

  it('roles as reported; none reported: the first member is the primary', () => {
    const cfg = config();
    expect(
      membersAfterRun(
        cfg,
        group(cfg, [member('shop-cache-001', 'replica'), member('shop-cache-002', 'primary')]),
      ),
    ).toEqual([
      { id: 'shop-cache-001', role: 'replica' },
      { id: 'shop-cache-002', role: 'primary' },
    ]);
    expect(
      membersAfterRun(
        cfg,
        group(cfg, [member('shop-cache-002', undefined), member('shop-cache-001', undefined)]),
      ),
    ).toEqual([
      { id: 'shop-cache-002', role: 'primary' },
      { id: 'shop-cache-001', role: 'replica' },
    ]);
  });

  it('replicas added take the lowest free numbers', () => {
    const cfg = config({ num_cache_clusters: '4' });
    expect(
      membersAfterRun(
        cfg,
        group(cfg, [member('shop-cache-001', 'primary'), member('shop-cache-003', 'replica')]),
      ),
    ).toEqual([
      { id: 'shop-cache-001', role: 'primary' },
      { id: 'shop-cache-003', role: 'replica' },
      { id: 'shop-cache-002', role: 'replica' },
      { id: 'shop-cache-004', role: 'replica' },
    ]);
  });

  it('replicas removed are the last ones listed, never the primary', () => {
    const cfg = config({ num_cache_clusters: '2' });
    expect(
      membersAfterRun(
        cfg,
        group(cfg, [
          member('shop-cache-001', 'replica'),
          member('shop-cache-002', 'replica'),
          member('shop-cache-003', 'replica'),
          member('shop-cache-004', 'primary'),
        ]),
      ),
    ).toEqual([
      { id: 'shop-cache-001', role: 'replica' },
      { id: 'shop-cache-004', role: 'primary' },
    ]);
    const one = config({
      num_cache_clusters: '1',
      multi_az_enabled: 'false',
      automatic_failover_enabled: 'false',
    });
    expect(
      membersAfterRun(
        one,
        group(one, [member('shop-cache-001', 'primary'), member('shop-cache-002', 'replica')]),
      ),
    ).toEqual([{ id: 'shop-cache-001', role: 'primary' }]);
  });

  it('the same count: members as they are', () => {
    const cfg = config();
    const g = group(cfg, [member('shop-cache-007', 'primary'), member('shop-cache-002', 'replica')]);
    expect(membersAfterRun(cfg, g)).toEqual([
      { id: 'shop-cache-007', role: 'primary' },
      { id: 'shop-cache-002', role: 'replica' },
    ]);
  });
});

describe('alarmDifferences', () => {
  const cfg = withAlarms();
  const spec = (): AlarmSpec =>
    desiredAlarms('shop-cache', cfg.nodeType, cfg.alarms!, [{ id: 'shop-cache-002', role: 'replica' }]).find(
      (a) => a.AlarmName === 'shop-cache-002-connections',
    )!;
  type Have = NonNullable<Observed['alarms']>[number];

  it('the same alarm: no difference; arrays compare as sets', () => {
    const want = spec();
    const two = { ...want, AlarmActions: [TOPIC, 'arn:aws:sns:eu-west-1:123456789012:b'] };
    expect(alarmDifferences(want, { ...want } as Have)).toEqual([]);
    expect(
      alarmDifferences(two, {
        ...two,
        AlarmActions: ['arn:aws:sns:eu-west-1:123456789012:b', TOPIC],
      } as Have),
    ).toEqual([]);
  });

  it('each differing field labelled, with the value in AWS and the one wanted', () => {
    const want = spec();
    const have = {
      ...want,
      MetricName: 'Other',
      Statistic: undefined,
      Dimensions: [{ Name: 'CacheClusterId', Value: 'shop-cache-009' }],
      AlarmActions: [],
      ActionsEnabled: false,
      TreatMissingData: 'breaching',
      AlarmDescription: 'x',
    } as Have;
    expect(alarmDifferences(want, have)).toEqual([
      'metric Other → CurrConnections',
      'statistic (unset) → Maximum',
      'dimensions CacheClusterId=shop-cache-009 → CacheClusterId=shop-cache-002',
      'missing data breaching → missing',
      `alarm actions (none) → ${TOPIC}`,
      'actions enabled false → true',
      'description',
    ]);
  });

  it('an array of plain values and an unset field shown as such', () => {
    const want = spec();
    expect(
      alarmDifferences(want, { ...want, OKActions: undefined, Threshold: 1 } as unknown as Have),
    ).toEqual([`threshold 1 → ${want.Threshold}`, `OK actions (unset) → ${TOPIC}`]);
    const two = { ...want, AlarmActions: ['a', 'b'] };
    expect(alarmDifferences(two, { ...two, AlarmActions: ['a'] } as Have)).toEqual(['alarm actions a → a,b']);
  });

  it('a missing array differs from an empty one', () => {
    const want = { ...spec(), OKActions: [] };
    expect(alarmDifferences(want, { ...want, OKActions: undefined } as unknown as Have)).toEqual([
      'OK actions (unset) → (none)',
    ]);
  });
});
