// Adapter error paths: what each AWS adapter does with every failure it can meet, the pages it
// follows and the defaults it fills in, against aws-sdk-client-mock (no network, no real sleep).
// Failures are the SDK's own exception classes, as the SDK deserialises them from AWS's answers.
import {
  CloudWatchLogsClient,
  CloudWatchLogsServiceException,
  AccessDeniedException as LogsAccessDeniedException,
  CreateLogGroupCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  InvalidParameterException as LogsInvalidParameterException,
  LimitExceededException as LogsLimitExceededException,
  PutRetentionPolicyCommand,
  ResourceAlreadyExistsException,
  ResourceNotFoundException as LogsResourceNotFoundException,
  TagResourceCommand as LogsTagResourceCommand,
  UntagResourceCommand as LogsUntagResourceCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateTagsCommand,
  DeleteTagsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  EC2Client,
  EC2ServiceException,
  RevokeSecurityGroupIngressCommand,
} from '@aws-sdk/client-ec2';
import {
  AddTagsToResourceCommand as EcAddTagsToResourceCommand,
  CacheClusterNotFoundFault,
  CacheParameterGroupAlreadyExistsFault,
  CacheParameterGroupNotFoundFault,
  CacheSubnetGroupAlreadyExistsFault,
  CacheSubnetGroupNotFoundFault,
  CreateCacheParameterGroupCommand,
  CreateCacheSubnetGroupCommand,
  CreateReplicationGroupCommand,
  DecreaseReplicaCountCommand,
  DescribeCacheClustersCommand,
  DescribeCacheParametersCommand,
  DescribeCacheSubnetGroupsCommand,
  DescribeEventsCommand,
  DescribeReplicationGroupsCommand,
  ElastiCacheClient,
  ElastiCacheServiceException,
  IncreaseReplicaCountCommand,
  InvalidARNFault,
  InvalidCacheParameterGroupStateFault,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  InvalidReplicationGroupStateFault,
  ListTagsForResourceCommand,
  ModifyCacheParameterGroupCommand,
  ModifyCacheSubnetGroupCommand,
  ModifyReplicationGroupCommand,
  NodeQuotaForCustomerExceededFault,
  RemoveTagsFromResourceCommand as EcRemoveTagsFromResourceCommand,
  ReplicationGroupAlreadyExistsFault,
  TagNotFoundFault,
} from '@aws-sdk/client-elasticache';
import {
  AccessDeniedException as SsmAccessDeniedException,
  AddTagsToResourceCommand as SsmAddTagsToResourceCommand,
  DeleteParameterCommand,
  GetParametersCommand,
  HierarchyTypeMismatchException,
  InvalidResourceId,
  ParameterAlreadyExists,
  ParameterNotFound,
  PutParameterCommand,
  RemoveTagsFromResourceCommand as SsmRemoveTagsFromResourceCommand,
  SSMClient,
  SSMServiceException,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ec2Adapter, elasticacheAdapter, logsAdapter, ssmAdapter } from './support/adapters.js';
import { awsCall } from '../src/aws/call.js';
import { classifySubnets, toObservedSecurityGroup } from '../src/aws/ec2.js';
import { toObservedGroup } from '../src/aws/elasticache-observed.js';
import { AwsCallError } from '../src/errors.js';

// The adapters never wait or retry themselves (the SDK's retry strategy is the only layer, and
// aws-sdk-client-mock replaces send() below it): `slept` stays empty, `retries` hears the adapters'
// notes of a call the SDK needed several attempts for.
const slept: number[] = [];
const retries: string[] = [];
const note = (message: string) => void retries.push(message);

const ecMock = mockClient(ElastiCacheClient);
const ssmMock = mockClient(SSMClient);
const ec2Mock = mockClient(EC2Client);
const logsMock = mockClient(CloudWatchLogsClient);
afterEach(() => {
  ecMock.reset();
  ssmMock.reset();
  ec2Mock.reset();
  logsMock.reset();
  slept.length = 0;
  retries.length = 0;
});

const ec = () => elasticacheAdapter(note);
const ssm = () => ssmAdapter(note);
const ec2 = () => ec2Adapter(note);
const logs = () => logsAdapter(note);

const meta = (httpStatusCode = 400) => ({ httpStatusCode, requestId: 'req-1' });

/** What AWS answers to a role without the permission (not a modelled error of ElastiCache or EC2). */
const ecDenied = () =>
  new ElastiCacheServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    message: 'User is not authorized to perform this action',
    $metadata: meta(403),
  });
/** SSM models AccessDeniedException (it also reports a missing kms:Decrypt this way). */
const ssmDenied = () =>
  new SsmAccessDeniedException({
    message: 'User is not authorized to perform this action',
    Message: 'User is not authorized to perform this action',
    $metadata: meta(),
  });
const ec2Error = (name: string, message = name) =>
  new EC2ServiceException({ name, $fault: 'client', message, $metadata: meta() });

/** The rejection of a promise, which must reject. */
async function failure(p: Promise<unknown>): Promise<AwsCallError> {
  const outcome = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(outcome, 'expected the call to fail').toBeInstanceOf(AwsCallError);
  return outcome as AwsCallError;
}

/** An access denial names the exact IAM action the role lacks, and is not retried. */
function expectDenied(err: AwsCallError, action: string) {
  expect(err.iamAction).toBe(action);
  expect(err.message).toContain(`needs the IAM permission "${action}"`);
  expect(slept).toEqual([]);
}

describe('awsCall', () => {
  it('sends a throttled call once (the SDK retried it already) and says it is still throttled', async () => {
    const throttled = new ElastiCacheServiceException({
      name: 'Throttling',
      $fault: 'client',
      message: 'Rate exceeded',
      $metadata: { ...meta(), attempts: 5 },
    });
    ecMock.on(DescribeReplicationGroupsCommand).rejects(throttled);
    const err = await failure(ec().describeReplicationGroup('x'));
    expect(ecMock.commandCalls(DescribeReplicationGroupsCommand)).toHaveLength(1);
    expect(slept).toEqual([]);
    expect(err.causeName).toBe('Throttling');
    expect(err.message).toMatch(/still throttled by AWS after 5 attempts/);
    expect(err.message).toContain('(request id req-1)');
    expect(err.cause).toBe(throttled);
  });

  it('notes a call that succeeded only after the SDK retried it, and nothing for a first-try success', async () => {
    expect(await awsCall('ssm', 'GetParameters', async () => ({ $metadata: { attempts: 3 } }), note)).toEqual(
      {
        $metadata: { attempts: 3 },
      },
    );
    await awsCall('ssm', 'GetParameters', async () => ({ $metadata: { attempts: 1 } }), note);
    expect(retries).toEqual([
      'ssm:GetParameters succeeded after 3 attempts (the SDK retried throttling or a transient error)',
    ]);
  });

  it('does not retry a 5xx (the SDK already did) and names the failure and request id', async () => {
    ecMock.on(DescribeCacheClustersCommand).rejects(
      new ElastiCacheServiceException({
        name: 'InternalFailure',
        $fault: 'server',
        message: 'internal error',
        $metadata: meta(500),
      }),
    );
    const err = await failure(ec().describeCacheCluster('x-001'));
    expect(ecMock.commandCalls(DescribeCacheClustersCommand)).toHaveLength(1);
    expect(err.message).toBe(
      'ElastiCache DescribeCacheClusters failed on the AWS side after 1 attempt (InternalFailure, HTTP 500); re-run later. AWS said: internal error (request id req-1)',
    );
  });

  it('says to configure credentials when they are missing or expired', async () => {
    ssmMock.on(GetParametersCommand).rejects(
      new SSMServiceException({
        name: 'ExpiredTokenException',
        $fault: 'client',
        message: 'The security token included in the request is expired',
        $metadata: meta(),
      }),
    );
    const err = await failure(ssm().getParameters(['/p/A']));
    expect(err.causeName).toBe('ExpiredTokenException');
    expect(err.message).toMatch(/no valid AWS credentials \(ExpiredTokenException\)/);
    expect(err.message).toContain('aws-actions/configure-aws-credentials');
  });

  it('says AWS could not be reached on a refused connection, and does not retry it itself', async () => {
    logsMock
      .on(DescribeLogGroupsCommand)
      .rejects(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }));
    const err = await failure(logs().describeLogGroups('/aws/elasticache/x/'));
    expect(logsMock.commandCalls(DescribeLogGroupsCommand)).toHaveLength(1);
    expect(err.message).toMatch(
      /^CloudWatch Logs DescribeLogGroups could not reach AWS after 1 attempt \(ECONNREFUSED\)/,
    );
    expect(err.message).toContain('AWS_ENDPOINT_URL');
  });
});

