// One adapter of each AWS service over a real SDK client (eu-west-1, example credentials), for the
// adapter tests: aws-sdk-client-mock replaces the client's send(), so no request leaves the process.

import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { KMSClient } from '@aws-sdk/client-kms';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import type { RetryNote } from '../../src/aws/call.js';
import { CloudWatchAdapter } from '../../src/aws/cloudwatch.js';
import { Ec2Adapter } from '../../src/aws/ec2.js';
import { ElastiCacheAdapter } from '../../src/aws/elasticache.js';
import { KmsAdapter } from '../../src/aws/kms.js';
import { LogsAdapter } from '../../src/aws/logs.js';
import { SnapshotAdapter } from '../../src/aws/snapshots.js';
import { SnsAdapter } from '../../src/aws/sns.js';
import { SsmAdapter } from '../../src/aws/ssm.js';
import { TaggingAdapter } from '../../src/aws/tagging.js';

export const TEST_REGION = 'eu-west-1';
const config = {
  region: TEST_REGION,
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
};

/** `note` receives the retry notes the adapter logs (see src/aws/call.ts). */
export const elasticacheAdapter = (note?: RetryNote) =>
  new ElastiCacheAdapter(() => new ElastiCacheClient(config), note);
export const snapshotAdapter = (note?: RetryNote) =>
  new SnapshotAdapter(() => new ElastiCacheClient(config), note);
export const ec2Adapter = (note?: RetryNote) => new Ec2Adapter(() => new EC2Client(config), note);
export const ssmAdapter = (note?: RetryNote) => new SsmAdapter(() => new SSMClient(config), note);
export const logsAdapter = (note?: RetryNote) =>
  new LogsAdapter(() => new CloudWatchLogsClient(config), note);
export const cloudWatchAdapter = (note?: RetryNote) =>
  new CloudWatchAdapter(() => new CloudWatchClient(config), note);
export const taggingAdapter = (note?: RetryNote) =>
  new TaggingAdapter(() => new ResourceGroupsTaggingAPIClient(config), note);
export const kmsAdapter = (note?: RetryNote) => new KmsAdapter(async () => new KMSClient(config), note);
export const snsAdapter = (note?: RetryNote) => new SnsAdapter(async () => new SNSClient(config), note);
