// Step family: the group's CloudWatch alarms. PutMetricAlarm creates or replaces one alarm (its tags
// apply on create only, so every call carries the create tags with the ownership marker); an alarm
// of a node that left is deleted only when its own tags prove this repository created it.

import { CREATED_BY_TAG, ownership } from '../domain/ownership.js';
import type { StepHandlers } from './context.js';
import { tagList } from '../domain/names.js';

type Kind = 'put-alarms' | 'remove-alarms';

export const alarmSteps: StepHandlers<Kind> = {
  'put-alarms': {
    title: (s) => `put ${s.alarms.length} CloudWatch alarm${s.alarms.length === 1 ? '' : 's'}`,
    run: async (s, { aws, createTags }) => {
      for (const alarm of s.alarms)
        await aws.cloudwatch.putMetricAlarm({ ...alarm, Tags: tagList(createTags) });
    },
  },
  'remove-alarms': {
    title: (s) => `delete ${s.alarms.length} CloudWatch alarm${s.alarms.length === 1 ? '' : 's'}`,
    run: async (s, { aws, createTags, log }) => {
      const repository = createTags[CREATED_BY_TAG];
      const ours: string[] = [];
      for (const a of s.alarms) {
        const o = ownership(await aws.cloudwatch.listTags(a.arn), repository, `CloudWatch alarm ${a.name}`);
        if (o.ours) ours.push(a.name);
        else log.warning(`Left in place: ${o.why}.`);
      }
      if (ours.length) await aws.cloudwatch.deleteAlarms(ours);
    },
  },
};