describe('ElastiCache adapter: errors, pages and defaults', () => {
  describe('describeReplicationGroup', () => {
    it('is undefined when the answer lists no group', async () => {
      ecMock.on(DescribeReplicationGroupsCommand).resolves({});
      expect(await ec().describeReplicationGroup('x')).toBeUndefined();
    });

    it('names elasticache:DescribeReplicationGroups on AccessDenied', async () => {
      ecMock.on(DescribeReplicationGroupsCommand).rejects(ecDenied());
      expectDenied(
        await failure(ec().describeReplicationGroup('x')),
        'elasticache:DescribeReplicationGroups',
      );
    });

    it('does not take another fault (a bad id) for "absent"', async () => {
      ecMock
        .on(DescribeReplicationGroupsCommand)
        .rejects(new InvalidParameterValueException({ message: 'bad id', $metadata: meta() }));
      expect((await failure(ec().describeReplicationGroup('x'))).causeName).toBe(
        'InvalidParameterValueException',
      );
    });
  });

  describe('describeCacheCluster', () => {
    it('asks for node info and returns the first cluster', async () => {
      ecMock.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [{ CacheClusterId: 'x-001' }] });
      expect((await ec().describeCacheCluster('x-001'))?.CacheClusterId).toBe('x-001');
      expect(ecMock.commandCalls(DescribeCacheClustersCommand)[0]!.args[0].input).toEqual({
        CacheClusterId: 'x-001',
        ShowCacheNodeInfo: true,
      });
    });

    it('maps CacheClusterNotFoundFault (a member being removed) and an empty answer to undefined', async () => {
      ecMock
        .on(DescribeCacheClustersCommand)
        .rejectsOnce(new CacheClusterNotFoundFault({ message: 'x-003 not found', $metadata: meta(404) }))
        .resolvesOnce({});
      expect(await ec().describeCacheCluster('x-003')).toBeUndefined();
      expect(await ec().describeCacheCluster('x-003')).toBeUndefined();
    });

    it('names elasticache:DescribeCacheClusters on AccessDenied', async () => {
      ecMock.on(DescribeCacheClustersCommand).rejects(ecDenied());
      expectDenied(await failure(ec().describeCacheCluster('x-001')), 'elasticache:DescribeCacheClusters');
    });
  });

  describe('tags', () => {
    const arn = 'arn:aws:elasticache:eu-west-1:123456789012:replicationgroup:x';

    it('lists tags as a record, with empty strings for missing keys or values', async () => {
      ecMock
        .on(ListTagsForResourceCommand)
        .resolvesOnce({ TagList: [{ Key: 'ManagedBy', Value: 'django-redis-action' }, { Key: 'Empty' }, {}] })
        .resolvesOnce({});
      expect(await ec().listTags(arn)).toEqual({ ManagedBy: 'django-redis-action', Empty: '', '': '' });
      expect(await ec().listTags(arn)).toEqual({});
      expect(ecMock.commandCalls(ListTagsForResourceCommand)[0]!.args[0].input).toEqual({
        ResourceName: arn,
      });
    });

    it('names elasticache:ListTagsForResource on AccessDenied', async () => {
      ecMock.on(ListTagsForResourceCommand).rejects(ecDenied());
      expectDenied(await failure(ec().listTags(arn)), 'elasticache:ListTagsForResource');
    });

    it('adds tags as a tag list, and fails with the cause on a bad ARN', async () => {
      ecMock
        .on(EcAddTagsToResourceCommand)
        .resolvesOnce({})
        .rejectsOnce(new InvalidARNFault({ message: 'bad arn', $metadata: meta() }));
      await ec().addTags(arn, { Team: 'web' });
      expect(ecMock.commandCalls(EcAddTagsToResourceCommand)[0]!.args[0].input).toEqual({
        ResourceName: arn,
        Tags: [{ Key: 'Team', Value: 'web' }],
      });
      const err = await failure(ec().addTags('arn:bad', { Team: 'web' }));
      expect(err.causeName).toBe('InvalidARNFault');
      expect(err.iamAction).toBe('elasticache:AddTagsToResource');
    });

    it('removes tags; a key the resource does not carry (TagNotFoundFault) is fine', async () => {
      ecMock
        .on(EcRemoveTagsFromResourceCommand)
        .rejects(new TagNotFoundFault({ message: 'Tag Team not found', $metadata: meta(404) }));
      await expect(ec().removeTags(arn, ['Team'])).resolves.toBeUndefined();
      expect(ecMock.commandCalls(EcRemoveTagsFromResourceCommand)[0]!.args[0].input).toEqual({
        ResourceName: arn,
        TagKeys: ['Team'],
      });
    });

    it('does not swallow another failure of RemoveTagsFromResource', async () => {
      ecMock.on(EcRemoveTagsFromResourceCommand).rejects(ecDenied());
      expectDenied(await failure(ec().removeTags(arn, ['Team'])), 'elasticache:RemoveTagsFromResource');
    });
  });

  describe('replication group writes', () => {
    it('returns the created group', async () => {
      ecMock.on(CreateReplicationGroupCommand).resolves({ ReplicationGroup: { ReplicationGroupId: 'x' } });
      const rg = await ec().createReplicationGroup({
        ReplicationGroupId: 'x',
        ReplicationGroupDescription: 'd',
      });
      expect(rg?.ReplicationGroupId).toBe('x');
    });

    it('fails on ReplicationGroupAlreadyExistsFault and quota faults (never reported as created)', async () => {
      ecMock
        .on(CreateReplicationGroupCommand)
        .rejectsOnce(new ReplicationGroupAlreadyExistsFault({ message: 'exists', $metadata: meta() }))
        .rejectsOnce(new NodeQuotaForCustomerExceededFault({ message: 'quota', $metadata: meta() }));
      const request = { ReplicationGroupId: 'x', ReplicationGroupDescription: 'd' };
      expect((await failure(ec().createReplicationGroup(request))).causeName).toBe(
        'ReplicationGroupAlreadyExistsFault',
      );
      const quota = await failure(ec().createReplicationGroup(request));
      expect(quota.message).toBe(
        'ElastiCache CreateReplicationGroup failed: NodeQuotaForCustomerExceededFault: quota (request id req-1)',
      );
    });

    it('does not treat other InvalidParameterCombination messages as a no-op modify', async () => {
      ecMock.on(ModifyReplicationGroupCommand).rejects(
        new InvalidParameterCombinationException({
          message: 'Cannot enable Multi-AZ without automatic failover',
          $metadata: meta(),
        }),
      );
      const err = await failure(
        ec().modifyReplicationGroup({ ReplicationGroupId: 'x', MultiAZEnabled: true }),
      );
      expect(err.causeName).toBe('InvalidParameterCombinationException');
    });

    it('fails a modify of a busy group (InvalidReplicationGroupStateFault) without retrying', async () => {
      ecMock.on(ModifyReplicationGroupCommand).rejects(
        new InvalidReplicationGroupStateFault({
          message: 'Replication group must be in available state',
          $metadata: meta(),
        }),
      );
      const err = await failure(ec().modifyReplicationGroup({ ReplicationGroupId: 'x' }));
      expect(err.causeName).toBe('InvalidReplicationGroupStateFault');
      expect(ecMock.commandCalls(ModifyReplicationGroupCommand)).toHaveLength(1);
    });

    it('changes the replica count immediately, and names the IAM action when denied', async () => {
      ecMock.on(IncreaseReplicaCountCommand).resolvesOnce({}).rejectsOnce(ecDenied());
      ecMock.on(DecreaseReplicaCountCommand).resolvesOnce({}).rejectsOnce(ecDenied());
      await ec().increaseReplicaCount('x', 3);
      await ec().decreaseReplicaCount('x', 1);
      expect(ecMock.commandCalls(IncreaseReplicaCountCommand)[0]!.args[0].input).toEqual({
        ReplicationGroupId: 'x',
        NewReplicaCount: 3,
        ApplyImmediately: true,
      });
      expect(ecMock.commandCalls(DecreaseReplicaCountCommand)[0]!.args[0].input).toEqual({
        ReplicationGroupId: 'x',
        NewReplicaCount: 1,
        ApplyImmediately: true,
      });
      expectDenied(await failure(ec().increaseReplicaCount('x', 3)), 'elasticache:IncreaseReplicaCount');
      expectDenied(await failure(ec().decreaseReplicaCount('x', 1)), 'elasticache:DecreaseReplicaCount');
    });
  });

  describe('recentEvents', () => {
    it('reads the group and every member since the given time, oldest first', async () => {
      ecMock
        .on(DescribeEventsCommand, { SourceType: 'replication-group' })
        .resolves({
          Events: [
            { Date: new Date('2026-01-01T00:00:02Z'), SourceIdentifier: 'x', Message: 'modifying' },
            { Message: 'undated' },
          ],
        })
        .on(DescribeEventsCommand, { SourceType: 'cache-cluster', SourceIdentifier: 'x-001' })
        .resolves({ Events: [{ Date: new Date('2026-01-01T00:00:01Z'), SourceIdentifier: 'x-001' }] })
        .on(DescribeEventsCommand, { SourceType: 'cache-cluster', SourceIdentifier: 'x-002' })
        .resolves({});
      const lines = await ec().recentEvents('x', ['x-001', 'x-002'], Date.parse('2026-01-01T00:00:00Z'));
      expect(lines).toEqual([
        'x: undated',
        '2026-01-01T00:00:01.000Z x-001:',
        '2026-01-01T00:00:02.000Z x: modifying',
      ]);
      expect(ecMock.commandCalls(DescribeEventsCommand).map((c) => c.args[0].input)).toEqual([
        {
          SourceType: 'replication-group',
          SourceIdentifier: 'x',
          StartTime: new Date('2026-01-01T00:00:00Z'),
        },
        {
          SourceType: 'cache-cluster',
          SourceIdentifier: 'x-001',
          StartTime: new Date('2026-01-01T00:00:00Z'),
        },
        {
          SourceType: 'cache-cluster',
          SourceIdentifier: 'x-002',
          StartTime: new Date('2026-01-01T00:00:00Z'),
        },
      ]);
    });

    it('names elasticache:DescribeEvents on AccessDenied', async () => {
      ecMock.on(DescribeEventsCommand).rejects(ecDenied());
      expectDenied(await failure(ec().recentEvents('x', [], 0)), 'elasticache:DescribeEvents');
    });
  });

  describe('subnet groups', () => {
    it('maps a subnet group to its VPC, subnets and zones; missing fields become empty', async () => {
      ecMock
        .on(DescribeCacheSubnetGroupsCommand)
        .resolvesOnce({
          CacheSubnetGroups: [
            {
              CacheSubnetGroupName: 'x-subnets',
              VpcId: 'vpc-1',
              Subnets: [
                { SubnetIdentifier: 'subnet-a', SubnetAvailabilityZone: { Name: 'eu-west-1a' } },
                { SubnetIdentifier: 'subnet-b' },
                {},
              ],
            },
          ],
        })
        .resolvesOnce({ CacheSubnetGroups: [{}] })
        .resolvesOnce({ CacheSubnetGroups: [] });
      expect(await ec().describeSubnetGroup('x-subnets')).toEqual({
        name: 'x-subnets',
        vpcId: 'vpc-1',
        subnetIds: ['subnet-a', 'subnet-b'],
        subnetZones: { 'subnet-a': 'eu-west-1a', 'subnet-b': '', '': '' },
      });
      expect(await ec().describeSubnetGroup('y-subnets')).toEqual({
        name: 'y-subnets',
        vpcId: '',
        subnetIds: [],
        subnetZones: {},
      });
      expect(await ec().describeSubnetGroup('z-subnets')).toBeUndefined();
    });

    it('maps CacheSubnetGroupNotFoundFault to undefined, but not AccessDenied', async () => {
      ecMock
        .on(DescribeCacheSubnetGroupsCommand)
        .rejectsOnce(new CacheSubnetGroupNotFoundFault({ message: 'not found', $metadata: meta(404) }))
        .rejectsOnce(ecDenied());
      expect(await ec().describeSubnetGroup('x-subnets')).toBeUndefined();
      expectDenied(
        await failure(ec().describeSubnetGroup('x-subnets')),
        'elasticache:DescribeCacheSubnetGroups',
      );
    });

    it('creates with tags; an existing group of that name is an error, not adopted', async () => {
      ecMock
        .on(CreateCacheSubnetGroupCommand)
        .resolvesOnce({})
        .rejectsOnce(new CacheSubnetGroupAlreadyExistsFault({ message: 'exists', $metadata: meta() }));
      await ec().createSubnetGroup('x-subnets', 'd', ['subnet-a'], { Team: 'web' });
      expect(ecMock.commandCalls(CreateCacheSubnetGroupCommand)[0]!.args[0].input).toEqual({
        CacheSubnetGroupName: 'x-subnets',
        CacheSubnetGroupDescription: 'd',
        SubnetIds: ['subnet-a'],
        Tags: [{ Key: 'Team', Value: 'web' }],
      });
      const err = await failure(ec().createSubnetGroup('x-subnets', 'd', ['subnet-a'], {}));
      expect(err.causeName).toBe('CacheSubnetGroupAlreadyExistsFault');
    });

    it('modifies the subnets, and names elasticache:ModifyCacheSubnetGroup when denied', async () => {
      ecMock.on(ModifyCacheSubnetGroupCommand).resolvesOnce({}).rejectsOnce(ecDenied());
      await ec().modifySubnetGroup('x-subnets', ['subnet-a', 'subnet-b']);
      expect(ecMock.commandCalls(ModifyCacheSubnetGroupCommand)[0]!.args[0].input).toEqual({
        CacheSubnetGroupName: 'x-subnets',
        SubnetIds: ['subnet-a', 'subnet-b'],
      });
      expectDenied(
        await failure(ec().modifySubnetGroup('x-subnets', ['subnet-a'])),
        'elasticache:ModifyCacheSubnetGroup',
      );
    });
  });

  describe('parameter groups', () => {
    it('follows markers over every page and skips unnamed parameters', async () => {
      ecMock
        .on(DescribeCacheParametersCommand)
        .resolvesOnce({ Parameters: [{ ParameterName: 'timeout', ParameterValue: '300' }], Marker: 'm1' })
        .resolvesOnce({ Parameters: [{ ParameterValue: 'orphan' }], Marker: 'm2' })
        .resolvesOnce({ Parameters: [{ ParameterName: 'tcp-keepalive' }] });
      expect(await ec().describeUserParameters('pg')).toEqual({ timeout: '300', 'tcp-keepalive': undefined });
      expect(ecMock.commandCalls(DescribeCacheParametersCommand).map((c) => c.args[0].input.Marker)).toEqual([
        undefined,
        'm1',
        'm2',
      ]);
    });

    it('is an empty record for a group with no user-set parameter', async () => {
      ecMock.on(DescribeCacheParametersCommand).resolves({});
      expect(await ec().describeUserParameters('pg')).toEqual({});
    });

    it('maps CacheParameterGroupNotFoundFault to undefined, even on a later page', async () => {
      ecMock
        .on(DescribeCacheParametersCommand)
        .resolvesOnce({ Parameters: [{ ParameterName: 'timeout', ParameterValue: '300' }], Marker: 'm1' })
        .rejectsOnce(new CacheParameterGroupNotFoundFault({ message: 'not found', $metadata: meta(404) }));
      expect(await ec().describeUserParameters('pg')).toBeUndefined();
    });

    it('names elasticache:DescribeCacheParameters on AccessDenied', async () => {
      ecMock.on(DescribeCacheParametersCommand).rejects(ecDenied());
      expectDenied(await failure(ec().describeUserParameters('pg')), 'elasticache:DescribeCacheParameters');
    });

    it('creates in the family with tags; an existing group is an error', async () => {
      ecMock
        .on(CreateCacheParameterGroupCommand)
        .resolvesOnce({})
        .rejectsOnce(new CacheParameterGroupAlreadyExistsFault({ message: 'exists', $metadata: meta() }));
      await ec().createParameterGroup('x-redis7', 'redis7', 'd', { Team: 'web' });
      expect(ecMock.commandCalls(CreateCacheParameterGroupCommand)[0]!.args[0].input).toEqual({
        CacheParameterGroupName: 'x-redis7',
        CacheParameterGroupFamily: 'redis7',
        Description: 'd',
        Tags: [{ Key: 'Team', Value: 'web' }],
      });
      expect((await failure(ec().createParameterGroup('x-redis7', 'redis7', 'd', {}))).causeName).toBe(
        'CacheParameterGroupAlreadyExistsFault',
      );
    });

    it('stops at the first chunk that fails and sends no further chunk', async () => {
      ecMock
        .on(ModifyCacheParameterGroupCommand)
        .resolvesOnce({})
        .rejectsOnce(new InvalidCacheParameterGroupStateFault({ message: 'busy', $metadata: meta() }));
      const params = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`p${i}`, String(i)]));
      const err = await failure(ec().modifyParameters('pg', params));
      expect(err.causeName).toBe('InvalidCacheParameterGroupStateFault');
      expect(ecMock.commandCalls(ModifyCacheParameterGroupCommand)).toHaveLength(2);
    });

    it('sends nothing for no parameters', async () => {
      await ec().modifyParameters('pg', {});
      expect(ecMock.commandCalls(ModifyCacheParameterGroupCommand)).toHaveLength(0);
    });
  });
});

