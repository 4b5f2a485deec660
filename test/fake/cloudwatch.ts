// CloudWatch metric alarms: PutMetricAlarm (create or replace), DescribeAlarms, DeleteAlarms and the
// alarm tag operations. Only single-metric alarms are modelled; metric math fails loudly.

import {
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  InvalidNextToken,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  ListTagsForResourceCommand,
  type MetricAlarm,
  MissingRequiredParameterException,
  PutMetricAlarmCommand,
  type PutMetricAlarmInput,
  ResourceNotFoundException,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import { cwError, type FakeErrorShape, unmodelledError } from './errors.js';
import { route, type RouteDef } from './router.js';
import { compact, pageSize, paginate, recordToTagList, tagListToRecord } from './util.js';
import type { FakeAlarm, FakeContext } from './world.js';

const COMPARISON = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
  'LessThanLowerOrGreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'GreaterThanUpperThreshold',
];
/** Anomaly-detection band operators: they need ThresholdMetricId (metric math), not modelled. */
const BAND = COMPARISON.slice(4);
const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'];
const TREAT_MISSING = ['breaching', 'notBreaching', 'ignore', 'missing'];
const ACTION_ARN =
  /^arn:aws[a-z-]*:(sns|autoscaling|automate|ssm|ssm-incidents|lambda):[a-z0-9-]*:(\d{12})?:.+$/;
const MAX_ACTIONS = 5;
const MAX_DIMENSIONS = 30;
const MAX_TAGS = 50;
const ALARM_ARN = /^arn:aws[a-z-]*:cloudwatch:([a-z0-9-]+):(\d{12}):alarm:(.+)$/;

/** CloudWatch's own constraint failures ("1 validation error detected: …"), code ValidationError. */
const validation = (message: string): FakeErrorShape =>
  unmodelledError('cloudwatch', 'ValidationError', message, 400);
const constraint = (value: unknown, member: string, rule: string) =>
  validation(
    `1 validation error detected: Value ${value === null ? 'null' : `'${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}'`} at '${member}' failed to satisfy constraint: ${rule}`,
  );
const missing = (name: string) =>
  cwError(MissingRequiredParameterException, `The parameter ${name} is required.`);

export class CloudWatch {
  constructor(private readonly ctx: FakeContext) {}

  private get world() {
    return this.ctx.world;
  }

  arn(name: string): string {
    return this.ctx.arn('cloudwatch', `alarm:${name}`);
  }

  render(a: FakeAlarm): MetricAlarm {
    return compact({
      AlarmName: a.name,
      AlarmArn: a.arn,
      AlarmDescription: a.description,
      AlarmConfigurationUpdatedTimestamp: a.configurationUpdated,
      ActionsEnabled: a.actionsEnabled,
      OKActions: [...a.okActions],
      AlarmActions: [...a.alarmActions],
      InsufficientDataActions: [...a.insufficientDataActions],
      StateValue: a.state,
      StateReason: a.stateReason,
      StateUpdatedTimestamp: a.stateUpdated,
      StateTransitionedTimestamp: a.stateUpdated,
      MetricName: a.metricName,
      Namespace: a.namespace,
      Statistic: a.statistic as MetricAlarm['Statistic'],
      ExtendedStatistic: a.extendedStatistic,
      Dimensions: a.dimensions.map((d) => ({ ...d })),
      Period: a.period,
      Unit: a.unit,
      EvaluationPeriods: a.evaluationPeriods,
      DatapointsToAlarm: a.datapointsToAlarm,
      Threshold: a.threshold,
      ComparisonOperator: a.comparisonOperator as MetricAlarm['ComparisonOperator'],
      TreatMissingData: a.treatMissingData,
      EvaluateLowSampleCountPercentile: a.evaluateLowSampleCountPercentile,
    } satisfies MetricAlarm);
  }

  private validateActions(member: string, actions: string[] | undefined): string[] {
    const list = actions ?? [];
    if (list.length > MAX_ACTIONS)
      throw constraint(list, member, `Member must have length less than or equal to ${MAX_ACTIONS}`);
    for (const a of list) if (!ACTION_ARN.test(a)) throw validation(`Invalid arn syntax: ${a}`);
    return [...list];
  }

