// The CloudWatch alarms the action keeps on every node of the group (input `alarms`). Pure: from the
// inputs and the group's members (id and role), the exact PutMetricAlarm configuration of each alarm.
// Names derive from the group: `<name>-<node>-<metric>`, where `<name>-<node>` is the member cluster
// id (`shop-cache-001`), so an alarm's name says which node it watches; the metric part is one of
// ALARM_METRICS' keys. Every metric is published per node (dimension CacheClusterId).

import type { AlarmSettings } from '../config/types.js';
import { vcpuCount } from './node-types.js';

/** Every alarm watches one node for this long per datapoint (ElastiCache publishes every 60 s). */
export const ALARM_PERIOD_SECONDS = 60;
/** maxclients of ElastiCache Redis/Valkey (not modifiable). */
export const MAX_CLIENTS = 65_000;

export type AlarmKey = 'cpu' | 'memory' | 'evictions' | 'connections' | 'replication-lag';
export const ALARM_KEYS: readonly AlarmKey[] = [
  'cpu',
  'memory',
  'evictions',
  'connections',
  'replication-lag',
];

export interface AlarmMember {
  id: string;
  role: 'primary' | 'replica';
}

/** One alarm as this action writes it: the fields of PutMetricAlarm it sets (the rest stay unset). */
export interface AlarmSpec {
  AlarmName: string;
  AlarmDescription: string;
  ActionsEnabled: true;
  AlarmActions: string[];
  OKActions: string[];
  Namespace: 'AWS/ElastiCache';
  MetricName: string;
  Statistic: 'Average' | 'Maximum' | 'Sum';
  Dimensions: Array<{ Name: 'CacheClusterId'; Value: string }>;
  Period: number;
  EvaluationPeriods: number;
  DatapointsToAlarm: number;
  Threshold: number;
  ComparisonOperator: 'GreaterThanThreshold' | 'GreaterThanOrEqualToThreshold';
  TreatMissingData: 'missing' | 'notBreaching';
}

/** `<name>-<NNN>-<key>`: the alarms of this group's nodes, and nothing of a group named `<name>-x`. */
export function alarmNamePattern(group: string): RegExp {
  const escaped = group.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}-(\\d{3})-(${ALARM_KEYS.join('|')})$`);
}

/**
 * The CPU alarm of a node type. Redis and Valkey run commands on one thread, so AWS recommends:
 * on nodes with 2 vCPUs or fewer, CPUUtilization (the host) at the threshold divided by the vCPU
 * count (90% of one core of two is 45% of the host); on larger nodes, EngineCPUUtilization (the
 * engine thread alone) at the threshold itself.
 */
export function cpuAlarmMetric(
  nodeType: string,
  thresholdPercent: number,
): { metric: 'CPUUtilization' | 'EngineCPUUtilization'; threshold: number; vcpus: number | undefined } {
  const vcpus = vcpuCount(nodeType);
  if (vcpus !== undefined && vcpus <= 2)
    return { metric: 'CPUUtilization', threshold: Math.round((thresholdPercent / vcpus) * 10) / 10, vcpus };
  return { metric: 'EngineCPUUtilization', threshold: thresholdPercent, vcpus };
}

/** Every alarm of the group, sorted by name: four per node, plus ReplicationLag on each replica. */
export function desiredAlarms(
  group: string,
  nodeType: string,
  settings: AlarmSettings,
  members: AlarmMember[],
): AlarmSpec[] {
  const out: AlarmSpec[] = [];
  const cpu = cpuAlarmMetric(nodeType, settings.cpuThresholdPercent);
  for (const m of members) {
    const base = {
      ActionsEnabled: true as const,
      AlarmActions: [...settings.alarmActions],
      OKActions: [...settings.okActions],
      Namespace: 'AWS/ElastiCache' as const,
      Dimensions: [{ Name: 'CacheClusterId' as const, Value: m.id }],
      Period: ALARM_PERIOD_SECONDS,
    };
    const of = `on ${m.id} (${m.role} of ${group}; django-redis-action)`;
    out.push(
      {
        ...base,
        AlarmName: `${m.id}-cpu`,
        AlarmDescription:
          cpu.metric === 'CPUUtilization'
            ? `${cpu.metric} above ${cpu.threshold}% (${settings.cpuThresholdPercent}% of the engine's one core of ${cpu.vcpus}) for 5 minutes ${of}`
            : `${cpu.metric} above ${cpu.threshold}% for 5 minutes ${of}`,
        MetricName: cpu.metric,
        Statistic: 'Average',
        EvaluationPeriods: 5,
        DatapointsToAlarm: 5,
        Threshold: cpu.threshold,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'missing',
      },
      {
        ...base,
        AlarmName: `${m.id}-memory`,
        AlarmDescription: `DatabaseMemoryUsagePercentage above ${settings.memoryThresholdPercent}% for 5 minutes ${of}`,
        MetricName: 'DatabaseMemoryUsagePercentage',
        Statistic: 'Average',
        EvaluationPeriods: 5,
        DatapointsToAlarm: 5,
        Threshold: settings.memoryThresholdPercent,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'missing',
      },
      {
        ...base,
        AlarmName: `${m.id}-evictions`,
        AlarmDescription: `Any eviction ${of}: the group is also the Celery broker, and an evicted key can be a lost task`,
        MetricName: 'Evictions',
        Statistic: 'Sum',
        EvaluationPeriods: 1,
        DatapointsToAlarm: 1,
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
      },
      {
        ...base,
        AlarmName: `${m.id}-connections`,
        AlarmDescription: `CurrConnections at or above ${settings.connectionsThreshold} (maxclients is ${MAX_CLIENTS}) for 3 minutes ${of}`,
        MetricName: 'CurrConnections',
        Statistic: 'Maximum',
        EvaluationPeriods: 3,
        DatapointsToAlarm: 3,
        Threshold: settings.connectionsThreshold,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'missing',
      },
    );
    if (m.role === 'replica')
      out.push({
        ...base,
        AlarmName: `${m.id}-replication-lag`,
        AlarmDescription: `ReplicationLag above ${settings.replicationLagSeconds} s for 5 minutes ${of}`,
        MetricName: 'ReplicationLag',
        Statistic: 'Maximum',
        EvaluationPeriods: 5,
        DatapointsToAlarm: 5,
        Threshold: settings.replicationLagSeconds,
        ComparisonOperator: 'GreaterThanThreshold',
        // A replica promoted to primary stops publishing it until the next run moves the alarm.
        TreatMissingData: 'notBreaching',
      });
  }
  return out.sort((a, b) => a.AlarmName.localeCompare(b.AlarmName));
}

/** The fields compared to decide that an alarm must be written again, with a label each. */
export const COMPARED_FIELDS: ReadonlyArray<[keyof AlarmSpec, string]> = [
  ['MetricName', 'metric'],
  ['Namespace', 'namespace'],
  ['Statistic', 'statistic'],
  ['Dimensions', 'dimensions'],
  ['Period', 'period'],
  ['EvaluationPeriods', 'evaluation periods'],
  ['DatapointsToAlarm', 'datapoints to alarm'],
  ['Threshold', 'threshold'],
  ['ComparisonOperator', 'comparison'],
  ['TreatMissingData', 'missing data'],
  ['AlarmActions', 'alarm actions'],
  ['OKActions', 'OK actions'],
  ['ActionsEnabled', 'actions enabled'],
  ['AlarmDescription', 'description'],
];
