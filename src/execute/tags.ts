// Step family: tags, written to every managed resource that exists.

import { PlanError } from '../errors.js';
import {
  applyContext,
  type ApplyContext,
  type ExecContext,
  type ExecResult,
  type StepHandlers,
} from './context.js';

export const tagSteps: StepHandlers<'add-tags' | 'remove-tags'> = {
  'add-tags': {
    title: () => 'add tags',
    run: (s, ctx, st) => tagAll(taggables(ctx, st), (t) => t.add(s.tags)),
  },
  'remove-tags': {
    title: () => 'remove tags',
    run: (s, ctx, st) => tagAll(taggables(ctx, st), (t) => t.remove(s.keys)),
  },
};

function groupArn(ctx: ApplyContext, st: ExecResult): string {
  const arn = st.group?.ARN ?? ctx.observed.group?.arn;
  if (!arn) throw new PlanError(`the ARN of ${ctx.cfg.name} is unknown; cannot tag it`);
  return arn;
}

interface Taggable {
  add(tags: Record<string, string>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/**
 * Tag drift is read on the replication group only, so the group (first in the list) is tagged
 * last: if tagging a sibling fails, the group still shows the drift and the next run retries.
 */
async function tagAll(list: Taggable[], apply: (t: Taggable) => Promise<void>): Promise<void> {
  const [group, ...siblings] = list;
  await Promise.all(siblings.map(apply));
  if (group) await apply(group);
}

/**
 * Every managed resource that exists, so a change of `tags` or `environment` reaches all of them:
 * the group, its parameter and subnet groups, our security group, the log groups and SSM parameters.
 */
function taggables(ctx: ExecContext, st: ExecResult): Taggable[] {
  const { aws } = ctx;
  const apply = applyContext(ctx);
  const { observed: o, names } = apply;
  const rgArn = groupArn(apply, st);
  // arn:aws:elasticache:<region>:<account>:replicationgroup:<id> → the same prefix for sibling resources.
  const prefix = rgArn.slice(0, rgArn.lastIndexOf(':replicationgroup:'));
  const [, partition, , region, account] = rgArn.split(':');
  const ec = (arn: string): Taggable => ({
    add: (t) => aws.elasticache.addTags(arn, t),
    remove: (k) => aws.elasticache.removeTags(arn, k),
  });
  const list: Taggable[] = [ec(rgArn)]; // the group first: tagAll relies on it
  if (o.parameterGroup) list.push(ec(`${prefix}:parametergroup:${o.parameterGroup.name}`));
  // Only our own subnet group: an adopted group's may be `default` or shared with other groups.
  if (o.subnetGroup?.name === names.subnetGroup) list.push(ec(`${prefix}:subnetgroup:${o.subnetGroup.name}`));
  const sg = st.securityGroupId;
  if (sg) list.push({ add: (t) => aws.ec2.tag(sg, t), remove: (k) => aws.ec2.untag(sg, k) });
  for (const name of [names.slowLogGroup, names.engineLogGroup]) {
    if (!(name in o.logGroups)) continue;
    const arn = `arn:${partition}:logs:${region}:${account}:log-group:${name}`;
    list.push({ add: (t) => aws.logs.tag(arn, t), remove: (k) => aws.logs.untag(arn, k) });
  }
  for (const name of Object.keys(o.ssm).filter((n) => n !== names.ssm.authTokenPending)) {
    list.push({ add: (t) => aws.ssm.tag(name, t), remove: (k) => aws.ssm.untag(name, k) });
  }
  return list;
}
