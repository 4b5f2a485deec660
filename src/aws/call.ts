import type { Service } from '../errors.js';
import { describeAwsFailure } from './failure.js';

/** Where a call that needed retries is reported (the run's log). */
export type RetryNote = (message: string) => void;

/**
 * Runs one AWS call. Retrying is the SDK's job alone (its retry strategy is configured once in
 * src/aws/clients.ts): this only turns a failure into an AwsCallError naming the operation, the IAM
 * action, a hint and the number of attempts the SDK made, and notes a call that succeeded only
 * after retries.
 */
export async function awsCall<T>(
  service: Service,
  operation: string,
  fn: () => Promise<T>,
  note?: RetryNote,
): Promise<T> {
  let out: T;
  try {
    out = await fn();
  } catch (e) {
    throw describeAwsFailure(service, operation, e);
  }
  const attempts = (out as { $metadata?: { attempts?: number } } | undefined)?.$metadata?.attempts ?? 1;
  if (attempts > 1 && note) {
    note(
      `${service}:${operation} succeeded after ${attempts} attempts (the SDK retried throttling or a transient error)`,
    );
  }
  return out;
}
