// The adapter calls of the lifecycle modes (destroy, cleanup): requests, pages, "already gone is
// fine", and every failure path, against aws-sdk-client-mock (no network, no real sleep).
import {
  CloudWatchClient,
  CloudWatchServiceException,
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  ListTagsForResourceCommand as CwListTagsCommand,
  PutMetricAlarmCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CloudWatchLogsServiceException,
  DeleteLogGroupCommand,
  DescribeLogGroupsCommand,
  ListTagsForResourceCommand as LogsListTagsCommand,
  ResourceNotFoundException as LogsResourceNotFoundException,
} from '@aws-sdk/client-cloudwatch-logs';
import { DeleteSecurityGroupCommand, EC2Client, EC2ServiceException } from '@aws-sdk/client-ec2';
import {
  CacheParameterGroupNotFoundFault,
  CacheSubnetGroupInUse,
  CacheSubnetGroupNotFoundFault,
  DeleteCacheParameterGroupCommand,
  DeleteCacheSubnetGroupCommand,
  DeleteReplicationGroupCommand,
  DescribeCacheParameterGroupsCommand,
  DescribeCacheSubnetGroupsCommand,
  ElastiCacheClient,
  ElastiCacheServiceException,
  InvalidCacheParameterGroupStateFault,
  SnapshotAlreadyExistsFault,
} from '@aws-sdk/client-elasticache';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
  ResourceGroupsTaggingAPIServiceException,
} from '@aws-sdk/client-resource-groups-tagging-api';
import {
  AccessDeniedException as SsmAccessDeniedException,
  GetParametersCommand,
  ListTagsForResourceCommand as SsmListTagsCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cloudWatchAdapter,
  ec2Adapter,
  elasticacheAdapter,
  logsAdapter,
  ssmAdapter,
  taggingAdapter,
} from './support/adapters.js';
import { AwsCallError } from '../src/errors.js';

const meta = (httpStatusCode = 400) => ({ httpStatusCode, requestId: 'req-1' });

const ecMock = mockClient(ElastiCacheClient);
const ec2Mock = mockClient(EC2Client);
const logsMock = mockClient(CloudWatchLogsClient);
const ssmMock = mockClient(SSMClient);
const tagMock = mockClient(ResourceGroupsTaggingAPIClient);
const cwMock = mockClient(CloudWatchClient);
afterEach(() => {
  for (const m of [ecMock, ec2Mock, logsMock, ssmMock, tagMock, cwMock]) m.reset();
});

const ec = () => elasticacheAdapter();
const ec2 = () => ec2Adapter();
const logs = () => logsAdapter();
const ssm = () => ssmAdapter();
const tagging = () => taggingAdapter();
const cw = () => cloudWatchAdapter();

const denied = <T extends Error>(Ctor: new (o: never) => T) =>
  new Ctor({
    name: 'AccessDenied',
    $fault: 'client',
    message: 'User is not authorized to perform this action',
    $metadata: meta(403),
  } as never);

async function failure(p: Promise<unknown>): Promise<AwsCallError> {
  const outcome = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(outcome, 'expected the call to fail').toBeInstanceOf(AwsCallError);
  return outcome as AwsCallError;
}

function expectDenied(err: AwsCallError, action: string) {
  expect(err.iamAction).toBe(action);
  expect(err.message).toContain(`needs the IAM permission "${action}"`);
}

