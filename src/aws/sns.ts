// SNS, read only to check that notification_topic_arn exists before anything is written (ElastiCache
// would refuse a missing topic only at CreateReplicationGroup / ModifyReplicationGroup, after the
// supporting resources were made). The SDK module loads only when the check runs.

import type { SNSClient } from '@aws-sdk/client-sns';
import { AwsCallError } from '../errors.js';
import { awsCall, type RetryNote } from './call.js';

function missing(e: unknown, ...names: string[]): boolean {
  return e instanceof AwsCallError && names.includes(e.causeName);
}

export class SnsAdapter {
  constructor(
    private readonly client: () => Promise<SNSClient>,
    private readonly note?: RetryNote,
  ) {}

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return awsCall('sns', operation, fn, this.note);
  }

  /** Whether the topic exists (GetTopicAttributes); NotFound and an ARN SNS refuses are false. */
  async topicExists(arn: string): Promise<boolean> {
    const { GetTopicAttributesCommand } = await import('@aws-sdk/client-sns');
    const client = await this.client();
    try {
      await this.call('GetTopicAttributes', () =>
        client.send(new GetTopicAttributesCommand({ TopicArn: arn })),
      );
      return true;
    } catch (e) {
      if (missing(e, 'NotFoundException', 'NotFound', 'InvalidParameterException', 'InvalidParameter'))
        return false;
      throw e;
    }
  }
}
