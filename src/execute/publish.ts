// Step family: publish the connection URLs to SSM (only the parameters whose value or type differs).

import { PlanError } from '../errors.js';
import { urlParameterNames } from '../domain/names.js';
import { connectionUrls } from '../domain/urls.js';
import { applyContext, type ExecContext, type ExecResult, type StepHandlers } from './context.js';

export const publishSteps: StepHandlers<'publish-ssm'> = {
  'publish-ssm': {
    title: () => 'publish SSM parameters',
    run: (s, ctx, st) => publishSsm(ctx, st, s.parameterNames, s.tokenless === true),
  },
};

async function publishSsm(
  ctx: ExecContext,
  st: ExecResult,
  only: string[],
  tokenless: boolean,
): Promise<void> {
  const { cfg, names } = applyContext(ctx);
  const rg = st.group ?? (await ctx.aws.elasticache.describeReplicationGroup(names.replicationGroupId));
  st.group = rg;
  const primary = rg?.NodeGroups?.[0]?.PrimaryEndpoint;
  if (!primary?.Address)
    throw new PlanError(`replication group ${cfg.name} has no primary endpoint yet; cannot publish URLs`);
  const token = cfg.authTokenEnabled && !tokenless ? st.token : undefined;
  if (cfg.authTokenEnabled && !tokenless && !token)
    throw new PlanError(`no AUTH token is stored in ${names.ssm.authToken}`);
  const urls = connectionUrls(
    { host: primary.Address, port: primary.Port ?? cfg.port, tls: cfg.transitEncryptionEnabled, token },
    cfg,
  );
  if (token) for (const u of Object.values(urls)) ctx.log.mask(u);
  const values: Record<string, string> = {
    [names.ssm.redisUrl]: urls.redisUrl,
    [names.ssm.celeryBrokerUrl]: urls.celeryBrokerUrl,
    [names.ssm.celeryResultBackend]: urls.celeryResultBackendUrl,
  };
  const secure = cfg.authTokenEnabled; // see staleUrlParameters in plan.ts
  const type = secure ? 'SecureString' : 'String';
  await Promise.all(
    urlParameterNames(names)
      .filter((n) => only.includes(n))
      .filter((n) => st.ssm[n]?.value !== values[n] || st.ssm[n]?.type !== type)
      .map(async (n) => {
        const value = values[n] ?? '';
        await ctx.aws.ssm.putParameter(
          n,
          value,
          secure,
          st.ssm[n]?.type,
          ctx.tags,
          `Connection URL for ${cfg.name} (django-redis-action)`,
          ctx.createTags,
        );
        st.ssm[n] = { value, type };
      }),
  );
}
