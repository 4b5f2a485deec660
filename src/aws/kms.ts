// KMS, read only to check that kms_key_id names a usable key before anything is written. The SDK
// module loads only when the check runs.

import type { KMSClient } from '@aws-sdk/client-kms';
import { AwsCallError } from '../errors.js';
import { awsCall, type RetryNote } from './call.js';

function missing(e: unknown, ...names: string[]): boolean {
  return e instanceof AwsCallError && names.includes(e.causeName);
}

export interface KmsKeyState {
  arn: string | undefined;
  /** Enabled, Disabled, PendingDeletion, PendingImport, … */
  state: string | undefined;
}

export class KmsAdapter {
  constructor(
    private readonly client: () => Promise<KMSClient>,
    private readonly note?: RetryNote,
  ) {}

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return awsCall('kms', operation, fn, this.note);
  }

  /** The key a key id, key ARN, alias or alias ARN names (DescribeKey), or undefined when there is none. */
  async describeKey(keyId: string): Promise<KmsKeyState | undefined> {
    const { DescribeKeyCommand } = await import('@aws-sdk/client-kms');
    const client = await this.client();
    try {
      const out = await this.call('DescribeKey', () => client.send(new DescribeKeyCommand({ KeyId: keyId })));
      return { arn: out.KeyMetadata?.Arn, state: out.KeyMetadata?.KeyState };
    } catch (e) {
      if (missing(e, 'NotFoundException')) return undefined;
      throw e;
    }
  }
}
