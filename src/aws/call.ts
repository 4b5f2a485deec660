import type { Clock } from '../clock.js';
import { describeAwsFailure, isThrottling, type Service } from '../errors.js';

export interface CallPolicy {
  clock: Clock;
  /** Total attempts for a throttled or transient failure (on top of the SDK's own retries). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  onRetry?: (message: string) => void;
}

/**
 * Runs one AWS call. Throttling is retried with full-jitter backoff: the SDK's adaptive retry has
 * already tried, and this covers longer bursts while we poll. 5xx and dropped connections are left
 * to the SDK's own retries so a dead endpoint fails in bounded time.
 * Anything else becomes an AwsCallError naming the operation, the IAM action and a hint.
 */
export async function awsCall<T>(
  policy: CallPolicy,
  service: Service,
  operation: string,
  fn: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!isThrottling(e) || attempt >= policy.maxAttempts) {
        throw describeAwsFailure(service, operation, e, attempt);
      }
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const delay = Math.round(policy.clock.random() * ceiling);
      policy.onRetry?.(
        `${service}:${operation} was throttled (${(e as Error).name}); retry ${attempt}/${policy.maxAttempts - 1} in ${delay} ms`,
      );
      await policy.clock.sleep(delay);
    }
  }
}
