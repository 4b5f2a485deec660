// The service adapters, built from clients configured once (src/aws/clients.ts).

import type { RetryNote } from './call.js';
import { createClients, type AwsClients } from './clients.js';
import { CloudWatchAdapter } from './cloudwatch.js';
import { Ec2Adapter } from './ec2.js';
import { ElastiCacheAdapter } from './elasticache.js';
import { LogsAdapter } from './logs.js';
import { KmsAdapter } from './kms.js';
import { SnsAdapter } from './sns.js';
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
  /** Existence checks of notification_topic_arn and kms_key_id. */
  sns: SnsAdapter;
  kms: KmsAdapter;
}

/** Adapters over lazily built clients: a client is built when its adapter makes its first call. */
export function createAdapters(region: string, note: RetryNote, clients?: AwsClients): Adapters {
  const c = clients ?? createClients(region);
  return {
    elasticache: new ElastiCacheAdapter(() => c.elasticache, note),
    ec2: new Ec2Adapter(() => c.ec2, note),
    ssm: new SsmAdapter(() => c.ssm, note),
    logs: new LogsAdapter(() => c.logs, note),
    snapshots: new SnapshotAdapter(() => c.elasticache, note),
    tagging: new TaggingAdapter(() => c.tagging, note),
    cloudwatch: new CloudWatchAdapter(() => c.cloudwatch, note),
    sns: new SnsAdapter(() => c.sns, note),
    kms: new KmsAdapter(() => c.kms, note),
  };
}
