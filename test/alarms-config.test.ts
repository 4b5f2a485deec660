// The alarm inputs and the pure alarm rules: when alarms are on, where they go, the CPU metric per
// node type, and the members a run's alarms watch.

import { describe, expect, it } from 'vitest';
import { alarmNamePattern, cpuAlarmMetric, desiredAlarms } from '../src/domain/alarms.js';
import { vcpuCount } from '../src/domain/node-types.js';
import { membersAfterRun } from '../src/plan/ensure/alarms.js';
import { parseConfig } from '../src/config/index.js';
import { readInputs } from '../src/config/inputs.js';
import { config, converged, inputs } from './support/config.js';

const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:alerts';
const MIN = { name: 'app' };

describe('alarm inputs', () => {
  it('off by default, on with notification_topic_arn, actions defaulting to the topic', () => {
    expect(config(MIN).alarms).toBeUndefined();
    expect(config({ ...MIN, notification_topic_arn: TOPIC }).alarms).toEqual({
      cpuThresholdPercent: 90,
      memoryThresholdPercent: 80,
      connectionsThreshold: 60000,
      replicationLagSeconds: 30,
      alarmActions: [TOPIC],
      okActions: [TOPIC],
    });
    expect(config({ ...MIN, notification_topic_arn: TOPIC, alarms: 'false' }).alarms).toBeUndefined();
  });

  it('validates thresholds and action ARNs, naming the input', () => {
    expect(() => config({ ...MIN, alarm_connections_threshold: '70000' })).toThrow(
      /alarm_connections_threshold.*1 to 65000/,
    );
    expect(() => config({ ...MIN, alarm_cpu_threshold_percent: '0' })).toThrow(/alarm_cpu_threshold_percent/);
    expect(() => config({ ...MIN, alarm_actions: 'arn:aws:sqs:eu-west-1:123456789012:q' })).toThrow(
      /alarm_actions.*not an alarm action ARN/,
    );
    const six = Array.from({ length: 6 }, (_, i) => `${TOPIC}${i}`).join(',');
    expect(() => config({ ...MIN, ok_actions: six })).toThrow(/ok_actions.*at most 5/);
  });
});

describe('alarm warnings', () => {
  it('warns when an alarm input is set while alarms are off', () => {
    const raw = readInputs((n) => ({ ...inputs(), alarm_memory_threshold_percent: '70' })[n] ?? '');
    const r = parseConfig(raw, {});
    expect(r.ok && r.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/alarms are off.*Set alarms: true/)]),
    );
    const on = parseConfig(
      readInputs(
        (n) =>
          ({ ...inputs(), notification_topic_arn: TOPIC, alarm_memory_threshold_percent: '70' })[n] ?? '',
      ),
      {},
    );
    expect(on.ok && on.warnings.some((w) => /alarms are off/.test(w))).toBe(false);
  });
});

describe('alarm rules', () => {
  it.each([
    ['cache.t2.micro', 1],
    ['cache.t4g.micro', 2],
    ['cache.t4g.medium', 2],
    ['cache.r7g.large', 2],
    ['cache.m7g.xlarge', 4],
    ['cache.r6g.2xlarge', 8],
    ['cache.r6gd.16xlarge', 64],
    ['cache.x9.weird', undefined],
  ])('%s has %s vCPUs', (type, n) => expect(vcpuCount(type)).toBe(n));

  it('CPU: CPUUtilization at threshold ÷ vCPUs up to 2 vCPUs, EngineCPUUtilization above', () => {
    expect(cpuAlarmMetric('cache.t2.small', 90)).toMatchObject({ metric: 'CPUUtilization', threshold: 90 });
    expect(cpuAlarmMetric('cache.t4g.small', 75)).toMatchObject({
      metric: 'CPUUtilization',
      threshold: 37.5,
    });
    expect(cpuAlarmMetric('cache.m7g.xlarge', 75)).toMatchObject({
      metric: 'EngineCPUUtilization',
      threshold: 75,
    });
  });

  it('names match only this group: not a group whose name extends it', () => {
    const p = alarmNamePattern('app');
    expect(p.test('app-001-cpu')).toBe(true);
    expect(p.test('app-002-replication-lag')).toBe(true);
    expect(p.test('app-staging-001-cpu')).toBe(false);
    expect(p.test('app-001-001-cpu')).toBe(false);
    expect(p.test('app-001-swap')).toBe(false);
  });

  it('counts: 4 per node plus ReplicationLag per replica (9 for 2 nodes, 14 for 3, 4 for 1)', () => {
    const cfg = config({ ...MIN, notification_topic_arn: TOPIC });
    const count = (n: number) =>
      desiredAlarms(
        'app',
        cfg.nodeType,
        cfg.alarms!,
        membersAfterRun({ ...cfg, numCacheClusters: n }, undefined),
      ).length;
    expect([count(1), count(2), count(3), count(6)]).toEqual([4, 9, 14, 29]);
  });

  it('members after the run: added replicas take the lowest free ids; removed ones are the last replicas', () => {
    const cfg = config({ ...MIN, num_cache_clusters: '3' });
    const g = converged(cfg).group!;
    // After a failover 002 is the primary.
    g.members = g.members.map((m) => ({ ...m, role: m.id === 'app-002' ? 'primary' : 'replica' }));
    expect(membersAfterRun({ ...cfg, numCacheClusters: 2 }, g)).toEqual([
      { id: 'app-001', role: 'replica' },
      { id: 'app-002', role: 'primary' },
    ]);
    expect(membersAfterRun({ ...cfg, numCacheClusters: 4 }, g).map((m) => m.id)).toEqual([
      'app-001',
      'app-002',
      'app-003',
      'app-004',
    ]);
  });
});
