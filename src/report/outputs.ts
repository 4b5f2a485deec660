// What a run publishes besides SSM: step outputs (secrets masked before they are written) and the
// job summary (built from data that never contains the AUTH token: URLs show a placeholder).

import type { ApplyConfig as Config } from '../config/types.js';
import type { ResourceNames } from '../domain/names.js';
import { connectionUrls, redisUrl, type ConnectionUrls } from '../domain/urls.js';
import type { ExecResult } from '../execute/index.js';
import type { Observed } from '../observe/types.js';
import type { Plan } from '../plan/steps.js';
import { errorMessage } from '../errors.js';
import type { ActionIO } from './io.js';
import type { RunStatus } from './status.js';
import { renderSummary, type SummaryData } from './summary.js';

interface Published {
  primary: string | undefined;
  reader: string | undefined;
  port: number;
  arn: string | undefined;
  urls: ReturnType<typeof connectionUrls> | undefined;
  /** redis_url's twin on the reader endpoint (cache DB), for Django's read replicas. */
  readerUrl: string | undefined;
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
  const readerUrl =
    reader && (!cfg.authTokenEnabled || token)
      ? redisUrl({ host: reader, port, tls: cfg.transitEncryptionEnabled, token }, cfg.cacheDb)
      : undefined;
  return {
    primary,
    reader,
    port,
    arn: rg?.ARN ?? o.group?.arn,
    urls,
    readerUrl,
    token,
    sgId: r?.securityGroupId ?? o.securityGroup?.id,
  };
}

export function publishOutputs(
  io: ActionIO,
  cfg: Config,
  names: ResourceNames,
  o: Observed,
  r: ExecResult | undefined,
  status: RunStatus,
): ConnectionUrls | undefined {
  const p = published(cfg, names, o, r);
  // Mask before anything can print them: the token, and every URL that embeds it.
  if (p.token) {
    io.setSecret(p.token);
    if (p.urls) for (const u of Object.values(p.urls)) io.setSecret(u);
    if (p.readerUrl) io.setSecret(p.readerUrl);
  }
  io.setOutput('status', status);
  io.setOutput('replication_group_id', names.replicationGroupId);
  io.setOutput('replication_group_arn', p.arn ?? '');
  io.setOutput('primary_endpoint_address', p.primary ?? '');
  io.setOutput('reader_endpoint_address', p.reader ?? '');
  io.setOutput('port', String(p.port));
  io.setOutput('redis_security_group_id', p.sgId ?? '');
  io.setOutput('redis_url', p.urls?.redisUrl ?? '');
  io.setOutput('celery_broker_url', p.urls?.celeryBrokerUrl ?? '');
  io.setOutput('celery_result_backend_url', p.urls?.celeryResultBackendUrl ?? '');
  io.setOutput('redis_reader_url', p.readerUrl ?? '');
  const parameters: Record<string, string> = {
    redis_url: names.ssm.redisUrl,
    celery_broker_url: names.ssm.celeryBrokerUrl,
    celery_result_backend_url: names.ssm.celeryResultBackend,
    ...(cfg.authTokenEnabled ? { auth_token: names.ssm.authToken } : {}),
  };
  io.setOutput('ssm_parameter_names', JSON.stringify(parameters));
  io.setOutput('ssm_parameter_arns', JSON.stringify(parameterArns(parameters, p.arn)));
  if (cfg.authTokenEnabled) io.setOutput('auth_token_parameter_name', names.ssm.authToken);
  return p.urls;
}

export async function writeSummary(
  io: ActionIO,
  cfg: Config,
  names: ResourceNames,
  plan: Plan,
  status: RunStatus,
  o: Observed,
  r: ExecResult | undefined,
  phases: Array<[string, number]>,
) {
  const data = summaryData(cfg, names, plan, status, o, r, phases);
  try {
    await io.appendSummary(renderSummary(data));
  } catch (e) {
    io.warning(`Could not write the job summary: ${errorMessage(e)}`);
  }
}

/** What the job summary (and the pull request comment) shows: never the token, URLs with a placeholder. */
export function summaryData(
  cfg: Config,
  names: ResourceNames,
  plan: Plan,
  status: RunStatus,
  o: Observed,
  r: ExecResult | undefined,
  phases: Array<[string, number]>,
): SummaryData {
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
  return {
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
}

/**
 * SSM parameter ARNs (what ECS task definitions put in secrets[].valueFrom), in the group's partition,
 * region and account; {} while the group does not exist yet (mode plan before the first apply).
 */
export function parameterArns(
  parameters: Record<string, string>,
  groupArn: string | undefined,
): Record<string, string> {
  const m = /^arn:([^:]+):elasticache:([^:]+):(\d{12}):/.exec(groupArn ?? '');
  if (!m) return {};
  const [, partition, region, account] = m;
  return Object.fromEntries(
    Object.entries(parameters).map(([k, name]) => [
      k,
      `arn:${partition}:ssm:${region}:${account}:parameter/${name.replace(/^\//, '')}`,
    ]),
  );
}
