// Helpers for the lifecycle scenarios (destroy, cleanup): a group created by the real apply, an
// inventory of the fake world to compare before/after, and seeded unrelated resources. The kill that
// makes a run die right after its Nth mutating AWS call is test/support/kill.ts.

import { PutMetricAlarmCommand, type PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { expect } from 'vitest';
import type { FakeCloud } from '../fake/index.js';
import { runAction, type RunResult } from './harness.js';
import { APP_SG, SUBNETS, VPC } from './world.js';

export const REPO = 'acme/shop';

export function applyInputs(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    name,
    node_type: 'cache.t4g.micro',
    subnet_ids: SUBNETS.slice(0, 2).join(','),
    aws_region: 'eu-west-1',
    allowed_security_group_ids: APP_SG,
    num_cache_clusters: '2',
    auth_token_enabled: 'true',
    transit_encryption_enabled: 'true',
    ...extra,
  };
}

/** Creates a group with the real apply (as a workflow would), optionally as a pull request's preview. */
export async function createWithApply(
  cloud: FakeCloud,
  name: string,
  opts: { pullRequest?: number; env?: Record<string, string>; inputs?: Record<string, string> } = {},
): Promise<RunResult> {
  const env: Record<string, string> = { ...opts.env };
  if (opts.pullRequest !== undefined) {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
    writeFileSync(file, JSON.stringify({ pull_request: { number: opts.pullRequest } }));
    Object.assign(env, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file });
  }
  const r = await runAction(applyInputs(name, opts.inputs), {
    clock: cloud.clock,
    env,
    generateToken: () => 'T'.repeat(32),
  });
  expect(r.errors, r.stdout).toEqual([]);
  expect(r.outputs.status).toBe('created');
  return r;
}

/** Every resource of the fake world by kind and name, to compare before and after a run. */
export function inventory(cloud: FakeCloud): string[] {
  const w = cloud.state;
  return [
    ...[...w.replicationGroups.keys()].map((k) => `rg:${k}`),
    ...[...w.cacheClusters.keys()].map((k) => `cluster:${k}`),
    ...[...w.subnetGroups.keys()].map((k) => `subnet-group:${k}`),
    ...[...w.parameterGroups.values()].filter((p) => !p.isDefault).map((p) => `parameter-group:${p.name}`),
    ...[...w.securityGroups.values()].map((g) => `sg:${g.groupName}`),
    ...[...w.logGroups.keys()].map((k) => `log-group:${k}`),
    ...[...w.ssmParameters.keys()].map((k) => `ssm:${k}`),
    ...[...w.alarms.keys()].map((k) => `alarm:${k}`),
    ...[...w.snapshots.keys()].map((k) => `snapshot:${k}`),
  ].sort();
}

export function alarmInput(name: string, cluster: string, tags: Record<string, string>): PutMetricAlarmInput {
  return {
    AlarmName: name,
    Namespace: 'AWS/ElastiCache',
    MetricName: 'EngineCPUUtilization',
    Dimensions: [{ Name: 'CacheClusterId', Value: cluster }],
    Statistic: 'Average',
    Period: 60,
    EvaluationPeriods: 5,
    Threshold: 90,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
  };
}

/** The ownership marker (plus the GitHubRepository tag) apply writes on what it creates. */
export function marker(group: string, repo = REPO): Record<string, string> {
  return {
    ManagedBy: 'django-redis-action',
    GitHubRepository: repo,
    'django-redis-action:created-by': repo,
    'django-redis-action:group': group,
  };
}

/** Unrelated things a destroy must never touch: another team's group, SG, parameter, log group, alarm. */
export function seedUnrelated(cloud: FakeCloud): void {
  cloud.seedReplicationGroup({ ReplicationGroupId: 'other-team-cache', NumCacheClusters: 1 });
  cloud.addSecurityGroup({ vpcId: VPC, groupName: 'shop-cache-redis-copy', groupId: 'sg-0fffffffffffffff1' });
  cloud.seed(PutParameterCommand, {
    Name: '/other/REDIS_URL',
    Value: 'redis://other:6379/0',
    Type: 'String',
  });
  cloud.seed(CreateLogGroupCommand, { logGroupName: '/aws/elasticache/other-team-cache/slow-log' });
  cloud.seed(PutMetricAlarmCommand, alarmInput('other-team-cache-001-cpu', 'other-team-cache-001', {}));
}
