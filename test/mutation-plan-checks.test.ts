// The refusals and warnings the apply planner decides before any write
// (src/plan/ensure/checks.ts), pinned exactly: which state is refused, with which message, and
// which is let through. Mutation testing found most of them reached only by the slow suites.

import { describe, expect, it } from 'vitest';
import {
  checkForeignSubnetGroup,
  checkGroupUsable,
  checkImmutable,
  checkNetworkType,
  checkPreferredAzs,
  checkReferences,
  checkSubnets,
  warnAboutEviction,
} from '../src/plan/ensure/checks.js';
import { resourceNames } from '../src/domain/names.js';
import type { Observed, ObservedGroup } from '../src/observe/types.js';
import type { Plan } from '../src/plan/steps.js';
import { config, converged, SUBNETS } from './support/config.js';

type Cfg = ReturnType<typeof config>;
const fresh = (): Plan => ({ action: 'none', steps: [], refusals: [], warnings: [], pending: [] });
const VPC = 'vpc-0123456789abcdef0';
const migrate = (name: string) =>
  `AWS cannot change this in place. To migrate: take a snapshot (aws elasticache create-snapshot --replication-group-id ${name} --snapshot-name ${name}-migrate), ` +
  `restore it into a new group under a new name with the new settings, switch your apps to the new URLs, then delete the old group.`;

function run(check: (cfg: Cfg, obs: Observed, g: ObservedGroup, p: Plan) => void, cfg: Cfg, obs: Observed) {
  const p = fresh();
  check(cfg, obs, obs.group!, p);
  return p;
}

describe('checkSubnets', () => {
  const subnets = (cfg: Cfg, obs: Observed) => run((c, o, _g, p) => checkSubnets(c, o, p), cfg, obs);

  it('converged: nothing to say', () => {
    const cfg = config();
    expect(subnets(cfg, converged(cfg))).toEqual(fresh());
  });

  it('subnets in two VPCs: refused, naming each subnet with its VPC', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.subnets[1]!.vpcId = 'vpc-other';
    expect(subnets(cfg, obs).refusals).toEqual([
      `Input "subnet_ids": the subnets are in different VPCs (${SUBNETS[0]} in ${VPC}, ${SUBNETS[1]} in vpc-other); a cache subnet group needs subnets of one VPC.`,
    ]);
  });

  it('a public subnet: refused unless allow_public_subnets', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.subnets[1]!.internetGatewayRoute = 'igw-1';
    expect(subnets(cfg, obs).refusals).toEqual([
      `Input "subnet_ids": subnet ${SUBNETS[1]} is public: its route table sends 0.0.0.0/0 to internet gateway igw-1. ` +
        `Use private subnets (the spec's "private subnets only"), or set allow_public_subnets: true if you really mean it.`,
    ]);
    const allowed = config({ allow_public_subnets: 'true' });
    const obs2 = converged(allowed);
    obs2.subnets[1]!.internetGatewayRoute = 'igw-1';
    expect(subnets(allowed, obs2).refusals).toEqual([]);
  });

  it('Multi-AZ with every subnet in one zone: refused; without Multi-AZ: fine', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.subnets[1]!.availabilityZone = 'eu-west-1a';
    expect(subnets(cfg, obs).refusals).toEqual([
      `Input "multi_az_enabled": Multi-AZ needs subnets in at least two availability zones, but subnet_ids are all in eu-west-1a. Add a subnet in another zone or set multi_az_enabled: false.`,
    ]);
    const single = config({ multi_az_enabled: 'false' });
    const obs2 = converged(single);
    obs2.subnets[1]!.availabilityZone = 'eu-west-1a';
    expect(subnets(single, obs2).refusals).toEqual([]);
  });

  it('Multi-AZ with no subnet observed: "one zone"', () => {
    const cfg = config();
    const obs = { ...converged(cfg), subnets: [] };
    expect(subnets(cfg, obs).refusals).toEqual([
      `Input "multi_az_enabled": Multi-AZ needs subnets in at least two availability zones, but subnet_ids are all in one zone. Add a subnet in another zone or set multi_az_enabled: false.`,
    ]);
  });

  it('the subnet group in another VPC than the subnets: refused; unknown VPCs are not compared', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.subnetGroup!.vpcId = 'vpc-old';
    expect(subnets(cfg, obs).refusals).toEqual([
      `Input "subnet_ids": the subnets are in ${VPC} but cache subnet group shop-cache-subnets is in vpc-old; a replication group cannot move VPCs. Snapshot it and restore into a new name in the new VPC.`,
    ]);
    expect(subnets(cfg, { ...obs, vpcId: undefined }).refusals).toEqual([]);
    obs.subnetGroup!.vpcId = '';
    expect(subnets(cfg, obs).refusals).toEqual([]);
    expect(subnets(cfg, { ...obs, subnetGroup: undefined }).refusals).toEqual([]);
  });
});

