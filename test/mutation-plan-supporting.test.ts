// The level-0 resources around the group (src/plan/ensure/supporting.ts), pinned exactly: which
// subnet group, parameter group, security group and log group steps a state calls for, with their
// fields and reasons, and the reboot notice for parameters that need one. Mutation testing found
// these reached only through the slow whole-action suites.

import { describe, expect, it } from 'vitest';
import {
  describePermission,
  parametersToReset,
  rebootPending,
  supportingResources,
} from '../src/plan/ensure/supporting.js';
import { resourceNames } from '../src/domain/names.js';
import type { Observed } from '../src/observe/types.js';
import { APP_SG, config, converged, empty, SUBNETS } from './support/config.js';

type Cfg = ReturnType<typeof config>;
const steps = (cfg: Cfg, obs: Observed) => supportingResources(cfg, obs, resourceNames(cfg), obs.group);

const SLOW = '/aws/elasticache/shop-cache/slow-log';
const ENGINE = '/aws/elasticache/shop-cache/engine-log';
const NEW_SG = 'sg-0bbbbbbbbbbbbbbb2';
const DJANGO = {
  'maxmemory-policy': 'allkeys-lru',
  timeout: '300',
  'tcp-keepalive': '300',
  'maxmemory-samples': '5',
};

describe('supportingResources: nothing to do', () => {
  it('a converged state plans no supporting step', () => {
    const cfg = config();
    expect(steps(cfg, converged(cfg))).toEqual([]);
  });
});

describe('supportingResources: a new group', () => {
  it('creates the subnet group, parameter group, security group and both log groups, in that order', () => {
    const cfg = config({ allowed_cidr_blocks: '10.0.0.0/16' });
    expect(steps(cfg, empty(cfg))).toEqual([
      {
        kind: 'create-subnet-group',
        name: 'shop-cache-subnets',
        subnetIds: SUBNETS,
        reason: `cache subnet group shop-cache-subnets is missing: create it with ${SUBNETS.join(', ')}`,
      },
      {
        kind: 'create-parameter-group',
        name: 'shop-cache-redis7',
        family: 'redis7',
        parameters: DJANGO,
        reason:
          'parameter group shop-cache-redis7 (redis7) is missing: create it with maxmemory-policy=allkeys-lru, timeout=300, tcp-keepalive=300, maxmemory-samples=5',
      },
      {
        kind: 'create-security-group',
        name: 'shop-cache-redis',
        vpcId: 'vpc-0123456789abcdef0',
        ingress: { port: 6379, securityGroupIds: [APP_SG], cidrBlocks: ['10.0.0.0/16'] },
        reason: `security group shop-cache-redis is missing: create it in vpc-0123456789abcdef0 with ingress on 6379/tcp from ${APP_SG}, 10.0.0.0/16`,
      },
      {
        kind: 'create-log-group',
        name: SLOW,
        retentionDays: 30,
        reason: `log group ${SLOW} is missing: create it (retention 30 days)`,
      },
      {
        kind: 'create-log-group',
        name: ENGINE,
        retentionDays: 30,
        reason: `log group ${ENGINE} is missing: create it (retention 30 days)`,
      },
    ]);
  });

  it('no VPC known and no allowed sources: the security group says so; log groups never expire at 0', () => {
    const cfg = config({ allowed_security_group_ids: '', log_retention_days: '0' });
    const obs = { ...empty(cfg), vpcId: undefined };
    const out = steps(cfg, obs);
    expect(out.find((s) => s.kind === 'create-security-group')).toEqual({
      kind: 'create-security-group',
      name: 'shop-cache-redis',
      vpcId: '',
      ingress: { port: 6379, securityGroupIds: [], cidrBlocks: [] },
      reason:
        'security group shop-cache-redis is missing: create it in the subnets’ VPC with ingress on 6379/tcp from nowhere (no allowed_security_group_ids or allowed_cidr_blocks)',
    });
    expect(out.filter((s) => s.kind === 'create-log-group')).toEqual([
      {
        kind: 'create-log-group',
        name: SLOW,
        retentionDays: 0,
        reason: `log group ${SLOW} is missing: create it (retention never expire)`,
      },
      {
        kind: 'create-log-group',
        name: ENGINE,
        retentionDays: 0,
        reason: `log group ${ENGINE} is missing: create it (retention never expire)`,
      },
    ]);
  });
});

