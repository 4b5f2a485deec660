// Mode `apply` (and its dry run `plan`): observe the group and everything around it → plan the
// steps that make AWS match the inputs → run them → publish URLs, outputs and the job summary.
// When another run gets in the way (a resource it was about to create appeared, the group turned
// busy), the run observes again and plans again from what is there (execute/conflict.ts).

import { createAdapters, type Adapters } from '../aws/adapters.js';
import type { ApplyConfig } from '../config/types.js';
import { isBusyGroup } from '../domain/group-state.js';
import { creationTags } from '../domain/ownership.js';
import { desiredTags, resourceNames, type ResourceNames } from '../domain/names.js';
import { ConcurrentChangeError, isBusySymptom, raceSymptom } from '../execute/conflict.js';
import { execute, waitUntilAvailable, type ExecContext, type ExecResult } from '../execute/index.js';
import { observe } from '../observe/index.js';
import type { Observed } from '../observe/types.js';
import { planApply } from '../plan/ensure/index.js';
import { restoreIgnoredNotice } from '../plan/ensure/restore.js';
import type { Plan, Step } from '../plan/steps.js';
import { githubContext } from '../report/github.js';
import type { ActionIO } from '../report/io.js';
import { publishOutputs, summaryData, writeSummary } from '../report/outputs.js';
import { PhaseTimer } from '../report/phases.js';
import { commentOnPullRequest } from '../report/pr-comment.js';
import { changesJson, planLines } from '../report/render.js';
import type { RunStatus } from '../report/status.js';
import type { ModeDeps } from '../main.js';

/** How often a run observes and plans again after another run got in its way, before it stops. */
export const MAX_ATTEMPTS = 5;

type Base = Omit<ExecContext, 'observed'>;

export async function runApply(cfg: ApplyConfig, deps: ModeDeps): Promise<void> {
  const { clock, io } = deps;
  const phases = new PhaseTimer(clock);
  const names = resourceNames(cfg);
  const aws = createAdapters(cfg.region, (m) => io.info(m), deps.clients);
  const run = githubContext(deps.env ?? process.env);
  const tags = desiredTags(cfg, run);
  const createTags = { ...tags, ...creationTags(run.repository, cfg.name, run.pullRequest) };
  const log = { info: io.info, warning: io.warning, mask: io.setSecret };
  // wait_timeout_minutes bounds all waiting of this run together, not each wait.
  const deadline = clock.now() + cfg.waitTimeoutMinutes * 60_000;
  const base: Base = { cfg, tags, createTags, aws, clock, log, deadline, generateToken: deps.generateToken };
  const report: Report = { cfg, names, io, phases, deps };
  /** Steps completed by earlier attempts of this run (reported with the last plan). */
  const done: Step[] = [];
  let restoreNoticed = false;

  for (let attempt = 1; ; attempt++) {
    // 2. Observe (waiting first if another run or AWS is busy with the group).
    const observed = await observeSettled(cfg, names, aws, io, phases, (o) =>
      waitUntilAvailable({ ...base, observed: o }, names.replicationGroupId),
    );

    // snapshot_name only seeds a new group: said once, when the group is first seen to exist.
    if (!restoreNoticed && observed.group) {
      restoreNoticed = true;
      const ignored = restoreIgnoredNotice(cfg, observed.group);
      if (ignored) io.notice(ignored);
    }

    // 3. Plan.
    const plan = planApply(cfg, observed, { tags, planOnly: cfg.mode === 'plan' });
    reportPlan(io, cfg, plan);
    if (plan.refusals.length) return refuse(report, withEarlier(done, plan), observed);
    if (cfg.mode === 'plan') return reportPlanOnly(report, plan, observed);

    // 4. Execute; when another run got there first, observe and plan again.
    const thisAttempt: Step[] = [];
    let result: ExecResult;
    try {
      result = await executeTimed(plan, { ...base, observed }, phases, attempt, (s) => thisAttempt.push(s));
    } catch (e) {
      const why = raceSymptom(e);
      if (why === undefined) throw e;
      done.push(...thisAttempt);
      if (attempt >= MAX_ATTEMPTS || clock.now() >= deadline)
        throw new ConcurrentChangeError(cfg.name, why, attempt);
      io.warning(
        `Another run (or AWS) changed ${cfg.name} while this run was working on it: ${why}. Observing again and planning from what is there.`,
      );
      if (isBusySymptom(e)) {
        io.info(`Waiting until ${cfg.name} and every member are available before observing again.`);
        await waitUntilAvailable({ ...base, observed }, names.replicationGroupId);
      }
      continue;
    }

    // 5. Publish outputs and summary.
    return finish(report, withEarlier(done, plan), observed, result);
  }
}

/** Mode plan: the plan as outputs, summary and comment; nothing is executed. */
async function reportPlanOnly(report: Report, plan: Plan, observed: Observed): Promise<void> {
  const { cfg, names, io, phases } = report;
  publishOutputs(io, cfg, names, observed, undefined, 'planned');
  planOutputs(io, plan);
  await writeSummary(io, cfg, names, plan, 'planned', observed, undefined, phases.list);
  await comment(report, plan, 'planned', observed);
  io.info('mode: plan — nothing was executed.');
  if (cfg.verifyConnection)
    io.info('verify_connection: mode plan connects to nothing; apply runs the check.');
}

