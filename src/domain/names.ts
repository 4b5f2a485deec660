import type { ApplyConfig } from '../config/types.js';

/** Names of everything the action manages for one replication group. */
export interface ResourceNames {
  replicationGroupId: string;
  subnetGroup: string;
  parameterGroup: string;
  securityGroup: string;
  slowLogGroup: string;
  engineLogGroup: string;
  ssm: {
    redisUrl: string;
    celeryBrokerUrl: string;
    celeryResultBackend: string;
    authToken: string;
    /** A token generated for a rotation that has not finished yet (deleted once SET is done). */
    authTokenPending: string;
  };
}

export const OWNERSHIP_TAG = { key: 'ManagedBy', value: 'django-redis-action' } as const;
/** Tags whose value legitimately changes every run: never a reason to plan a change. */
export const VOLATILE_TAGS = new Set(['GitHubWorkflowRun']);

/** Every resource name derives from the replication group id, so re-runs find what they made. */
export function resourceNames(cfg: Pick<ApplyConfig, 'name' | 'family' | 'ssmPrefix'>): ResourceNames {
  const id = cfg.name;
  const p = cfg.ssmPrefix;
  return {
    replicationGroupId: id,
    subnetGroup: `${id}-subnets`,
    parameterGroup: `${id}-${cfg.family}`,
    securityGroup: `${id}-redis`,
    slowLogGroup: `/aws/elasticache/${id}/slow-log`,
    engineLogGroup: `/aws/elasticache/${id}/engine-log`,
    ssm: {
      redisUrl: `${p}/REDIS_URL`,
      celeryBrokerUrl: `${p}/CELERY_BROKER_URL`,
      celeryResultBackend: `${p}/CELERY_RESULT_BACKEND`,
      authToken: `${p}/AUTH_TOKEN`,
      authTokenPending: `${p}/AUTH_TOKEN_PENDING`,
    },
  };
}

export interface RunContext {
  repository: string | undefined;
  runUrl: string | undefined;
  /** The pull request number when the workflow runs for a pull request. */
  pullRequest?: number | undefined;
}

/**
 * The tags every resource carries: Environment (from the input) first so the user's own tags can
 * override it, then the user's tags, then ownership and provenance, which the user cannot override.
 */
export function desiredTags(
  cfg: Pick<ApplyConfig, 'environment' | 'tags'>,
  ctx: RunContext,
): Record<string, string> {
  const tags: Record<string, string> = {};
  if (cfg.environment) tags.Environment = cfg.environment;
  Object.assign(tags, cfg.tags);
  tags[OWNERSHIP_TAG.key] = OWNERSHIP_TAG.value;
  if (ctx.repository) tags.GitHubRepository = ctx.repository;
  if (ctx.runUrl) tags.GitHubWorkflowRun = ctx.runUrl;
  return tags;
}

export function tagList(tags: Record<string, string>): Array<{ Key: string; Value: string }> {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** The SSM parameters that hold connection URLs (not the token). */
export function urlParameterNames(names: ResourceNames): string[] {
  return [names.ssm.redisUrl, names.ssm.celeryBrokerUrl, names.ssm.celeryResultBackend];
}