describe('toObservedGroup', () => {
  it('fills safe defaults for a group AWS describes with almost nothing', () => {
    const g = toObservedGroup({}, undefined, {});
    expect(g).toMatchObject({
      id: '',
      arn: '',
      status: 'unknown',
      nodeType: undefined,
      engine: undefined,
      memberClusters: [],
      members: [],
      atRestEncryptionEnabled: false,
      transitEncryptionEnabled: false,
      authTokenEnabled: false,
      clusterEnabled: false,
      dataTiering: false,
      port: undefined,
      primaryEndpoint: undefined,
      readerEndpoint: undefined,
      notificationTopicArn: undefined,
      securityGroupIds: [],
      logDelivery: [],
      pendingAuthTokenStatus: undefined,
      authTokenLastModified: undefined,
    });
  });

  it('reads when the AUTH token last changed, and a token change under way', () => {
    const g = toObservedGroup(
      {
        AuthTokenEnabled: true,
        AuthTokenLastModifiedDate: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)),
        PendingModifiedValues: { AuthTokenStatus: 'ROTATING' },
      },
      undefined,
      {},
    );
    expect(g.authTokenLastModified).toBe(Date.UTC(2026, 0, 2, 3, 4, 5, 678));
    expect(g.pendingAuthTokenStatus).toBe('ROTATING');
  });

  it('falls back to the first member for node type, engine and port, and reads its status', () => {
    const g = toObservedGroup(
      {
        ReplicationGroupId: 'x',
        MemberClusters: ['x-001', 'x-002', 'x-003'],
        NodeGroups: [{ PrimaryEndpoint: { Address: 'primary.example' }, ReaderEndpoint: { Address: 'ro' } }],
        LogDeliveryConfigurations: [{ LogType: 'slow-log' }],
        DataTiering: 'enabled',
      },
      {
        CacheClusterId: 'x-001',
        CacheClusterStatus: 'available',
        CacheNodeType: 'cache.t4g.micro',
        Engine: 'valkey',
        CacheNodes: [{ Endpoint: { Port: 6380 } }],
        NotificationConfiguration: { TopicArn: 'arn:aws:sns:eu-west-1:1:t', TopicStatus: 'inactive' },
        SecurityGroups: [{ SecurityGroupId: 'sg-1' }, {}],
      },
      {},
    );
    expect(g.nodeType).toBe('cache.t4g.micro');
    expect(g.engine).toBe('valkey');
    expect(g.port).toBe(6380);
    expect(g.dataTiering).toBe(true);
    expect(g.primaryEndpoint).toEqual({ address: 'primary.example', port: 0 });
    expect(g.readerEndpoint).toEqual({ address: 'ro', port: 0 });
    expect(g.notificationTopicArn).toBeUndefined();
    expect(g.securityGroupIds).toEqual(['sg-1']);
    expect(g.logDelivery).toEqual([
      {
        logType: 'slow-log',
        destinationType: '',
        logGroup: undefined,
        logFormat: undefined,
        status: undefined,
      },
    ]);
    expect(g.members).toEqual([
      { id: 'x-001', status: 'available', pendingNodeType: undefined, pendingEngineVersion: undefined },
      // Observe describes only the first member (constant reads at any node count); the executor
      // meets a busy one when AWS refuses a change and waits for it then.
      { id: 'x-002', status: 'unknown', pendingNodeType: undefined, pendingEngineVersion: undefined },
      { id: 'x-003', status: 'unknown', pendingNodeType: undefined, pendingEngineVersion: undefined },
    ]);
  });
});