describe('Resource Groups Tagging API', () => {
  it('follows pages until the empty token, passes the filters, and reads every tag', async () => {
    tagMock
      .on(GetResourcesCommand)
      .resolvesOnce({
        ResourceTagMappingList: [
          {
            ResourceARN: 'arn:aws:ssm:eu-west-1:1:parameter/a',
            Tags: [{ Key: 'k', Value: 'v' }, {} as { Key: string; Value: string }],
          },
          { Tags: [] },
        ],
        PaginationToken: 'p2',
      })
      .resolvesOnce({
        ResourceTagMappingList: [{ ResourceARN: 'arn:aws:logs:eu-west-1:1:log-group:x' }],
        PaginationToken: '',
      });
    const found = await tagging().getResources(
      [{ key: 'a', values: ['b'] }, { key: 'c' }],
      ['elasticache:replicationgroup'],
    );
    expect(found).toEqual([
      { arn: 'arn:aws:ssm:eu-west-1:1:parameter/a', tags: { k: 'v', '': '' } },
      { arn: 'arn:aws:logs:eu-west-1:1:log-group:x', tags: {} },
    ]);
    const calls = tagMock.commandCalls(GetResourcesCommand).map((c) => c.args[0].input);
    expect(calls[0]).toEqual({
      TagFilters: [
        { Key: 'a', Values: ['b'] },
        { Key: 'c', Values: undefined },
      ],
      ResourceTypeFilters: ['elasticache:replicationgroup'],
      ResourcesPerPage: 100,
      PaginationToken: undefined,
    });
    expect(calls[1]!.PaginationToken).toBe('p2');
  });

  it('sends no type filter when none is given, stops on a missing token, and names tag:GetResources when denied', async () => {
    tagMock
      .on(GetResourcesCommand)
      .resolvesOnce({})
      .rejectsOnce(denied(ResourceGroupsTaggingAPIServiceException));
    expect(await tagging().getResources([{ key: 'a' }])).toEqual([]);
    expect(tagMock.commandCalls(GetResourcesCommand)[0]!.args[0].input.ResourceTypeFilters).toBeUndefined();
    expectDenied(await failure(tagging().getResources([{ key: 'a' }])), 'tag:GetResources');
  });
});

describe('CloudWatch alarms', () => {
  it('deletes alarms 100 names per call, and names cloudwatch:DeleteAlarms when denied', async () => {
    cwMock.on(DeleteAlarmsCommand).resolves({});
    const names = Array.from({ length: 150 }, (_, i) => `a${i}`);
    await cw().deleteAlarms(names);
    const calls = cwMock.commandCalls(DeleteAlarmsCommand).map((c) => c.args[0].input.AlarmNames!.length);
    expect(calls).toEqual([100, 50]);
    cwMock.reset();
    cwMock.on(DeleteAlarmsCommand).rejects(denied(CloudWatchServiceException));
    expectDenied(await failure(cw().deleteAlarms(['a'])), 'cloudwatch:DeleteAlarms');
  });

  it('DescribeAlarms: one request by name prefix (metric alarms, 100 a page), every page followed', async () => {
    cwMock
      .on(DescribeAlarmsCommand)
      .resolvesOnce({ MetricAlarms: [{ AlarmName: 'app-001-cpu' }], NextToken: 't1' })
      .resolvesOnce({ MetricAlarms: [{ AlarmName: 'app-002-cpu' }] });
    const found = await cw().describeAlarms('app-');
    expect(found.map((a) => a.AlarmName)).toEqual(['app-001-cpu', 'app-002-cpu']);
    expect(cwMock.commandCalls(DescribeAlarmsCommand).map((c) => c.args[0].input)).toEqual([
      { AlarmNamePrefix: 'app-', AlarmTypes: ['MetricAlarm'], MaxRecords: 100, NextToken: undefined },
      { AlarmNamePrefix: 'app-', AlarmTypes: ['MetricAlarm'], MaxRecords: 100, NextToken: 't1' },
    ]);
    cwMock.reset();
    cwMock.on(DescribeAlarmsCommand).rejects(denied(CloudWatchServiceException));
    expectDenied(await failure(cw().describeAlarms('app-')), 'cloudwatch:DescribeAlarms');
  });

  it('PutMetricAlarm sends exactly the alarm it is given; ListTagsForResource maps the tag list', async () => {
    cwMock.on(PutMetricAlarmCommand).resolves({});
    const alarm = {
      AlarmName: 'app-001-evictions',
      Namespace: 'AWS/ElastiCache',
      MetricName: 'Evictions',
      Statistic: 'Sum' as const,
      Dimensions: [{ Name: 'CacheClusterId', Value: 'app-001' }],
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold' as const,
      AlarmActions: ['arn:aws:sns:eu-west-1:123456789012:alerts'],
      Tags: [{ Key: 'django-redis-action:created-by', Value: 'acme/shop' }],
    };
    await cw().putMetricAlarm(alarm);
    expect(cwMock.commandCalls(PutMetricAlarmCommand).map((c) => c.args[0].input)).toEqual([alarm]);
    cwMock.on(CwListTagsCommand).resolves({ Tags: [{ Key: 'a', Value: 'b' }] });
    expect(await cw().listTags('arn:aws:cloudwatch:eu-west-1:1:alarm:x')).toEqual({ a: 'b' });
    expect(cwMock.commandCalls(CwListTagsCommand)[0]!.args[0].input).toEqual({
      ResourceARN: 'arn:aws:cloudwatch:eu-west-1:1:alarm:x',
    });
    cwMock.reset();
    cwMock.on(PutMetricAlarmCommand).rejects(denied(CloudWatchServiceException));
    expectDenied(await failure(cw().putMetricAlarm(alarm)), 'cloudwatch:PutMetricAlarm');
  });
});

