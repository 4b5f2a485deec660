// Action inputs as the runner passes them: every input is a string (INPUT_<NAME>), read trimmed;
// an empty value takes the default restated here (a mocked or local getInput never sees action.yml
// defaults). test/action-contract.test.ts keeps these names and defaults equal to action.yml.

export const INPUT_NAMES = [
  'mode',
  'name',
  'node_type',
  'subnet_ids',
  'engine',
  'engine_version',
  'num_cache_clusters',
  'automatic_failover_enabled',
  'multi_az_enabled',
  'at_rest_encryption_enabled',
  'kms_key_id',
  'transit_encryption_enabled',
  'auth_token_enabled',
  'auth_token_rotate',
  'environment',
  'port',
  'allowed_security_group_ids',
  'allowed_cidr_blocks',
  'security_group_ids',
  'snapshot_retention_limit',
  'snapshot_window',
  'maintenance_window',
  'maxmemory_policy',
  'timeout',
  'tcp_keepalive',
  'maxmemory_samples',
  'parameters',
  'notification_topic_arn',
  'log_retention_days',
  'apply_immediately',
  'tags',
  'ssm_prefix',
  'cache_db',
  'celery_db',
  'celery_result_db',
  'wait',
  'wait_timeout_minutes',
  'allow_public_subnets',
  'aws_region',
  'snapshot_name',
  'pr_comment',
  'verify_connection',
  'github_token',
  'auto_minor_version_upgrade',
  'preferred_cache_cluster_azs',
  'network_type',
  'ip_discovery',
  'description',
  'alarms',
  'alarm_actions',
  'ok_actions',
  'alarm_cpu_threshold_percent',
  'alarm_memory_threshold_percent',
  'alarm_connections_threshold',
  'alarm_replication_lag_seconds',
  'dry_run',
  'final_snapshot',
  'keep_logs',
  'keep_snapshots',
  'preview_ttl_hours',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/** The action.yml defaults, restated ('' = no default). test/action-contract.test.ts keeps them equal. */
export const INPUT_DEFAULTS: Record<InputName, string> = {
  mode: 'apply',
  name: '',
  node_type: '',
  subnet_ids: '',
  engine: 'redis',
  engine_version: '7.1',
  num_cache_clusters: '2',
  automatic_failover_enabled: 'true',
  multi_az_enabled: 'true',
  at_rest_encryption_enabled: 'true',
  kms_key_id: '',
  transit_encryption_enabled: 'true',
  auth_token_enabled: 'false',
  auth_token_rotate: 'false',
  environment: '',
  port: '6379',
  allowed_security_group_ids: '',
  allowed_cidr_blocks: '',
  security_group_ids: '',
  snapshot_retention_limit: '7',
  snapshot_window: '03:00-04:00',
  maintenance_window: 'sun:05:00-sun:06:00',
  maxmemory_policy: 'allkeys-lru',
  timeout: '300',
  tcp_keepalive: '300',
  maxmemory_samples: '5',
  parameters: '',
  notification_topic_arn: '',
  log_retention_days: '30',
  apply_immediately: 'true',
  tags: '',
  ssm_prefix: '',
  cache_db: '0',
  celery_db: '1',
  celery_result_db: '2',
  wait: 'true',
  wait_timeout_minutes: '60',
  allow_public_subnets: 'false',
  aws_region: '',
  snapshot_name: '',
  pr_comment: '',
  verify_connection: '',
  github_token: '',
  auto_minor_version_upgrade: 'true',
  preferred_cache_cluster_azs: '',
  network_type: 'ipv4',
  ip_discovery: 'ipv4',
  description: '',
  alarms: '',
  alarm_actions: '',
  ok_actions: '',
  alarm_cpu_threshold_percent: '90',
  alarm_memory_threshold_percent: '80',
  alarm_connections_threshold: '60000',
  alarm_replication_lag_seconds: '30',
  dry_run: '',
  final_snapshot: '',
  keep_logs: '',
  keep_snapshots: '',
  preview_ttl_hours: '',
};

/**
 * action.yml defaults that are workflow expressions: the runner evaluates them, so code that runs
 * without the runner (tests, local runs) falls back to '' (and, for the token, to $GITHUB_TOKEN).
 */
export const EXPRESSION_DEFAULTS: Partial<Record<InputName, string>> = {
  github_token: '${{ github.token }}',
};

/**
 * Inputs that only some modes read, each with the modes that read it and its default there. They
 * have no default in action.yml (the runner would pass it to every mode), so a non-empty value is
 * one the workflow set.
 */
export const MODE_INPUTS = {
  snapshot_name: { modes: ['apply', 'plan'], default: '' },
  pr_comment: { modes: ['apply', 'plan'], default: 'false' },
  verify_connection: { modes: ['apply', 'plan'], default: 'false' },
  dry_run: { modes: ['destroy', 'snapshot', 'cleanup'], default: 'false' },
  final_snapshot: { modes: ['destroy'], default: 'true' },
  keep_logs: { modes: ['destroy', 'cleanup'], default: 'false' },
  keep_snapshots: { modes: ['snapshot'], default: '' },
  preview_ttl_hours: { modes: ['cleanup'], default: '' },
} as const satisfies Partial<Record<InputName, { modes: readonly string[]; default: string }>>;

export interface InputError {
  /** The action input the error is about (snake_case, as in action.yml). */
  input: string;
  /** The offending value, trimmed and cut to 100 characters. */
  value: string;
  message: string;
}

const MAX_SHOWN_VALUE = 100;

export function shown(value: string): string {
  const v = value.trim();
  return v.length <= MAX_SHOWN_VALUE ? v : `${v.slice(0, MAX_SHOWN_VALUE - 1)}…`;
}

/** `Input "num_cache_clusters" = "9": must be an integer from 1 to 6` */
export function formatInputError(e: InputError): string {
  return `Input "${e.input}" = ${JSON.stringify(shown(e.value))}: ${e.message}`;
}

/**
 * Read every input through `get` (e.g. core.getInput), trimmed; an empty value takes the default
 * from INPUT_DEFAULTS.
 */
export function readInputs(get: (name: string) => string): Record<InputName, string> {
  const raw = {} as Record<InputName, string>;
  for (const name of INPUT_NAMES) {
    const value = (get(name) ?? '').trim();
    raw[name] = value === '' ? INPUT_DEFAULTS[name] : value;
  }
  return raw;
}