describe('checkReferences', () => {
  const refs = (cfg: Cfg, obs: Observed) => run((c, o, _g, p) => checkReferences(c, o, p), cfg, obs);
  const OTHER = 'sg-0ccccccccccccccc3';

  it('an attached security group in another VPC: refused', () => {
    const cfg = config({ security_group_ids: OTHER });
    const obs = converged(cfg);
    obs.referencedSecurityGroups = { [OTHER]: 'vpc-other' };
    expect(refs(cfg, obs).refusals).toEqual([
      `Input "security_group_ids": security group ${OTHER} is in vpc-other, but the subnets are in ${VPC}; only security groups of the group's own VPC can be attached.`,
    ]);
  });

  it('same VPC, unknown VPC, no subnets VPC, or only an allowed (not attached) group: fine', () => {
    const cfg = config({ security_group_ids: OTHER });
    const obs = converged(cfg);
    obs.referencedSecurityGroups = { [OTHER]: VPC };
    expect(refs(cfg, obs).refusals).toEqual([]);
    obs.referencedSecurityGroups = { [OTHER]: undefined };
    expect(refs(cfg, obs).refusals).toEqual([]);
    obs.referencedSecurityGroups = { [OTHER]: 'vpc-other' };
    expect(refs(cfg, { ...obs, vpcId: undefined }).refusals).toEqual([]);
    const notAttached = config();
    const obs2 = converged(notAttached);
    obs2.referencedSecurityGroups = { [OTHER]: 'vpc-other' };
    expect(refs(notAttached, obs2).refusals).toEqual([]);
  });
});

describe('checkGroupUsable', () => {
  const usable = (cfg: Cfg, obs: Observed, planOnly = false) =>
    run((c, _o, g, p) => checkGroupUsable(c, g, p, planOnly), cfg, obs);
  const cfg = config();
  const withStatus = (status: string, edit?: (g: ObservedGroup) => void) => {
    const obs = converged(cfg);
    obs.group!.status = status;
    edit?.(obs.group!);
    return obs;
  };

  it('available: nothing to say', () => {
    expect(usable(cfg, withStatus('available'))).toEqual(fresh());
    expect(usable(cfg, withStatus('available'), true)).toEqual(fresh());
  });

  it('create-failed and deleting: refused, also in plan mode', () => {
    for (const planOnly of [false, true]) {
      expect(usable(cfg, withStatus('create-failed'), planOnly).refusals).toEqual([
        `Replication group shop-cache is in create-failed. This action does not delete groups: delete it (aws elasticache delete-replication-group --replication-group-id shop-cache) after reading its events, then re-run.`,
      ]);
      expect(usable(cfg, withStatus('deleting'), planOnly).refusals).toEqual([
        `Replication group shop-cache is being deleted; wait until it is gone, then re-run to create it again.`,
      ]);
    }
  });

  it('busy in plan mode: a warning, tags not compared unless the group itself is available', () => {
    const p = usable(cfg, withStatus('modifying'), true);
    expect(p.refusals).toEqual([]);
    expect(p.warnings).toEqual([
      `Replication group shop-cache is modifying (another run or AWS is busy with it). This plan is computed from its current state (tags not compared: ElastiCache lists them only for an available group); apply waits until it is available, then plans again.`,
    ]);
    // A busy group with a busy member is named by the group's status.
    const both = usable(
      cfg,
      withStatus('modifying', (g) => (g.members[1]!.status = 'modifying')),
      true,
    );
    expect(both.warnings).toEqual(p.warnings);
    const member = usable(
      cfg,
      withStatus('available', (g) => (g.members[1]!.status = 'rebooting cache cluster nodes')),
      true,
    );
    expect(member.warnings).toEqual([
      `Replication group shop-cache is available but member shop-cache-002 is rebooting cache cluster nodes (another run or AWS is busy with it). This plan is computed from its current state; apply waits until it is available, then plans again.`,
    ]);
  });

  it('not available outside plan mode: refused; a busy member alone is not a refusal', () => {
    expect(usable(cfg, withStatus('modifying')).refusals).toEqual([
      `Replication group shop-cache is modifying, not available; re-run when it is available.`,
    ]);
    expect(usable(cfg, withStatus('incompatible-network'), true).refusals).toEqual([
      `Replication group shop-cache is incompatible-network, not available; re-run when it is available.`,
    ]);
    const member = usable(
      cfg,
      withStatus('available', (g) => (g.members[1]!.status = 'modifying')),
    );
    expect(member).toEqual(fresh());
  });

  it('cluster mode enabled: refused too, whatever the status', () => {
    const p = usable(
      cfg,
      withStatus('deleting', (g) => (g.clusterEnabled = true)),
    );
    expect(p.refusals).toEqual([
      `Replication group shop-cache is being deleted; wait until it is gone, then re-run to create it again.`,
      `Replication group shop-cache has cluster mode enabled: Celery's Redis transport and DB numbers other than 0 do not work on it. This action manages cluster-mode-disabled groups only.`,
    ]);
  });
});