describe('ElastiCache deletes', () => {
  it('DeleteReplicationGroup sends the final snapshot name, and leaves every failure to its caller', async () => {
    ecMock
      .on(DeleteReplicationGroupCommand)
      .resolvesOnce({})
      .rejectsOnce(new SnapshotAlreadyExistsFault({ message: 'taken', $metadata: meta() }));
    await ec().deleteReplicationGroup('app', 'app-final-20260101-0000');
    expect(ecMock.commandCalls(DeleteReplicationGroupCommand)[0]!.args[0].input).toEqual({
      ReplicationGroupId: 'app',
      FinalSnapshotIdentifier: 'app-final-20260101-0000',
    });
    const err = await failure(ec().deleteReplicationGroup('app', undefined));
    expect(err.causeName).toBe('SnapshotAlreadyExistsFault');
  });

  it('deletes a parameter group; gone is fine, in use is the caller’s to retry', async () => {
    ecMock
      .on(DeleteCacheParameterGroupCommand)
      .resolvesOnce({})
      .rejectsOnce(new CacheParameterGroupNotFoundFault({ message: 'gone', $metadata: meta(404) }))
      .rejectsOnce(new InvalidCacheParameterGroupStateFault({ message: 'in use', $metadata: meta() }));
    await ec().deleteParameterGroup('app-redis7');
    await ec().deleteParameterGroup('app-redis7');
    expect((await failure(ec().deleteParameterGroup('app-redis7'))).causeName).toBe(
      'InvalidCacheParameterGroupStateFault',
    );
  });

  it('deletes a subnet group; gone is fine, in use is the caller’s to retry', async () => {
    ecMock
      .on(DeleteCacheSubnetGroupCommand)
      .resolvesOnce({})
      .rejectsOnce(new CacheSubnetGroupNotFoundFault({ message: 'gone', $metadata: meta(404) }))
      .rejectsOnce(new CacheSubnetGroupInUse({ message: 'in use', $metadata: meta() }));
    await ec().deleteSubnetGroup('app-subnets');
    await ec().deleteSubnetGroup('app-subnets');
    expect((await failure(ec().deleteSubnetGroup('app-subnets'))).causeName).toBe('CacheSubnetGroupInUse');
  });

  it('reads a parameter group’s ARN: found, empty answer, not found, denied', async () => {
    ecMock
      .on(DescribeCacheParameterGroupsCommand)
      .resolvesOnce({ CacheParameterGroups: [{ ARN: 'arn:pg' }] })
      .resolvesOnce({})
      .rejectsOnce(new CacheParameterGroupNotFoundFault({ message: 'gone', $metadata: meta(404) }))
      .rejectsOnce(denied(ElastiCacheServiceException));
    expect(await ec().parameterGroupArn('p')).toBe('arn:pg');
    expect(await ec().parameterGroupArn('p')).toBeUndefined();
    expect(await ec().parameterGroupArn('p')).toBeUndefined();
    expectDenied(await failure(ec().parameterGroupArn('p')), 'elasticache:DescribeCacheParameterGroups');
  });

  it('reads a subnet group’s ARN: found, empty answer, not found, denied', async () => {
    ecMock
      .on(DescribeCacheSubnetGroupsCommand)
      .resolvesOnce({ CacheSubnetGroups: [{ ARN: 'arn:sg' }] })
      .resolvesOnce({})
      .rejectsOnce(new CacheSubnetGroupNotFoundFault({ message: 'gone', $metadata: meta(404) }))
      .rejectsOnce(denied(ElastiCacheServiceException));
    expect(await ec().subnetGroupArn('s')).toBe('arn:sg');
    expect(await ec().subnetGroupArn('s')).toBeUndefined();
    expect(await ec().subnetGroupArn('s')).toBeUndefined();
    expectDenied(await failure(ec().subnetGroupArn('s')), 'elasticache:DescribeCacheSubnetGroups');
  });
});

