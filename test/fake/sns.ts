// SNS: just enough to check that a referenced topic exists (GetTopicAttributes). Topics are seeded
// with FakeCloud.addTopic().

import { GetTopicAttributesCommand, InvalidParameterException, NotFoundException } from '@aws-sdk/client-sns';
import { snsError } from './errors.js';
import { route, type RouteDef } from './router.js';
import type { FakeContext } from './world.js';

const TOPIC_ARN =
  /^arn:aws[a-z-]*:sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_-]{1,256}|[A-Za-z0-9_-]{1,251}\.fifo)$/;

export class Sns {
  constructor(private readonly ctx: FakeContext) {}

  addTopic(arn: string, opts: { displayName?: string } = {}): void {
    const m = TOPIC_ARN.exec(arn);
    if (!m) throw new Error(`fake cloud: addTopic: ${arn} is not an SNS topic ARN`);
    if (m[1] !== this.ctx.region)
      throw new Error(`fake cloud: addTopic: ${arn} is not in the fake's region ${this.ctx.region}`);
    this.ctx.world.topics.set(arn, { arn, displayName: opts.displayName ?? '' });
  }

  routes(): RouteDef[] {
    const { ctx } = this;
    return [
      route(GetTopicAttributesCommand, (input) => {
        const arn = input.TopicArn ?? '';
        const m = TOPIC_ARN.exec(arn);
        // SNS answers for its own region only; an ARN of another region is an invalid parameter.
        if (!m || m[1] !== ctx.region)
          throw snsError(InvalidParameterException, 'Invalid parameter: TopicArn');
        const topic = ctx.world.topics.get(arn);
        if (!topic) throw snsError(NotFoundException, 'Topic does not exist');
        const owner = m[2]!;
        const policy = {
          Version: '2008-10-17',
          Id: '__default_policy_ID',
          Statement: [
            {
              Sid: '__default_statement_ID',
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Action: ['SNS:GetTopicAttributes', 'SNS:Publish', 'SNS:Subscribe'],
              Resource: arn,
              Condition: { StringEquals: { 'AWS:SourceOwner': owner } },
            },
          ],
        };
        return {
          Attributes: {
            TopicArn: arn,
            Owner: owner,
            Policy: JSON.stringify(policy),
            DisplayName: topic.displayName,
            SubscriptionsConfirmed: '0',
            SubscriptionsPending: '0',
            SubscriptionsDeleted: '0',
            EffectiveDeliveryPolicy: JSON.stringify({
              http: { defaultHealthyRetryPolicy: { numRetries: 3 }, disableSubscriptionOverrides: false },
            }),
            ...(arn.endsWith('.fifo') ? { FifoTopic: 'true', ContentBasedDeduplication: 'false' } : {}),
          },
        };
      }),
    ];
  }
}
