// The shared executor is thin: it runs the planned steps level by level (steps of one level
// concurrently), one handler per step kind, and every handler is one or two adapter calls. Every
// decision was made by a planner; each step family lives in its own file with its title.

import type { ResourceNames } from '../domain/names.js';
import { resourceNames } from '../domain/names.js';
import { AwsCallError } from '../errors.js';
import type { Plan, Step, StepKind } from '../plan/steps.js';
import { authTokenSteps } from './auth-token.js';
import type { ExecContext, ExecResult, StepHandler, StepHandlers } from './context.js';
import { publishSteps } from './publish.js';
import { replicationGroupSteps } from './replication-group.js';
import { supportingSteps } from './supporting.js';
import { tagSteps } from './tags.js';
import { waitUntilAvailable } from './wait.js';

export type { ExecContext, ExecResult, Logger } from './context.js';
export { buildCreateRequest } from './replication-group.js';
export { classifyGroup, waitUntilAvailable } from './wait.js';

/** Every step kind has exactly one handler: a kind without one is a compile error. */
const HANDLERS: StepHandlers<StepKind> = {
  ...supportingSteps,
  ...authTokenSteps,
  ...replicationGroupSteps,
  ...tagSteps,
  ...publishSteps,
};

function handler<K extends StepKind>(step: Extract<Step, { kind: K }>): StepHandler<K> {
  return HANDLERS[step.kind as K] as StepHandler<K>;
}

/** One line naming what a step does, as the plan, the log, the summary and `changes` show it. */
export function stepTitle(step: Step): string {
  return handler(step).title(step);
}

export async function execute(plan: Plan, ctx: ExecContext): Promise<ExecResult> {
  const names = resourceNames(ctx.cfg);
  const state: ExecResult = {
    securityGroupId: ctx.observed.securityGroup?.id,
    // On an existing group a pending token (an unfinished rotation) wins over the current one: it is
    // the one to finish. A new group never uses it (the plan deletes it).
    token:
      (plan.action === 'create' ? undefined : ctx.observed.ssm[names.ssm.authTokenPending]?.value) ??
      ctx.observed.ssm[names.ssm.authToken]?.value,
    group: undefined,
    timings: [],
    ssm: { ...ctx.observed.ssm },
  };
  const levels = [...new Set(plan.steps.map((s) => s.level))].sort((x, y) => x - y);
  for (const level of levels) {
    const steps = plan.steps.filter((s) => s.level === level);
    const started = ctx.clock.now();
    await Promise.all(steps.map((s) => runStep(s, ctx, names, state)));
    state.timings.push({ level, label: steps.map((s) => s.kind).join(', '), ms: ctx.clock.now() - started });
  }
  return state;
}

/** ElastiCache's answers when the group or one of its members is busy (creating, modifying, …). */
const BUSY_FAULTS = new Set(['InvalidCacheClusterStateFault', 'InvalidReplicationGroupStateFault']);

/**
 * Runs one step. Observe describes only the group's first member, so a member that is still busy
 * while the group is available (a replica another run added, still creating) is first seen here,
 * when AWS refuses the change: wait until the group and every member are available (the poller
 * describes them all), then retry the step once. Nothing was changed by the refused call.
 */
async function runStep(step: Step, ctx: ExecContext, names: ResourceNames, st: ExecResult): Promise<void> {
  ctx.log.info(`→ ${step.reason}`);
  try {
    return await handler(step).run(step, ctx, names, st);
  } catch (e) {
    if (!(e instanceof AwsCallError && BUSY_FAULTS.has(e.causeName))) throw e;
    ctx.log.info(
      `  ${ctx.cfg.name} or one of its members is busy (${e.causeName}; another run or AWS): waiting until every member is available, then retrying this step once.`,
    );
    st.group = await waitUntilAvailable(ctx, names.replicationGroupId);
    return handler(step).run(step, ctx, names, st);
  }
}
