// A run's IO (inputs, outputs, log, secrets, summary) can be injected: by default it is the runner's
// through @actions/core; tests give each run its own so that two runs can go at once.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeCloud } from './fake/index.js';
import { maskedBeforeUse, runIsolated } from './support/harness.js';
import { APP_SG, createWorld, SUBNETS } from './support/world.js';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const inputs = (name: string) => ({
  name,
  node_type: 'cache.t4g.micro',
  subnet_ids: `${SUBNETS[0]},${SUBNETS[1]}`,
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
  maxmemory_policy: 'volatile-lru',
  auth_token_enabled: 'true',
});

describe('injected action IO', () => {
  it('two runs at once each read their own inputs and write their own outputs, log and summary', async () => {
    const outBefore = process.stdout.write;
    const [a, b] = await Promise.all([
      runIsolated(inputs('shop-a'), { clock: cloud.clock, generateToken: () => 'A'.repeat(64) }),
      runIsolated(inputs('shop-b'), { clock: cloud.clock, generateToken: () => 'B'.repeat(64) }),
    ]);
    expect(process.stdout.write).toBe(outBefore);
    expect(Object.keys(process.env).filter((k) => k.startsWith('INPUT_'))).toEqual([]);
    for (const [r, name, token] of [
      [a, 'shop-a', 'A'.repeat(64)],
      [b, 'shop-b', 'B'.repeat(64)],
    ] as const) {
      expect(r.errors, r.stdout).toEqual([]);
      expect(r.outputs.status).toBe('created');
      expect(r.outputs.replication_group_id).toBe(name);
      expect(r.outputs.redis_url).toContain(`:${token}@${name}.`);
      expect(r.summary).toContain(`\`${name}\``);
      expect(r.summary).not.toContain(token);
      expect(maskedBeforeUse(r.stdout, token)).toBe(true);
    }
    expect(a.stdout).not.toContain('shop-b');
    expect(b.stdout).not.toContain('shop-a');
  });

  it('bad inputs are reported to the run’s own IO, with status failed', async () => {
    const r = await runIsolated({ ...inputs('shop-a'), num_cache_clusters: '9' }, { clock: cloud.clock });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/^Input "num_cache_clusters" = "9": must be an integer from 1 to 6/);
    expect(r.outputs).toEqual({ status: 'failed' });
    expect(cloud.calls).toEqual([]);
  });
});
