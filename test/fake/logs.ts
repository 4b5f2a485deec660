// CloudWatch Logs: log groups with retention and tags.

import {
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  InvalidParameterException,
  ListTagsForResourceCommand,
  PutRetentionPolicyCommand,
  ResourceAlreadyExistsException,
  ResourceNotFoundException,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { jsonError } from './errors.js';
import { route, type RouteDef } from './router.js';
import { compact, pageSize, paginate } from './util.js';
import type { FakeContext, FakeLogGroup } from './world.js';

export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
const NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;

const invalidParameter = (message: string) => jsonError(InvalidParameterException, message);

export class Logs {
  constructor(private readonly ctx: FakeContext) {}

  private require(name: string | undefined): FakeLogGroup {
    const g = this.ctx.world.logGroups.get(name ?? '');
    if (!g) throw jsonError(ResourceNotFoundException, 'The specified log group does not exist.');
    return g;
  }

  /** Tags are stored under the ARN without the trailing ":*". */
  private requireByArn(arn: string | undefined): FakeLogGroup {
    const g = [...this.ctx.world.logGroups.values()].find((x) => x.arn === arn || `${x.arn}:*` === arn);
    if (!g) throw jsonError(ResourceNotFoundException, 'The specified resource does not exist.');
    return g;
  }

  private checkTags(tags: Record<string, string> | undefined, arn: string): void {
    if (tags && Object.keys(tags).length > 0) this.ctx.authorize('logs', 'logs:TagResource', arn);
  }

  routes(): RouteDef[] {
    const { ctx } = this;
    const { world } = ctx;
    return [
      route(DescribeLogGroupsCommand, (input) => {
        if (input.logGroupNamePrefix !== undefined && input.logGroupNamePattern !== undefined) {
          throw invalidParameter(
            'LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.',
          );
        }
        const all = [...world.logGroups.values()]
          .filter(
            (g) =>
              input.logGroupNamePrefix === undefined || g.logGroupName.startsWith(input.logGroupNamePrefix),
          )
          .filter(
            (g) =>
              input.logGroupNamePattern === undefined || g.logGroupName.includes(input.logGroupNamePattern),
          )
          .sort((a, b) => a.logGroupName.localeCompare(b.logGroupName));
        const page = paginate(
          all,
          pageSize(input.limit, { min: 1, max: 50, def: 50 }, invalidParameter, 'limit'),
          input.nextToken,
          invalidParameter,
        );
        return compact({
          logGroups: page.items.map((g) =>
            compact({
              logGroupName: g.logGroupName,
              creationTime: g.creationTime,
              retentionInDays: g.retentionInDays,
              metricFilterCount: 0,
              arn: `${g.arn}:*`,
              logGroupArn: g.arn,
              storedBytes: 0,
              logGroupClass: 'STANDARD' as const,
            }),
          ),
          nextToken: page.next,
        });
      }),

      route(CreateLogGroupCommand, (input) => {
        const name = input.logGroupName ?? '';
        if (!NAME.test(name))
          throw invalidParameter(
            `1 validation error detected: Value '${name}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`,
          );
        if (world.logGroups.has(name))
          throw jsonError(ResourceAlreadyExistsException, 'The specified log group already exists');
        const arn = ctx.arn('logs', `log-group:${name}`);
        this.checkTags(input.tags, arn);
        world.logGroups.set(name, {
          logGroupName: name,
          creationTime: ctx.clock.now(),
          retentionInDays: undefined,
          arn,
        });
        if (input.tags) ctx.setTags(arn, input.tags);
        return {};
      }),

      route(DeleteLogGroupCommand, (input) => {
        const g = this.require(input.logGroupName);
        world.logGroups.delete(g.logGroupName);
        world.tags.delete(g.arn);
        return {};
      }),

      route(PutRetentionPolicyCommand, (input) => {
        const days = input.retentionInDays ?? 0;
        if (!RETENTION_DAYS.includes(days)) {
          throw invalidParameter(
            `1 validation error detected: Value '${days}' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
          );
        }
        this.require(input.logGroupName).retentionInDays = days;
        return {};
      }),

      route(DeleteRetentionPolicyCommand, (input) => {
        this.require(input.logGroupName).retentionInDays = undefined;
        return {};
      }),

      route(ListTagsForResourceCommand, (input) => ({
        tags: { ...ctx.getTags(this.requireByArn(input.resourceArn).arn) },
      })),

      route(TagResourceCommand, (input) => {
        const g = this.requireByArn(input.resourceArn);
        ctx.setTags(g.arn, input.tags ?? {});
        return {};
      }),

      route(UntagResourceCommand, (input) => {
        const g = this.requireByArn(input.resourceArn);
        ctx.removeTags(g.arn, input.tagKeys ?? []);
        return {};
      }),
    ];
  }
}