describe('supportingResources: the subnet group', () => {
  it('ours with other subnets: modified to subnet_ids, the reason listing both sorted', () => {
    const cfg = config({ subnet_ids: [...SUBNETS].reverse().join(',') });
    const obs = converged(cfg);
    obs.subnetGroup!.subnetIds = ['subnet-9', 'subnet-0a1b2c3d4e5f60001'];
    expect(steps(cfg, obs)).toEqual([
      {
        kind: 'modify-subnet-group',
        name: 'shop-cache-subnets',
        subnetIds: [...SUBNETS].reverse(),
        reason: `subnet_ids subnet-0a1b2c3d4e5f60001,subnet-9 → ${[...SUBNETS].sort().join(',')}`,
      },
    ]);
  });

  it('ours in another order: nothing to do', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.subnetGroup!.subnetIds = [...SUBNETS].reverse();
    expect(steps(cfg, obs)).toEqual([]);
  });

  it('a group on a subnet group that is not ours: neither created nor modified', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.subnetGroupName = 'default';
    obs.subnetGroup = { name: 'default', vpcId: 'vpc-0123456789abcdef0', subnetIds: ['subnet-x'] };
    expect(steps(cfg, obs)).toEqual([]);
    obs.subnetGroup = undefined;
    expect(steps(cfg, obs)).toEqual([]);
  });

  it('an existing group on our subnet group, which is missing: created', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.subnetGroup = undefined;
    expect(steps(cfg, obs).map((s) => s.kind)).toEqual(['create-subnet-group']);
  });
});

describe('supportingResources: the parameter group', () => {
  it('changed values: only those, each named by its input, old value or (default)', () => {
    const cfg = config({ parameters: '{"databases": "32", "notify-keyspace-events": "Ex"}' });
    const obs = converged(cfg);
    obs.parameterGroup!.values = { ...DJANGO, timeout: '0', databases: '32' };
    expect(steps(cfg, obs)).toEqual([
      {
        kind: 'modify-parameter-group',
        name: 'shop-cache-redis7',
        parameters: { timeout: '300', 'notify-keyspace-events': 'Ex' },
        reason: 'timeout 0 → 300; parameters["notify-keyspace-events"] (default) → Ex',
      },
    ]);
  });

  it('each Django parameter is named by its own input; a reboot parameter says so', () => {
    const cfg = config({ parameters: '{"databases": "32"}' });
    const obs = converged(cfg);
    obs.parameterGroup!.values = {
      'maxmemory-policy': 'noeviction',
      timeout: '0',
      'tcp-keepalive': '60',
      'maxmemory-samples': '3',
    };
    const [modify] = steps(cfg, obs);
    expect(modify).toEqual({
      kind: 'modify-parameter-group',
      name: 'shop-cache-redis7',
      parameters: { ...DJANGO, databases: '32' },
      reason:
        'maxmemory_policy noeviction → allkeys-lru; timeout 0 → 300; tcp_keepalive 60 → 300; maxmemory_samples 3 → 5; ' +
        'parameters["databases"] (default) → 32 (takes effect after a reboot)',
    });
  });

  it('a value set before and no longer asked for is reset, after the modification', () => {
    const cfg = config({ timeout: '0' });
    const obs = converged(cfg);
    obs.parameterGroup!.values = {
      ...cfg.parameters,
      timeout: '300',
      databases: '32',
      'notify-keyspace-events': 'Ex',
    };
    expect(steps(cfg, obs)).toEqual([
      {
        kind: 'modify-parameter-group',
        name: 'shop-cache-redis7',
        parameters: { timeout: '0' },
        reason: 'timeout 300 → 0',
      },
      {
        kind: 'reset-parameters',
        name: 'shop-cache-redis7',
        parameterNames: ['databases', 'notify-keyspace-events'],
        reason:
          'parameters["databases"] 32 → family default 16 (no longer in the parameters input) (takes effect after a reboot); ' +
          'parameters["notify-keyspace-events"] Ex → family default  (no longer in the parameters input)',
      },
    ]);
  });

  it('a value the family catalog does not know (a hand edit) is reset too, with no default to name', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.parameterGroup!.values = { ...DJANGO, 'hand-edited': 'x' };
    expect(steps(cfg, obs)).toEqual([
      {
        kind: 'reset-parameters',
        name: 'shop-cache-redis7',
        parameterNames: ['hand-edited'],
        reason: 'parameters["hand-edited"] x → family default  (no longer in the parameters input)',
      },
    ]);
    expect(rebootPending(cfg, obs, obs.group)).toEqual([]);
  });

  it('the parameter group is named as observed, not as derived', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.parameterGroup = {
      name: 'legacy-pg',
      family: 'redis7',
      values: { ...DJANGO, timeout: '0', databases: '2' },
    };
    expect(steps(cfg, obs).map((s) => [s.kind, 'name' in s ? s.name : undefined])).toEqual([
      ['modify-parameter-group', 'legacy-pg'],
      ['reset-parameters', 'legacy-pg'],
    ]);
  });
});