interface Report {
  cfg: ApplyConfig;
  names: ResourceNames;
  io: ActionIO;
  phases: PhaseTimer;
  deps: ModeDeps;
}

async function executeTimed(
  plan: Plan,
  ctx: ExecContext,
  phases: PhaseTimer,
  attempt: number,
  onDone: (s: Step) => void,
): Promise<ExecResult> {
  return phases.time(attempt === 1 ? 'execute' : `execute (attempt ${attempt})`, async () => {
    const r = await execute(plan, ctx, onDone);
    for (const t of r.timings) phases.add(`  level ${t.level}: ${t.label}`, t.ms);
    return r;
  });
}

async function refuse(report: Report, plan: Plan, observed: Observed): Promise<void> {
  const { cfg, names, io, phases } = report;
  for (const r of plan.refusals) io.error(r);
  io.setOutput('status', 'refused');
  planOutputs(io, plan);
  await writeSummary(io, cfg, names, plan, 'refused', observed, undefined, phases.list);
  await comment(report, plan, 'refused', observed);
  const n = plan.refusals.length;
  io.setFailed(
    `${n} change${n > 1 ? 's' : ''} cannot be made in place; nothing${plan.steps.length ? ' further' : ''} was changed in AWS.`,
  );
}

async function finish(report: Report, plan: Plan, observed: Observed, result: ExecResult): Promise<void> {
  const { cfg, names, io, phases } = report;
  const verify = report.deps.verify;
  const status = runStatus(cfg, plan);
  const urls = publishOutputs(io, cfg, names, observed, result, status);
  planOutputs(io, plan);
  await writeSummary(io, cfg, names, plan, status, observed, result, phases.list);
  await comment(report, plan, status, observed, result);
  if (status === 'create-requested') {
    io.notice(
      `Create of ${cfg.name} requested; wait is false, so URLs are published by the next run once it is available.`,
    );
  } else if (status === 'unchanged') {
    io.info(`${cfg.name} already matches the inputs.`);
  }

  // 6. Connection check (verify_connection): its module and the Redis client load only when asked for.
  if (cfg.verifyConnection)
    await (await import('../verify/index.js')).verifyPublished(io, cfg, urls, status, verify);
}

/**
 * The plan as the run reports it: the steps earlier attempts completed, then the last plan's
 * (its levels after theirs). A group that another run created is not "created" by this one.
 */
function withEarlier(done: Step[], plan: Plan): Plan {
  if (!done.length) return plan;
  const offset = Math.max(...done.map((s) => s.level)) + 1;
  return {
    ...plan,
    action: plan.action === 'none' ? 'update' : plan.action,
    steps: [...done, ...plan.steps.map((s) => ({ ...s, level: s.level + offset }))],
  };
}

/** Observe; if another run or AWS is busy with the group, wait for it (apply only) and observe again. */
async function observeSettled(
  cfg: ApplyConfig,
  names: ResourceNames,
  aws: Adapters,
  io: ActionIO,
  phases: PhaseTimer,
  waitForGroup: (o: Observed) => Promise<unknown>,
): Promise<Observed> {
  let observed = await phases.time('observe', () => observe(cfg, names, aws));
  maskObservedSecrets(io, observed, names);
  if (isBusyGroup(observed.group) && cfg.mode !== 'plan') {
    io.info(
      `Replication group ${cfg.name} is ${observed.group?.status} (another run or AWS is busy with it): waiting for available before planning.`,
    );
    const busy = observed;
    await phases.time('wait for busy group', () => waitForGroup(busy));
    observed = await phases.time('observe again', () => observe(cfg, names, aws));
    maskObservedSecrets(io, observed, names);
  }
  return observed;
}

/** With pr_comment, the job summary's content goes on the pull request too (never a secret). */
async function comment(
  { cfg, names, io, deps }: Report,
  plan: Plan,
  status: RunStatus,
  observed: Observed,
  result?: ExecResult,
): Promise<void> {
  if (!cfg.prComment) return;
  const data = summaryData(cfg, names, plan, status, observed, result, []);
  await commentOnPullRequest(io, cfg, data, deps.env ?? process.env, deps.clock.now());
}

function reportPlan(io: ActionIO, cfg: ApplyConfig, plan: Plan): void {
  io.startGroup(`Plan for ${cfg.name}: ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}`);
  for (const line of planLines(plan)) io.info(line);
  for (const p of plan.pending) io.info(`pending: ${p}`);
  io.endGroup();
  for (const w of plan.warnings) io.warning(w);
}

/** has_changes and changes: written only once the run got to a verdict (never by a failed run). */
function planOutputs(io: ActionIO, plan: Plan): void {
  // A refused change is still a difference between the inputs and AWS.
  io.setOutput('has_changes', String(plan.steps.length > 0 || plan.refusals.length > 0));
  io.setOutput('changes', changesJson(plan));
}

function maskObservedSecrets(io: ActionIO, o: Observed, names: ResourceNames): void {
  const token = o.ssm[names.ssm.authToken]?.value;
  if (token) io.setSecret(token);
  for (const p of Object.values(o.ssm)) if (p.type === 'SecureString' && p.value) io.setSecret(p.value);
}

function runStatus(cfg: ApplyConfig, plan: Plan): RunStatus {
  if (plan.action === 'create') return cfg.wait ? 'created' : 'create-requested';
  if (plan.steps.length) return 'updated';
  return plan.pending.length ? 'pending' : 'unchanged';
}