describe('checkImmutable', () => {
  const immutable = (cfg: Cfg, obs: Observed) =>
    run((c, _o, g, p) => checkImmutable(c, g, resourceNames(c), p), cfg, obs);
  const refusal = (input: string, from: string, to: string) =>
    `Input "${input}": the group has ${from}, the input asks for ${to}. ${migrate('shop-cache')}`;
  const KEY = 'arn:aws:kms:eu-west-1:123456789012:key/1111aaaa-2222-3333-4444-555566667777';
  const KEY_ID = '1111aaaa-2222-3333-4444-555566667777';

  it('converged: nothing to say', () => {
    const cfg = config();
    expect(immutable(cfg, converged(cfg))).toEqual(fresh());
  });

  it('encryption at rest differs: refused', () => {
    const cfg = config({ at_rest_encryption_enabled: 'false' });
    const obs = converged(cfg);
    obs.group!.atRestEncryptionEnabled = true;
    expect(immutable(cfg, obs).refusals).toEqual([refusal('at_rest_encryption_enabled', 'true', 'false')]);
    const on = config();
    const obs2 = converged(on);
    obs2.group!.atRestEncryptionEnabled = false;
    expect(immutable(on, obs2).refusals).toEqual([refusal('at_rest_encryption_enabled', 'false', 'true')]);
  });

  it('another KMS key: refused; the same key as an ARN or an id: fine; an alias is not compared', () => {
    const cfg = config({ kms_key_id: KEY });
    const obs = converged(cfg);
    obs.group!.kmsKeyId = 'arn:aws:kms:eu-west-1:123456789012:key/other';
    expect(immutable(cfg, obs).refusals).toEqual([
      refusal('kms_key_id', 'arn:aws:kms:eu-west-1:123456789012:key/other', KEY),
    ]);
    obs.group!.kmsKeyId = KEY_ID;
    expect(immutable(cfg, obs).refusals).toEqual([]);
    const byId = config({ kms_key_id: KEY_ID });
    const obs2 = converged(byId);
    obs2.group!.kmsKeyId = KEY;
    expect(immutable(byId, obs2).refusals).toEqual([]);
    const alias = config({ kms_key_id: 'alias/cache' });
    const obs3 = converged(alias);
    obs3.group!.kmsKeyId = KEY;
    expect(immutable(alias, obs3).refusals).toEqual([]);
    const aliasArn = config({ kms_key_id: 'arn:aws:kms:eu-west-1:123456789012:alias/cache' });
    const obs4 = converged(aliasArn);
    obs4.group!.kmsKeyId = KEY;
    expect(immutable(aliasArn, obs4).refusals).toEqual([]);
  });

  it('a customer key added or removed on an encrypted group: refused, naming the AWS managed key', () => {
    const cfg = config({ kms_key_id: KEY });
    const obs = converged(cfg);
    obs.group!.kmsKeyId = undefined;
    expect(immutable(cfg, obs).refusals).toEqual([refusal('kms_key_id', 'the AWS managed key', KEY)]);
    const managed = config();
    const obs2 = converged(managed);
    obs2.group!.kmsKeyId = KEY;
    expect(immutable(managed, obs2).refusals).toEqual([refusal('kms_key_id', KEY, 'the AWS managed key')]);
    const alias = config({ kms_key_id: 'alias/cache' });
    const obs3 = converged(alias);
    obs3.group!.kmsKeyId = undefined;
    expect(immutable(alias, obs3).refusals).toEqual([
      refusal('kms_key_id', 'the AWS managed key', 'alias/cache'),
    ]);
  });

  it('a key on an unencrypted group is not compared', () => {
    const cfg = config({ at_rest_encryption_enabled: 'false' });
    const obs = converged(cfg);
    obs.group!.kmsKeyId = KEY;
    expect(immutable(cfg, obs).refusals).toEqual([]);
  });

  it('another port: refused; a port not reported: not compared', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.port = 6380;
    expect(immutable(cfg, obs).refusals).toEqual([refusal('port', '6380', '6379')]);
    obs.group!.port = undefined;
    expect(immutable(cfg, obs).refusals).toEqual([]);
  });

  it('valkey → redis: refused; redis → valkey: fine', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.engine = 'valkey';
    obs.group!.engineVersion = '7.2.4';
    expect(immutable(cfg, obs).refusals).toEqual([
      refusal('engine', 'valkey', 'redis (valkey → redis is not supported)'),
      refusal('engine_version', 'valkey 7.2.4', 'redis 7.1 (a downgrade)'),
    ]);
    const valkey = config({ engine: 'valkey', engine_version: '7.2' });
    const obs2 = converged(valkey);
    obs2.group!.engine = 'redis';
    obs2.group!.engineVersion = '7.1.0';
    expect(immutable(valkey, obs2).refusals).toEqual([]);
    expect(immutable(valkey, converged(valkey)).refusals).toEqual([]);
  });

  it('an older major.minor is a downgrade; a newer patch of the same minor is not', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.engineVersion = '7.2.4';
    obs.group!.engine = undefined;
    expect(immutable(cfg, obs).refusals).toEqual([
      refusal('engine_version', '7.2.4', 'redis 7.1 (a downgrade)'),
    ]);
    obs.group!.engineVersion = '7.1.9';
    expect(immutable(cfg, obs).refusals).toEqual([]);
    obs.group!.engineVersion = '7.0.7';
    expect(immutable(cfg, obs).refusals).toEqual([]);
    obs.group!.engineVersion = undefined;
    expect(immutable(cfg, obs).refusals).toEqual([]);
  });

  it('data tiering on or off against the node type: refused', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.dataTiering = true;
    obs.group!.nodeType = 'cache.r6gd.xlarge';
    expect(immutable(cfg, obs).refusals).toEqual([
      refusal('node_type', 'data tiering on (cache.r6gd.xlarge)', 'cache.t4g.micro (data tiering off)'),
    ]);
    const tiered = config({ node_type: 'cache.r6gd.xlarge' });
    const obs2 = converged(tiered);
    obs2.group!.nodeType = 'cache.r6g.large';
    expect(immutable(tiered, obs2).refusals).toEqual([
      refusal('node_type', 'data tiering off (cache.r6g.large)', 'cache.r6gd.xlarge (data tiering on)'),
    ]);
    obs2.group!.dataTiering = true;
    expect(immutable(tiered, obs2).refusals).toEqual([]);
  });

  it('AUTH turned off: refused; AUTH turned on: fine', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.authTokenEnabled = true;
    expect(immutable(cfg, obs).refusals).toEqual([
      `Input "auth_token_enabled": the group has AUTH on and the input turns it off. ElastiCache can only remove an AUTH token by migrating to RBAC user groups (AuthTokenUpdateStrategy DELETE), which this action does not manage. Keep auth_token_enabled: true, or ${migrate('shop-cache')}`,
    ]);
    const auth = config({ auth_token_enabled: 'true' });
    const obs2 = converged(auth);
    obs2.group!.authTokenEnabled = false;
    expect(immutable(auth, obs2).refusals).toEqual([]);
  });

  it('TLS changed on Redis before 7.0.5: refused; on 7.0.5, on Valkey or without a version: fine', () => {
    const cfg = config({ engine_version: '7.0' });
    const obs = converged(cfg);
    obs.group!.transitEncryptionEnabled = false;
    obs.group!.engineVersion = '7.0.4';
    expect(immutable(cfg, obs).refusals).toEqual([
      refusal(
        'transit_encryption_enabled',
        'TLS off on redis 7.0.4',
        'TLS on (in place needs Redis ≥ 7.0.5 or Valkey; upgrade engine_version first)',
      ),
    ]);
    obs.group!.engineVersion = '7.0.5';
    expect(immutable(cfg, obs).refusals).toEqual([]);
    obs.group!.engineVersion = undefined;
    expect(immutable(cfg, obs).refusals).toEqual([]);
    const off = config({ engine_version: '7.0', transit_encryption_enabled: 'false' });
    const obs2 = converged(off);
    obs2.group!.transitEncryptionEnabled = true;
    obs2.group!.engineVersion = '7.0.4';
    obs2.group!.engine = undefined; // not reported: the input's engine decides
    expect(immutable(off, obs2).refusals).toEqual([
      refusal(
        'transit_encryption_enabled',
        'TLS on on undefined 7.0.4',
        'TLS off (in place needs Redis ≥ 7.0.5 or Valkey; upgrade engine_version first)',
      ),
    ]);
    const valkey = config({ engine: 'valkey', engine_version: '7.2' });
    const obs3 = converged(valkey);
    obs3.group!.transitEncryptionEnabled = false;
    obs3.group!.engine = undefined;
    obs3.group!.engineVersion = '7.0.4';
    expect(immutable(valkey, obs3).refusals).toEqual([]);
    // unchanged TLS on an old version: nothing to refuse
    const same = converged(cfg);
    same.group!.engineVersion = '7.0.4';
    expect(immutable(cfg, same).refusals).toEqual([]);
  });
});

