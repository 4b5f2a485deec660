// Test builders: a Config from raw action inputs (through the real parser), and an Observed
// state that matches a Config exactly (a converged group), for pure planner tests.

import * as yaml from 'yaml';
import { parseConfig } from '../../src/config/index.js';
import { desiredAlarms } from '../../src/domain/alarms.js';
import { defaultDescription } from '../../src/execute/replication-group.js';
import { readInputs, type InputName } from '../../src/config/inputs.js';
import type { ApplyConfig as Config } from '../../src/config/types.js';
import { desiredLogDelivery } from '../../src/plan/ensure/replication-group.js';
import { desiredTags, resourceNames } from '../../src/domain/names.js';
import type { Observed, ObservedGroup } from '../../src/observe/types.js';
import { connectionUrls } from '../../src/domain/urls.js';

export const SUBNETS = ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'];
export const APP_SG = 'sg-0123456789abcdef0';
export const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:alerts';

/**
 * The settings of the spec's "Example: Production Configuration" (redis-module-README.md), as
 * action inputs; each suite adds its own subnets, security group, topic and region.
 */
export const PRODUCTION_EXAMPLE = {
  name: 'lightwave-django-prod',
  node_type: 'cache.t4g.small',
  environment: 'prod',
  num_cache_clusters: '2',
  automatic_failover_enabled: 'true',
  multi_az_enabled: 'true',
  at_rest_encryption_enabled: 'true',
  transit_encryption_enabled: 'true',
  auth_token_enabled: 'false',
  snapshot_retention_limit: '30',
  snapshot_window: '03:00-04:00',
  maxmemory_policy: 'allkeys-lru',
  timeout: '300',
  log_retention_days: '30',
  tags: 'Application: LightWave Django API\nEnvironment: production\nOwner: Platform Team\nCostCenter: engineering\n',
} as const;

/** The smallest valid set of inputs: the four the action requires. */
export const MINIMAL_INPUTS = {
  name: 'my-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: 'subnet-0123456789abcdef0,subnet-89abcdef',
  aws_region: 'eu-west-1',
} satisfies Partial<Record<InputName, string>>;

/** parseConfig over MINIMAL_INPUTS and `overrides`, read as the runner passes inputs. */
export function parseMinimal(overrides: Partial<Record<InputName, string>> = {}) {
  const all: Partial<Record<InputName, string>> = { ...MINIMAL_INPUTS, ...overrides };
  return parseConfig(
    readInputs((n) => all[n as InputName] ?? ''),
    {},
    yaml,
  );
}

export function inputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    name: 'shop-cache',
    node_type: 'cache.t4g.micro',
    subnet_ids: SUBNETS.join(','),
    aws_region: 'eu-west-1',
    allowed_security_group_ids: APP_SG,
    ...overrides,
  };
}

export function config(overrides: Record<string, string> = {}): Config {
  const raw = inputs(overrides);
  const parsed = parseConfig(
    readInputs((n) => raw[n] ?? ''),
    {},
    yaml,
  );
  if (!parsed.ok) throw new Error(`test config invalid: ${JSON.stringify(parsed.errors)}`);
  if (parsed.config.mode !== 'apply' && parsed.config.mode !== 'plan')
    throw new Error(`test config is mode ${parsed.config.mode}, not apply/plan`);
  return parsed.config;
}

export const RUN = { repository: 'acme/shop', runUrl: 'https://github.com/acme/shop/actions/runs/42' };

export function tagsFor(cfg: Config) {
  return desiredTags(cfg, RUN);
}

const FULL_VERSION: Record<string, string> = {
  '7.0': '7.0.7',
  '7.1': '7.1.0',
  '7.2': '7.2.4',
  '8.0': '8.0.1',
  '8.1': '8.1.0',
  '8.2': '8.2.0',
};

