// Two runs on one group: a deploy and the re-run of a failed job, two workflows, a preview and its
// retry. Each run has its own inputs, outputs and log (runIsolated).

import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeCloud } from './fake/index.js';
import { runIsolated } from './support/harness.js';
import { APP_SG, createWorld, SUBNETS } from './support/world.js';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const NAME = 'shop-cache';
const prefix = `/django-redis-action/${NAME}`;
const withAuth = {
  name: NAME,
  node_type: 'cache.t4g.micro',
  subnet_ids: `${SUBNETS[0]},${SUBNETS[1]}`,
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
  maxmemory_policy: 'volatile-lru',
  auth_token_enabled: 'true',
};
const tokenOf = (label: string) => `Token${label}-`.padEnd(64, label.toLowerCase());

const runAs = (label: string, inputs: Record<string, string>) =>
  cloud.asRun(label, () => runIsolated(inputs, { clock: cloud.clock, generateToken: () => tokenOf(label) }));

describe('one run meeting another run’s changes', () => {
  it('a token another run stored after this one observed is used, never overwritten', async () => {
    const theirs = tokenOf('B');
    // The other run stores its token between this run's observation and its own store.
    const stop = cloud.onCall((c) => {
      if (c.command !== 'GetParameters') return;
      stop();
      cloud.seed(PutParameterCommand, { Name: `${prefix}/AUTH_TOKEN`, Value: theirs, Type: 'SecureString' });
    });
    const r = await runAs('A', withAuth);
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.stdout).toContain(`${prefix}/AUTH_TOKEN was stored meanwhile (another run): using that token`);
    const puts = cloud.calls.filter(
      (c) => c.command === 'PutParameter' && c.input.Name.endsWith('/AUTH_TOKEN'),
    );
    expect(puts.map((c) => [c.input.Overwrite, c.error])).toEqual([[undefined, 'ParameterAlreadyExists']]);
    expect(cloud.state.ssmParameters.get(`${prefix}/AUTH_TOKEN`)?.value).toBe(theirs);
    expect(cloud.acceptedTokens(NAME)).toEqual([theirs]);
    expect(r.outputs.redis_url).toContain(`:${theirs}@`);
  });
});
