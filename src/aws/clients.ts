import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { SSMClient } from '@aws-sdk/client-ssm';
import { ACTION_NAME, ACTION_VERSION } from '../version.js';

export interface AwsClients {
  elasticache: ElastiCacheClient;
  ec2: EC2Client;
  ssm: SSMClient;
  logs: CloudWatchLogsClient;
  tagging: ResourceGroupsTaggingAPIClient;
  cloudwatch: CloudWatchClient;
}

/**
 * Every client is configured once, here: region, adaptive retry (client-side rate limiting when
 * AWS throttles a polling loop), and a user agent naming this action and version. No endpoint is
 * set, so AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> point the clients at an emulator.
 */
export function createClients(region: string): AwsClients {
  const common = {
    region,
    retryMode: 'adaptive',
    maxAttempts: 6,
    customUserAgent: [[ACTION_NAME, ACTION_VERSION]] as [string, string][],
  };
  return {
    elasticache: new ElastiCacheClient(common),
    ec2: new EC2Client(common),
    ssm: new SSMClient(common),
    logs: new CloudWatchLogsClient(common),
    tagging: new ResourceGroupsTaggingAPIClient(common),
    cloudwatch: new CloudWatchClient(common),
  };
}
