// Mode `apply` (and its dry run `plan`): observe the group and everything around it → plan the
// steps that make AWS match the inputs → run them → publish URLs, outputs and the job summary.

import * as core from '@actions/core';
import { createAdapters, type Adapters } from '../aws/adapters.js';
import type { Clock } from '../clock.js';
import type { ApplyConfig } from '../config/types.js';
import { isBusyGroup } from '../domain/group-state.js';
import { creationTags } from '../domain/ownership.js';
import { desiredTags, resourceNames, type ResourceNames } from '../domain/names.js';
import { execute, waitUntilAvailable, type ExecContext, type ExecResult } from '../execute/index.js';
import { observe } from '../observe/index.js';
import type { Observed } from '../observe/types.js';
import { planApply } from '../plan/ensure/index.js';
import { restoreIgnoredNotice } from '../plan/ensure/restore.js';
import type { Plan } from '../plan/steps.js';
import { githubContext } from '../report/github.js';
import { publishOutputs, summaryData, writeSummary } from '../report/outputs.js';
import { commentOnPullRequest } from '../report/pr-comment.js';
import { changesJson, planLines } from '../report/render.js';
import type { RunStatus } from '../report/status.js';
import type { RunDeps } from '../main.js';
import { PhaseTimer } from '../report/phases.js';

export async function runApply(cfg: ApplyConfig, deps: RunDeps & { clock: Clock }): Promise<void> {
  const { clock } = deps;
  const phases = new PhaseTimer(clock);
  const names = resourceNames(cfg);
  const aws = createAdapters(cfg.region, clock, (m) => core.info(m), deps.clients);
  const run = githubContext(deps.env ?? process.env);
  const tags = desiredTags(cfg, run);
  const createTags = { ...tags, ...creationTags(run.repository, cfg.name) };
  const log = { info: core.info, warning: core.warning, mask: core.setSecret };
  // wait_timeout_minutes bounds all waiting of this run together, not each wait.
  const deadline = clock.now() + cfg.waitTimeoutMinutes * 60_000;
  const ctxBase = { cfg, tags, createTags, aws, clock, log, deadline, generateToken: deps.generateToken };

  // 2. Observe (waiting first if another run or AWS is busy with the group).
  const observed = await observeSettled(cfg, names, aws, phases, (o) =>
    waitUntilAvailable({ ...ctxBase, observed: o }, names.replicationGroupId),
  );

  const ignored = observed.group && restoreIgnoredNotice(cfg, observed.group);
  if (ignored) core.notice(ignored);
  const report = reporter(cfg, names, observed, phases, deps);

  // 3. Plan.
  const plan = planApply(cfg, observed, { tags, planOnly: cfg.mode === 'plan' });
  reportPlan(cfg, plan);
  if (plan.refusals.length) {
    for (const r of plan.refusals) core.error(r);
    core.setOutput('status', 'refused');
    planOutputs(plan);
    await report(plan, 'refused');
    core.setFailed(
      `${plan.refusals.length} change${plan.refusals.length > 1 ? 's' : ''} cannot be made in place; nothing was changed in AWS.`,
    );
    return;
  }
  if (cfg.mode === 'plan') {
    publishOutputs(cfg, names, observed, undefined, 'planned');
    planOutputs(plan);
    await report(plan, 'planned');
    core.info('mode: plan — nothing was executed.');
    return;
  }

  // 4. Execute.
  const ctx: ExecContext = { ...ctxBase, observed };
  const result = await phases.time('execute', async () => {
    const r = await execute(plan, ctx);
    for (const t of r.timings) phases.add(`  level ${t.level}: ${t.label}`, t.ms);
    return r;
  });

  // 5. Publish outputs and summary.
  const status = runStatus(cfg, plan);
  publishOutputs(cfg, names, observed, result, status);
  planOutputs(plan);
  await report(plan, status, result);
  if (status === 'create-requested') {
    core.notice(
      `Create of ${cfg.name} requested; wait is false, so URLs are published by the next run once it is available.`,
    );
  } else if (status === 'unchanged') {
    core.info(`${cfg.name} already matches the inputs.`);
  }
}

/** Observe; if another run or AWS is busy with the group, wait for it (apply only) and observe again. */
async function observeSettled(
  cfg: ApplyConfig,
  names: ResourceNames,
  aws: Adapters,
  phases: PhaseTimer,
  waitForGroup: (o: Observed) => Promise<unknown>,
): Promise<Observed> {
  let observed = await phases.time('observe', () => observe(cfg, names, aws));
  maskObservedSecrets(observed, names);
  if (isBusyGroup(observed.group) && cfg.mode !== 'plan') {
    core.info(
      `Replication group ${cfg.name} is ${observed.group?.status} (another run or AWS is busy with it): waiting for available before planning.`,
    );
    const busy = observed;
    await phases.time('wait for busy group', () => waitForGroup(busy));
    observed = await phases.time('observe again', () => observe(cfg, names, aws));
    maskObservedSecrets(observed, names);
  }
  return observed;
}

/** Writes the job summary and, with pr_comment, the same on the pull request. */
function reporter(
  cfg: ApplyConfig,
  names: ResourceNames,
  observed: Observed,
  phases: PhaseTimer,
  deps: RunDeps & { clock: Clock },
) {
  return async (plan: Plan, status: RunStatus, result?: ExecResult): Promise<void> => {
    await writeSummary(cfg, names, plan, status, observed, result, phases.list);
    if (!cfg.prComment) return;
    const data = summaryData(cfg, names, plan, status, observed, result, []);
    await commentOnPullRequest(cfg, data, deps.env ?? process.env, deps.clock.now());
  };
}

function reportPlan(cfg: ApplyConfig, plan: Plan): void {
  core.startGroup(`Plan for ${cfg.name}: ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}`);
  for (const line of planLines(plan)) core.info(line);
  for (const p of plan.pending) core.info(`pending: ${p}`);
  core.endGroup();
  for (const w of plan.warnings) core.warning(w);
}

/** has_changes and changes: written only once the run got to a verdict (never by a failed run). */
function planOutputs(plan: Plan): void {
  // A refused change is still a difference between the inputs and AWS.
  core.setOutput('has_changes', String(plan.steps.length > 0 || plan.refusals.length > 0));
  core.setOutput('changes', changesJson(plan));
}

function maskObservedSecrets(o: Observed, names: ResourceNames): void {
  const token = o.ssm[names.ssm.authToken]?.value;
  if (token) core.setSecret(token);
  for (const p of Object.values(o.ssm)) if (p.type === 'SecureString' && p.value) core.setSecret(p.value);
}

function runStatus(cfg: ApplyConfig, plan: Plan): RunStatus {
  if (plan.action === 'create') return cfg.wait ? 'created' : 'create-requested';
  if (plan.steps.length) return 'updated';
  return plan.pending.length ? 'pending' : 'unchanged';
}
