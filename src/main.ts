// The story of one run: parse inputs → observe AWS → plan → execute → publish.

import * as core from '@actions/core';
import { systemClock, type Clock } from './clock.js';
import { errorMessage, PlanError } from './errors.js';
import type { ExecContext, ExecResult } from './execute.js';
import { formatInputError, parseConfig, readInputs } from './inputs.js';
import { desiredTags, resourceNames, type RunContext } from './names.js';
import { isBusyGroup, planRun } from './plan.js';
import { changesJson, planLines } from './render.js';
import { renderSummary, type SummaryData } from './summary.js';
import type { AwsClients } from './aws/clients.js';
import type { Config, Observed, Plan, ResourceNames, RunStatus } from './types.js';
import { connectionUrls } from './urls.js';

export interface RunDeps {
  clock?: Clock;
  /** Pre-built SDK clients (tests); by default they are created from the region. */
  clients?: AwsClients;
  generateToken?: () => string;
  env?: Record<string, string | undefined>;
}

export async function run(deps: RunDeps = {}): Promise<void> {
  const clock = deps.clock ?? systemClock;
  const phases: Array<[string, number]> = [];
  const timed = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const t = clock.now();
    try {
      return await fn();
    } finally {
      phases.push([label, clock.now() - t]);
    }
  };

  try {
    // 1. Inputs: one validated record; a bad input fails here with zero AWS calls.
    const parsed = parseConfig(
      readInputs((n) => core.getInput(n)),
      deps.env ?? process.env,
    );
    if (!parsed.ok) {
      for (const e of parsed.errors) core.error(formatInputError(e));
      core.setFailed(
        `${parsed.errors.length} invalid input${parsed.errors.length > 1 ? 's' : ''}; nothing was changed in AWS.`,
      );
      return;
    }
    const cfg = parsed.config;
    for (const w of parsed.warnings) core.warning(w);
    const names = resourceNames(cfg);
    const rt = await import('./runtime.js');
    const log = { info: core.info, warning: core.warning, mask: core.setSecret };
    const aws = rt.createAdapters(cfg.region, clock, (m) => core.info(m), deps.clients);
    const runCtx = await githubContext();
    const tags = desiredTags(cfg, runCtx);
    // wait_timeout_minutes bounds all waiting of this run together, not each wait.
    const deadline = clock.now() + cfg.waitTimeoutMinutes * 60_000;
    const ctxBase = { cfg, tags, aws, clock, log, deadline, generateToken: deps.generateToken };

    // 2. Observe (waiting first if another run or AWS is busy with the group).
    let observed = await timed('observe', () => rt.observe(cfg, names, aws));
    maskObservedSecrets(observed, names);
    if (isBusyGroup(observed.group) && cfg.mode !== 'plan') {
      core.info(
        `Replication group ${cfg.name} is ${observed.group?.status} (another run or AWS is busy with it): waiting for available before planning.`,
      );
      await timed('wait for busy group', () =>
        rt.waitUntilAvailable({ ...ctxBase, observed }, names.replicationGroupId),
      );
      observed = await timed('observe again', () => rt.observe(cfg, names, aws));
      maskObservedSecrets(observed, names);
    }

    // 3. Plan.
    const plan = planRun(cfg, observed, { tags, planOnly: cfg.mode === 'plan' });
    core.startGroup(`Plan for ${cfg.name}: ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}`);
    for (const line of planLines(plan)) core.info(line);
    for (const p of plan.pending) core.info(`pending: ${p}`);
    core.endGroup();
    for (const w of plan.warnings) core.warning(w);
    // A refused change is still a difference between the inputs and AWS.
    core.setOutput('has_changes', String(plan.steps.length > 0 || plan.refusals.length > 0));
    core.setOutput('changes', changesJson(plan));
    if (plan.refusals.length) {
      for (const r of plan.refusals) core.error(r);
      await writeSummary(cfg, names, plan, 'planned', observed, undefined, phases);
      core.setFailed(
        `${plan.refusals.length} change${plan.refusals.length > 1 ? 's' : ''} cannot be made in place; nothing was changed in AWS.`,
      );
      return;
    }
    if (cfg.mode === 'plan') {
      publishOutputs(cfg, names, observed, undefined, 'planned');
      await writeSummary(cfg, names, plan, 'planned', observed, undefined, phases);
      core.info('mode: plan — nothing was executed.');
      return;
    }

    // 4. Execute.
    const ctx: ExecContext = { ...ctxBase, observed };
    const result = await timed('execute', () =>
      rt.execute(plan, ctx).then((r) => {
        for (const t of r.timings) phases.push([`  level ${t.level}: ${t.label}`, t.ms]);
        return r;
      }),
    );

    // 5. Publish outputs and summary.
    const status = runStatus(cfg, plan);
    publishOutputs(cfg, names, observed, result, status);
    await writeSummary(cfg, names, plan, status, observed, result, phases);
    if (status === 'create-requested') {
      core.notice(
        `Create of ${cfg.name} requested; wait is false, so URLs are published by the next run once it is available.`,
      );
    } else if (status === 'unchanged') {
      core.info(`${cfg.name} already matches the inputs.`);
    }
  } catch (e) {
    core.setFailed(errorMessage(e));
    if (e instanceof Error && e.stack && !(e instanceof PlanError)) core.debug(e.stack);
  }
}

