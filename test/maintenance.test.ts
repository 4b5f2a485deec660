// Maintenance inputs: auto_minor_version_upgrade and description, on create and converged in place,
// against the stateful fake cloud; each change is one ModifyReplicationGroup and a re-run writes nothing.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeCloud } from './fake/index.js';
import { changeThenRerun, ok } from './support/converge.js';
import { runAction } from './support/harness.js';
import { APP_SG, createWorld, SUBNETS } from './support/world.js';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const base: Record<string, string> = {
  name: 'shop-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: `${SUBNETS[0]},${SUBNETS[1]}`,
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
};
const run = (inputs: Record<string, string>) => runAction(inputs, { clock: cloud.clock });
const rg = () => cloud.state.replicationGroups.get('shop-cache')!;

const change = (inputs: Record<string, string>) => changeThenRerun(cloud, run, inputs);

describe('auto_minor_version_upgrade', () => {
  it('is true on create by default, and turned off (and on) in place', async () => {
    ok(await run(base));
    expect(rg().autoMinorVersionUpgrade).toBe(true);
    const off = await change({ ...base, auto_minor_version_upgrade: 'false' });
    expect(off.writes).toEqual(['ModifyReplicationGroup']);
    expect(off.r.stdout).toMatch(/auto_minor_version_upgrade true → false/);
    expect(rg().autoMinorVersionUpgrade).toBe(false);
    const on = await change(base);
    expect(on.writes).toEqual(['ModifyReplicationGroup']);
    expect(rg().autoMinorVersionUpgrade).toBe(true);
  });

  it('false on create is sent with the create', async () => {
    ok(await run({ ...base, auto_minor_version_upgrade: 'false' }));
    expect(rg().autoMinorVersionUpgrade).toBe(false);
  });
});

describe('description', () => {
  it('a new group gets the default text; a set description is converged in place; empty keeps it', async () => {
    ok(await run(base));
    expect(rg().description).toBe('Django cache and Celery broker for shop-cache (django-redis-action)');
    const set = await change({ ...base, description: 'Shop cache and Celery broker' });
    expect(set.writes).toEqual(['ModifyReplicationGroup']);
    expect(rg().description).toBe('Shop cache and Celery broker');
    // Back to empty: the group keeps its description (an adopted group is never rewritten).
    cloud.resetCalls();
    const r = ok(await run(base));
    expect(r.outputs.status).toBe('unchanged');
    expect(rg().description).toBe('Shop cache and Celery broker');
  });

  it('a set description is used on create', async () => {
    ok(await run({ ...base, description: 'Preview cache for PR 7' }));
    expect(rg().description).toBe('Preview cache for PR 7');
  });

  it('is refused over 255 characters, before any AWS call', async () => {
    const r = await run({ ...base, description: 'x'.repeat(256) });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/Input "description".*at most 255 characters/);
    expect(cloud.calls).toEqual([]);
  });
});

describe('preferred_cache_cluster_azs', () => {
  const zones = () => rg().memberIds.map((id) => cloud.state.cacheClusters.get(id)?.availabilityZone);

  it('places each node on create (primary first); a re-run with the same zones writes nothing', async () => {
    const inputs = { ...base, preferred_cache_cluster_azs: 'eu-west-1b, eu-west-1a' };
    ok(await run(inputs));
    expect(zones()).toEqual(['eu-west-1b', 'eu-west-1a']);
    cloud.resetCalls();
    const again = ok(await run(inputs));
    expect(again.outputs.status).toBe('unchanged');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('is refused on an existing group whose nodes are in other zones, with zero writes', async () => {
    ok(await run({ ...base, preferred_cache_cluster_azs: 'eu-west-1b,eu-west-1a' }));
    cloud.resetCalls();
    const r = await run({ ...base, preferred_cache_cluster_azs: 'eu-west-1a,eu-west-1a' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /Input "preferred_cache_cluster_azs": the nodes of shop-cache are in eu-west-1b, eu-west-1a, the input asks for eu-west-1a, eu-west-1a\. ElastiCache sets the zones only when it creates a group/,
    );
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('a zone without a subnet in subnet_ids is refused before any write', async () => {
    const r = await run({ ...base, preferred_cache_cluster_azs: 'eu-west-1a,eu-west-1c' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /eu-west-1c has no subnet in subnet_ids \(their zones: eu-west-1a, eu-west-1b\)/,
    );
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('needs one zone per node, and zone names (input errors, before any call)', async () => {
    const r = await run({ ...base, preferred_cache_cluster_azs: 'eu-west-1a' });
    expect(r.errors.join('\n')).toMatch(/lists 1 zone for 2 nodes/);
    const bad = await run({ ...base, preferred_cache_cluster_azs: 'eu-west-1a,subnet-1' });
    expect(bad.errors.join('\n')).toMatch(/"subnet-1" is not an availability zone name/);
    expect(cloud.calls).toEqual([]);
  });
});