/** The observed state of a group that exactly matches `cfg` (what a converged re-run sees). */
export function converged(cfg: Config, token?: string): Observed {
  const names = resourceNames(cfg);
  const host = `${cfg.name}.abc123.ng.0001.euw1.cache.amazonaws.com`;
  const group: ObservedGroup = {
    id: cfg.name,
    arn: `arn:aws:elasticache:eu-west-1:123456789012:replicationgroup:${cfg.name}`,
    status: 'available',
    nodeType: cfg.nodeType,
    engine: cfg.engine,
    engineVersion: FULL_VERSION[cfg.engineVersion] ?? `${cfg.engineVersion}.0`,
    memberClusters: Array.from({ length: cfg.numCacheClusters }, (_, i) => `${cfg.name}-00${i + 1}`),
    members: Array.from({ length: cfg.numCacheClusters }, (_, i) => ({
      id: `${cfg.name}-00${i + 1}`,
      role: i === 0 ? ('primary' as const) : ('replica' as const),
      status: 'available',
      pendingNodeType: undefined,
      pendingEngineVersion: undefined,
    })),
    automaticFailover: cfg.automaticFailoverEnabled ? 'enabled' : 'disabled',
    multiAz: cfg.multiAzEnabled ? 'enabled' : 'disabled',
    atRestEncryptionEnabled: cfg.atRestEncryptionEnabled,
    kmsKeyId: cfg.kmsKeyId,
    transitEncryptionEnabled: cfg.transitEncryptionEnabled,
    transitEncryptionMode: cfg.transitEncryptionEnabled ? 'required' : undefined,
    authTokenEnabled: cfg.authTokenEnabled,
    clusterEnabled: false,
    dataTiering: false,
    port: cfg.port,
    primaryEndpoint: { address: host, port: cfg.port },
    readerEndpoint: { address: host.replace('.ng.', '-ro.ng.'), port: cfg.port },
    snapshotRetentionLimit: cfg.snapshotRetentionLimit,
    snapshotWindow: cfg.snapshotWindow,
    maintenanceWindow: cfg.maintenanceWindow,
    notificationTopicArn: cfg.notificationTopicArn,
    parameterGroupName: names.parameterGroup,
    parameterApplyStatus: 'in-sync',
    securityGroupIds: ['sg-0aaaaaaaaaaaaaaa1', ...cfg.securityGroupIds],
    subnetGroupName: names.subnetGroup,
    logDelivery: desiredLogDelivery(names).map((l) => ({
      logType: l.LogType,
      destinationType: 'cloudwatch-logs',
      logGroup: l.DestinationDetails?.CloudWatchLogsDetails.LogGroup,
      logFormat: 'json',
      status: 'active',
    })),
    pendingAuthTokenStatus: undefined,
    authTokenLastModified: cfg.authTokenEnabled ? Date.UTC(2026, 0, 1) : undefined,
    pendingTransitEncryptionMode: undefined,
    autoMinorVersionUpgrade: cfg.autoMinorVersionUpgrade,
    networkType: cfg.networkType,
    ipDiscovery: cfg.ipDiscovery,
    description: cfg.description ?? defaultDescription(cfg.name),
    tags: tagsFor(cfg),
  };
  const t = cfg.authTokenEnabled ? (token ?? 'T'.repeat(64)) : undefined;
  const urls = connectionUrls({ host, port: cfg.port, tls: cfg.transitEncryptionEnabled, token: t }, cfg);
  const type = cfg.authTokenEnabled ? ('SecureString' as const) : ('String' as const);
  const ssm: Observed['ssm'] = {
    [names.ssm.redisUrl]: { value: urls.redisUrl, type },
    [names.ssm.celeryBrokerUrl]: { value: urls.celeryBrokerUrl, type },
    [names.ssm.celeryResultBackend]: { value: urls.celeryResultBackendUrl, type },
  };
  if (t) ssm[names.ssm.authToken] = { value: t, type: 'SecureString' };
  return {
    subnets: cfg.subnetIds.map((id, i) => ({
      id,
      vpcId: 'vpc-0123456789abcdef0',
      availabilityZone: `eu-west-1${'abc'[i % 3]}`,
      internetGatewayRoute: undefined,
      ipv6CidrBlocks: cfg.networkType === 'ipv4' ? [] : [`2001:db8:0:${i}::/64`],
    })),
    vpcId: 'vpc-0123456789abcdef0',
    group,
    subnetGroup: { name: names.subnetGroup, vpcId: 'vpc-0123456789abcdef0', subnetIds: [...cfg.subnetIds] },
    parameterGroup: { name: names.parameterGroup, family: cfg.family, values: { ...cfg.parameters } },
    securityGroup: {
      id: 'sg-0aaaaaaaaaaaaaaa1',
      name: names.securityGroup,
      vpcId: 'vpc-0123456789abcdef0',
      ingress: {
        port: cfg.port,
        securityGroupIds: [...cfg.allowedSecurityGroupIds],
        cidrBlocks: [...cfg.allowedCidrBlocks],
      },
      otherPermissions: [],
      tags: {},
    },
    logGroups: { [names.slowLogGroup]: cfg.logRetentionDays, [names.engineLogGroup]: cfg.logRetentionDays },
    ssm,
    referencedSecurityGroups: {},
    ...(cfg.alarms
      ? {
          alarms: desiredAlarms(
            cfg.name,
            cfg.nodeType,
            cfg.alarms,
            group.members.map((m) => ({ id: m.id, role: m.role ?? 'replica' })),
          ).map((a) => ({
            ...a,
            AlarmArn: `arn:aws:cloudwatch:eu-west-1:123456789012:alarm:${a.AlarmName}`,
          })),
        }
      : {}),
  };
}

/** Nothing exists yet but the VPC and its subnets. */
export function empty(cfg: Config): Observed {
  const o = converged(cfg);
  return {
    ...o,
    group: undefined,
    subnetGroup: undefined,
    parameterGroup: undefined,
    securityGroup: undefined,
    logGroups: {},
    ssm: {},
    ...(cfg.alarms ? { alarms: [] } : {}),
  };
}
