import { DeleteAlarmsCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { awsCall, type CallPolicy } from './call.js';

/** DeleteAlarms takes at most 100 names per call. */
export const ALARMS_PER_CALL = 100;

export class CloudWatchAdapter {
  constructor(
    private readonly client: CloudWatchClient,
    private readonly policy: CallPolicy,
  ) {}

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return awsCall(this.policy, 'cloudwatch', operation, fn);
  }

  /** Deletes metric alarms by name; names that do not exist are ignored by AWS. */
  async deleteAlarms(names: string[]): Promise<void> {
    for (let i = 0; i < names.length; i += ALARMS_PER_CALL) {
      const chunk = names.slice(i, i + ALARMS_PER_CALL);
      await this.call('DeleteAlarms', () => this.client.send(new DeleteAlarmsCommand({ AlarmNames: chunk })));
    }
  }
}
