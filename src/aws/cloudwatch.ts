import {
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  ListTagsForResourceCommand,
  PutMetricAlarmCommand,
  type CloudWatchClient,
  type MetricAlarm,
  type PutMetricAlarmInput,
} from '@aws-sdk/client-cloudwatch';
import { awsCall, type RetryNote } from './call.js';

/** DeleteAlarms takes at most 100 names per call. */
export const ALARMS_PER_CALL = 100;
/** DescribeAlarms returns at most 100 alarms per page. */
export const ALARMS_PER_PAGE = 100;

export class CloudWatchAdapter {
  constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    private readonly client: () => CloudWatchClient,
    private readonly note?: RetryNote,
  ) {}

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return awsCall('cloudwatch', operation, fn, this.note);
  }

  /** The metric alarms whose names start with `prefix`: one call per 100 alarms (paged). */
  async describeAlarms(prefix: string): Promise<MetricAlarm[]> {
    const found: MetricAlarm[] = [];
    let token: string | undefined;
    do {
      const out = await this.call('DescribeAlarms', () =>
        this.client().send(
          new DescribeAlarmsCommand({
            AlarmNamePrefix: prefix,
            AlarmTypes: ['MetricAlarm'],
            MaxRecords: ALARMS_PER_PAGE,
            NextToken: token,
          }),
        ),
      );
      found.push(...(out.MetricAlarms ?? []));
      token = out.NextToken;
    } while (token);
    return found;
  }

  /** Creates the alarm, or replaces its whole configuration (AWS ignores Tags on an update). */
  async putMetricAlarm(input: PutMetricAlarmInput): Promise<void> {
    await this.call('PutMetricAlarm', () => this.client().send(new PutMetricAlarmCommand(input)));
  }

  async listTags(arn: string): Promise<Record<string, string>> {
    const out = await this.call('ListTagsForResource', () =>
      this.client().send(new ListTagsForResourceCommand({ ResourceARN: arn })),
    );
    return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
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
