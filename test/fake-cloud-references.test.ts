// The existence checks the action makes before it writes anything (SNS topics, KMS keys), and the
// SSM / CloudWatch Logs details destroy and cleanup rely on, through the real SDK clients.

import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  ListTagsForResourceCommand as ListLogTagsCommand,
  ResourceNotFoundException as LogsResourceNotFound,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeKeyCommand,
  KMSClient,
  KMSServiceException,
  NotFoundException as KmsNotFound,
} from '@aws-sdk/client-kms';
import {
  AuthorizationErrorException,
  GetTopicAttributesCommand,
  InvalidParameterException as SnsInvalidParameter,
  NotFoundException as SnsNotFound,
  SNSClient,
  SNSServiceException,
} from '@aws-sdk/client-sns';
import {
  InvalidResourceId,
  ListTagsForResourceCommand as ListSsmTagsCommand,
  ParameterAlreadyExists,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from './fake/expect-error.js';
import { createFakeCloud, type FakeCloud } from './fake/index.js';

const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';
const clientConfig = { region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } };
const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:alerts`;
const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${KEY}`;

let fake: FakeCloud;
let sns: SNSClient;
let kms: KMSClient;
let ssm: SSMClient;
let logs: CloudWatchLogsClient;

beforeEach(() => {
  fake = createFakeCloud({ region: REGION });
  fake.install();
  sns = new SNSClient(clientConfig);
  kms = new KMSClient(clientConfig);
  ssm = new SSMClient(clientConfig);
  logs = new CloudWatchLogsClient(clientConfig);
});

afterEach(() => fake.restore());

describe('SNS GetTopicAttributes', () => {
  const get = (TopicArn: string | undefined) => sns.send(new GetTopicAttributesCommand({ TopicArn }));

  it('finds a seeded topic', async () => {
    fake.addTopic(TOPIC, { displayName: 'Alerts' });
    const { Attributes: a, $metadata } = await get(TOPIC);
    expect($metadata.httpStatusCode).toBe(200);
    expect(a).toMatchObject({
      TopicArn: TOPIC,
      Owner: ACCOUNT,
      DisplayName: 'Alerts',
      SubscriptionsConfirmed: '0',
    });
    expect(JSON.parse(a!['Policy']!).Statement[0].Resource).toBe(TOPIC);
    fake.addTopic(`${TOPIC}.fifo`);
    expect((await get(`${TOPIC}.fifo`)).Attributes!['FifoTopic']).toBe('true');
  });

  it('NotFoundException (404) for a missing topic, InvalidParameterException for a malformed or foreign ARN', async () => {
    const err = await expectError(get(TOPIC), SnsNotFound, 'NotFoundException', 404, 'Topic does not exist');
    expect(err.Code).toBe('NotFound');
    for (const bad of [
      undefined,
      'alerts',
      `arn:aws:sqs:${REGION}:${ACCOUNT}:alerts`,
      `arn:aws:sns:us-east-1:${ACCOUNT}:alerts`,
    ])
      await expectError(
        get(bad),
        SnsInvalidParameter,
        'InvalidParameterException',
        400,
        'Invalid parameter: TopicArn',
      );
    expect(() => fake.addTopic('alerts')).toThrow(/not an SNS topic ARN/);
    expect(() => fake.addTopic(`arn:aws:sns:us-east-1:${ACCOUNT}:alerts`)).toThrow(/region/);
  });

  it('IAM denial is AuthorizationErrorException (403); throttling is Throttling', async () => {
    fake.addTopic(TOPIC);
    fake.deny('sns:GetTopicAttributes');
    await expectError(
      get(TOPIC),
      AuthorizationErrorException,
      'AuthorizationErrorException',
      403,
      /is not authorized to perform: SNS:GetTopicAttributes on resource: arn:aws:sns:eu-west-1:123456789012:alerts/,
    );
    fake.allow('sns:GetTopicAttributes');
    fake.throttle('sns:GetTopicAttributes', 1);
    const err = await expectError(get(TOPIC), SNSServiceException, 'Throttling', 400);
    expect(err.$retryable).toEqual({ throttling: true });
    await get(TOPIC);
    expect(fake.calls.map((c) => [c.service, c.command, c.error])).toEqual([
      ['sns', 'GetTopicAttributes', 'AuthorizationErrorException'],
      ['sns', 'GetTopicAttributes', 'Throttling'],
      ['sns', 'GetTopicAttributes', undefined],
    ]);
    expect(fake.mutatingCalls()).toEqual([]);
  });
});