describe('checkForeignSubnetGroup', () => {
  const foreign = (cfg: Cfg, obs: Observed) =>
    run((c, o, g, p) => checkForeignSubnetGroup(c, o, g, resourceNames(c), p), cfg, obs);

  it('a foreign subnet group with other subnets: refused, naming both sets sorted', () => {
    const cfg = config({ subnet_ids: [...SUBNETS].reverse().join(',') });
    const obs = converged(cfg);
    obs.group!.subnetGroupName = 'default';
    obs.subnetGroup = { name: 'default', vpcId: VPC, subnetIds: ['subnet-z', 'subnet-a'] };
    expect(foreign(cfg, obs).refusals).toEqual([
      `Input "subnet_ids": replication group shop-cache uses cache subnet group default (not created by this action, possibly shared with other groups), ` +
        `which has subnet-a,subnet-z; the input asks for ${[...SUBNETS].sort().join(',')}. ` +
        `This action only changes its own subnet group (shop-cache-subnets) and a group cannot switch subnet groups in place. ` +
        `Set subnet_ids to the subnets it has, or change default yourself; to move the group onto shop-cache-subnets: take a snapshot (aws elasticache create-snapshot --replication-group-id shop-cache --snapshot-name shop-cache-migrate), ` +
        `restore it into a new group under a new name with the new settings, switch your apps to the new URLs, then delete the old group.`,
    ]);
  });

  it('a foreign one with the same subnets, our own, or none observed: fine', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.subnetGroupName = 'default';
    obs.subnetGroup = { name: 'default', vpcId: VPC, subnetIds: [...SUBNETS].reverse() };
    expect(foreign(cfg, obs).refusals).toEqual([]);
    obs.subnetGroup = undefined;
    expect(foreign(cfg, obs).refusals).toEqual([]);
    const ours = converged(cfg);
    ours.subnetGroup!.subnetIds = ['subnet-z'];
    expect(foreign(cfg, ours).refusals).toEqual([]);
  });
});