  /** Validate a PutMetricAlarm request the way CloudWatch does; returns the alarm's configuration. */
  private validate(
    input: PutMetricAlarmInput,
  ): Omit<FakeAlarm, 'state' | 'stateReason' | 'stateUpdated' | 'configurationUpdated' | 'arn'> {
    for (const f of [
      'Metrics',
      'ThresholdMetricId',
      'EvaluationCriteria',
      'EvaluationWindow',
      'WarmUpConfiguration',
      'EvaluationInterval',
    ] as const) {
      if (input[f] !== undefined)
        throw new Error(`fake cloud: PutMetricAlarm field ${f} is not supported by the fake`);
    }
    const name = input.AlarmName;
    if (name === undefined || name === '') throw missing('AlarmName');
    if (name.length > 255)
      throw constraint(name, 'alarmName', 'Member must have length less than or equal to 255');
    if (input.AlarmDescription !== undefined && input.AlarmDescription.length > 1024)
      throw constraint(
        input.AlarmDescription,
        'alarmDescription',
        'Member must have length less than or equal to 1024',
      );
    if (input.EvaluationPeriods === undefined) throw missing('EvaluationPeriods');
    if (!Number.isInteger(input.EvaluationPeriods) || input.EvaluationPeriods < 1)
      throw constraint(
        input.EvaluationPeriods,
        'evaluationPeriods',
        'Member must have value greater than or equal to 1',
      );
    if (input.ComparisonOperator === undefined) throw missing('ComparisonOperator');
    if (!COMPARISON.includes(input.ComparisonOperator))
      throw constraint(
        input.ComparisonOperator,
        'comparisonOperator',
        `Member must satisfy enum value set: [${COMPARISON.join(', ')}]`,
      );
    if (BAND.includes(input.ComparisonOperator))
      throw validation(
        `ComparisonOperator ${input.ComparisonOperator} is only valid for anomaly detection alarms, which need ThresholdMetricId.`,
      );
    if (input.Threshold === undefined) throw missing('Threshold');
    if (!input.MetricName) throw missing('MetricName');
    if (!input.Namespace) throw missing('Namespace');
    if (input.Statistic !== undefined && input.ExtendedStatistic !== undefined)
      throw cwError(
        InvalidParameterCombinationException,
        'Statistic and ExtendedStatistic cannot both be specified.',
      );
    if (input.Statistic === undefined && input.ExtendedStatistic === undefined)
      throw cwError(
        InvalidParameterCombinationException,
        'Exactly one of Statistic or ExtendedStatistic must be specified.',
      );
    if (input.Statistic !== undefined && !STATISTICS.includes(input.Statistic))
      throw constraint(
        input.Statistic,
        'statistic',
        `Member must satisfy enum value set: [${STATISTICS.join(', ')}]`,
      );
    if (
      input.ExtendedStatistic !== undefined &&
      !/^(p|tm|wm|tc|ts)\d+(\.\d+)?$|^(TM|TC|TS|WM)\(.+\)$/.test(input.ExtendedStatistic)
    )
      throw cwError(InvalidParameterValueException, `Invalid ExtendedStatistic: ${input.ExtendedStatistic}`);
    const period = input.Period;
    if (period === undefined) throw missing('Period');
    if (!Number.isInteger(period) || period < 10)
      throw constraint(period, 'period', 'Member must have value greater than or equal to 10');
    if (![10, 20, 30].includes(period) && period % 60 !== 0)
      throw validation('Period must be 10, 20, 30 or a multiple of 60.');
    if (period * input.EvaluationPeriods > 86_400)
      throw validation(
        'Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400)',
      );
    if (input.DatapointsToAlarm !== undefined) {
      if (!Number.isInteger(input.DatapointsToAlarm) || input.DatapointsToAlarm < 1)
        throw constraint(
          input.DatapointsToAlarm,
          'datapointsToAlarm',
          'Member must have value greater than or equal to 1',
        );
      if (input.DatapointsToAlarm > input.EvaluationPeriods)
        throw validation('DatapointsToAlarm must be less than or equal to EvaluationPeriods.');
    }
    const dimensions = input.Dimensions ?? [];
    if (dimensions.length > MAX_DIMENSIONS)
      throw constraint(
        dimensions.map((d) => d.Name),
        'dimensions',
        `Member must have length less than or equal to ${MAX_DIMENSIONS}`,
      );
    for (const d of dimensions) {
      if (!d.Name) throw constraint(null, 'dimensions.member.name', 'Member must not be null');
      if (d.Value === undefined || d.Value === '')
        throw constraint(null, 'dimensions.member.value', 'Member must not be null');
    }
    if (input.TreatMissingData !== undefined && !TREAT_MISSING.includes(input.TreatMissingData))
      throw cwError(
        InvalidParameterValueException,
        `The value ${input.TreatMissingData} for TreatMissingData is not valid. Valid values: ${TREAT_MISSING.join(', ')}.`,
      );
    if (
      input.EvaluateLowSampleCountPercentile !== undefined &&
      !['evaluate', 'ignore'].includes(input.EvaluateLowSampleCountPercentile)
    )
      throw cwError(
        InvalidParameterValueException,
        'EvaluateLowSampleCountPercentile must be evaluate or ignore.',
      );
    return {
      name,
      description: input.AlarmDescription,
      actionsEnabled: input.ActionsEnabled ?? true,
      okActions: this.validateActions('oKActions', input.OKActions),
      alarmActions: this.validateActions('alarmActions', input.AlarmActions),
      insufficientDataActions: this.validateActions('insufficientDataActions', input.InsufficientDataActions),
      namespace: input.Namespace,
      metricName: input.MetricName,
      statistic: input.Statistic,
      extendedStatistic: input.ExtendedStatistic,
      dimensions: dimensions.map((d) => ({ Name: d.Name, Value: d.Value })),
      period,
      unit: input.Unit,
      evaluationPeriods: input.EvaluationPeriods,
      datapointsToAlarm: input.DatapointsToAlarm,
      threshold: input.Threshold,
      comparisonOperator: input.ComparisonOperator,
      treatMissingData: input.TreatMissingData,
      evaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile,
    };
  }