describe('SSM adapter: errors, batches and defaults', () => {
  it('reads at most 10 names per GetParameters call, with decryption, leaving absent names out', async () => {
    ssmMock
      .on(GetParametersCommand)
      .resolvesOnce({
        Parameters: [
          {
            Name: '/p/0',
            Value: 'v0',
            Type: 'SecureString',
            Version: 3,
            LastModifiedDate: new Date(Date.UTC(2026, 0, 2)),
          },
          { Name: '/p/1' },
          { Value: 'nameless' },
        ],
        InvalidParameters: ['/p/2'],
      })
      .resolvesOnce({})
      .resolvesOnce({ Parameters: [{ Name: '/p/20', Value: 'v20', Type: 'String', Version: 1 }] });
    const names = Array.from({ length: 21 }, (_, i) => `/p/${i}`);
    expect(await ssm().getParameters(names)).toEqual({
      '/p/0': { value: 'v0', type: 'SecureString', version: 3, lastModified: Date.UTC(2026, 0, 2) },
      '/p/1': { value: '', type: 'String', version: undefined, lastModified: undefined },
      '/p/20': { value: 'v20', type: 'String', version: 1, lastModified: undefined },
    });
    const inputs = ssmMock.commandCalls(GetParametersCommand).map((c) => c.args[0].input);
    expect(inputs.map((i) => i.Names?.length)).toEqual([10, 10, 1]);
    expect(inputs.every((i) => i.WithDecryption === true)).toBe(true);
  });

  it('makes no call for no names', async () => {
    expect(await ssm().getParameters([])).toEqual({});
    expect(ssmMock.commandCalls(GetParametersCommand)).toHaveLength(0);
  });

  it('names ssm:GetParameters on AccessDeniedException (e.g. kms:Decrypt missing is reported by SSM)', async () => {
    ssmMock.on(GetParametersCommand).rejects(ssmDenied());
    expectDenied(await failure(ssm().getParameters(['/p/A'])), 'ssm:GetParameters');
  });

  it('does not overwrite when the create fails for another reason than ParameterAlreadyExists', async () => {
    ssmMock.on(PutParameterCommand).rejects(
      new HierarchyTypeMismatchException({
        message: 'The parameter type cannot be changed',
        $metadata: meta(),
      }),
    );
    const err = await failure(ssm().putParameter('/p/A', 'v', true, undefined, {}, 'd'));
    expect(err.causeName).toBe('HierarchyTypeMismatchException');
    expect(ssmMock.commandCalls(PutParameterCommand)).toHaveLength(1);
    expect(ssmMock.commandCalls(SsmAddTagsToResourceCommand)).toHaveLength(0);
  });

  it('does not tag when the overwrite fails', async () => {
    ssmMock.on(PutParameterCommand).rejects(ssmDenied());
    expectDenied(
      await failure(ssm().putParameter('/p/A', 'v', false, 'String', {}, 'd')),
      'ssm:PutParameter',
    );
    expect(ssmMock.commandCalls(PutParameterCommand)[0]!.args[0].input.Overwrite).toBe(true);
    expect(ssmMock.commandCalls(SsmAddTagsToResourceCommand)).toHaveLength(0);
  });

  it('fails a successful overwrite whose tagging is denied (the tags are part of the result)', async () => {
    ssmMock.on(PutParameterCommand).resolves({ Version: 2 });
    ssmMock.on(SsmAddTagsToResourceCommand).rejects(ssmDenied());
    expectDenied(
      await failure(ssm().putParameter('/p/A', 'v', false, 'String', { Team: 'web' }, 'd')),
      'ssm:AddTagsToResource',
    );
  });

  it('replacing a parameter of another type: one already deleted meanwhile is fine', async () => {
    ssmMock.on(DeleteParameterCommand).rejects(new ParameterNotFound({ message: 'gone', $metadata: meta() }));
    ssmMock.on(PutParameterCommand).resolves({ Version: 1 });
    await ssm().putParameter('/p/URL', 'rediss://:t@h:6379/0', true, 'String', { Team: 'web' }, 'd');
    expect(ssmMock.commandCalls(PutParameterCommand).map((c) => c.args[0].input.Tags)).toEqual([
      [{ Key: 'Team', Value: 'web' }],
    ]);
  });

  it('replacing a parameter of another type: a denied delete stops before any write', async () => {
    ssmMock.on(DeleteParameterCommand).rejects(ssmDenied());
    expectDenied(
      await failure(ssm().putParameter('/p/URL', 'rediss://:t@h:6379/0', true, 'String', {}, 'd')),
      'ssm:DeleteParameter',
    );
    expect(ssmMock.commandCalls(PutParameterCommand)).toHaveLength(0);
  });

  it('deletes a parameter; ParameterNotFound is fine, any other failure is not', async () => {
    ssmMock
      .on(DeleteParameterCommand)
      .resolvesOnce({})
      .rejectsOnce(new ParameterNotFound({ message: 'gone', $metadata: meta() }))
      .rejectsOnce(ssmDenied());
    await ssm().deleteParameter('/p/AUTH_TOKEN_PENDING');
    await ssm().deleteParameter('/p/AUTH_TOKEN_PENDING');
    expectDenied(await failure(ssm().deleteParameter('/p/AUTH_TOKEN_PENDING')), 'ssm:DeleteParameter');
    expect(ssmMock.commandCalls(DeleteParameterCommand)[0]!.args[0].input).toEqual({
      Name: '/p/AUTH_TOKEN_PENDING',
    });
  });

  it('tags and untags a parameter by name, and reports an unknown parameter', async () => {
    ssmMock
      .on(SsmRemoveTagsFromResourceCommand)
      .resolvesOnce({})
      .rejectsOnce(new InvalidResourceId({ message: 'no such parameter', $metadata: meta() }));
    await ssm().untag('/p/A', ['Team']);
    expect(ssmMock.commandCalls(SsmRemoveTagsFromResourceCommand)[0]!.args[0].input).toEqual({
      ResourceType: 'Parameter',
      ResourceId: '/p/A',
      TagKeys: ['Team'],
    });
    const err = await failure(ssm().untag('/p/B', ['Team']));
    expect(err.causeName).toBe('InvalidResourceId');
    expect(err.iamAction).toBe('ssm:RemoveTagsFromResource');
  });

  it('reports ParameterAlreadyExists raised by an overwrite as an error (never loops)', async () => {
    ssmMock
      .on(PutParameterCommand)
      .rejects(new ParameterAlreadyExists({ message: 'exists', $metadata: meta() }));
    const err = await failure(ssm().putParameter('/p/A', 'v', false, undefined, {}, 'd'));
    expect(err.causeName).toBe('ParameterAlreadyExists');
    expect(ssmMock.commandCalls(PutParameterCommand).map((c) => c.args[0].input.Overwrite)).toEqual([
      undefined,
      true,
    ]);
  });
});