describe('parametersToReset', () => {
  it('user-set values not in the input and not at the family default, sorted', () => {
    const cfg = config();
    expect(
      parametersToReset(cfg, {
        ...DJANGO,
        timeout: '0', // in the input: never reset, whatever its value
        'notify-keyspace-events': 'Ex',
        databases: '16', // the family default: resetting changes nothing
        activedefrag: 'yes',
        'unknown-param': 'x',
        'unknown-unset': undefined, // no family default to differ from
      }),
    ).toEqual(['activedefrag', 'notify-keyspace-events', 'unknown-param']);
  });

  it('nothing when every value is asked for', () => {
    const cfg = config();
    expect(parametersToReset(cfg, { ...DJANGO })).toEqual([]);
  });
});

describe('rebootPending', () => {
  const reboot = (ids: string[]) =>
    ids
      .map(
        (id) =>
          `aws elasticache reboot-cache-cluster --cache-cluster-id ${id} --cache-node-ids-to-reboot 0001`,
      )
      .join('; ');
  const notice = (what: string, ids: string[]) =>
    `${what} that take effect only when the nodes reboot (ChangeType requires-reboot); this action never reboots. ` +
    `When a short disconnect is acceptable, reboot the replicas, then the primary: ${reboot(ids)}.`;

  it('names the reboot parameters changing (set and reset), with a reboot command per member', () => {
    const cfg = config({ parameters: '{"databases": "32", "notify-keyspace-events": "Ex"}' });
    const obs = converged(cfg);
    obs.parameterGroup!.values = { ...DJANGO, 'notify-keyspace-events': 'x' };
    expect(rebootPending(cfg, obs, obs.group)).toEqual([
      notice('parameter databases changes in shop-cache-redis7', ['shop-cache-001', 'shop-cache-002']),
    ]);
    const cfg2 = config();
    const obs2 = converged(cfg2);
    obs2.parameterGroup!.values = { ...DJANGO, databases: '32', activedefrag: 'yes' };
    expect(rebootPending(cfg2, obs2, obs2.group)).toEqual([
      notice('parameter databases changes in shop-cache-redis7', ['shop-cache-001', 'shop-cache-002']),
    ]);
  });

  it('lists a set and a reset parameter together', () => {
    const cfg = config({ parameters: '{"databases": "32"}' });
    const obs = converged(cfg);
    obs.parameterGroup!.values = { ...DJANGO, maxclients: '100' };
    expect(rebootPending(cfg, obs, obs.group)).toEqual([
      notice('parameter databases, maxclients changes in shop-cache-redis7', [
        'shop-cache-001',
        'shop-cache-002',
      ]),
    ]);
  });

  it('a reboot parameter already at its value is not changing', () => {
    const cfg = config({ parameters: '{"databases": "32"}' });
    const obs = converged(cfg);
    expect(obs.parameterGroup!.values.databases).toBe('32');
    expect(rebootPending(cfg, obs, obs.group)).toEqual([]);
  });

  it('nothing changing but a member still pending-reboot: says the group has changes', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.parameterApplyStatus = 'pending-reboot';
    expect(rebootPending(cfg, obs, obs.group)).toEqual([
      notice('parameter group shop-cache-redis7 has changes', ['shop-cache-001', 'shop-cache-002']),
    ]);
  });

  it('nothing when only immediate parameters change, when in sync, or without a group or parameter group', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.parameterGroup!.values = { ...DJANGO, timeout: '0', activedefrag: 'yes' };
    expect(rebootPending(cfg, obs, obs.group)).toEqual([]);
    const reb = config({ parameters: '{"databases": "32"}' });
    const fresh = empty(reb);
    expect(rebootPending(reb, fresh, undefined)).toEqual([]);
    const noPg = converged(reb);
    noPg.parameterGroup = undefined;
    expect(rebootPending(reb, noPg, noPg.group)).toEqual([]);
    const noGroup = converged(reb);
    expect(rebootPending(reb, noGroup, undefined)).toEqual([]);
  });
});