describe('warnAboutEviction', () => {
  it('an allkeys-* policy warns that Celery keys may be evicted; volatile-* does not', () => {
    const p = fresh();
    warnAboutEviction(config({ maxmemory_policy: 'allkeys-lfu' }), p);
    expect(p).toEqual({
      ...fresh(),
      warnings: [
        `maxmemory_policy is allkeys-lfu and this group also publishes a Celery broker URL (DB 1). ` +
          `Eviction is instance-wide: when memory fills, Redis may evict Celery's queue lists and _kombu.binding.* keys (they have no TTL), silently losing tasks. ` +
          `Use a separate replication group for the broker with maxmemory_policy: noeviction, or use volatile-lru here so only keys with a TTL are evicted.`,
      ],
    });
    const q = fresh();
    warnAboutEviction(config({ maxmemory_policy: 'volatile-lru' }), q);
    expect(q).toEqual(fresh());
  });
});

describe('checkPreferredAzs', () => {
  const azs = (cfg: Cfg, obs: Observed, g: ObservedGroup | undefined) => {
    const p = fresh();
    checkPreferredAzs(cfg, obs, g, p);
    return p;
  };
  const zoned = (cfg: Cfg, zones: Array<string | undefined>) => {
    const obs = converged(cfg);
    obs.group!.members = zones.map((z, i) => ({
      id: `shop-cache-00${i + 1}`,
      availabilityZone: z,
      role: i === 0 ? 'primary' : 'replica',
      status: 'available',
      pendingNodeType: undefined,
      pendingEngineVersion: undefined,
    }));
    return obs;
  };

  it('no input: nothing checked', () => {
    const cfg = config();
    expect(azs(cfg, zoned(cfg, ['eu-west-1c', 'eu-west-1c']), undefined)).toEqual(fresh());
  });

  it('a zone without a subnet: refused, has/have by count, before comparing with the group', () => {
    const one = config({ preferred_cache_cluster_azs: 'eu-west-1a,eu-west-1c' });
    expect(azs(one, zoned(one, ['eu-west-1b', 'eu-west-1b']), zoned(one, []).group).refusals).toEqual([
      `Input "preferred_cache_cluster_azs": eu-west-1c has no subnet in subnet_ids (their zones: eu-west-1a, eu-west-1b); list only those zones, or add a subnet there.`,
    ]);
    const two = config({ preferred_cache_cluster_azs: 'eu-west-1c,eu-west-1d' });
    expect(azs(two, { ...converged(two), subnets: [] }, undefined).refusals).toEqual([
      `Input "preferred_cache_cluster_azs": eu-west-1c, eu-west-1d have no subnet in subnet_ids (their zones: none); list only those zones, or add a subnet there.`,
    ]);
    const dup = config({ preferred_cache_cluster_azs: 'eu-west-1c,eu-west-1c' });
    expect(azs(dup, converged(dup), undefined).refusals).toEqual([
      `Input "preferred_cache_cluster_azs": eu-west-1c has no subnet in subnet_ids (their zones: eu-west-1a, eu-west-1b); list only those zones, or add a subnet there.`,
    ]);
  });

  it('the subnets’ zones are listed sorted', () => {
    const cfg = config({ preferred_cache_cluster_azs: 'eu-west-1c,eu-west-1c' });
    const obs = converged(cfg);
    obs.subnets[0]!.availabilityZone = 'eu-west-1b';
    obs.subnets[1]!.availabilityZone = 'eu-west-1a';
    expect(azs(cfg, obs, undefined).refusals).toEqual([
      `Input "preferred_cache_cluster_azs": eu-west-1c has no subnet in subnet_ids (their zones: eu-west-1a, eu-west-1b); list only those zones, or add a subnet there.`,
    ]);
  });

  it('a new group: only the subnets are checked', () => {
    const cfg = config({ preferred_cache_cluster_azs: 'eu-west-1b,eu-west-1a' });
    expect(azs(cfg, converged(cfg), undefined)).toEqual(fresh());
  });

  it('an existing group whose zones differ (as a multiset): refused', () => {
    const cfg = config({ preferred_cache_cluster_azs: 'eu-west-1a,eu-west-1b' });
    const obs = zoned(cfg, ['eu-west-1a', 'eu-west-1a']);
    expect(azs(cfg, obs, obs.group).refusals).toEqual([
      `Input "preferred_cache_cluster_azs": the nodes of shop-cache are in eu-west-1a, eu-west-1a, the input asks for eu-west-1a, eu-west-1b. ` +
        `ElastiCache sets the zones only when it creates a group: keep the zones the group has, or empty the input. ${migrate('shop-cache')}`,
    ]);
    const same = zoned(cfg, ['eu-west-1b', 'eu-west-1a']);
    expect(azs(cfg, same, same.group).refusals).toEqual([]);
  });

  it('the node count changes: the smaller list must be part of the larger, either way', () => {
    const three = config({
      num_cache_clusters: '3',
      preferred_cache_cluster_azs: 'eu-west-1a,eu-west-1b,eu-west-1a',
    });
    const fewer = zoned(three, ['eu-west-1b', 'eu-west-1a']);
    expect(azs(three, fewer, fewer.group).refusals).toEqual([]);
    const wrong = zoned(three, ['eu-west-1b', 'eu-west-1b']);
    expect(azs(three, wrong, wrong.group).refusals).toHaveLength(1);
    const one = config({
      num_cache_clusters: '1',
      multi_az_enabled: 'false',
      automatic_failover_enabled: 'false',
      preferred_cache_cluster_azs: 'eu-west-1b',
    });
    const more = zoned(one, ['eu-west-1a', 'eu-west-1b', 'eu-west-1a']);
    expect(azs(one, more, more.group).refusals).toEqual([]);
    const notIn = zoned(one, ['eu-west-1a', 'eu-west-1a']);
    expect(azs(one, notIn, notIn.group).refusals).toEqual([
      `Input "preferred_cache_cluster_azs": the nodes of shop-cache are in eu-west-1a, eu-west-1a, the input asks for eu-west-1b. ` +
        `ElastiCache sets the zones only when it creates a group: keep the zones the group has, or empty the input. ${migrate('shop-cache')}`,
    ]);
  });

  it('a member without a reported zone: nothing compared', () => {
    const cfg = config({ preferred_cache_cluster_azs: 'eu-west-1a,eu-west-1b' });
    const obs = zoned(cfg, ['eu-west-1a', undefined]);
    expect(azs(cfg, obs, obs.group).refusals).toEqual([]);
    const empty = zoned(cfg, ['', 'eu-west-1a']);
    expect(azs(cfg, empty, empty.group).refusals).toEqual([]);
    // even when the zones that are reported would not fit
    const twoB = config({ preferred_cache_cluster_azs: 'eu-west-1b,eu-west-1b' });
    const partial = zoned(twoB, [undefined, 'eu-west-1a']);
    expect(azs(twoB, partial, partial.group).refusals).toEqual([]);
  });
});