describe('SSM adapter: a secret is stored once, never overwritten', () => {
  const exists = () =>
    new ParameterAlreadyExists({ message: 'The parameter already exists.', $metadata: meta() });

  it('creates it as a tagged SecureString without Overwrite', async () => {
    ssmMock.on(PutParameterCommand).resolves({ Version: 1 });
    expect(await ssm().createSecretOnce('/p/AUTH_TOKEN', 'mine', { Team: 'web' }, 'd')).toEqual({
      value: 'mine',
      type: 'SecureString',
      version: 1,
    });
    expect(ssmMock.commandCalls(PutParameterCommand).map((c) => c.args[0].input)).toEqual([
      {
        Name: '/p/AUTH_TOKEN',
        Value: 'mine',
        Type: 'SecureString',
        Description: 'd',
        Tags: [{ Key: 'Team', Value: 'web' }],
      },
    ]);
  });

  it('returns the one another run stored first, and writes nothing more', async () => {
    ssmMock.on(PutParameterCommand).rejects(exists());
    ssmMock.on(GetParametersCommand).resolves({
      Parameters: [{ Name: '/p/AUTH_TOKEN', Value: 'theirs', Type: 'SecureString', Version: 1 }],
    });
    expect(await ssm().createSecretOnce('/p/AUTH_TOKEN', 'mine', {}, 'd')).toMatchObject({
      value: 'theirs',
      version: 1,
    });
    expect(ssmMock.commandCalls(PutParameterCommand)).toHaveLength(1);
    expect(ssmMock.commandCalls(SsmAddTagsToResourceCommand)).toHaveLength(0);
  });

  it('fails with ParameterAlreadyExists when the stored one is gone again before it could be read', async () => {
    ssmMock.on(PutParameterCommand).rejects(exists());
    ssmMock.on(GetParametersCommand).resolves({ InvalidParameters: ['/p/AUTH_TOKEN'] });
    const err = await failure(ssm().createSecretOnce('/p/AUTH_TOKEN', 'mine', {}, 'd'));
    expect(err.causeName).toBe('ParameterAlreadyExists');
    expect(err.iamAction).toBe('ssm:PutParameter');
  });

  it('names the IAM action when the create, or the read of the stored one, is denied', async () => {
    ssmMock.on(PutParameterCommand).rejectsOnce(ssmDenied()).rejects(exists());
    expectDenied(await failure(ssm().createSecretOnce('/p/A', 'mine', {}, 'd')), 'ssm:PutParameter');
    ssmMock.on(GetParametersCommand).rejects(ssmDenied());
    expectDenied(await failure(ssm().createSecretOnce('/p/A', 'mine', {}, 'd')), 'ssm:GetParameters');
  });
});

