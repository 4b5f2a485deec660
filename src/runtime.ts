// Everything that touches AWS is loaded lazily from main.ts (after inputs validate), so a bad input
// fails in about the time bare node takes to start, without loading the SDK.

import type { Clock } from './clock.js';
import { createClients, type AwsClients } from './aws/clients.js';
import type { CallPolicy } from './aws/call.js';
import { Ec2Adapter } from './aws/ec2.js';
import { ElastiCacheAdapter } from './aws/elasticache.js';
import { LogsAdapter } from './aws/logs.js';
import { SsmAdapter } from './aws/ssm.js';
import type { Adapters } from './observe.js';

export { observe } from './observe.js';
export { execute, waitUntilAvailable } from './execute.js';

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
  };
}