function maskObservedSecrets(o: Observed, names: ResourceNames): void {
  const token = o.ssm[names.ssm.authToken]?.value;
  if (token) core.setSecret(token);
  for (const p of Object.values(o.ssm)) if (p.type === 'SecureString' && p.value) core.setSecret(p.value);
}

function runStatus(cfg: Config, plan: Plan): RunStatus {
  if (plan.action === 'create') return cfg.wait ? 'created' : 'create-requested';
  if (plan.steps.length) return 'updated';
  return plan.pending.length ? 'pending' : 'unchanged';
}

async function githubContext(): Promise<RunContext> {
  try {
    const { context } = await import('@actions/github');
    const repository = process.env.GITHUB_REPOSITORY
      ? `${context.repo.owner}/${context.repo.repo}`
      : undefined;
    const runUrl =
      repository && context.runId
        ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}`
        : undefined;
    return { repository, runUrl };
  } catch {
    return { repository: undefined, runUrl: undefined };
  }
}

interface Published {
  primary: string | undefined;
  reader: string | undefined;
  port: number;
  arn: string | undefined;
  urls: ReturnType<typeof connectionUrls> | undefined;
  token: string | undefined;
  sgId: string | undefined;
}

function published(cfg: Config, names: ResourceNames, o: Observed, r: ExecResult | undefined): Published {
  const rg = r?.group;
  const ng = rg?.NodeGroups?.[0];
  const primary = ng?.PrimaryEndpoint?.Address ?? o.group?.primaryEndpoint?.address;
  const reader = ng?.ReaderEndpoint?.Address ?? o.group?.readerEndpoint?.address;
  const port = ng?.PrimaryEndpoint?.Port ?? o.group?.primaryEndpoint?.port ?? cfg.port;
  const token = cfg.authTokenEnabled ? (r?.token ?? o.ssm[names.ssm.authToken]?.value) : undefined;
  const urls =
    primary && (!cfg.authTokenEnabled || token)
      ? connectionUrls({ host: primary, port, tls: cfg.transitEncryptionEnabled, token }, cfg)
      : undefined;
  return {
    primary,
    reader,
    port,
    arn: rg?.ARN ?? o.group?.arn,
    urls,
    token,
    sgId: r?.securityGroupId ?? o.securityGroup?.id,
  };
}

function publishOutputs(
  cfg: Config,
  names: ResourceNames,
  o: Observed,
  r: ExecResult | undefined,
  status: RunStatus,
) {
  const p = published(cfg, names, o, r);
  // Mask before anything can print them: the token, and every URL that embeds it.
  if (p.token) {
    core.setSecret(p.token);
    if (p.urls) for (const u of Object.values(p.urls)) core.setSecret(u);
  }
  core.setOutput('status', status);
  core.setOutput('replication_group_id', names.replicationGroupId);
  core.setOutput('replication_group_arn', p.arn ?? '');
  core.setOutput('primary_endpoint_address', p.primary ?? '');
  core.setOutput('reader_endpoint_address', p.reader ?? '');
  core.setOutput('port', String(p.port));
  core.setOutput('redis_security_group_id', p.sgId ?? '');
  core.setOutput('redis_url', p.urls?.redisUrl ?? '');
  core.setOutput('celery_broker_url', p.urls?.celeryBrokerUrl ?? '');
  core.setOutput('celery_result_backend_url', p.urls?.celeryResultBackendUrl ?? '');
  core.setOutput(
    'ssm_parameter_names',
    JSON.stringify({
      redis_url: names.ssm.redisUrl,
      celery_broker_url: names.ssm.celeryBrokerUrl,
      celery_result_backend_url: names.ssm.celeryResultBackend,
      ...(cfg.authTokenEnabled ? { auth_token: names.ssm.authToken } : {}),
    }),
  );
  if (cfg.authTokenEnabled) core.setOutput('auth_token_parameter_name', names.ssm.authToken);
}

async function writeSummary(
  cfg: Config,
  names: ResourceNames,
  plan: Plan,
  status: RunStatus,
  o: Observed,
  r: ExecResult | undefined,
  phases: Array<[string, number]>,
) {
  const p = published(cfg, names, o, r);
  const display = p.primary
    ? connectionUrls(
        {
          host: p.primary,
          port: p.port,
          tls: cfg.transitEncryptionEnabled,
          token: cfg.authTokenEnabled ? 'AUTH_TOKEN' : undefined,
        },
        cfg,
      )
    : undefined;
  const data: SummaryData = {
    name: cfg.name,
    region: cfg.region,
    mode: cfg.mode,
    status,
    plan,
    resources: [
      ['replication group', names.replicationGroupId],
      ...(p.arn ? ([['ARN', p.arn]] as Array<[string, string]>) : []),
      ...(p.primary ? ([['primary endpoint', `${p.primary}:${p.port}`]] as Array<[string, string]>) : []),
      ...(p.reader ? ([['reader endpoint', `${p.reader}:${p.port}`]] as Array<[string, string]>) : []),
      ['security group', p.sgId ?? names.securityGroup],
      ['subnet group', o.group?.subnetGroupName ?? names.subnetGroup],
      ['parameter group', names.parameterGroup],
      ['log groups', `${names.slowLogGroup}, ${names.engineLogGroup}`],
    ],
    displayUrls: display
      ? [
          [`cache (DB ${cfg.cacheDb})`, display.redisUrl],
          [`Celery broker (DB ${cfg.celeryDb})`, display.celeryBrokerUrl],
          [`Celery results (DB ${cfg.celeryResultDb})`, display.celeryResultBackendUrl],
        ]
      : [],
    ssmParameters: [
      ['REDIS_URL', names.ssm.redisUrl],
      ['CELERY_BROKER_URL', names.ssm.celeryBrokerUrl],
      ['CELERY_RESULT_BACKEND', names.ssm.celeryResultBackend],
      ...(cfg.authTokenEnabled ? ([['AUTH_TOKEN', names.ssm.authToken]] as Array<[string, string]>) : []),
    ],
    phases,
  };
  try {
    await core.summary.addRaw(renderSummary(data)).write();
  } catch (e) {
    core.warning(`Could not write the job summary: ${errorMessage(e)}`);
  }
}