describe('CloudWatch Logs adapter', () => {
  it('follows nextToken over every page; a group without retention never expires', async () => {
    logsMock
      .on(DescribeLogGroupsCommand)
      .resolvesOnce({
        logGroups: [{ logGroupName: '/aws/elasticache/x/slow-log', retentionInDays: 30 }, {}],
        nextToken: 't1',
      })
      .resolvesOnce({ nextToken: 't2' })
      .resolvesOnce({ logGroups: [{ logGroupName: '/aws/elasticache/x/engine-log' }] });
    expect(await logs().describeLogGroups('/aws/elasticache/x/')).toEqual({
      '/aws/elasticache/x/slow-log': 30,
      '/aws/elasticache/x/engine-log': undefined,
    });
    expect(logsMock.commandCalls(DescribeLogGroupsCommand).map((c) => c.args[0].input)).toEqual([
      { logGroupNamePrefix: '/aws/elasticache/x/', nextToken: undefined },
      { logGroupNamePrefix: '/aws/elasticache/x/', nextToken: 't1' },
      { logGroupNamePrefix: '/aws/elasticache/x/', nextToken: 't2' },
    ]);
  });

  it('names logs:DescribeLogGroups on AccessDeniedException', async () => {
    logsMock
      .on(DescribeLogGroupsCommand)
      .rejects(new LogsAccessDeniedException({ message: 'not authorized', $metadata: meta() }));
    expectDenied(await failure(logs().describeLogGroups('/aws/elasticache/x/')), 'logs:DescribeLogGroups');
  });

  it('creates a group with tags; ResourceAlreadyExistsException (a concurrent run) is fine', async () => {
    logsMock
      .on(CreateLogGroupCommand)
      .resolvesOnce({})
      .rejectsOnce(new ResourceAlreadyExistsException({ message: 'exists', $metadata: meta() }));
    await logs().createLogGroup('/aws/elasticache/x/slow-log', { Team: 'web' });
    await expect(logs().createLogGroup('/aws/elasticache/x/slow-log', {})).resolves.toBeUndefined();
    expect(logsMock.commandCalls(CreateLogGroupCommand)[0]!.args[0].input).toEqual({
      logGroupName: '/aws/elasticache/x/slow-log',
      tags: { Team: 'web' },
    });
  });

  it('fails CreateLogGroup on a quota or a denial', async () => {
    logsMock
      .on(CreateLogGroupCommand)
      .rejectsOnce(new LogsLimitExceededException({ message: 'too many log groups', $metadata: meta() }))
      .rejectsOnce(new LogsAccessDeniedException({ message: 'not authorized', $metadata: meta() }));
    expect((await failure(logs().createLogGroup('/g', {}))).causeName).toBe('LimitExceededException');
    expectDenied(await failure(logs().createLogGroup('/g', {})), 'logs:CreateLogGroup');
  });

  it('sets and removes retention, and reports a rejected value or a missing group', async () => {
    logsMock
      .on(PutRetentionPolicyCommand)
      .resolvesOnce({})
      .rejectsOnce(new LogsInvalidParameterException({ message: 'bad retention', $metadata: meta() }));
    logsMock
      .on(DeleteRetentionPolicyCommand)
      .resolvesOnce({})
      .rejectsOnce(new LogsResourceNotFoundException({ message: 'no such group', $metadata: meta() }));
    await logs().putRetention('/g', 30);
    await logs().deleteRetention('/g');
    expect(logsMock.commandCalls(PutRetentionPolicyCommand)[0]!.args[0].input).toEqual({
      logGroupName: '/g',
      retentionInDays: 30,
    });
    expect(logsMock.commandCalls(DeleteRetentionPolicyCommand)[0]!.args[0].input).toEqual({
      logGroupName: '/g',
    });
    expect((await failure(logs().putRetention('/g', 2))).causeName).toBe('InvalidParameterException');
    expect((await failure(logs().deleteRetention('/g'))).causeName).toBe('ResourceNotFoundException');
  });

  it('tags and untags by ARN, naming the IAM action when denied', async () => {
    const arn = 'arn:aws:logs:eu-west-1:123456789012:log-group:/g';
    const denied = new CloudWatchLogsServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      message: 'not authorized',
      $metadata: meta(),
    });
    logsMock.on(LogsTagResourceCommand).resolvesOnce({}).rejectsOnce(denied);
    logsMock.on(LogsUntagResourceCommand).resolvesOnce({}).rejectsOnce(denied);
    await logs().tag(arn, { Team: 'web' });
    await logs().untag(arn, ['Team']);
    expect(logsMock.commandCalls(LogsTagResourceCommand)[0]!.args[0].input).toEqual({
      resourceArn: arn,
      tags: { Team: 'web' },
    });
    expect(logsMock.commandCalls(LogsUntagResourceCommand)[0]!.args[0].input).toEqual({
      resourceArn: arn,
      tagKeys: ['Team'],
    });
    expectDenied(await failure(logs().tag(arn, {})), 'logs:TagResource');
    expectDenied(await failure(logs().untag(arn, ['Team'])), 'logs:UntagResource');
  });
});