describe('supportingResources: the security group', () => {
  it('adds missing sources and revokes extra ones, each on the port, naming the group', () => {
    const cfg = config({
      allowed_security_group_ids: `${APP_SG},${NEW_SG}`,
      allowed_cidr_blocks: '10.0.0.0/16',
    });
    const obs = converged(cfg);
    obs.securityGroup!.ingress = {
      port: 6379,
      securityGroupIds: [APP_SG, 'sg-old'],
      cidrBlocks: ['192.168.0.0/24'],
    };
    expect(steps(cfg, obs)).toEqual([
      {
        kind: 'authorize-ingress',
        port: 6379,
        securityGroupIds: [NEW_SG],
        cidrBlocks: ['10.0.0.0/16'],
        reason: `allow 6379/tcp from ${NEW_SG}, 10.0.0.0/16 on sg-0aaaaaaaaaaaaaaa1`,
      },
      {
        kind: 'revoke-ingress',
        port: 6379,
        securityGroupIds: ['sg-old'],
        cidrBlocks: ['192.168.0.0/24'],
        reason:
          'revoke 6379/tcp from sg-old, 192.168.0.0/24 on sg-0aaaaaaaaaaaaaaa1 (not in allowed_security_group_ids/allowed_cidr_blocks)',
      },
    ]);
  });

  it('only a CIDR to add, only a group to revoke', () => {
    const cfg = config({ allowed_cidr_blocks: '10.0.0.0/16' });
    const obs = converged(cfg);
    obs.securityGroup!.ingress.cidrBlocks = [];
    expect(steps(cfg, obs)).toEqual([
      {
        kind: 'authorize-ingress',
        port: 6379,
        securityGroupIds: [],
        cidrBlocks: ['10.0.0.0/16'],
        reason: 'allow 6379/tcp from 10.0.0.0/16 on sg-0aaaaaaaaaaaaaaa1',
      },
    ]);
    const obs2 = converged(cfg);
    obs2.securityGroup!.ingress.securityGroupIds.push('sg-old');
    expect(steps(cfg, obs2)).toEqual([
      {
        kind: 'revoke-ingress',
        port: 6379,
        securityGroupIds: ['sg-old'],
        cidrBlocks: [],
        reason:
          'revoke 6379/tcp from sg-old on sg-0aaaaaaaaaaaaaaa1 (not in allowed_security_group_ids/allowed_cidr_blocks)',
      },
    ]);
  });

  it('only a group to add, only a CIDR to revoke', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.securityGroup!.ingress.securityGroupIds = [];
    expect(steps(cfg, obs).map((s) => s.kind)).toEqual(['authorize-ingress']);
    const obs2 = converged(cfg);
    obs2.securityGroup!.ingress.cidrBlocks = ['10.1.0.0/16'];
    expect(steps(cfg, obs2)).toMatchObject([
      { kind: 'revoke-ingress', securityGroupIds: [], cidrBlocks: ['10.1.0.0/16'] },
    ]);
  });

  it('any other permission is revoked whole, each described', () => {
    const cfg = config();
    const obs = converged(cfg);
    const other = [
      { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, UserIdGroupPairs: [{ GroupId: 'sg-admin' }] },
    ];
    obs.securityGroup!.otherPermissions = other;
    expect(steps(cfg, obs)).toEqual([
      {
        kind: 'revoke-other-ingress',
        permissions: other,
        reason:
          'revoke all traffic from 0.0.0.0/0; 22/tcp from sg-admin on sg-0aaaaaaaaaaaaaaa1 (only 6379/tcp from the allowed groups and CIDRs belongs there)',
      },
    ]);
  });
});

