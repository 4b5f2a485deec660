// The SNS and KMS adapters (references checked before any write) and the CloudWatch alarm reads:
// the exact request each sends, what counts as "missing", and that any other error is not read as
// missing (a denied DescribeKey must not look like "no such key").

import {
  CloudWatchClient,
  CloudWatchServiceException,
  DescribeAlarmsCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import { DescribeKeyCommand, KMSClient, KMSServiceException, NotFoundException } from '@aws-sdk/client-kms';
import {
  GetTopicAttributesCommand,
  InvalidParameterException,
  NotFoundException as SnsNotFound,
  SNSClient,
  SNSServiceException,
} from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { cloudWatchAdapter, kmsAdapter, snsAdapter } from './support/adapters.js';
import { AwsCallError } from '../src/errors.js';

const meta = (httpStatusCode = 400) => ({ httpStatusCode, requestId: 'req-1' });

const kmsMock = mockClient(KMSClient);
const snsMock = mockClient(SNSClient);
const cwMock = mockClient(CloudWatchClient);
afterEach(() => {
  kmsMock.reset();
  snsMock.reset();
  cwMock.reset();
});

const kms = () => kmsAdapter();
const sns = () => snsAdapter();
const cw = () => cloudWatchAdapter();

const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:ops';

describe('KMS adapter: describeKey', () => {
  it('sends DescribeKey with the key as given and reads its ARN and state', async () => {
    kmsMock.on(DescribeKeyCommand).resolves({
      KeyMetadata: { KeyId: 'k', Arn: 'arn:aws:kms:eu-west-1:123456789012:key/k', KeyState: 'Disabled' },
    });
    expect(await kms().describeKey('alias/cache')).toEqual({
      arn: 'arn:aws:kms:eu-west-1:123456789012:key/k',
      state: 'Disabled',
    });
    expect(kmsMock.commandCalls(DescribeKeyCommand).map((c) => c.args[0].input)).toEqual([
      { KeyId: 'alias/cache' },
    ]);
  });

  it('an answer without metadata gives a key with no ARN and no state (not usable)', async () => {
    kmsMock.on(DescribeKeyCommand).resolves({});
    expect(await kms().describeKey('k')).toEqual({ arn: undefined, state: undefined });
  });

  it('NotFoundException means there is no such key', async () => {
    kmsMock.on(DescribeKeyCommand).rejects(new NotFoundException({ message: 'no key', $metadata: meta() }));
    expect(await kms().describeKey('k')).toBeUndefined();
  });

  it('any other error (a denied call) is thrown, named, never read as a missing key', async () => {
    kmsMock.on(DescribeKeyCommand).rejects(
      new KMSServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: 'denied',
        $metadata: meta(403),
      }),
    );
    const err = await kms()
      .describeKey('k')
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(AwsCallError);
    expect((err as AwsCallError).message).toContain('kms:DescribeKey');
  });
});

describe('SNS adapter: topicExists', () => {
  it('sends GetTopicAttributes for the topic; an answer means it exists', async () => {
    snsMock.on(GetTopicAttributesCommand).resolves({ Attributes: { TopicArn: TOPIC } });
    expect(await sns().topicExists(TOPIC)).toBe(true);
    expect(snsMock.commandCalls(GetTopicAttributesCommand).map((c) => c.args[0].input)).toEqual([
      { TopicArn: TOPIC },
    ]);
  });

  it('NotFound and an ARN SNS refuses both mean there is no such topic', async () => {
    snsMock
      .on(GetTopicAttributesCommand)
      .rejectsOnce(new SnsNotFound({ message: 'no topic', $metadata: meta(404) }))
      .rejectsOnce(new InvalidParameterException({ message: 'bad arn', $metadata: meta() }));
    expect(await sns().topicExists(TOPIC)).toBe(false);
    expect(await sns().topicExists('arn:aws:sns:eu-west-1:123456789012:')).toBe(false);
  });

  it('any other error (a denied call) is thrown, never read as a missing topic', async () => {
    snsMock.on(GetTopicAttributesCommand).rejects(
      new SNSServiceException({
        name: 'AuthorizationErrorException',
        $fault: 'client',
        message: 'denied',
        $metadata: meta(403),
      }),
    );
    await expect(sns().topicExists(TOPIC)).rejects.toBeInstanceOf(AwsCallError);
  });
});

describe('CloudWatch adapter: alarm reads', () => {
  it('an answer without alarms is an empty list; pages are followed by NextToken', async () => {
    cwMock
      .on(DescribeAlarmsCommand)
      .resolvesOnce({ NextToken: 'p2' })
      .resolvesOnce({ MetricAlarms: [{ AlarmName: 'shop-cache-001-cpu' }] });
    expect((await cw().describeAlarms('shop-cache-')).map((a) => a.AlarmName)).toEqual([
      'shop-cache-001-cpu',
    ]);
    expect(cwMock.commandCalls(DescribeAlarmsCommand).map((c) => c.args[0].input.NextToken)).toEqual([
      undefined,
      'p2',
    ]);
    cwMock.reset();
    cwMock.on(DescribeAlarmsCommand).resolves({});
    expect(await cw().describeAlarms('x-')).toEqual([]);
  });

  it('listTags reads tags, with empty strings for parts AWS leaves out, and {} for none', async () => {
    cwMock
      .on(ListTagsForResourceCommand)
      .resolvesOnce({ Tags: [{ Key: 'a', Value: '1' }, { Key: 'b' } as never, { Value: 'v' } as never] })
      .resolvesOnce({});
    const arn = 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:shop-cache-001-cpu';
    expect(await cw().listTags(arn)).toEqual({ a: '1', b: '', '': 'v' });
    expect(await cw().listTags(arn)).toEqual({});
    expect(cwMock.commandCalls(ListTagsForResourceCommand)[0]!.args[0].input).toEqual({ ResourceARN: arn });
  });

  it('a failed read is thrown as a named AwsCallError', async () => {
    cwMock.on(DescribeAlarmsCommand).rejects(
      new CloudWatchServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        message: 'denied',
        $metadata: meta(403),
      }),
    );
    await expect(cw().describeAlarms('x-')).rejects.toBeInstanceOf(AwsCallError);
  });
});