describe('EC2 adapter: errors, pages and defaults', () => {
  it('names ec2:DescribeSubnets on UnauthorizedOperation, and reports an unknown subnet', async () => {
    ec2Mock
      .on(DescribeSubnetsCommand)
      .rejectsOnce(ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.'))
      .rejectsOnce(ec2Error('InvalidSubnetID.NotFound', "The subnet ID 'subnet-x' does not exist"))
      .resolvesOnce({});
    expectDenied(await failure(ec2().describeSubnets(['subnet-x'])), 'ec2:DescribeSubnets');
    const err = await failure(ec2().describeSubnets(['subnet-x']));
    expect(err.causeName).toBe('InvalidSubnetID.NotFound');
    expect(err.message).toContain("The subnet ID 'subnet-x' does not exist");
    expect(await ec2().describeSubnets(['subnet-x'])).toEqual([]);
  });

  it('follows NextToken over every page of route tables', async () => {
    ec2Mock
      .on(DescribeRouteTablesCommand)
      .resolvesOnce({ RouteTables: [{ RouteTableId: 'rtb-1' }], NextToken: 'n1' })
      .resolvesOnce({ NextToken: 'n2' })
      .resolvesOnce({ RouteTables: [{ RouteTableId: 'rtb-2' }] });
    const tables = await ec2().describeRouteTables('vpc-1');
    expect(tables.map((t) => t.RouteTableId)).toEqual(['rtb-1', 'rtb-2']);
    expect(ec2Mock.commandCalls(DescribeRouteTablesCommand).map((c) => c.args[0].input)).toEqual([
      { Filters: [{ Name: 'vpc-id', Values: ['vpc-1'] }], NextToken: undefined },
      { Filters: [{ Name: 'vpc-id', Values: ['vpc-1'] }], NextToken: 'n1' },
      { Filters: [{ Name: 'vpc-id', Values: ['vpc-1'] }], NextToken: 'n2' },
    ]);
  });

  it('finds security groups by name, none being an empty list', async () => {
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({});
    expect(await ec2().findSecurityGroups('x-redis')).toEqual([]);
    expect(ec2Mock.commandCalls(DescribeSecurityGroupsCommand)[0]!.args[0].input).toEqual({
      Filters: [{ Name: 'group-name', Values: ['x-redis'] }],
    });
  });

  it('follows NextToken when looking security groups up by id (missing ids are simply absent)', async () => {
    ec2Mock
      .on(DescribeSecurityGroupsCommand)
      .resolvesOnce({ SecurityGroups: [{ GroupId: 'sg-1' }], NextToken: 'n1' })
      .resolvesOnce({});
    const found = await ec2().securityGroupsById(['sg-1', 'sg-gone']);
    expect(found.map((g) => g.GroupId)).toEqual(['sg-1']);
    expect(ec2Mock.commandCalls(DescribeSecurityGroupsCommand).map((c) => c.args[0].input.NextToken)).toEqual(
      [undefined, 'n1'],
    );
  });

  it('creates a tagged security group; no GroupId in the answer or a duplicate name is an error', async () => {
    ec2Mock
      .on(CreateSecurityGroupCommand)
      .resolvesOnce({ GroupId: 'sg-new' })
      .resolvesOnce({})
      .rejectsOnce(ec2Error('InvalidGroup.Duplicate', "The security group 'x-redis' already exists"));
    expect(await ec2().createSecurityGroup('x-redis', 'd', 'vpc-1', { Team: 'web' })).toBe('sg-new');
    expect(ec2Mock.commandCalls(CreateSecurityGroupCommand)[0]!.args[0].input).toEqual({
      GroupName: 'x-redis',
      Description: 'd',
      VpcId: 'vpc-1',
      TagSpecifications: [{ ResourceType: 'security-group', Tags: [{ Key: 'Team', Value: 'web' }] }],
    });
    await expect(ec2().createSecurityGroup('x-redis', 'd', 'vpc-1', {})).rejects.toThrow(
      'EC2 CreateSecurityGroup returned no GroupId for x-redis',
    );
    expect((await failure(ec2().createSecurityGroup('x-redis', 'd', 'vpc-1', {}))).causeName).toBe(
      'InvalidGroup.Duplicate',
    );
  });

  it('authorizes nothing for no rules, CIDRs alone, and reports a duplicate rule', async () => {
    ec2Mock
      .on(AuthorizeSecurityGroupIngressCommand)
      .resolvesOnce({})
      .rejectsOnce(ec2Error('InvalidPermission.Duplicate', 'the specified rule already exists'));
    await ec2().authorizeIngress('sg-1', { port: 6379, securityGroupIds: [], cidrBlocks: [] }, 'why');
    expect(ec2Mock.commandCalls(AuthorizeSecurityGroupIngressCommand)).toHaveLength(0);
    await ec2().authorizeIngress(
      'sg-1',
      { port: 6379, securityGroupIds: [], cidrBlocks: ['10.0.0.0/16'] },
      'why',
    );
    expect(
      ec2Mock.commandCalls(AuthorizeSecurityGroupIngressCommand)[0]!.args[0].input.IpPermissions,
    ).toEqual([
      {
        IpProtocol: 'tcp',
        FromPort: 6379,
        ToPort: 6379,
        UserIdGroupPairs: undefined,
        IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'why' }],
      },
    ]);
    const err = await failure(
      ec2().authorizeIngress('sg-1', { port: 6379, securityGroupIds: ['sg-app'], cidrBlocks: [] }, 'why'),
    );
    expect(err.causeName).toBe('InvalidPermission.Duplicate');
  });

  it('revokes our port rules without descriptions; nothing to revoke sends nothing', async () => {
    ec2Mock.on(RevokeSecurityGroupIngressCommand).resolves({});
    await ec2().revokeIngress('sg-1', { port: 6379, securityGroupIds: [], cidrBlocks: [] });
    await ec2().revokePermissions('sg-1', []);
    expect(ec2Mock.commandCalls(RevokeSecurityGroupIngressCommand)).toHaveLength(0);
    await ec2().revokeIngress('sg-1', { port: 6379, securityGroupIds: ['sg-old'], cidrBlocks: [] });
    expect(ec2Mock.commandCalls(RevokeSecurityGroupIngressCommand)[0]!.args[0].input).toEqual({
      GroupId: 'sg-1',
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 6379,
          ToPort: 6379,
          UserIdGroupPairs: [{ GroupId: 'sg-old', Description: undefined }],
          IpRanges: undefined,
        },
      ],
    });
  });

  it('revokes other permissions as given, and names ec2:RevokeSecurityGroupIngress when denied', async () => {
    ec2Mock
      .on(RevokeSecurityGroupIngressCommand)
      .resolvesOnce({})
      .rejectsOnce(ec2Error('UnauthorizedOperation', 'not authorized'));
    const permissions = [
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
    ];
    await ec2().revokePermissions('sg-1', permissions);
    expect(ec2Mock.commandCalls(RevokeSecurityGroupIngressCommand)[0]!.args[0].input).toEqual({
      GroupId: 'sg-1',
      IpPermissions: permissions,
    });
    expectDenied(
      await failure(ec2().revokePermissions('sg-1', permissions)),
      'ec2:RevokeSecurityGroupIngress',
    );
  });

  it('tags and untags by resource id, naming the IAM action when denied', async () => {
    ec2Mock.on(CreateTagsCommand).resolvesOnce({}).rejectsOnce(ec2Error('UnauthorizedOperation'));
    ec2Mock.on(DeleteTagsCommand).resolvesOnce({}).rejectsOnce(ec2Error('UnauthorizedOperation'));
    await ec2().tag('sg-1', { Team: 'web' });
    await ec2().untag('sg-1', ['Team']);
    expect(ec2Mock.commandCalls(CreateTagsCommand)[0]!.args[0].input).toEqual({
      Resources: ['sg-1'],
      Tags: [{ Key: 'Team', Value: 'web' }],
    });
    expect(ec2Mock.commandCalls(DeleteTagsCommand)[0]!.args[0].input).toEqual({
      Resources: ['sg-1'],
      Tags: [{ Key: 'Team' }],
    });
    expectDenied(await failure(ec2().tag('sg-1', {})), 'ec2:CreateTags');
    expectDenied(await failure(ec2().untag('sg-1', ['Team'])), 'ec2:DeleteTags');
  });
});

