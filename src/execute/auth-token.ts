// Step family: the AUTH token — stored in SSM before anything uses it, then ROTATE and SET on the
// group (each with ApplyImmediately=true, as AWS requires), and the pending parameter removed.

import { generateAuthToken } from '../domain/token.js';
import { AwsCallError, PlanError } from '../errors.js';
import { StaleObservationError } from './conflict.js';
import type { ResourceNames } from '../domain/names.js';
import { applyContext, type ExecContext, type ExecResult, type StepHandlers } from './context.js';
import { waitUntilAvailable } from './wait.js';

export const authTokenSteps: StepHandlers<'store-auth-token' | 'auth-token' | 'delete-ssm-parameter'> = {
  'store-auth-token': {
    title: (s) => `store AUTH token in ${s.parameterName}`,
    run: async (s, ctx, st) => {
      const { aws, tags, createTags, log, generateToken } = ctx;
      const { cfg } = applyContext(ctx);
      // Stored before it is used anywhere, so a crash can never lose the token a group accepts.
      if (s.generate) return storeNewToken(ctx, st, s.parameterName, (generateToken ?? generateAuthToken)());
      const token = st.token;
      if (!token) throw new PlanError(`no AUTH token to store in ${s.parameterName}`);
      log.mask(token);
      if (st.ssm[s.parameterName]?.value === token) return;
      // AUTH_TOKEN moves to the token the group already accepts next to the old one (after ROTATE).
      await aws.ssm.putParameter(
        s.parameterName,
        token,
        true,
        st.ssm[s.parameterName]?.type,
        tags,
        `AUTH token of ElastiCache replication group ${cfg.name} (django-redis-action)`,
        createTags,
      );
      st.ssm[s.parameterName] = { value: token, type: 'SecureString' };
    },
  },
  'delete-ssm-parameter': {
    title: (s) => `delete ${s.parameterName}`,
    run: async (s, { aws }, st) => {
      await aws.ssm.deleteParameter(s.parameterName);
      delete st.ssm[s.parameterName];
    },
  },
  'auth-token': {
    title: (s) => `AUTH token ${s.strategy}`,
    run: async (s, ctx, st) => {
      const { names } = applyContext(ctx);
      const token = st.token;
      if (!token)
        throw new PlanError(`no AUTH token is stored in ${names.ssm.authToken}; cannot ${s.strategy}`);
      const mark = s.mark ?? (s.resumed ? names.ssm.authTokenPending : undefined);
      const send = (strategy: 'ROTATE' | 'SET') => sendToken(ctx, names, st, token, strategy, mark);
      try {
        return await send(s.strategy);
      } catch (e) {
        // A resumed token change judged ROTATE done from timestamps; AWS says it is not. ROTATE now
        // (the old token stays valid), wait, and SET: the same safe sequence, one step later.
        if (!s.resumed || !isRefusedParameter(e)) throw e;
        ctx.log.warning(
          `SET was refused (${e instanceof Error ? e.message : String(e)}). If the group never rotated to this token, ROTATE (the old token stays valid) then SET fixes it: trying that.`,
        );
        await send('ROTATE');
        await waitUntilAvailable(ctx, names.replicationGroupId);
        return send('SET');
      }
    },
  },
};

/**
 * A generated token is stored only where no token is: if another run stored one first (two runs
 * creating one group, or starting one token change), that one is used, never overwritten. The
 * token in use is therefore always the one in SSM, whichever run generated it.
 */
async function storeNewToken(ctx: ExecContext, st: ExecResult, name: string, generated: string) {
  const { cfg } = applyContext(ctx);
  ctx.log.mask(generated);
  const stored = await ctx.aws.ssm.createSecretOnce(
    name,
    generated,
    ctx.createTags,
    `AUTH token of ElastiCache replication group ${cfg.name} (django-redis-action)`,
  );
  ctx.log.mask(stored.value);
  if (stored.value !== generated)
    ctx.log.info(`  ${name} was stored meanwhile (another run): using that token, not a new one`);
  st.ssm[name] = stored;
  st.token = stored.value;
}

async function sendToken(
  ctx: ExecContext,
  names: ResourceNames,
  st: ExecResult,
  token: string,
  strategy: 'ROTATE' | 'SET',
  mark: string | undefined,
): Promise<void> {
  const { aws, tags, createTags } = ctx;
  const { cfg } = applyContext(ctx);
  if (strategy === 'ROTATE') await checkNoOtherTokenChange(ctx, names);
  await aws.elasticache.modifyReplicationGroup({
    ReplicationGroupId: names.replicationGroupId,
    AuthToken: token,
    AuthTokenUpdateStrategy: strategy,
    ApplyImmediately: true,
  });
  if (strategy === 'ROTATE' && mark) {
    // Record that AWS accepted ROTATE: the parameter's new version tells a later run not to
    // ROTATE again (plan/ensure/auth-token.ts).
    await aws.ssm.putParameter(
      mark,
      token,
      true,
      st.ssm[mark]?.type,
      tags,
      `New AUTH token of ${cfg.name}: ROTATE accepted, SET to follow (django-redis-action)`,
      createTags,
    );
    st.ssm[mark] = { value: token, type: 'SecureString', version: (st.ssm[mark]?.version ?? 1) + 1 };
  }
}

/**
 * ROTATE twice drops the old token before clients have moved, so just before sending it, make
 * sure no other run has changed (or is changing) the group's token since this run observed it.
 */
async function checkNoOtherTokenChange(ctx: ExecContext, names: ResourceNames): Promise<void> {
  const { observed } = applyContext(ctx);
  const rg = await ctx.aws.elasticache.describeReplicationGroup(names.replicationGroupId);
  const changing = rg?.PendingModifiedValues?.AuthTokenStatus;
  const changed = rg?.AuthTokenLastModifiedDate?.getTime() !== observed.group?.authTokenLastModified;
  if (rg?.Status !== 'available' || changing || changed) {
    throw new StaleObservationError(
      `the AUTH token of ${names.replicationGroupId} ${changing ? `is ${changing.toLowerCase()}` : changed ? 'changed since this run observed it' : `cannot be rotated while the group is ${rg?.Status ?? 'missing'}`} (another run is changing it)`,
    );
  }
}

/** SET with a token that was not rotated in is refused as an invalid parameter (AWS: it must equal the last rotated token). */
function isRefusedParameter(e: unknown): boolean {
  return (
    e instanceof AwsCallError &&
    (e.causeName === 'InvalidParameterValueException' ||
      e.causeName === 'InvalidParameterCombinationException')
  );
}
