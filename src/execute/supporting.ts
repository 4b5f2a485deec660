// Step family: the resources around the group (subnet group, parameter group, security group and
// its ingress, log groups). Each handler is one adapter call, or two where AWS needs a follow-up.

import { AwsCallError, PlanError } from '../errors.js';
import { applyContext, requireSg, type StepHandlers } from './context.js';

type Kind =
  | 'create-subnet-group'
  | 'modify-subnet-group'
  | 'create-parameter-group'
  | 'modify-parameter-group'
  | 'reset-parameters'
  | 'create-security-group'
  | 'authorize-ingress'
  | 'revoke-ingress'
  | 'revoke-other-ingress'
  | 'create-log-group'
  | 'put-log-retention'
  | 'delete-log-retention';

export const supportingSteps: StepHandlers<Kind> = {
  'create-subnet-group': {
    title: (s) => `create cache subnet group ${s.name}`,
    run: (s, ctx) =>
      ctx.aws.elasticache.createSubnetGroup(
        s.name,
        `django-redis-action: ${applyContext(ctx).cfg.name}`,
        s.subnetIds,
        ctx.createTags,
      ),
  },
  'modify-subnet-group': {
    title: (s) => `update cache subnet group ${s.name}`,
    run: async (s, ctx) => {
      const { aws } = ctx;
      const { cfg } = applyContext(ctx);
      try {
        return await aws.elasticache.modifySubnetGroup(s.name, s.subnetIds);
      } catch (e) {
        if (e instanceof AwsCallError && e.causeName === 'SubnetInUse') {
          throw new PlanError(
            // Stryker disable next-line Regex: AWS messages are one line, and a leading .* already matches from the start
            `Input "subnet_ids": a subnet you removed still hosts a node of ${cfg.name} (${e.message.replace(/^.*SubnetInUse: /, '')}). ` +
              `Keep that subnet in subnet_ids, or move the node first (decrease num_cache_clusters, then increase it once the new subnets are in the list).`,
          );
        }
        throw e;
      }
    },
  },
  'create-parameter-group': {
    title: (s) => `create parameter group ${s.name}`,
    run: async (s, ctx) => {
      const { aws, createTags } = ctx;
      const { cfg } = applyContext(ctx);
      await aws.elasticache.createParameterGroup(
        s.name,
        s.family,
        `django-redis-action: Django-tuned ${s.family} for ${cfg.name}`,
        createTags,
      );
      return aws.elasticache.modifyParameters(s.name, s.parameters);
    },
  },
  'modify-parameter-group': {
    title: (s) => `update parameter group ${s.name}`,
    run: (s, { aws }) => aws.elasticache.modifyParameters(s.name, s.parameters),
  },
  'reset-parameters': {
    title: (s) => `reset ${s.parameterNames.join(', ')} in parameter group ${s.name} to the family default`,
    run: (s, { aws }) => aws.elasticache.resetParameters(s.name, s.parameterNames),
  },
  'create-security-group': {
    title: (s) => `create security group ${s.name}`,
    run: async (s, ctx, st) => {
      const { aws, createTags, log } = ctx;
      const { cfg } = applyContext(ctx);
      const id = await aws.ec2.createSecurityGroup(
        s.name,
        `django-redis-action: ${cfg.name} clients`,
        s.vpcId,
        createTags,
      );
      st.securityGroupId = id;
      log.info(`  created security group ${id}`);
      return aws.ec2.authorizeIngress(id, s.ingress, `django-redis-action ${cfg.name}`);
    },
  },
  'authorize-ingress': {
    title: (s) => `authorize ingress on ${s.port}/tcp`,
    run: (s, ctx, st) =>
      ctx.aws.ec2.authorizeIngress(requireSg(st), s, `django-redis-action ${applyContext(ctx).cfg.name}`),
  },
  'revoke-ingress': {
    title: (s) => `revoke ingress on ${s.port}/tcp`,
    run: (s, { aws }, st) => aws.ec2.revokeIngress(requireSg(st), s),
  },
  'revoke-other-ingress': {
    title: () => 'revoke other ingress rules',
    run: (s, { aws }, st) => aws.ec2.revokePermissions(requireSg(st), s.permissions),
  },
  'create-log-group': {
    title: (s) => `create log group ${s.name}`,
    run: async (s, { aws, createTags }) => {
      await aws.logs.createLogGroup(s.name, createTags);
      if (s.retentionDays) await aws.logs.putRetention(s.name, s.retentionDays);
    },
  },
  'put-log-retention': {
    title: (s) => `set retention of ${s.name}`,
    run: (s, { aws }) => aws.logs.putRetention(s.name, s.retentionDays),
  },
  'delete-log-retention': {
    title: (s) => `remove retention of ${s.name}`,
    run: (s, { aws }) => aws.logs.deleteRetention(s.name),
  },
};