describe('EC2 DeleteSecurityGroup', () => {
  it('deletes; InvalidGroup.NotFound is fine, DependencyViolation is the caller’s to retry', async () => {
    const e = (name: string) =>
      new EC2ServiceException({ name, $fault: 'client', message: name, $metadata: meta() });
    ec2Mock
      .on(DeleteSecurityGroupCommand)
      .resolvesOnce({})
      .rejectsOnce(e('InvalidGroup.NotFound'))
      .rejectsOnce(e('DependencyViolation'));
    await ec2().deleteSecurityGroup('sg-1');
    await ec2().deleteSecurityGroup('sg-1');
    expect((await failure(ec2().deleteSecurityGroup('sg-1'))).causeName).toBe('DependencyViolation');
    expect(ec2Mock.commandCalls(DeleteSecurityGroupCommand)[0]!.args[0].input).toEqual({ GroupId: 'sg-1' });
  });
});

describe('CloudWatch Logs for destroy', () => {
  it('finds log groups with their ARN (logGroupArn, else arn without ":*"), across pages', async () => {
    logsMock
      .on(DescribeLogGroupsCommand)
      .resolvesOnce({
        logGroups: [
          { logGroupName: '/a/slow-log', logGroupArn: 'arn:logs:/a/slow-log' },
          { logGroupName: '/a/engine-log', arn: 'arn:logs:/a/engine-log:*' },
          {},
        ],
        nextToken: 't',
      })
      .resolvesOnce({ logGroups: [{ logGroupName: '/a/x' }] })
      .resolvesOnce({});
    expect(await logs().findLogGroups('/a/')).toEqual([
      { name: '/a/slow-log', arn: 'arn:logs:/a/slow-log' },
      { name: '/a/engine-log', arn: 'arn:logs:/a/engine-log' },
      { name: '/a/x', arn: '' },
    ]);
    expect(await logs().findLogGroups('/b/')).toEqual([]);
  });

  it('lists a log group’s tags (none is {}), and names logs:ListTagsForResource when denied', async () => {
    logsMock
      .on(LogsListTagsCommand)
      .resolvesOnce({ tags: { a: 'b' } })
      .resolvesOnce({})
      .rejectsOnce(denied(CloudWatchLogsServiceException));
    expect(await logs().listTags('arn:x')).toEqual({ a: 'b' });
    expect(await logs().listTags('arn:x')).toEqual({});
    expectDenied(await failure(logs().listTags('arn:x')), 'logs:ListTagsForResource');
  });

  it('deletes a log group; gone is fine, anything else is not', async () => {
    logsMock
      .on(DeleteLogGroupCommand)
      .resolvesOnce({})
      .rejectsOnce(new LogsResourceNotFoundException({ message: 'gone', $metadata: meta() }))
      .rejectsOnce(denied(CloudWatchLogsServiceException));
    await logs().deleteLogGroup('/a');
    await logs().deleteLogGroup('/a');
    expectDenied(await failure(logs().deleteLogGroup('/a')), 'logs:DeleteLogGroup');
  });
});

describe('SSM for destroy', () => {
  const ssmDenied = () =>
    new SsmAccessDeniedException({ message: 'denied', Message: 'denied', $metadata: meta() });

  it('says which parameters exist, 10 names per call, without decrypting anything', async () => {
    ssmMock
      .on(GetParametersCommand)
      .resolvesOnce({ Parameters: [{ Name: '/p/0' }, {}] })
      .resolvesOnce({});
    const names = Array.from({ length: 12 }, (_, i) => `/p/${i}`);
    expect(await ssm().existingParameters(names)).toEqual(['/p/0']);
    const calls = ssmMock.commandCalls(GetParametersCommand).map((c) => c.args[0].input);
    expect(calls.map((c) => [c.Names!.length, c.WithDecryption])).toEqual([
      [10, false],
      [2, false],
    ]);
  });

  it('lists a parameter’s tags (none is {}), and names ssm:ListTagsForResource when denied', async () => {
    ssmMock
      .on(SsmListTagsCommand)
      .resolvesOnce({ TagList: [{ Key: 'a', Value: 'b' }, {} as { Key: string; Value: string }] })
      .resolvesOnce({})
      .rejectsOnce(ssmDenied());
    expect(await ssm().listTags('/p')).toEqual({ a: 'b', '': '' });
    expect(await ssm().listTags('/p')).toEqual({});
    expectDenied(await failure(ssm().listTags('/p')), 'ssm:ListTagsForResource');
    expect(ssmMock.commandCalls(SsmListTagsCommand)[0]!.args[0].input).toEqual({
      ResourceType: 'Parameter',
      ResourceId: '/p',
    });
  });
});