describe('describePermission', () => {
  it('a port range, every kind of source, in order', () => {
    expect(
      describePermission({
        IpProtocol: 'tcp',
        FromPort: 1000,
        ToPort: 2000,
        UserIdGroupPairs: [{ GroupId: 'sg-a' }, {}],
        IpRanges: [{ CidrIp: '10.0.0.0/8' }],
        Ipv6Ranges: [{ CidrIpv6: '::/0' }],
        PrefixListIds: [{ PrefixListId: 'pl-1' }],
      }),
    ).toBe('1000-2000/tcp from sg-a, 10.0.0.0/8, ::/0, pl-1');
  });

  it('a single port; no ports; no sources', () => {
    expect(describePermission({ IpProtocol: 'udp', FromPort: 53, ToPort: 53 })).toBe('53/udp from nowhere');
    expect(describePermission({ IpProtocol: 'icmp' })).toBe('*/icmp from nowhere');
    expect(describePermission({ IpProtocol: '-1' })).toBe('all traffic from nowhere');
    expect(describePermission({ IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] })).toBe(
      'all traffic from ::/0',
    );
    expect(describePermission({ IpProtocol: 'tcp', PrefixListIds: [{ PrefixListId: 'pl-9' }] })).toBe(
      '*/tcp from pl-9',
    );
  });
});

describe('supportingResources: the log groups', () => {
  it('another retention is set to log_retention_days, on each group that differs', () => {
    const cfg = config({ log_retention_days: '14' });
    const obs = converged(cfg);
    obs.logGroups = { [SLOW]: 30, [ENGINE]: undefined };
    expect(steps(cfg, obs)).toEqual([
      {
        kind: 'put-log-retention',
        name: SLOW,
        retentionDays: 14,
        reason: `log_retention_days 30 → 14 on ${SLOW}`,
      },
      {
        kind: 'put-log-retention',
        name: ENGINE,
        retentionDays: 14,
        reason: `log_retention_days never expire → 14 on ${ENGINE}`,
      },
    ]);
  });

  it('0 (never expire): a retention is deleted, none is left alone; one group missing is created', () => {
    const cfg = config({ log_retention_days: '0' });
    const obs = converged(cfg);
    obs.logGroups = { [SLOW]: 7 };
    expect(steps(cfg, obs)).toEqual([
      {
        kind: 'delete-log-retention',
        name: SLOW,
        reason: `log_retention_days 7 → 0 (never expire) on ${SLOW}`,
      },
      {
        kind: 'create-log-group',
        name: ENGINE,
        retentionDays: 0,
        reason: `log group ${ENGINE} is missing: create it (retention never expire)`,
      },
    ]);
    obs.logGroups = { [SLOW]: undefined, [ENGINE]: undefined };
    expect(steps(cfg, obs)).toEqual([]);
  });
});
