// CloudWatch alarms (input `alarms`), end to end against the stateful fake cloud on a virtual clock:
// created with the group, converged when a replica is added or removed or a threshold changes,
// deleted by destroy, zero writes on a converged re-run, listed (and not written) by mode plan.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CREATED_BY_TAG, GROUP_TAG } from '../src/domain/ownership.js';
import type { FakeCloud } from './fake/index.js';
import { ok } from './support/converge.js';
import { runAction } from './support/harness.js';
import { APP_SG, createWorld, SUBNETS, TOPIC } from './support/world.js';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const base: Record<string, string> = {
  name: 'shop-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: `${SUBNETS[0]},${SUBNETS[1]}`,
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
  notification_topic_arn: TOPIC,
};

const run = (inputs: Record<string, string>) => runAction(inputs, { clock: cloud.clock });

const alarmNames = () => [...cloud.state.alarms.keys()].sort();
const perNode = (node: string, replica: boolean) => [
  `shop-cache-${node}-connections`,
  `shop-cache-${node}-cpu`,
  `shop-cache-${node}-evictions`,
  `shop-cache-${node}-memory`,
  ...(replica ? [`shop-cache-${node}-replication-lag`] : []),
];

/** A re-run with the same inputs: one DescribeAlarms more than without alarms, and zero writes. */
async function expectConverged(inputs: Record<string, string>) {
  cloud.resetCalls();
  cloud.clock.advance(60_000);
  const again = ok(await run(inputs));
  expect(again.outputs.status, again.stdout).toBe('unchanged');
  expect(cloud.mutatingCalls()).toEqual([]);
  expect(cloud.calls.filter((c) => c.command === 'DescribeAlarms')).toHaveLength(1);
  expect(cloud.calls.filter((c) => c.service === 'cloudwatch').map((c) => c.command)).toEqual([
    'DescribeAlarms',
  ]);
  return again;
}

describe('alarms: created with the group', () => {
  it('2 nodes: 9 alarms (4 per node, ReplicationLag on the replica), to the topic, tagged as ours', async () => {
    ok(await run(base));
    expect(alarmNames()).toEqual([...perNode('001', false), ...perNode('002', true)].sort());
    const cpu = cloud.alarm('shop-cache-001-cpu')!;
    // cache.t4g.micro has 2 vCPUs: the host's CPUUtilization at 90 / 2.
    expect(cpu).toMatchObject({
      metricName: 'CPUUtilization',
      namespace: 'AWS/ElastiCache',
      threshold: 45,
      dimensions: [{ Name: 'CacheClusterId', Value: 'shop-cache-001' }],
      alarmActions: [TOPIC],
      okActions: [TOPIC],
    });
    expect(cloud.alarm('shop-cache-002-evictions')).toMatchObject({
      metricName: 'Evictions',
      statistic: 'Sum',
      threshold: 0,
      comparisonOperator: 'GreaterThanThreshold',
    });
    expect(cloud.alarm('shop-cache-002-replication-lag')).toMatchObject({ threshold: 30 });
    expect(cloud.alarm('shop-cache-001-connections')).toMatchObject({ threshold: 60000 });
    const tags = cloud.state.tags.get(cpu.arn) ?? {};
    expect(tags[CREATED_BY_TAG]).toBe('acme/shop');
    expect(tags[GROUP_TAG]).toBe('shop-cache');
    await expectConverged(base);
  });

  it('3 nodes on a larger node type: 14 alarms, EngineCPUUtilization at the threshold itself', async () => {
    const inputs = { ...base, num_cache_clusters: '3', node_type: 'cache.r7g.xlarge' };
    ok(await run(inputs));
    expect(alarmNames()).toHaveLength(14);
    expect(cloud.alarm('shop-cache-003-cpu')).toMatchObject({
      metricName: 'EngineCPUUtilization',
      threshold: 90,
    });
    await expectConverged(inputs);
  });

  it('no topic and no alarms input: no alarm and no CloudWatch call at all', async () => {
    const { notification_topic_arn: _, ...noTopic } = base;
    ok(await run(noTopic));
    expect(alarmNames()).toEqual([]);
    expect(cloud.calls.filter((c) => c.service === 'cloudwatch')).toEqual([]);
  });

  it('alarms: true without a topic needs alarm_actions (refused before any call), and works with them', async () => {
    const { notification_topic_arn: _, ...noTopic } = base;
    const refused = await run({ ...noTopic, alarms: 'true' });
    expect(refused.failed).toBe(true);
    expect(refused.errors.join('\n')).toMatch(/Input "alarms".*alarm_actions/);
    expect(cloud.calls).toEqual([]);
    const pager = 'arn:aws:sns:eu-west-1:123456789012:pager';
    ok(await run({ ...noTopic, alarms: 'true', alarm_actions: pager }));
    expect(cloud.alarm('shop-cache-001-memory')).toMatchObject({ alarmActions: [pager], okActions: [] });
  });
});

