// network_type (create-only) and ip_discovery (modifiable) against the stateful fake cloud: IPv6
// needs an IPv6 block on every subnet, checked before any write; a different network type on an
// existing group is refused; ip_discovery is one ModifyReplicationGroup; a re-run writes nothing.

import { afterEach, describe, expect, it } from 'vitest';
import { InvalidParameterCombinationException } from '@aws-sdk/client-elasticache';
import type { FakeCloud } from './fake/index.js';
import { changeThenRerun, ok } from './support/converge.js';
import { runAction } from './support/harness.js';
import { APP_SG, createWorld, IPV6_BLOCKS, SUBNETS } from './support/world.js';
import { isNitroNodeType, supportsIpv6Engine } from '../src/domain/network.js';

let cloud: FakeCloud;
afterEach(() => cloud.restore());

const base: Record<string, string> = {
  name: 'shop-cache',
  node_type: 'cache.t4g.micro',
  engine: 'valkey',
  engine_version: '8.0',
  subnet_ids: `${SUBNETS[0]},${SUBNETS[1]}`,
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
};
const dualStack = { ...base, network_type: 'dual_stack' };
const run = (inputs: Record<string, string>) => runAction(inputs, { clock: cloud.clock });
const rg = () => cloud.state.replicationGroups.get('shop-cache')!;
const createCall = () => cloud.calls.find((c) => c.command === 'CreateReplicationGroup');

const change = (inputs: Record<string, string>) => changeThenRerun(cloud, run, inputs);

