// The `parameters` input end to end against the fake cloud: merged over the Django defaults,
// validated before any AWS call, reset to the family default when removed, a reboot-needing change
// reported as pending (never a reboot), mode plan showing the changes, and a converged re-run that
// writes nothing.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeCloud } from './fake/index.js';
import { ok } from './support/converge.js';
import { runAction } from './support/harness.js';
import { APP_SG, createWorld, SUBNETS } from './support/world.js';

let cloud: FakeCloud;

beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const PG = 'shop-cache-redis7';
const base: Record<string, string> = {
  name: 'shop-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: `${SUBNETS[0]},${SUBNETS[1]}`,
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
  maxmemory_policy: 'volatile-lru',
};

const run = (inputs: Record<string, string>) => runAction(inputs, { clock: cloud.clock });

const userValues = () => ({ ...cloud.state.parameterGroups.get(PG)!.userValues });
const members = () =>
  cloud.state.replicationGroups.get('shop-cache')!.memberIds.map((id) => cloud.state.cacheClusters.get(id)!);

async function rerunWritesNothing(inputs: Record<string, string>) {
  cloud.resetCalls();
  cloud.clock.advance(60_000);
  const again = ok(await run(inputs));
  expect(again.outputs.has_changes, again.stdout).toBe('false');
  expect(cloud.mutatingCalls().map((c) => c.command)).toEqual([]);
  return again;
}

describe('parameters input', () => {
  it('is merged over the Django defaults on create; a re-run makes zero writes', async () => {
    const inputs = { ...base, parameters: 'notify-keyspace-events: Ex\nactivedefrag: "yes"\ntimeout: 600' };
    ok(await run(inputs));
    expect(userValues()).toEqual({
      'maxmemory-policy': 'volatile-lru',
      timeout: '600',
      'tcp-keepalive': '300',
      'maxmemory-samples': '5',
      'notify-keyspace-events': 'Ex',
      activedefrag: 'yes',
    });
    const again = await rerunWritesNothing(inputs);
    expect(again.outputs.status).toBe('unchanged');
  });

  it('a bad name or value fails before any AWS call, naming the input, and sets no plan outputs', async () => {
    cloud.resetCalls();
    const r = await run({ ...base, parameters: '{"timeout": 5, "appendonly": "yes"}' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /Input "parameters".*timeout = "5" is not allowed in redis7: it must be an integer 0 or at least 20/,
    );
    expect(r.errors.join('\n')).toMatch(/appendonly cannot be modified/);
    expect(cloud.calls).toEqual([]);
    expect(r.outputs.has_changes).toBeUndefined();
    expect(r.outputs.changes).toBeUndefined();
    const r2 = await run({ ...base, timeout: '5' });
    expect(r2.errors.join('\n')).toMatch(/Input "timeout" = "5"/);
    expect(cloud.calls).toEqual([]);
  });

  it('a changed value is modified, a removed one reset to the family default; plan mode shows both first', async () => {
    ok(await run({ ...base, parameters: 'notify-keyspace-events: Ex\nslowlog-max-len: 256' }));
    const next = { ...base, parameters: 'notify-keyspace-events: KEA' };
    cloud.resetCalls();
    const plan = ok(await run({ ...next, mode: 'plan' }));
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(plan.outputs.has_changes).toBe('true');
    expect(plan.stdout).toContain('parameters["notify-keyspace-events"] Ex → KEA');
    expect(plan.stdout).toContain(
      'parameters["slowlog-max-len"] 256 → family default 128 (no longer in the parameters input)',
    );
    const kinds = (JSON.parse(plan.outputs.changes!) as Array<{ kind: string }>).map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['modify-parameter-group', 'reset-parameters']));

    cloud.resetCalls();
    ok(await run(next));
    const writes = cloud.mutatingCalls();
    expect(writes.map((c) => c.command).sort()).toEqual([
      'ModifyCacheParameterGroup',
      'ResetCacheParameterGroup',
    ]);
    expect(writes.find((c) => c.command === 'ResetCacheParameterGroup')!.input).toEqual({
      CacheParameterGroupName: PG,
      ParameterNameValues: [{ ParameterName: 'slowlog-max-len' }],
    });
    expect(userValues()['slowlog-max-len']).toBeUndefined();
    expect(userValues()['notify-keyspace-events']).toBe('KEA');
    await rerunWritesNothing(next);
  });

  it('only what differs from the family default and is not asked for is reset; the Django four never are', async () => {
    ok(await run({ ...base, parameters: 'lfu-log-factor: 10\nlazyfree-lazy-eviction: "yes"' }));
    cloud.resetCalls();
    ok(await run(base));
    const resets = cloud.mutatingCalls().filter((c) => c.command === 'ResetCacheParameterGroup');
    // lfu-log-factor 10 is the family default: resetting it would change nothing.
    expect(resets.map((c) => c.input.ParameterNameValues)).toEqual([
      [{ ParameterName: 'lazyfree-lazy-eviction' }],
    ]);
    expect(Object.keys(userValues()).sort()).toEqual(
      ['lfu-log-factor', 'maxmemory-policy', 'maxmemory-samples', 'tcp-keepalive', 'timeout'].sort(),
    );
    await rerunWritesNothing(base);
  });

  it('a reboot-needing change is set, reported pending with what to do, and never rebooted', async () => {
    ok(await run(base));
    const inputs = { ...base, parameters: 'databases: 32' };
    cloud.resetCalls();
    const r = ok(await run(inputs));
    expect(userValues().databases).toBe('32');
    expect(cloud.mutatingCalls().map((c) => c.command)).toEqual(['ModifyCacheParameterGroup']);
    expect(cloud.calls.some((c) => c.command === 'RebootCacheCluster')).toBe(false);
    expect(r.stdout).toMatch(
      /pending: parameter databases changes in shop-cache-redis7 that take effect only when the nodes reboot/,
    );
    expect(r.stdout).toContain(
      'aws elasticache reboot-cache-cluster --cache-cluster-id shop-cache-001 --cache-node-ids-to-reboot 0001',
    );
    expect(r.summary).toMatch(/never reboots/);
    expect(members().every((m) => m.parameterApplyStatus === 'pending-reboot')).toBe(true);

    // The next run writes nothing and still says so, as status pending.
    cloud.resetCalls();
    cloud.clock.advance(60_000);
    const again = ok(await run(inputs));
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(again.outputs.has_changes).toBe('false');
    expect(again.outputs.status).toBe('pending');
    expect(again.stdout).toMatch(
      /pending: parameter group shop-cache-redis7 has changes that take effect only when the nodes reboot/,
    );
  });
});