  private requireByArn(arn: string | undefined): FakeAlarm {
    const m = ALARM_ARN.exec(arn ?? '');
    if (!m) throw cwError(InvalidParameterValueException, `Invalid ARN: ${arn ?? ''}`);
    const alarm =
      m[1] === this.ctx.region && m[2] === this.ctx.accountId ? this.world.alarms.get(m[3]!) : undefined;
    if (!alarm) {
      throw Object.assign(cwError(ResourceNotFoundException, 'The specified resource does not exist.'), {
        ResourceType: 'Alarm',
        ResourceId: arn,
      });
    }
    return alarm;
  }

  routes(): RouteDef[] {
    const { ctx, world } = this;
    return [
      route(PutMetricAlarmCommand, (input) => {
        const config = this.validate(input);
        const existing = world.alarms.get(config.name);
        const arn = this.arn(config.name);
        const now = ctx.now();
        if (!existing && input.Tags?.length) {
          // AWS: tags are applied on create only (and need cloudwatch:TagResource); ignored on update.
          ctx.authorize('cloudwatch', 'cloudwatch:TagResource', arn);
          if (input.Tags.length > MAX_TAGS)
            throw constraint(
              input.Tags.map((t) => t.Key),
              'tags',
              `Member must have length less than or equal to ${MAX_TAGS}`,
            );
          ctx.setTags(arn, tagListToRecord(input.Tags));
        }
        world.alarms.set(config.name, {
          ...config,
          arn,
          // Updating an alarm keeps its state; the configuration is replaced as a whole.
          state: existing?.state ?? 'INSUFFICIENT_DATA',
          stateReason: existing?.stateReason ?? 'Unchecked: Initial alarm creation',
          stateUpdated: existing?.stateUpdated ?? now,
          configurationUpdated: now,
        });
        return {};
      }),

      route(DescribeAlarmsCommand, (input) => {
        for (const f of ['ChildrenOfAlarmName', 'ParentsOfAlarmName'] as const)
          if (input[f] !== undefined)
            throw new Error(`fake cloud: DescribeAlarms field ${f} is not supported by the fake`);
        if (input.AlarmNames !== undefined && input.AlarmNamePrefix !== undefined)
          throw cwError(
            InvalidParameterCombinationException,
            'AlarmNames and AlarmNamePrefix cannot be specified together.',
          );
        if ((input.AlarmNames?.length ?? 0) > 100)
          throw constraint(
            input.AlarmNames,
            'alarmNames',
            'Member must have length less than or equal to 100',
          );
        const size = pageSize(input.MaxRecords, { min: 1, max: 100, def: 50 }, () =>
          constraint(input.MaxRecords, 'maxRecords', 'Member must have value between 1 and 100'),
        );
        const wantMetric = input.AlarmTypes === undefined || input.AlarmTypes.includes('MetricAlarm');
        const all = [...world.alarms.values()]
          .filter(
            (a) =>
              wantMetric &&
              (input.AlarmNames === undefined || input.AlarmNames.includes(a.name)) &&
              (input.AlarmNamePrefix === undefined || a.name.startsWith(input.AlarmNamePrefix)) &&
              (input.StateValue === undefined || a.state === input.StateValue) &&
              (input.ActionPrefix === undefined ||
                [...a.alarmActions, ...a.okActions, ...a.insufficientDataActions].some((x) =>
                  x.startsWith(input.ActionPrefix!),
                )),
          )
          .sort((a, b) => a.name.localeCompare(b.name));
        const page = paginate(all, size, input.NextToken, (m) => cwError(InvalidNextToken, m));
        return compact({
          MetricAlarms: page.items.map((a) => this.render(a)),
          CompositeAlarms: [],
          NextToken: page.next,
        });
      }),

      route(DeleteAlarmsCommand, (input) => {
        const names = input.AlarmNames;
        if (names === undefined) throw missing('AlarmNames');
        if (names.length > 100)
          throw constraint(names, 'alarmNames', 'Member must have length less than or equal to 100');
        // Names that do not exist are ignored.
        for (const n of names) {
          const a = world.alarms.get(n);
          if (a) {
            world.alarms.delete(n);
            world.tags.delete(a.arn);
          }
        }
        return {};
      }),

      route(ListTagsForResourceCommand, (input) => ({
        Tags: recordToTagList(ctx.getTags(this.requireByArn(input.ResourceARN).arn)),
      })),

      route(TagResourceCommand, (input) => {
        const a = this.requireByArn(input.ResourceARN);
        const merged = { ...ctx.getTags(a.arn), ...tagListToRecord(input.Tags) };
        if (Object.keys(merged).length > MAX_TAGS)
          throw cwError(InvalidParameterValueException, `A resource can have at most ${MAX_TAGS} tags.`);
        ctx.setTags(a.arn, merged);
        return {};
      }),

      route(UntagResourceCommand, (input) => {
        const a = this.requireByArn(input.ResourceARN);
        ctx.removeTags(a.arn, input.TagKeys ?? []);
        return {};
      }),
    ];
  }
}
