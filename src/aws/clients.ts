import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { SSMClient } from '@aws-sdk/client-ssm';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { SNSClient } from '@aws-sdk/client-sns';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { ACTION_NAME, ACTION_VERSION } from '../version.js';

export interface AwsClients {
  elasticache: ElastiCacheClient;
  ec2: EC2Client;
  ssm: SSMClient;
  logs: CloudWatchLogsClient;
  tagging: ResourceGroupsTaggingAPIClient;
  cloudwatch: CloudWatchClient;
  /** SNS and KMS are called only to check that notification_topic_arn / kms_key_id exist, so their
   * SDK modules are loaded (a chunk of their own) only then. */
  sns: Promise<SNSClient>;
  kms: Promise<KMSClient>;
}

/**
 * The one retry layer: the SDK's standard retry strategy, configured here and nowhere else.
 * A call is sent at most MAX_ATTEMPTS times (1 + 4 retries). Only errors the SDK classifies as
 * throttling or transient (5xx, timeouts, refused or reset connections) are retried; anything
 * else (AccessDenied, a missing resource, a bad parameter) is sent exactly once.
 *
 * Backoff before retry i (0-based) is full jitter: random × min(base × 2^i, MAX_BACKOFF_MS), the
 * SDK picking the base by error type: its throttling base for throttling (THROTTLING_BASE_MS, 1 s
 * in the pinned SDK; test/retry.test.ts checks it), TRANSIENT_BASE_MS for the rest. So one call
 * waits at most 1 + 2 + 4 + 8 = 15 s in all when throttled, and 0.25 + 0.5 + 1 + 2 = 3.75 s on
 * 5xx or network errors (the SDK may stretch a wait by up to 5 s when AWS sends Retry-After).
 *
 * Why this bound: a burst of throttling from other tools in the account gets four chances spread
 * over ~15 s, a dead endpoint fails within seconds, and a call is never sent 30 times as when this
 * action retried around the SDK's own retries. Standard rather than adaptive mode: this action
 * sends a handful of calls and then one read every 11–20 s, so the adaptive client-side rate
 * limiter has nothing to smooth and would only add waits of its own.
 */
export const MAX_ATTEMPTS = 5;
export const THROTTLING_BASE_MS = 1_000;
export const TRANSIENT_BASE_MS = 250;
export const MAX_BACKOFF_MS = 8_000;

/** Total backoff a call can wait at most (Retry-After aside): the figure the README states. */
export function maxTotalBackoffMs(baseMs: number): number {
  let total = 0;
  for (let i = 0; i < MAX_ATTEMPTS - 1; i++) total += Math.min(baseMs * 2 ** i, MAX_BACKOFF_MS);
  return total;
}

/**
 * The SDK's StandardRetryBackoffStrategy with a cap this action owns. The strategy calls
 * setDelayBase (1 s for throttling errors, `baseDelay` otherwise) right before each
 * computeNextBackoffDelay; the jitter source is injectable so tests can draw 0 and never sleep.
 */
export class CappedBackoff {
  private base = TRANSIENT_BASE_MS;
  constructor(private readonly random: () => number = Math.random) {}
  setDelayBase(ms: number): void {
    this.base = ms;
  }
  computeNextBackoffDelay(retry: number): number {
    return Math.floor(this.random() * Math.min(this.base * 2 ** retry, MAX_BACKOFF_MS));
  }
}

export interface ClientOptions {
  /** An explicit endpoint (tests' loopback servers). Unset: the SDK honours AWS_ENDPOINT_URL(_<SERVICE>). */
  endpoint?: string;
  /** Static credentials (tests). Unset: the SDK's default chain (what configure-aws-credentials sets). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Jitter source of the retry backoff; tests pass () => 0 so a retry waits 0 ms. */
  random?: () => number;
}

function retryStrategy(random: (() => number) | undefined): StandardRetryStrategy {
  return new StandardRetryStrategy({
    maxAttempts: MAX_ATTEMPTS,
    baseDelay: TRANSIENT_BASE_MS,
    backoff: new CappedBackoff(random),
  });
}

/**
 * Every client is configured once, here: region, the retry strategy above (one per client, so
 * each keeps the SDK's retry budget), and a user agent naming this action and version. A client is
 * built the first time it is used, so a run pays only for the services it calls.
 */
export function createClients(region: string, options: ClientOptions = {}): AwsClients {
  const config = () => ({
    region,
    retryStrategy: retryStrategy(options.random),
    customUserAgent: [[ACTION_NAME, ACTION_VERSION]] as [string, string][],
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  let elasticache: ElastiCacheClient | undefined;
  let ec2: EC2Client | undefined;
  let ssm: SSMClient | undefined;
  let logs: CloudWatchLogsClient | undefined;
  let tagging: ResourceGroupsTaggingAPIClient | undefined;
  let cloudwatch: CloudWatchClient | undefined;
  let sns: Promise<SNSClient> | undefined;
  let kms: Promise<KMSClient> | undefined;
  return {
    get elasticache() {
      return (elasticache ??= new ElastiCacheClient(config()));
    },
    get ec2() {
      return (ec2 ??= new EC2Client(config()));
    },
    get ssm() {
      return (ssm ??= new SSMClient(config()));
    },
    get logs() {
      return (logs ??= new CloudWatchLogsClient(config()));
    },
    get tagging() {
      return (tagging ??= new ResourceGroupsTaggingAPIClient(config()));
    },
    get cloudwatch() {
      return (cloudwatch ??= new CloudWatchClient(config()));
    },
    get sns() {
      return (sns ??= import('@aws-sdk/client-sns').then((m) => new m.SNSClient(config())));
    },
    get kms() {
      return (kms ??= import('@aws-sdk/client-kms').then((m) => new m.KMSClient(config())));
    },
  };
}