describe('EC2 pure mappings', () => {
  it('keeps only our port rules as ingress; IPv6 and prefix lists on our port, and other ports, are "other"', () => {
    const sg = toObservedSecurityGroup(
      {
        GroupId: 'sg-1',
        GroupName: 'x-redis',
        VpcId: 'vpc-1',
        Tags: [{ Key: 'ManagedBy', Value: 'django-redis-action' }, {}],
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: 6379,
            ToPort: 6379,
            UserIdGroupPairs: [{ GroupId: 'sg-app' }, {}],
            IpRanges: [{ CidrIp: '10.0.0.0/16' }, {}],
            Ipv6Ranges: [{ CidrIpv6: '::/0' }],
          },
          { IpProtocol: 'tcp', FromPort: 6379, ToPort: 6379, PrefixListIds: [{ PrefixListId: 'pl-1' }] },
          { IpProtocol: 'tcp', FromPort: 6379, ToPort: 6379, Ipv6Ranges: [], PrefixListIds: [] },
          {
            IpProtocol: 'tcp',
            FromPort: 22,
            ToPort: 22,
            IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ssh' }],
          },
          {
            IpProtocol: '-1',
            UserIdGroupPairs: [{ GroupId: 'sg-all', Description: 'x' }],
            Ipv6Ranges: [{ CidrIpv6: '::/0' }],
            PrefixListIds: [{ PrefixListId: 'pl-2' }],
          },
          { IpProtocol: 'udp', FromPort: 6379, ToPort: 6379 },
        ],
      },
      6379,
    );
    expect(sg.ingress).toEqual({ port: 6379, securityGroupIds: ['sg-app'], cidrBlocks: ['10.0.0.0/16'] });
    expect(sg.tags).toEqual({ ManagedBy: 'django-redis-action', '': '' });
    expect(sg.otherPermissions).toEqual([
      {
        IpProtocol: 'tcp',
        FromPort: 6379,
        ToPort: 6379,
        Ipv6Ranges: [{ CidrIpv6: '::/0' }],
        PrefixListIds: undefined,
      },
      {
        IpProtocol: 'tcp',
        FromPort: 6379,
        ToPort: 6379,
        Ipv6Ranges: undefined,
        PrefixListIds: [{ PrefixListId: 'pl-1' }],
      },
      {
        IpProtocol: 'tcp',
        FromPort: 22,
        ToPort: 22,
        UserIdGroupPairs: undefined,
        IpRanges: [{ CidrIp: '0.0.0.0/0' }],
        Ipv6Ranges: undefined,
        PrefixListIds: undefined,
      },
      {
        IpProtocol: '-1',
        FromPort: undefined,
        ToPort: undefined,
        UserIdGroupPairs: [{ GroupId: 'sg-all' }],
        IpRanges: undefined,
        Ipv6Ranges: [{ CidrIpv6: '::/0' }],
        PrefixListIds: [{ PrefixListId: 'pl-2' }],
      },
      {
        IpProtocol: 'udp',
        FromPort: 6379,
        ToPort: 6379,
        UserIdGroupPairs: undefined,
        IpRanges: undefined,
        Ipv6Ranges: undefined,
        PrefixListIds: undefined,
      },
    ]);
  });

  it('describes an empty security group with empty fields', () => {
    expect(toObservedSecurityGroup({}, 6379)).toEqual({
      id: '',
      name: '',
      vpcId: '',
      ingress: { port: 6379, securityGroupIds: [], cidrBlocks: [] },
      otherPermissions: [],
      tags: {},
    });
  });

  it('ignores blackhole routes, sees IPv6 default routes, and tolerates no route tables', () => {
    const subnets = [
      { SubnetId: 'subnet-a', VpcId: 'vpc-1', AvailabilityZone: 'eu-west-1a' },
      {
        SubnetId: 'subnet-b',
        VpcId: 'vpc-1',
        AvailabilityZone: 'eu-west-1b',
        // Only an associated block counts (a disassociated one, or one without a block, does not).
        Ipv6CidrBlockAssociationSet: [
          { Ipv6CidrBlock: '2001:db8::/64', Ipv6CidrBlockState: { State: 'associated' as const } },
          { Ipv6CidrBlock: '2001:db8:1::/64', Ipv6CidrBlockState: { State: 'disassociated' as const } },
          { Ipv6CidrBlockState: { State: 'associated' as const } },
          { Ipv6CidrBlock: '2001:db8:2::/64' },
        ],
      },
      { SubnetId: 'subnet-c' },
    ];
    const tables = [
      {
        Associations: [{ SubnetId: 'subnet-a' }],
        Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-dead', State: 'blackhole' as const }],
      },
      {
        Associations: [{ SubnetId: 'subnet-b' }],
        Routes: [{ DestinationIpv6CidrBlock: '::/0', GatewayId: 'igw-6' }],
      },
      { Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-unassociated' }] },
    ];
    expect(classifySubnets(subnets, tables)).toEqual([
      {
        id: 'subnet-a',
        vpcId: 'vpc-1',
        availabilityZone: 'eu-west-1a',
        internetGatewayRoute: undefined,
        ipv6CidrBlocks: [],
      },
      {
        id: 'subnet-b',
        vpcId: 'vpc-1',
        availabilityZone: 'eu-west-1b',
        internetGatewayRoute: 'igw-6',
        ipv6CidrBlocks: ['2001:db8::/64'],
      },
      {
        id: 'subnet-c',
        vpcId: '',
        availabilityZone: '',
        internetGatewayRoute: undefined,
        ipv6CidrBlocks: [],
      },
    ]);
    expect(classifySubnets([{}], [])).toEqual([
      { id: '', vpcId: '', availabilityZone: '', internetGatewayRoute: undefined, ipv6CidrBlocks: [] },
    ]);
  });
});
