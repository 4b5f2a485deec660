// The shared executor is thin: it runs the planned steps level by level (steps of one level
// concurrently), one handler per step kind, and every handler is one or two adapter calls. Every
// decision was made by a planner; each step family lives in its own file with its title.

import { resourceNames } from '../domain/names.js';
import type { Plan, Step, StepKind } from '../plan/steps.js';
import { alarmSteps } from './alarms.js';
import { authTokenSteps } from './auth-token.js';
import { raceSymptom } from './conflict.js';
import {
  emptyResult,
  type ExecContext,
  type ExecResult,
  type StepHandler,
  type StepHandlers,
} from './context.js';
import { destroySteps } from './destroy.js';
import { publishSteps } from './publish.js';
import { replicationGroupSteps } from './replication-group.js';
import { snapshotSteps } from './snapshot.js';
import { supportingSteps } from './supporting.js';
import { tagSteps } from './tags.js';

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
  ...snapshotSteps,
  ...destroySteps,
  ...alarmSteps,
};

function handler<K extends StepKind>(step: Extract<Step, { kind: K }>): StepHandler<K> {
  return HANDLERS[step.kind as K] as StepHandler<K>;
}

/** One line naming what a step does, as the plan, the log, the summary and `changes` show it. */
export function stepTitle(step: Step): string {
  return handler(step).title(step);
}

/**
 * Runs the plan level by level. When a step fails, the other steps of its level still finish (none
 * is left writing after the run has given up), then the error is thrown: a failure of its own
 * before a race symptom (conflict.ts), which only says that another run got there first.
 * `onDone` hears of every step that completed.
 */
export async function execute(
  plan: Plan,
  ctx: ExecContext,
  onDone?: (step: Step) => void,
): Promise<ExecResult> {
  const state = initialState(plan, ctx);
  const levels = [...new Set(plan.steps.map((s) => s.level))].sort((x, y) => x - y);
  for (const level of levels) {
    const steps = plan.steps.filter((s) => s.level === level);
    const started = ctx.clock.now();
    const settled = await Promise.allSettled(
      steps.map(async (s) => {
        await runStep(s, ctx, state);
        onDone?.(s);
      }),
    );
    const errors = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (errors.length) throw errors.find((e) => raceSymptom(e) === undefined) ?? errors[0];
    state.timings.push({ level, label: steps.map((s) => s.kind).join(', '), ms: ctx.clock.now() - started });
  }
  return state;
}

async function runStep(step: Step, ctx: ExecContext, st: ExecResult): Promise<void> {
  ctx.log.info(`→ ${step.reason}`);
  return handler(step).run(step, ctx, st);
}

/** What execution starts from: for apply, what observe read; other modes start empty. */
function initialState(plan: Plan, ctx: ExecContext): ExecResult {
  const empty = emptyResult();
  const o = ctx.observed;
  if (!o || (ctx.cfg.mode !== 'apply' && ctx.cfg.mode !== 'plan')) return empty;
  const names = resourceNames(ctx.cfg);
  return {
    ...empty,
    securityGroupId: o.securityGroup?.id,
    // On an existing group a pending token (an unfinished rotation) wins over the current one: it is
    // the one to finish. A new group never uses it (the plan deletes it).
    token:
      (plan.action === 'create' ? undefined : o.ssm[names.ssm.authTokenPending]?.value) ??
      o.ssm[names.ssm.authToken]?.value,
    ssm: { ...o.ssm },
  };
}