describe('checkNetworkType', () => {
  const net = (cfg: Cfg, obs: Observed, g: ObservedGroup | undefined) => {
    const p = fresh();
    checkNetworkType(cfg, obs, g, p);
    return p;
  };

  it('dual_stack with IPv4-only subnets: refused, naming them, has/have by count', () => {
    const cfg = config({ network_type: 'dual_stack' });
    const obs = converged(cfg);
    obs.subnets[0]!.ipv6CidrBlocks = [];
    const tail =
      `Associate one with each (aws ec2 associate-subnet-cidr-block --subnet-id <id> --ipv6-cidr-block <block>, after giving the VPC one), ` +
      `list only dual-stack subnets in subnet_ids, or set network_type: ipv4.`;
    expect(net(cfg, obs, undefined).refusals).toEqual([
      `Input "network_type": dual_stack needs an IPv6 CIDR block on every subnet, and ${SUBNETS[0]} has none. ${tail}`,
    ]);
    obs.subnets[1]!.ipv6CidrBlocks = [];
    expect(net(cfg, obs, obs.group).refusals).toEqual([
      `Input "network_type": dual_stack needs an IPv6 CIDR block on every subnet, and ${SUBNETS.join(', ')} have none. ${tail}`,
    ]);
  });

  it('ipv4 never needs IPv6 blocks; IPv6 subnets are fine', () => {
    const cfg = config();
    expect(net(cfg, converged(cfg), undefined)).toEqual(fresh());
    const dual = config({ network_type: 'dual_stack' });
    const obs = converged(dual);
    expect(net(dual, obs, obs.group)).toEqual(fresh());
  });

  it('an existing group of another network type: refused; one that does not say: fine', () => {
    const cfg = config();
    const obs = converged(cfg);
    obs.group!.networkType = 'dual_stack';
    expect(net(cfg, obs, obs.group).refusals).toEqual([
      `Input "network_type": the group has dual_stack, the input asks for ipv4. ` +
        `ElastiCache sets the network type only when it creates a group: set network_type: dual_stack. ${migrate('shop-cache')}`,
    ]);
    obs.group!.networkType = undefined;
    expect(net(cfg, obs, obs.group).refusals).toEqual([]);
  });
});
