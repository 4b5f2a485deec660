// CloudWatch metric alarms and the Resource Groups Tagging API in the fake cloud, through the real
// SDK clients: the happy paths, every refusal with the SDK's classes, IAM denial, faults and how
// mutatingCalls() classifies the new commands.

import {
  CloudWatchClient,
  CloudWatchServiceException,
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  type DescribeAlarmsInput,
  InvalidNextToken,
  InvalidParameterCombinationException as CwInvalidCombination,
  InvalidParameterValueException as CwInvalidValue,
  ListTagsForResourceCommand as ListAlarmTagsCommand,
  MissingRequiredParameterException,
  PutMetricAlarmCommand,
  type PutMetricAlarmInput,
  ResourceNotFoundException as CwResourceNotFound,
  TagResourceCommand as TagAlarmCommand,
  UntagResourceCommand as UntagAlarmCommand,
} from '@aws-sdk/client-cloudwatch';
import { CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateCacheParameterGroupCommand,
  CreateSnapshotCommand,
  ElastiCacheClient,
} from '@aws-sdk/client-elasticache';
import {
  GetResourcesCommand,
  type GetResourcesInput,
  InvalidParameterException as TagInvalidParameter,
  ResourceGroupsTaggingAPIClient,
  ResourceGroupsTaggingAPIServiceException,
  ThrottledException,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from './fake/expect-error.js';
import { createFakeCloud, type FakeCloud } from './fake/index.js';

const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';
const clientConfig = { region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } };
const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:alerts`;
const alarmArn = (name: string) => `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${name}`;

let fake: FakeCloud;
let cw: CloudWatchClient;
let tag: ResourceGroupsTaggingAPIClient;

beforeEach(() => {
  fake = createFakeCloud({ region: REGION });
  fake.install();
  cw = new CloudWatchClient(clientConfig);
  tag = new ResourceGroupsTaggingAPIClient(clientConfig);
});

afterEach(() => fake.restore());

function alarm(overrides: Partial<PutMetricAlarmInput> = {}): PutMetricAlarmInput {
  return {
    AlarmName: 'shop-cache-001-cpu',
    AlarmDescription: 'CPU of shop-cache-001',
    Namespace: 'AWS/ElastiCache',
    MetricName: 'EngineCPUUtilization',
    Dimensions: [{ Name: 'CacheClusterId', Value: 'shop-cache-001' }],
    Statistic: 'Average',
    Period: 60,
    EvaluationPeriods: 5,
    DatapointsToAlarm: 3,
    Threshold: 90,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    TreatMissingData: 'notBreaching',
    AlarmActions: [TOPIC],
    OKActions: [TOPIC],
    ...overrides,
  };
}

const put = (input: PutMetricAlarmInput) => cw.send(new PutMetricAlarmCommand(input));
const describeAlarm = async (name: string) =>
  (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms![0];
const alarmTags = async (name: string) =>
  (await cw.send(new ListAlarmTagsCommand({ ResourceARN: alarmArn(name) }))).Tags;

describe('CloudWatch PutMetricAlarm / DescribeAlarms', () => {
  it('stores every field; an update replaces the configuration, keeps the state and ignores Tags', async () => {
    const created = await put(alarm({ Tags: [{ Key: 'app', Value: 'shop' }] }));
    expect(created.$metadata.httpStatusCode).toBe(200);
    const first = await describeAlarm('shop-cache-001-cpu');
    expect(first).toEqual({
      AlarmName: 'shop-cache-001-cpu',
      AlarmArn: alarmArn('shop-cache-001-cpu'),
      AlarmDescription: 'CPU of shop-cache-001',
      AlarmConfigurationUpdatedTimestamp: new Date(fake.clock.now()),
      ActionsEnabled: true,
      OKActions: [TOPIC],
      AlarmActions: [TOPIC],
      InsufficientDataActions: [],
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Unchecked: Initial alarm creation',
      StateUpdatedTimestamp: new Date(fake.clock.now()),
      StateTransitionedTimestamp: new Date(fake.clock.now()),
      MetricName: 'EngineCPUUtilization',
      Namespace: 'AWS/ElastiCache',
      Statistic: 'Average',
      Dimensions: [{ Name: 'CacheClusterId', Value: 'shop-cache-001' }],
      Period: 60,
      EvaluationPeriods: 5,
      DatapointsToAlarm: 3,
      Threshold: 90,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
    expect(await alarmTags('shop-cache-001-cpu')).toEqual([{ Key: 'app', Value: 'shop' }]);

    fake.state.alarms.get('shop-cache-001-cpu')!.state = 'ALARM';
    await fake.clock.sleep(60_000);
    await put(
      alarm({
        Threshold: 75,
        OKActions: undefined,
        AlarmDescription: undefined,
        DatapointsToAlarm: undefined,
        Tags: [{ Key: 'ignored', Value: 'on update' }],
      }),
    );
    const second = await describeAlarm('shop-cache-001-cpu');
    expect(second).toMatchObject({ Threshold: 75, OKActions: [], StateValue: 'ALARM' });
    expect(second!.AlarmDescription).toBeUndefined();
    expect(second!.DatapointsToAlarm).toBeUndefined();
    expect(
      second!.AlarmConfigurationUpdatedTimestamp!.getTime() - first!.StateUpdatedTimestamp!.getTime(),
    ).toBe(60_000);
    expect(await alarmTags('shop-cache-001-cpu')).toEqual([{ Key: 'app', Value: 'shop' }]);
  });

  it('validates what CloudWatch validates', async () => {
    const validationError = (input: PutMetricAlarmInput, message: RegExp) =>
      expectError(put(input), CloudWatchServiceException, 'ValidationError', 400, message);
    await expectError(
      put(alarm({ AlarmName: undefined })),
      MissingRequiredParameterException,
      'MissingRequiredParameterException',
      400,
      'The parameter AlarmName is required.',
    );
    for (const f of [
      'EvaluationPeriods',
      'ComparisonOperator',
      'Threshold',
      'MetricName',
      'Namespace',
      'Period',
    ] as const)
      await expectError(
        put(alarm({ [f]: undefined })),
        MissingRequiredParameterException,
        'MissingRequiredParameterException',
        400,
        f,
      );
    await validationError(
      alarm({ EvaluationPeriods: 0 }),
      /at 'evaluationPeriods' failed to satisfy constraint/,
    );
    await validationError(alarm({ ComparisonOperator: 'Above' as never }), /at 'comparisonOperator'/);
    await validationError(alarm({ ComparisonOperator: 'LessThanLowerThreshold' }), /anomaly detection/);
    await validationError(alarm({ Period: 45 }), /Period must be 10, 20, 30 or a multiple of 60/);
    await validationError(alarm({ Period: 5 }), /at 'period'/);
    await validationError(
      alarm({ Period: 3600, EvaluationPeriods: 25, DatapointsToAlarm: 1 }),
      /more than a day/,
    );
    await validationError(alarm({ DatapointsToAlarm: 6 }), /DatapointsToAlarm/);
    await validationError(
      alarm({ AlarmActions: Array.from({ length: 6 }, (_, i) => `${TOPIC}${i}`) }),
      /'alarmActions'.*less than or equal to 5/,
    );
    await validationError(alarm({ OKActions: ['alerts'] }), /Invalid arn syntax: alerts/);
    await validationError(alarm({ Statistic: 'Median' as never }), /at 'statistic'/);
    await validationError(
      alarm({ Dimensions: [{ Name: 'CacheClusterId', Value: undefined }] }),
      /dimensions\.member\.value/,
    );
    await expectError(
      put(alarm({ ExtendedStatistic: 'p99' })),
      CwInvalidCombination,
      'InvalidParameterCombinationException',
      400,
    );
    await expectError(
      put(alarm({ Statistic: undefined })),
      CwInvalidCombination,
      'InvalidParameterCombinationException',
      400,
    );
    await expectError(
      put(alarm({ TreatMissingData: 'zero' })),
      CwInvalidValue,
      'InvalidParameterValueException',
      400,
    );
    expect(fake.state.alarms.size).toBe(0);
    await put(
      alarm({
        Statistic: undefined,
        ExtendedStatistic: 'p99',
        Period: 10,
        EvaluationPeriods: 3,
        DatapointsToAlarm: 3,
      }),
    );
    await expect(put(alarm({ Metrics: [] }))).rejects.toThrow(/Metrics is not supported by the fake/);
  });

  it('filters by names or prefix, pages with MaxRecords and NextToken', async () => {
    for (const n of ['b-mem', 'a-cpu', 'a-mem', 'c-swap']) await put(alarm({ AlarmName: n }));
    const names = async (input: DescribeAlarmsInput) =>
      (await cw.send(new DescribeAlarmsCommand(input))).MetricAlarms!.map((a) => a.AlarmName);
    expect(await names({})).toEqual(['a-cpu', 'a-mem', 'b-mem', 'c-swap']);
    expect(await names({ AlarmNamePrefix: 'a-' })).toEqual(['a-cpu', 'a-mem']);
    expect(await names({ AlarmNames: ['c-swap', 'nope', 'a-cpu'] })).toEqual(['a-cpu', 'c-swap']);
    expect(await names({ AlarmTypes: ['CompositeAlarm'] })).toEqual([]);
    expect(await names({ StateValue: 'OK' })).toEqual([]);
    expect(await names({ ActionPrefix: 'arn:aws:sns:' })).toHaveLength(4);
    const p1 = await cw.send(new DescribeAlarmsCommand({ MaxRecords: 3 }));
    expect(p1.MetricAlarms).toHaveLength(3);
    const p2 = await cw.send(new DescribeAlarmsCommand({ MaxRecords: 3, NextToken: p1.NextToken }));
    expect(p2.MetricAlarms!.map((a) => a.AlarmName)).toEqual(['c-swap']);
    expect(p2.NextToken).toBeUndefined();
    await expectError(
      cw.send(new DescribeAlarmsCommand({ NextToken: 'garbage' })),
      InvalidNextToken,
      'InvalidNextToken',
      400,
    );
    await expectError(
      cw.send(new DescribeAlarmsCommand({ AlarmNames: ['a'], AlarmNamePrefix: 'a' })),
      CwInvalidCombination,
      'InvalidParameterCombinationException',
      400,
    );
    for (const MaxRecords of [0, 101])
      await expectError(
        cw.send(new DescribeAlarmsCommand({ MaxRecords })),
        CloudWatchServiceException,
        'ValidationError',
        400,
      );
  });
});

describe('CloudWatch DeleteAlarms and alarm tags', () => {
  it('deletes up to 100 names, ignoring unknown ones', async () => {
    await put(alarm({ AlarmName: 'a', Tags: [{ Key: 'k', Value: 'v' }] }));
    await put(alarm({ AlarmName: 'b' }));
    await cw.send(new DeleteAlarmsCommand({ AlarmNames: ['a', 'never-existed'] }));
    expect([...fake.state.alarms.keys()]).toEqual(['b']);
    expect(fake.state.tags.has(alarmArn('a'))).toBe(false);
    await cw.send(new DeleteAlarmsCommand({ AlarmNames: ['a'] }));
    await expectError(
      cw.send(new DeleteAlarmsCommand({ AlarmNames: Array.from({ length: 101 }, (_, i) => `x${i}`) })),
      CloudWatchServiceException,
      'ValidationError',
      400,
    );
    await expectError(
      cw.send(new DeleteAlarmsCommand({ AlarmNames: undefined })),
      MissingRequiredParameterException,
      'MissingRequiredParameterException',
      400,
    );
  });

  it('tags by ARN; ResourceNotFoundException (404) for a missing alarm', async () => {
    await put(alarm({ AlarmName: 'a' }));
    await cw.send(
      new TagAlarmCommand({
        ResourceARN: alarmArn('a'),
        Tags: [
          { Key: 'app', Value: 'shop' },
          { Key: 'x', Value: '1' },
        ],
      }),
    );
    await cw.send(new UntagAlarmCommand({ ResourceARN: alarmArn('a'), TagKeys: ['x'] }));
    expect(await alarmTags('a')).toEqual([{ Key: 'app', Value: 'shop' }]);
    for (const send of [
      () => cw.send(new ListAlarmTagsCommand({ ResourceARN: alarmArn('b') })),
      () => cw.send(new TagAlarmCommand({ ResourceARN: alarmArn('b'), Tags: [{ Key: 'a', Value: 'b' }] })),
      () => cw.send(new UntagAlarmCommand({ ResourceARN: alarmArn('b'), TagKeys: ['a'] })),
    ]) {
      const err = await expectError(send(), CwResourceNotFound, 'ResourceNotFoundException', 404);
      expect(err.Code).toBe('ResourceNotFoundException');
    }
    await expectError(
      cw.send(new ListAlarmTagsCommand({ ResourceARN: 'not-an-arn' })),
      CwInvalidValue,
      'InvalidParameterValueException',
      400,
    );
  });

  it('IAM denial, throttling and call classification', async () => {
    fake.deny('cloudwatch:PutMetricAlarm');
    await expectError(
      put(alarm()),
      CloudWatchServiceException,
      'AccessDenied',
      403,
      /cloudwatch:PutMetricAlarm on resource: arn:aws:cloudwatch:eu-west-1:123456789012:alarm:shop-cache-001-cpu/,
    );
    fake.allow('cloudwatch:PutMetricAlarm');
    fake.deny('cloudwatch:TagResource');
    await expectError(
      put(alarm({ Tags: [{ Key: 'a', Value: 'b' }] })),
      CloudWatchServiceException,
      'AccessDenied',
      403,
    );
    expect(fake.state.alarms.size).toBe(0);
    await put(alarm());
    fake.throttle('cloudwatch:DescribeAlarms', 1);
    const err = await expectError(
      cw.send(new DescribeAlarmsCommand({})),
      CloudWatchServiceException,
      'Throttling',
      400,
    );
    expect(err.$retryable).toEqual({ throttling: true });
    await cw.send(new DescribeAlarmsCommand({}));
    await cw.send(new DeleteAlarmsCommand({ AlarmNames: ['x'] }));
    expect(fake.mutatingCalls().map((c) => [c.service, c.command])).toEqual([
      ['cloudwatch', 'PutMetricAlarm'],
      ['cloudwatch', 'PutMetricAlarm'],
      ['cloudwatch', 'PutMetricAlarm'],
      ['cloudwatch', 'DeleteAlarms'],
    ]);
  });
});

describe('Resource Groups Tagging API GetResources', () => {
  const getAll = async (input: GetResourcesInput = {}) => {
    const out: Array<[string, Record<string, string>]> = [];
    let PaginationToken: string | undefined;
    do {
      const page = await tag.send(new GetResourcesCommand({ ...input, PaginationToken }));
      for (const r of page.ResourceTagMappingList!)
        out.push([r.ResourceARN!, Object.fromEntries(r.Tags!.map((t) => [t.Key!, t.Value!]))]);
      PaginationToken = page.PaginationToken;
    } while (PaginationToken);
    return out;
  };

  /** Two previews of one repository, one of another, plus untagged things. */
  async function seedWorld(): Promise<void> {
    fake.addVpc({ vpcId: 'vpc-1', subnets: [{ subnetId: 'subnet-1', az: `${REGION}a` }] });
    const preview = (pr: string, repo = 'acme/shop') => ({ repo, pr });
    fake.seedReplicationGroup({
      ReplicationGroupId: 'shop-pr-1',
      Tags: Object.entries(preview('1')).map(([Key, Value]) => ({ Key, Value })),
    });
    fake.seedReplicationGroup({
      ReplicationGroupId: 'shop-pr-2',
      Tags: Object.entries(preview('2')).map(([Key, Value]) => ({ Key, Value })),
    });
    fake.seedReplicationGroup({
      ReplicationGroupId: 'blog-pr-1',
      Tags: Object.entries(preview('1', 'acme/blog')).map(([Key, Value]) => ({ Key, Value })),
    });
    fake.seedReplicationGroup({ ReplicationGroupId: 'untagged' });
    fake.addSecurityGroup({ vpcId: 'vpc-1', groupName: 'shop-pr-1', groupId: 'sg-1', tags: preview('1') });
    fake.seed(CreateCacheParameterGroupCommand, {
      CacheParameterGroupName: 'shop-pr-1',
      CacheParameterGroupFamily: 'redis7',
      Description: 'x',
      Tags: [{ Key: 'repo', Value: 'acme/shop' }],
    });
    fake.seed(CreateLogGroupCommand, { logGroupName: '/elasticache/shop-pr-1', tags: preview('1') });
    fake.seed(PutParameterCommand, {
      Name: '/shop/pr-1/url',
      Type: 'String',
      Value: 'x',
      Tags: [{ Key: 'repo', Value: 'acme/shop' }],
    });
    fake.seedSnapshot({
      name: 'shop-pr-1-final',
      replicationGroupId: 'shop-pr-1',
      tags: { repo: 'acme/shop' },
    });
    await put(alarm({ AlarmName: 'shop-pr-1-cpu', Tags: [{ Key: 'repo', Value: 'acme/shop' }] }));
    fake.resetCalls();
  }

  it('finds every tagged resource of a repository across services, with ARNs and tags', async () => {
    await seedWorld();
    const found = await getAll({ TagFilters: [{ Key: 'repo', Values: ['acme/shop'] }] });
    expect(found.map(([arn]) => arn)).toEqual([
      `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:shop-pr-1-cpu`,
      `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-1`,
      `arn:aws:elasticache:${REGION}:${ACCOUNT}:cluster:shop-pr-1-001`,
      `arn:aws:elasticache:${REGION}:${ACCOUNT}:cluster:shop-pr-2-001`,
      `arn:aws:elasticache:${REGION}:${ACCOUNT}:parametergroup:shop-pr-1`,
      `arn:aws:elasticache:${REGION}:${ACCOUNT}:replicationgroup:shop-pr-1`,
      `arn:aws:elasticache:${REGION}:${ACCOUNT}:replicationgroup:shop-pr-2`,
      `arn:aws:elasticache:${REGION}:${ACCOUNT}:snapshot:shop-pr-1-final`,
      `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/elasticache/shop-pr-1`,
      `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/shop/pr-1/url`,
    ]);
    expect(found.find(([arn]) => arn.endsWith('replicationgroup:shop-pr-2'))![1]).toEqual({
      repo: 'acme/shop',
      pr: '2',
    });
    // AND across filters, OR across a filter's values, a key alone matches any value.
    const arns = async (input: GetResourcesInput) =>
      (await getAll(input)).map(([arn]) => arn.split(':').slice(2).join(':'));
    expect(
      await arns({
        TagFilters: [
          { Key: 'repo', Values: ['acme/shop', 'acme/blog'] },
          { Key: 'pr', Values: ['1'] },
        ],
        ResourceTypeFilters: ['elasticache:replicationgroup'],
      }),
    ).toEqual([
      `elasticache:${REGION}:${ACCOUNT}:replicationgroup:blog-pr-1`,
      `elasticache:${REGION}:${ACCOUNT}:replicationgroup:shop-pr-1`,
    ]);
    expect(
      await arns({ TagFilters: [{ Key: 'pr' }], ResourceTypeFilters: ['ec2:security-group', 'logs'] }),
    ).toEqual([
      `ec2:${REGION}:${ACCOUNT}:security-group/sg-1`,
      `logs:${REGION}:${ACCOUNT}:log-group:/elasticache/shop-pr-1`,
    ]);
    expect(
      await arns({ ResourceTypeFilters: ['elasticache:snapshot', 'ssm:parameter', 'cloudwatch:alarm'] }),
    ).toHaveLength(3);
    // Untagged resources are not listed; deleted ones disappear.
    expect((await getAll()).some(([arn]) => arn.includes('untagged'))).toBe(false);
    await cw.send(new DeleteAlarmsCommand({ AlarmNames: ['shop-pr-1-cpu'] }));
    expect(await arns({ ResourceTypeFilters: ['cloudwatch:alarm'] })).toEqual([]);
  });

  it('pages with ResourcesPerPage (1–100) and ends with an empty PaginationToken', async () => {
    await seedWorld();
    const p1 = await tag.send(
      new GetResourcesCommand({ ResourceTypeFilters: ['elasticache:replicationgroup'], ResourcesPerPage: 2 }),
    );
    expect(p1.ResourceTagMappingList).toHaveLength(2);
    expect(p1.PaginationToken).not.toBe('');
    const p2 = await tag.send(
      new GetResourcesCommand({
        ResourceTypeFilters: ['elasticache:replicationgroup'],
        ResourcesPerPage: 2,
        PaginationToken: p1.PaginationToken,
      }),
    );
    expect(p2.ResourceTagMappingList).toHaveLength(1);
    expect(p2.PaginationToken).toBe('');
    expect(fake.mutatingCalls()).toEqual([]);
  });

  it('refuses bad parameters with InvalidParameterException; throttles with ThrottledException', async () => {
    const refused = (input: GetResourcesInput) =>
      expectError(
        tag.send(new GetResourcesCommand(input)),
        TagInvalidParameter,
        'InvalidParameterException',
        400,
      );
    await refused({ ResourcesPerPage: 0 });
    await refused({ ResourcesPerPage: 101 });
    await refused({ TagsPerPage: 99 });
    await refused({ ResourceTypeFilters: ['ElastiCache:Cluster'] });
    await refused({ ResourceTypeFilters: ['nosuchservice'] });
    await refused({ TagFilters: [{ Key: '' }] });
    await refused({ TagFilters: [{ Key: 'a', Values: Array.from({ length: 21 }, (_, i) => String(i)) }] });
    await refused({ TagFilters: Array.from({ length: 51 }, (_, i) => ({ Key: String(i) })) });
    await refused({ PaginationToken: 'garbage' });
    fake.throttle('tag:GetResources', 1);
    const err = await expectError(
      tag.send(new GetResourcesCommand({})),
      ThrottledException,
      'ThrottledException',
      400,
    );
    expect(err.$retryable).toEqual({ throttling: true });
    fake.deny('tag:GetResources');
    await expectError(
      tag.send(new GetResourcesCommand({})),
      ResourceGroupsTaggingAPIServiceException,
      'AccessDeniedException',
      400,
      /tag:GetResources on resource: \*/,
    );
  });

  it('sees snapshots as soon as they are created with tags', async () => {
    fake.addVpc({ vpcId: 'vpc-1', subnets: [{ subnetId: 'subnet-1', az: `${REGION}a` }] });
    fake.seedReplicationGroup({ ReplicationGroupId: 'shop' });
    await new ElastiCacheClient(clientConfig).send(
      new CreateSnapshotCommand({
        SnapshotName: 'nightly',
        ReplicationGroupId: 'shop',
        Tags: [{ Key: 'janitor', Value: 'keep' }],
      }),
    );
    expect((await getAll({ TagFilters: [{ Key: 'janitor' }] })).map(([arn]) => arn)).toEqual([
      `arn:aws:elasticache:${REGION}:${ACCOUNT}:snapshot:nightly`,
    ]);
  });
});
