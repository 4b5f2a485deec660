// Adapter tests: the exact request each AWS call sends (aws-sdk-client-mock, no network).
import {
  CreateReplicationGroupCommand,
  DescribeCacheParametersCommand,
  DescribeReplicationGroupsCommand,
  ElastiCacheClient,
  ElastiCacheServiceException,
  ModifyCacheParameterGroupCommand,
  ModifyReplicationGroupCommand,
  InvalidParameterCombinationException,
  ReplicationGroupNotFoundFault,
} from '@aws-sdk/client-elasticache';
import {
  AddTagsToResourceCommand,
  DeleteParameterCommand,
  ParameterAlreadyExists,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { AuthorizeSecurityGroupIngressCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ec2Adapter, elasticacheAdapter, ssmAdapter } from './support/adapters.js';
import { classifySubnets } from '../src/aws/ec2.js';
import { createClients } from '../src/aws/clients.js';
import { buildCreateRequest } from '../src/execute/index.js';
import { resourceNames } from '../src/domain/names.js';
import { AwsCallError } from '../src/errors.js';
import { config, tagsFor } from './support/config.js';

const ecMock = mockClient(ElastiCacheClient);
const ssmMock = mockClient(SSMClient);
const ec2Mock = mockClient(EC2Client);
afterEach(() => {
  ecMock.reset();
  ssmMock.reset();
  ec2Mock.reset();
});

const ec = (note?: (m: string) => void) => elasticacheAdapter(note);

describe('clients', () => {
  it('are configured once with region, the standard retry strategy (5 attempts) and our user agent', async () => {
    const c = createClients('eu-west-1');
    expect(await c.elasticache.config.region()).toBe('eu-west-1');
    for (const client of [c.elasticache, c.ec2, c.ssm, c.logs]) {
      const strategy = (await client.config.retryStrategy()) as unknown as {
        mode?: string;
        maxAttempts(): Promise<number>;
      };
      expect(strategy.mode).toBe('standard');
      expect(await strategy.maxAttempts()).toBe(5);
    }
    expect(JSON.stringify(c.ec2.config.customUserAgent)).toContain('django-redis-action');
  });

  it('are built on first use, once', () => {
    const c = createClients('eu-west-1');
    const first = c.ssm;
    expect(c.ssm).toBe(first);
    expect(c.ec2).not.toBe(c.elasticache);
  });
});

describe('ElastiCache adapter', () => {
  it('maps ReplicationGroupNotFoundFault to "absent"', async () => {
    ecMock.on(DescribeReplicationGroupsCommand).rejects(
      new ReplicationGroupNotFoundFault({
        message: 'ReplicationGroup x not found',
        $metadata: { httpStatusCode: 404 },
      }),
    );
    expect(await ec().describeReplicationGroup('x')).toBeUndefined();
    expect(ecMock.commandCalls(DescribeReplicationGroupsCommand)[0]!.args[0].input).toEqual({
      ReplicationGroupId: 'x',
    });
  });

  it("does not retry what the SDK already gave up on: one send, the SDK's attempts named", async () => {
    // aws-sdk-client-mock replaces send(), so this error is what the SDK's retry layer would surface
    // after its 5 attempts; the adapter must translate it, not try again (test/retry.test.ts proves
    // the SDK layer itself against a loopback server).
    ecMock.on(DescribeReplicationGroupsCommand).rejects(
      new ElastiCacheServiceException({
        name: 'Throttling',
        $fault: 'client',
        message: 'Rate exceeded',
        $metadata: { httpStatusCode: 400, attempts: 5, totalRetryDelay: 7_000 },
      }),
    );
    const err = await ec()
      .describeReplicationGroup('x')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsCallError);
    expect((err as AwsCallError).attempts).toBe(5);
    expect((err as Error).message).toMatch(
      /^ElastiCache DescribeReplicationGroups was still throttled by AWS after 5 attempts \(Throttling\)/,
    );
    expect(ecMock.commandCalls(DescribeReplicationGroupsCommand)).toHaveLength(1);
  });

  it('notes a call that succeeded only after the SDK retried it', async () => {
    ecMock
      .on(DescribeReplicationGroupsCommand)
      .resolves({ ReplicationGroups: [{ ReplicationGroupId: 'x' }], $metadata: { attempts: 3 } });
    const notes: string[] = [];
    expect((await ec((m) => notes.push(m)).describeReplicationGroup('x'))?.ReplicationGroupId).toBe('x');
    expect(notes).toEqual([
      'elasticache:DescribeReplicationGroups succeeded after 3 attempts (the SDK retried throttling or a transient error)',
    ]);
  });

  it('names the IAM action on AccessDenied and does not retry it', async () => {
    ecMock.on(CreateReplicationGroupCommand).rejects(
      new ElastiCacheServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        message: 'not authorized',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    const err = await ec()
      .createReplicationGroup({ ReplicationGroupId: 'x', ReplicationGroupDescription: 'd' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(AwsCallError);
    expect(err.message).toMatch(/"elasticache:CreateReplicationGroup"/);
    expect(ecMock.commandCalls(CreateReplicationGroupCommand)).toHaveLength(1);
  });

  it('treats "No modifications were requested" as success', async () => {
    ecMock.on(ModifyReplicationGroupCommand).rejects(
      new InvalidParameterCombinationException({
        message: 'No modifications were requested',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await expect(ec().modifyReplicationGroup({ ReplicationGroupId: 'x' })).resolves.toBeUndefined();
  });

  it('changes parameters at most 20 per call', async () => {
    ecMock.on(ModifyCacheParameterGroupCommand).resolves({});
    const params = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`p${i}`, String(i)]));
    await ec().modifyParameters('pg', params);
    const sizes = ecMock
      .commandCalls(ModifyCacheParameterGroupCommand)
      .map((c) => c.args[0].input.ParameterNameValues!.length);
    expect(sizes).toEqual([20, 20, 5]);
  });

  it('reads only user-set parameters, following the marker', async () => {
    ecMock
      .on(DescribeCacheParametersCommand)
      .resolvesOnce({ Parameters: [{ ParameterName: 'timeout', ParameterValue: '300' }], Marker: 'm' })
      .resolvesOnce({ Parameters: [{ ParameterName: 'maxmemory-policy', ParameterValue: 'allkeys-lru' }] });
    expect(await ec().describeUserParameters('pg')).toEqual({
      timeout: '300',
      'maxmemory-policy': 'allkeys-lru',
    });
    expect(ecMock.commandCalls(DescribeCacheParametersCommand)[1]!.args[0].input).toEqual({
      CacheParameterGroupName: 'pg',
      Source: 'user',
      MaxRecords: 100,
      Marker: 'm',
    });
  });
});

describe('create request', () => {
  it('carries every setting, JSON log delivery to both groups, and the tags', () => {
    const cfg = config({
      auth_token_enabled: 'true',
      notification_topic_arn: 'arn:aws:sns:eu-west-1:123456789012:alerts',
    });
    const req = buildCreateRequest(
      cfg,
      resourceNames(cfg),
      'sg-0aaaaaaaaaaaaaaa1',
      'T'.repeat(64),
      tagsFor(cfg),
    );
    expect(req).toMatchObject({
      ReplicationGroupId: 'shop-cache',
      Engine: 'redis',
      EngineVersion: '7.1',
      CacheNodeType: 'cache.t4g.micro',
      NumCacheClusters: 2,
      AutomaticFailoverEnabled: true,
      MultiAZEnabled: true,
      AtRestEncryptionEnabled: true,
      TransitEncryptionEnabled: true,
      TransitEncryptionMode: 'required',
      AuthToken: 'T'.repeat(64),
      Port: 6379,
      CacheSubnetGroupName: 'shop-cache-subnets',
      CacheParameterGroupName: 'shop-cache-redis7',
      SecurityGroupIds: ['sg-0aaaaaaaaaaaaaaa1'],
      SnapshotRetentionLimit: 7,
      SnapshotWindow: '03:00-04:00',
      PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
      NotificationTopicArn: 'arn:aws:sns:eu-west-1:123456789012:alerts',
      LogDeliveryConfigurations: [
        {
          LogType: 'slow-log',
          DestinationType: 'cloudwatch-logs',
          DestinationDetails: { CloudWatchLogsDetails: { LogGroup: '/aws/elasticache/shop-cache/slow-log' } },
          LogFormat: 'json',
          Enabled: true,
        },
        {
          LogType: 'engine-log',
          DestinationType: 'cloudwatch-logs',
          DestinationDetails: {
            CloudWatchLogsDetails: { LogGroup: '/aws/elasticache/shop-cache/engine-log' },
          },
          LogFormat: 'json',
          Enabled: true,
        },
      ],
    });
    expect(req.Tags).toEqual(
      expect.arrayContaining([
        { Key: 'ManagedBy', Value: 'django-redis-action' },
        { Key: 'GitHubRepository', Value: 'acme/shop' },
      ]),
    );
  });
});

describe('SSM adapter', () => {
  const ssm = () => ssmAdapter();
  it('creates with Tags, but overwrites without Tags and tags separately', async () => {
    ssmMock.on(PutParameterCommand).resolves({ Version: 1 });
    ssmMock.on(AddTagsToResourceCommand).resolves({});
    await ssm().putParameter('/p/A', 'v', false, undefined, { ManagedBy: 'django-redis-action' }, 'd');
    await ssm().putParameter('/p/B', 'v', true, 'SecureString', { ManagedBy: 'django-redis-action' }, 'd');
    const puts = ssmMock.commandCalls(PutParameterCommand).map((c) => c.args[0].input);
    expect(puts[0]).toEqual({
      Name: '/p/A',
      Value: 'v',
      Type: 'String',
      Description: 'd',
      Tags: [{ Key: 'ManagedBy', Value: 'django-redis-action' }],
    });
    expect(puts[1]).toEqual({
      Name: '/p/B',
      Value: 'v',
      Type: 'SecureString',
      Description: 'd',
      Overwrite: true,
    });
    expect(ssmMock.commandCalls(AddTagsToResourceCommand)[0]!.args[0].input).toEqual({
      ResourceType: 'Parameter',
      ResourceId: '/p/B',
      Tags: [{ Key: 'ManagedBy', Value: 'django-redis-action' }],
    });
    expect(ssmMock.commandCalls(DeleteParameterCommand)).toHaveLength(0);
  });

  it('overwrites (then tags) a parameter that appeared after it was observed missing', async () => {
    ssmMock
      .on(PutParameterCommand)
      .rejectsOnce(
        new ParameterAlreadyExists({
          message: 'The parameter already exists.',
          $metadata: { httpStatusCode: 400 },
        }),
      )
      .resolves({ Version: 2 });
    ssmMock.on(AddTagsToResourceCommand).resolves({});
    await ssm().putParameter('/p/C', 'v', false, undefined, { ManagedBy: 'x' }, 'd');
    const puts = ssmMock.commandCalls(PutParameterCommand).map((c) => c.args[0].input);
    expect(puts.map((p) => [p.Overwrite, p.Tags?.length])).toEqual([
      [undefined, 1],
      [true, undefined],
    ]);
    expect(ssmMock.commandCalls(AddTagsToResourceCommand)).toHaveLength(1);
  });

  it('replaces a parameter whose type must change (SSM cannot change a type in place)', async () => {
    ssmMock.on(PutParameterCommand).resolves({ Version: 1 });
    ssmMock.on(DeleteParameterCommand).resolves({});
    await ssm().putParameter('/p/URL', 'rediss://:t@h:6379/0', true, 'String', { ManagedBy: 'x' }, 'd');
    expect(ssmMock.commandCalls(DeleteParameterCommand).map((c) => c.args[0].input)).toEqual([
      { Name: '/p/URL' },
    ]);
    expect(ssmMock.commandCalls(PutParameterCommand).map((c) => c.args[0].input)).toEqual([
      {
        Name: '/p/URL',
        Value: 'rediss://:t@h:6379/0',
        Type: 'SecureString',
        Description: 'd',
        Tags: [{ Key: 'ManagedBy', Value: 'x' }],
      },
    ]);
  });
});

describe('EC2 adapter', () => {
  it('authorizes exactly the port from the given SGs and CIDRs', async () => {
    ec2Mock.on(AuthorizeSecurityGroupIngressCommand).resolves({});
    await ec2Adapter().authorizeIngress(
      'sg-1',
      { port: 6379, securityGroupIds: ['sg-app'], cidrBlocks: ['10.0.0.0/16'] },
      'why',
    );
    expect(ec2Mock.commandCalls(AuthorizeSecurityGroupIngressCommand)[0]!.args[0].input).toEqual({
      GroupId: 'sg-1',
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 6379,
          ToPort: 6379,
          UserIdGroupPairs: [{ GroupId: 'sg-app', Description: 'why' }],
          IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'why' }],
        },
      ],
    });
  });

  it('classifies a subnet by its own route table, else the main table', () => {
    const subnets = [
      { SubnetId: 'subnet-a', VpcId: 'vpc-1', AvailabilityZone: 'eu-west-1a' },
      { SubnetId: 'subnet-b', VpcId: 'vpc-1', AvailabilityZone: 'eu-west-1b' },
    ];
    const tables = [
      {
        Associations: [{ Main: true }],
        Routes: [{ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1' }],
      },
      {
        Associations: [{ SubnetId: 'subnet-a' }],
        Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-1' }],
      },
    ];
    expect(classifySubnets(subnets, tables).map((s) => s.internetGatewayRoute)).toEqual(['igw-1', undefined]);
  });
});