describe('KMS DescribeKey', () => {
  const describe_ = (KeyId: string | undefined) => kms.send(new DescribeKeyCommand({ KeyId }));

  it('accepts key id, key ARN, alias name and alias ARN', async () => {
    fake.addKmsKey({ keyId: KEY, aliases: ['alias/cache', 'alias/redis/prod'], description: 'cache key' });
    for (const id of [
      KEY,
      KEY_ARN,
      'alias/cache',
      'alias/redis/prod',
      `arn:aws:kms:${REGION}:${ACCOUNT}:alias/cache`,
    ]) {
      const { KeyMetadata: m } = await describe_(id);
      expect(m, id).toMatchObject({
        KeyId: KEY,
        Arn: KEY_ARN,
        AWSAccountId: ACCOUNT,
        KeyState: 'Enabled',
        Enabled: true,
        KeyUsage: 'ENCRYPT_DECRYPT',
        KeySpec: 'SYMMETRIC_DEFAULT',
        CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
        KeyManager: 'CUSTOMER',
        Description: 'cache key',
      });
    }
  });

  it('reports disabled and pending-deletion keys', async () => {
    const other = 'mrk-0123456789abcdef0123456789abcdef';
    fake.addKmsKey({ keyId: KEY, aliases: ['alias/off'], state: 'Disabled' });
    fake.addKmsKey({ keyId: other, state: 'PendingDeletion' });
    expect((await describe_('alias/off')).KeyMetadata).toMatchObject({
      KeyState: 'Disabled',
      Enabled: false,
    });
    const { KeyMetadata: m } = await describe_(other);
    expect(m).toMatchObject({ KeyState: 'PendingDeletion', Enabled: false, MultiRegion: true });
    expect(m!.DeletionDate!.getTime()).toBeGreaterThan(fake.clock.now());
  });

  it('NotFoundException for unknown keys and aliases, foreign ARNs and malformed ids', async () => {
    fake.addKmsKey({ keyId: KEY });
    const cases: Array<[string, string | RegExp]> = [
      [
        '11111111-2222-3333-4444-555555555555',
        /^Key 'arn:aws:kms:eu-west-1:123456789012:key\/1111.*' does not exist$/,
      ],
      ['alias/missing', 'Alias arn:aws:kms:eu-west-1:123456789012:alias/missing is not found.'],
      [`arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY}`, /does not exist/],
      [`arn:aws:kms:${REGION}:210987654321:alias/cache`, /is not found/],
      ['my-key', "Invalid keyId 'my-key'"],
    ];
    for (const [id, message] of cases)
      await expectError(describe_(id), KmsNotFound, 'NotFoundException', 400, message);
    await expectError(describe_(undefined), KMSServiceException, 'ValidationException', 400);
    expect(() => fake.addKmsKey({ keyId: 'not-a-key' })).toThrow(/not a KMS key id/);
    expect(() =>
      fake.addKmsKey({ keyId: '11111111-2222-3333-4444-555555555555', aliases: ['cache'] }),
    ).toThrow(/alias\/<name>/);
  });

  it('IAM denial and throttling use the KMS shapes', async () => {
    fake.addKmsKey({ keyId: KEY, aliases: ['alias/cache'] });
    fake.deny('kms:DescribeKey');
    await expectError(
      describe_('alias/cache'),
      KMSServiceException,
      'AccessDeniedException',
      400,
      /kms:DescribeKey on resource: arn:aws:kms:eu-west-1:123456789012:alias\/cache/,
    );
    fake.allow('kms:DescribeKey');
    fake.failNext('kms:DescribeKey', new Error('boom'));
    await expect(describe_(KEY)).rejects.toThrow('boom');
    fake.throttle('DescribeKey', 1);
    await expectError(describe_(KEY), KMSServiceException, 'ThrottlingException', 400);
    expect(fake.calls.map((c) => [c.service, c.command, c.error])).toEqual([
      ['kms', 'DescribeKey', 'AccessDeniedException'],
      ['kms', 'DescribeKey', 'Error'],
      ['kms', 'DescribeKey', 'ThrottlingException'],
    ]);
    expect(fake.mutatingCalls()).toEqual([]);
  });
});

describe('SSM and CloudWatch Logs details', () => {
  it('SSM: ListTagsForResource on parameters; PutParameter without Overwrite on an existing name fails', async () => {
    await ssm.send(
      new PutParameterCommand({
        Name: '/shop/redis/url',
        Type: 'String',
        Value: 'a',
        Tags: [{ Key: 'app', Value: 'shop' }],
      }),
    );
    expect(
      (await ssm.send(new ListSsmTagsCommand({ ResourceType: 'Parameter', ResourceId: '/shop/redis/url' })))
        .TagList,
    ).toEqual([{ Key: 'app', Value: 'shop' }]);
    await expectError(
      ssm.send(new ListSsmTagsCommand({ ResourceType: 'Parameter', ResourceId: '/nope' })),
      InvalidResourceId,
      'InvalidResourceId',
      400,
    );
    await expectError(
      ssm.send(new PutParameterCommand({ Name: '/shop/redis/url', Type: 'String', Value: 'b' })),
      ParameterAlreadyExists,
      'ParameterAlreadyExists',
      400,
    );
    await ssm.send(new PutParameterCommand({ Name: '/shop/redis/url', Value: 'b', Overwrite: true }));
  });

  it('Logs: ListTagsForResource on log groups; DeleteLogGroup of a missing group is ResourceNotFoundException', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/elasticache/shop', tags: { app: 'shop' } }));
    const arn = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/elasticache/shop`;
    expect((await logs.send(new ListLogTagsCommand({ resourceArn: arn }))).tags).toEqual({ app: 'shop' });
    await logs.send(new DeleteLogGroupCommand({ logGroupName: '/elasticache/shop' }));
    await expectError(
      logs.send(new DeleteLogGroupCommand({ logGroupName: '/elasticache/shop' })),
      LogsResourceNotFound,
      'ResourceNotFoundException',
      400,
    );
    await expectError(
      logs.send(new ListLogTagsCommand({ resourceArn: arn })),
      LogsResourceNotFound,
      'ResourceNotFoundException',
      400,
    );
  });
});
