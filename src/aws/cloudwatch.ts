import { DeleteAlarmsCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { awsCall, type RetryNote } from './call.js';

/** DeleteAlarms takes at most 100 names per call. */
export const ALARMS_PER_CALL = 100;

export class CloudWatchAdapter {
  constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    private readonly client: () => CloudWatchClient,
    private readonly note?: RetryNote,
  ) {}

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return awsCall('cloudwatch', operation, fn, this.note);
  }

  /** Deletes metric alarms by name; names that do not exist are ignored by AWS. */
  async deleteAlarms(names: string[]): Promise<void> {
    for (let i = 0; i < names.length; i += ALARMS_PER_CALL) {
      const chunk = names.slice(i, i + ALARMS_PER_CALL);
      await this.call('DeleteAlarms', () =>
        this.client().send(new DeleteAlarmsCommand({ AlarmNames: chunk })),
      );
    }
  }
}