describe('network_type and ip_discovery: input validation, before any AWS call', () => {
  it('refuses values ElastiCache does not know', async () => {
    cloud = createWorld({ dualStack: true });
    const r = await run({ ...base, network_type: 'dualstack', ip_discovery: 'v6' });
    expect(r.failed).toBe(true);
    const text = r.errors.join('\n');
    expect(text).toMatch(/Input "network_type".*must be one of: ipv4, dual_stack, ipv6/);
    expect(text).toMatch(/Input "ip_discovery".*must be one of: ipv4, ipv6/);
    expect(cloud.calls).toEqual([]);
  });

  it('refuses ip_discovery ipv6 with network_type ipv4 (the default)', async () => {
    cloud = createWorld({ dualStack: true });
    const r = await run({ ...base, ip_discovery: 'ipv6' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /Input "ip_discovery".*ipv6 discovery needs IPv6 addresses on the nodes: set network_type to dual_stack/,
    );
    expect(cloud.calls).toEqual([]);
  });

  it('refuses IPv6 on an older-generation (non-Nitro) node type', async () => {
    cloud = createWorld({ dualStack: true });
    const r = await run({ ...dualStack, node_type: 'cache.t2.micro' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /Input "network_type".*dual_stack needs a Nitro-based node type.*cache\.t2\.micro is of an older generation/,
    );
    expect(cloud.calls).toEqual([]);
  });

  it('knows which engines, versions and node types run IPv6', () => {
    expect(supportsIpv6Engine('valkey', '7.2')).toBe(true);
    expect(supportsIpv6Engine('valkey', '8.2')).toBe(true);
    expect(supportsIpv6Engine('valkey', '7.1')).toBe(false);
    expect(supportsIpv6Engine('redis', '6.2')).toBe(true);
    expect(supportsIpv6Engine('redis', '7.1')).toBe(true);
    expect(supportsIpv6Engine('redis', '6.0')).toBe(false);
    expect(supportsIpv6Engine('redis', '7.2')).toBe(false);
    expect(isNitroNodeType('cache.t4g.micro')).toBe(true);
    expect(isNitroNodeType('cache.r7g.large')).toBe(true);
    expect(isNitroNodeType('cache.m4.large')).toBe(false);
    expect(isNitroNodeType('cache.r3.large')).toBe(false);
  });
});

describe('network_type on create', () => {
  it('dual_stack sends NetworkType (and ipv6 IpDiscovery) with the create; a re-run writes nothing', async () => {
    cloud = createWorld({ dualStack: true });
    const inputs = { ...dualStack, ip_discovery: 'ipv6' };
    ok(await run(inputs));
    expect(createCall()?.input).toMatchObject({ NetworkType: 'dual_stack', IpDiscovery: 'ipv6' });
    expect(rg()).toMatchObject({ networkType: 'dual_stack', ipDiscovery: 'ipv6' });
    cloud.resetCalls();
    cloud.clock.advance(60_000);
    const again = ok(await run(inputs));
    expect(again.outputs.status, again.stdout).toBe('unchanged');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('the defaults send neither field, so an IPv4 create request is what it always was', async () => {
    cloud = createWorld({ dualStack: true });
    ok(await run(base));
    expect(createCall()?.input.NetworkType).toBeUndefined();
    expect(createCall()?.input.IpDiscovery).toBeUndefined();
    expect(rg()).toMatchObject({ networkType: 'ipv4', ipDiscovery: 'ipv4' });
  });

  it('is refused, naming the subnets, when a subnet has no IPv6 block: zero writes', async () => {
    cloud = createWorld({ dualStack: true });
    const r = await run({ ...dualStack, subnet_ids: `${SUBNETS[0]},${SUBNETS[2]}` });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      new RegExp(
        `Input "network_type": dual_stack needs an IPv6 CIDR block on every subnet, and ${SUBNETS[2]} has none`,
      ),
    );
    expect(r.errors.join('\n')).not.toContain(SUBNETS[0] + ' has');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('is refused on a world without IPv6 subnets, each one named', async () => {
    cloud = createWorld();
    const r = await run({ ...base, network_type: 'ipv6' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toContain(
      `ipv6 needs an IPv6 CIDR block on every subnet, and ${SUBNETS[0]}, ${SUBNETS[1]} have none`,
    );
    expect(cloud.mutatingCalls()).toEqual([]);
  });
});

describe('network_type on an existing group (create-only)', () => {
  it('a different network type is refused with what to do, zero writes', async () => {
    cloud = createWorld({ dualStack: true });
    ok(await run(base));
    cloud.resetCalls();
    cloud.clock.advance(60_000);
    const r = await run(dualStack);
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /Input "network_type": the group has ipv4, the input asks for dual_stack\. ElastiCache sets the network type only when it creates a group: set network_type: ipv4\. AWS cannot change this in place\. To migrate: take a snapshot/,
    );
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(rg().networkType).toBe('ipv4');
  });
});

describe('ip_discovery in place', () => {
  it('is changed with one ModifyReplicationGroup each way; a re-run writes nothing', async () => {
    cloud = createWorld({ dualStack: true });
    ok(await run(dualStack));
    expect(rg().ipDiscovery).toBe('ipv4');
    const v6 = await change({ ...dualStack, ip_discovery: 'ipv6' });
    expect(v6.writes).toEqual(['ModifyReplicationGroup']);
    expect(v6.r.stdout).toMatch(/ip_discovery ipv4 → ipv6/);
    expect(rg().ipDiscovery).toBe('ipv6');
    const v4 = await change(dualStack);
    expect(v4.writes).toEqual(['ModifyReplicationGroup']);
    expect(rg().ipDiscovery).toBe('ipv4');
  });
});

describe('fake cloud: what ElastiCache refuses', () => {
  it('reports each subnet IPv6 block and the network types a subnet group supports', async () => {
    cloud = createWorld({ dualStack: true });
    ok(await run(base));
    const sg = cloud.state.subnetGroups.get('shop-cache-subnets')!;
    expect(sg.subnetIds.sort()).toEqual([SUBNETS[0], SUBNETS[1]].sort());
    expect(cloud.state.subnets.get(SUBNETS[0])?.ipv6CidrBlock).toBe(IPV6_BLOCKS[0]);
    expect(cloud.state.subnets.get(SUBNETS[2])?.ipv6CidrBlock).toBeUndefined();
  });

  it('CreateReplicationGroup refuses dual_stack on a subnet group without IPv6, and ipv6 discovery on ipv4', async () => {
    cloud = createWorld();
    ok(await run(base));
    const ec = (await import('@aws-sdk/client-elasticache')) as typeof import('@aws-sdk/client-elasticache');
    const client = new ec.ElastiCacheClient({ region: 'eu-west-1' });
    const create = (extra: object) =>
      client.send(
        new ec.CreateReplicationGroupCommand({
          ReplicationGroupId: 'other',
          ReplicationGroupDescription: 'x',
          Engine: 'valkey',
          CacheNodeType: 'cache.t4g.micro',
          CacheSubnetGroupName: 'shop-cache-subnets',
          ...extra,
        }),
      );
    await expect(create({ NetworkType: 'dual_stack' })).rejects.toThrow(
      /The specified network type 'dual_stack' is not supported by cache subnet group 'shop-cache-subnets'/,
    );
    await expect(create({ NetworkType: 'dual_stack' })).rejects.toBeInstanceOf(
      InvalidParameterCombinationException,
    );
    await expect(create({ IpDiscovery: 'ipv6' })).rejects.toThrow(/IpDiscovery ipv6 requires NetworkType/);
    await expect(
      client.send(
        new ec.ModifyReplicationGroupCommand({ ReplicationGroupId: 'shop-cache', IpDiscovery: 'ipv6' }),
      ),
    ).rejects.toThrow(/IpDiscovery ipv6 requires NetworkType/);
  });
});
