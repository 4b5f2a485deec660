import {
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  ListTagsForResourceCommand,
  PutRetentionPolicyCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import { AwsCallError } from '../errors.js';
import { awsCall, type RetryNote } from './call.js';

export class LogsAdapter {
  constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    private readonly client: () => CloudWatchLogsClient,
    private readonly note?: RetryNote,
  ) {}

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return awsCall('logs', operation, fn, this.note);
  }

  /** Log group name -> retention days (undefined = never expire), for groups under the prefix. */
  async describeLogGroups(prefix: string): Promise<Record<string, number | undefined>> {
    const found: Record<string, number | undefined> = {};
    let token: string | undefined;
    do {
      const out = await this.call('DescribeLogGroups', () =>
        this.client().send(new DescribeLogGroupsCommand({ logGroupNamePrefix: prefix, nextToken: token })),
      );
      // Stryker disable next-line ArrayDeclaration: a fallback element has no logGroupName and is skipped
      for (const g of out.logGroups ?? []) if (g.logGroupName) found[g.logGroupName] = g.retentionInDays;
      token = out.nextToken;
    } while (token);
    return found;
  }

  /** Log groups under the prefix with their ARN (without the ":*" suffix), to read their tags. */
  async findLogGroups(prefix: string): Promise<Array<{ name: string; arn: string }>> {
    const found: Array<{ name: string; arn: string }> = [];
    let token: string | undefined;
    do {
      const out = await this.call('DescribeLogGroups', () =>
        this.client().send(new DescribeLogGroupsCommand({ logGroupNamePrefix: prefix, nextToken: token })),
      );
      // Stryker disable next-line ArrayDeclaration: a fallback element has no logGroupName and is skipped
      for (const g of out.logGroups ?? [])
        if (g.logGroupName)
          // Stryker disable next-line Regex: log group names cannot contain '*', so ':*' can only end the ARN
          found.push({ name: g.logGroupName, arn: g.logGroupArn ?? (g.arn ?? '').replace(/:\*$/, '') });
      token = out.nextToken;
    } while (token);
    return found;
  }

  async listTags(arn: string): Promise<Record<string, string>> {
    const out = await this.call('ListTagsForResource', () =>
      this.client().send(new ListTagsForResourceCommand({ resourceArn: arn })),
    );
    return out.tags ?? {};
  }

  /** Deletes a log group with its events; one already gone is fine. */
  async deleteLogGroup(name: string) {
    try {
      await this.call('DeleteLogGroup', () =>
        this.client().send(new DeleteLogGroupCommand({ logGroupName: name })),
      );
    } catch (e) {
      if (e instanceof AwsCallError && e.causeName === 'ResourceNotFoundException') return;
      throw e;
    }
  }

  /** Creates the group; one that already exists (a concurrent run) is fine. */
  async createLogGroup(name: string, tags: Record<string, string>) {
    try {
      await this.call('CreateLogGroup', () =>
        this.client().send(new CreateLogGroupCommand({ logGroupName: name, tags })),
      );
    } catch (e) {
      if (e instanceof AwsCallError && e.causeName === 'ResourceAlreadyExistsException') return;
      throw e;
    }
  }

  async putRetention(name: string, days: number) {
    await this.call('PutRetentionPolicy', () =>
      this.client().send(new PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: days })),
    );
  }

  /** No retention policy: the log group never expires events (log_retention_days: 0). */
  async deleteRetention(name: string) {
    await this.call('DeleteRetentionPolicy', () =>
      this.client().send(new DeleteRetentionPolicyCommand({ logGroupName: name })),
    );
  }

  async tag(arn: string, tags: Record<string, string>) {
    await this.call('TagResource', () =>
      this.client().send(new TagResourceCommand({ resourceArn: arn, tags })),
    );
  }

  async untag(arn: string, keys: string[]) {
    await this.call('UntagResource', () =>
      this.client().send(new UntagResourceCommand({ resourceArn: arn, tagKeys: keys })),
    );
  }
}
