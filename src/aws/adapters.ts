// The service adapters, built from clients configured once (src/aws/clients.ts).

import type { Clock } from '../clock.js';
import type { CallPolicy } from './call.js';
import { createClients, type AwsClients } from './clients.js';
import { CloudWatchAdapter } from './cloudwatch.js';
import { Ec2Adapter } from './ec2.js';
import { ElastiCacheAdapter } from './elasticache.js';
import { LogsAdapter } from './logs.js';
import { SnapshotAdapter } from './snapshots.js';
import { SsmAdapter } from './ssm.js';
import { TaggingAdapter } from './tagging.js';

export interface Adapters {
  elasticache: ElastiCacheAdapter;
  ec2: Ec2Adapter;
  ssm: SsmAdapter;
  logs: LogsAdapter;
  /** ElastiCache's snapshot API (same client as elasticache). */
  snapshots: SnapshotAdapter;
  tagging: TaggingAdapter;
  cloudwatch: CloudWatchAdapter;
}

export function createAdapters(
  region: string,
  clock: Clock,
  onRetry: (m: string) => void,
  clients?: AwsClients,
): Adapters {
  const c = clients ?? createClients(region);
  const policy: CallPolicy = { clock, maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 20_000, onRetry };
  return {
    elasticache: new ElastiCacheAdapter(c.elasticache, policy),
    ec2: new Ec2Adapter(c.ec2, policy),
    ssm: new SsmAdapter(c.ssm, policy),
    logs: new LogsAdapter(c.logs, policy),
    snapshots: new SnapshotAdapter(c.elasticache, policy),
    tagging: new TaggingAdapter(c.tagging, policy),
    cloudwatch: new CloudWatchAdapter(c.cloudwatch, policy),
  };
}
