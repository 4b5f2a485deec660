// CloudWatch, Resource Groups Tagging API, SNS and KMS adapters: what mutation testing found unpinned
// (the 100-name batch boundary of DeleteAlarms; the others' survivors were equivalent or static).

import { CloudWatchClient, DeleteAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { CloudWatchAdapter } from '../src/aws/cloudwatch.js';

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const region = 'eu-west-1';
const cwMock = mockClient(CloudWatchClient);
afterEach(() => {
  cwMock.reset();
});
const cw = () => new CloudWatchAdapter(() => new CloudWatchClient({ region, credentials: creds }));

describe('CloudWatch adapter', () => {
  it('deleteAlarms: exactly 100 names are one call with those names, none is no call', async () => {
    cwMock.on(DeleteAlarmsCommand).resolves({});
    const names = Array.from({ length: 100 }, (_, i) => `a${i}`);
    await cw().deleteAlarms(names);
    await cw().deleteAlarms([]);
    expect(cwMock.commandCalls(DeleteAlarmsCommand).map((c) => c.args[0].input)).toEqual([
      { AlarmNames: names },
    ]);
  });
});