describe('alarms: converged', () => {
  it('a replica added: its alarms are created (and only those)', async () => {
    ok(await run(base));
    cloud.resetCalls();
    const three = { ...base, num_cache_clusters: '3' };
    const r = ok(await run(three));
    expect(r.outputs.status).toBe('updated');
    expect(alarmNames()).toEqual(
      [...perNode('001', false), ...perNode('002', true), ...perNode('003', true)].sort(),
    );
    const puts = cloud.mutatingCalls().filter((c) => c.command === 'PutMetricAlarm');
    expect(puts).toHaveLength(5);
    await expectConverged(three);
  });

  it('a replica removed: its alarms are deleted (after proving them ours by their tags)', async () => {
    const three = { ...base, num_cache_clusters: '3' };
    ok(await run(three));
    cloud.resetCalls();
    ok(await run(base));
    expect(alarmNames()).toEqual([...perNode('001', false), ...perNode('002', true)].sort());
    const cw = cloud.calls.filter((c) => c.service === 'cloudwatch').map((c) => c.command);
    expect(cw.filter((c) => c === 'ListTagsForResource')).toHaveLength(5);
    expect(cw.filter((c) => c === 'DeleteAlarms')).toHaveLength(1);
    expect(cw.filter((c) => c === 'PutMetricAlarm')).toHaveLength(0);
    await expectConverged(base);
  });

  it('an alarm of a removed node that is not ours is left in place, with a warning', async () => {
    const three = { ...base, num_cache_clusters: '3' };
    ok(await run(three));
    const arn = cloud.alarm('shop-cache-003-cpu')!.arn;
    cloud.state.tags.set(arn, { [CREATED_BY_TAG]: 'someone/else', GitHubRepository: 'someone/else' });
    const r = ok(await run(base));
    expect(r.warnings.join('\n')).toMatch(/shop-cache-003-cpu was created from someone\/else/);
    expect(alarmNames()).toContain('shop-cache-003-cpu');
    expect(alarmNames().filter((n) => n.startsWith('shop-cache-003-'))).toEqual(['shop-cache-003-cpu']);
  });

  it('a threshold changed: every alarm of that metric is updated in place, nothing else is written', async () => {
    ok(await run(base));
    const before = cloud.alarm('shop-cache-001-memory')!;
    cloud.resetCalls();
    cloud.clock.advance(60_000);
    const changed = { ...base, alarm_memory_threshold_percent: '70' };
    const r = ok(await run(changed));
    expect(r.outputs.status).toBe('updated');
    expect(r.stdout).toMatch(/alarm shop-cache-001-memory: threshold 80 → 70/);
    expect(cloud.mutatingCalls().map((c) => c.command)).toEqual(['PutMetricAlarm', 'PutMetricAlarm']);
    const after = cloud.alarm('shop-cache-001-memory')!;
    expect(after.threshold).toBe(70);
    expect(after.arn).toBe(before.arn);
    expect(after.configurationUpdated.getTime()).toBeGreaterThan(before.configurationUpdated.getTime());
    await expectConverged(changed);
  });

  it('an alarm edited in the console is put back', async () => {
    ok(await run(base));
    cloud.state.alarms.get('shop-cache-002-evictions')!.threshold = 10;
    cloud.resetCalls();
    const r = ok(await run(base));
    expect(r.stdout).toMatch(/alarm shop-cache-002-evictions: threshold 10 → 0/);
    expect(cloud.alarm('shop-cache-002-evictions')!.threshold).toBe(0);
  });

  it('mode plan lists the alarms it would create and writes nothing', async () => {
    ok(await run({ ...base, alarms: 'false' }));
    expect(alarmNames()).toEqual([]);
    cloud.resetCalls();
    const r = ok(await run({ ...base, mode: 'plan' }));
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(r.outputs.has_changes).toBe('true');
    expect(r.stdout).toMatch(/9 CloudWatch alarms missing: create shop-cache-001-connections, /);
    const changes = JSON.parse(r.outputs.changes!) as Array<{ kind?: string }>;
    expect(JSON.stringify(changes)).toMatch(/put-alarms|put 9 CloudWatch alarms/);
  });
});

describe('alarms: destroy', () => {
  it('mode destroy deletes every alarm apply created', async () => {
    ok(await run({ ...base, num_cache_clusters: '3' }));
    expect(alarmNames()).toHaveLength(14);
    const r = ok(
      await run({ mode: 'destroy', name: 'shop-cache', aws_region: 'eu-west-1', final_snapshot: 'false' }),
    );
    expect(r.stdout).toMatch(/delete 14 CloudWatch alarms/);
    expect(alarmNames()).toEqual([]);
  });
});
