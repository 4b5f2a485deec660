// SSM, CloudWatch Logs and snapshot adapters: the requests and mappings mutation testing found
// unpinned (the exact DescribeLogGroups request of findLogGroups, nameless entries left out, the
// batch boundary of existingParameters, a snapshot without node snapshots).

import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { LogsAdapter } from '../src/aws/logs.js';
import { toObservedSnapshot } from '../src/aws/snapshots.js';
import { SsmAdapter } from '../src/aws/ssm.js';

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const region = 'eu-west-1';
const logsMock = mockClient(CloudWatchLogsClient);
const ssmMock = mockClient(SSMClient);
afterEach(() => {
  logsMock.reset();
  ssmMock.reset();
});
const logs = () => new LogsAdapter(() => new CloudWatchLogsClient({ region, credentials: creds }));
const ssm = () => new SsmAdapter(() => new SSMClient({ region, credentials: creds }));

describe('CloudWatch Logs adapter', () => {
  it('describeLogGroups leaves a group without a name out (no "undefined" key)', async () => {
    logsMock
      .on(DescribeLogGroupsCommand)
      .resolves({ logGroups: [{ retentionInDays: 7 }, { logGroupName: '/a' }] });
    const found = await logs().describeLogGroups('/');
    expect(Object.keys(found)).toEqual(['/a']);
  });

  it('findLogGroups asks by prefix and follows nextToken', async () => {
    logsMock
      .on(DescribeLogGroupsCommand)
      .resolvesOnce({ logGroups: [{ logGroupName: '/a/x', logGroupArn: 'arn:x' }], nextToken: 't1' })
      .resolvesOnce({});
    expect(await logs().findLogGroups('/a/')).toEqual([{ name: '/a/x', arn: 'arn:x' }]);
    expect(logsMock.commandCalls(DescribeLogGroupsCommand).map((c) => c.args[0].input)).toEqual([
      { logGroupNamePrefix: '/a/', nextToken: undefined },
      { logGroupNamePrefix: '/a/', nextToken: 't1' },
    ]);
  });
});

describe('SSM adapter', () => {
  it('existingParameters: exactly 10 names are one call, none is no call', async () => {
    ssmMock.on(GetParametersCommand).resolves({ Parameters: [{ Name: '/p/0' }, { Value: 'nameless' }] });
    const names = Array.from({ length: 10 }, (_, i) => `/p/${i}`);
    expect(await ssm().existingParameters(names)).toEqual(['/p/0']);
    expect(ssmMock.commandCalls(GetParametersCommand).map((c) => c.args[0].input)).toEqual([
      { Names: names, WithDecryption: false },
    ]);
    ssmMock.resetHistory();
    expect(await ssm().existingParameters([])).toEqual([]);
    expect(ssmMock.commandCalls(GetParametersCommand)).toHaveLength(0);
  });

  it('getParameters: exactly 10 names are one call', async () => {
    ssmMock.on(GetParametersCommand).resolves({});
    const names = Array.from({ length: 10 }, (_, i) => `/p/${i}`);
    expect(await ssm().getParameters(names)).toEqual({});
    expect(ssmMock.commandCalls(GetParametersCommand)).toHaveLength(1);
  });
});

describe('toObservedSnapshot', () => {
  it('a snapshot with an empty node list has no cluster id and no time', () => {
    const s = toObservedSnapshot({ SnapshotName: 's', NodeSnapshots: [] });
    expect(s.cacheClusterId).toBeUndefined();
    expect(s.createdAt).toBeUndefined();
  });
});
