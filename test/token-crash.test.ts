// The ROTATE crash window: a run that dies right after AWS accepted ROTATE, before it could record
// that (the re-write of AUTH_TOKEN_PENDING), is resumed from what the group says: exactly one
// ROTATE, then SET, and at no moment does SSM hold a token the group refuses.

import { ModifyReplicationGroupCommand } from '@aws-sdk/client-elasticache';
import { InternalServerError } from '@aws-sdk/client-ssm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeCloud } from './fake/index.js';
import { ok } from './support/converge.js';
import { runAction } from './support/harness.js';
import { watchTokens } from './support/token-watch.js';
import { APP_SG, createWorld, SUBNETS } from './support/world.js';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const prefix = '/django-redis-action/shop-cache';
const first = 'First-' + 'f'.repeat(58);
const second = 'Second-' + 's'.repeat(57);
const withAuth = {
  name: 'shop-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: `${SUBNETS[0]},${SUBNETS[1]}`,
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
  maxmemory_policy: 'volatile-lru',
  auth_token_enabled: 'true',
};

const run = (inputs: Record<string, string>, token?: () => string) =>
  runAction(inputs, { clock: cloud.clock, generateToken: token });

const strategies = () =>
  cloud.calls
    .filter((c) => c.command === 'ModifyReplicationGroup' && !c.error)
    .map((c) => c.input.AuthTokenUpdateStrategy as string);

/** A rotation to `second` whose run dies right after AWS accepted ROTATE (its next call fails). */
async function diesAfterRotate() {
  ok(await run(withAuth, () => first));
  const stop = cloud.onCall((c) => {
    if (c.command === 'ModifyReplicationGroup' && c.input.AuthTokenUpdateStrategy === 'ROTATE' && !c.error) {
      cloud.failNext(
        'ssm:PutParameter',
        new InternalServerError({ message: 'We encountered an internal error.', $metadata: {} }),
      );
      stop();
    }
  });
  const killed = await run({ ...withAuth, auth_token_rotate: 'true' }, () => second);
  expect(killed.failed).toBe(true);
  expect(strategies()).toEqual(['ROTATE']);
  // The mark never happened: the pending token is at version 1, as if never used.
  expect(cloud.state.ssmParameters.get(`${prefix}/AUTH_TOKEN_PENDING`)?.version).toBe(1);
  expect(cloud.state.ssmParameters.get(`${prefix}/AUTH_TOKEN`)?.value).toBe(first);
}

describe('a run killed right after AWS accepted ROTATE', () => {
  it.each([
    ['still rotating when the next run starts', 0],
    ['done rotating when the next run starts', 60 * 60_000],
  ])('%s: exactly one ROTATE, then SET; SSM never holds a refused token', async (_name, later) => {
    const violations = watchTokens(cloud, 'shop-cache');
    await diesAfterRotate();
    cloud.clock.advance(later);
    const resumed = ok(await run(withAuth, () => 'unused'.padEnd(64, 'u')));
    expect(violations).toEqual([]);
    expect(strategies()).toEqual(['ROTATE', 'SET']);
    expect(resumed.stdout).toMatch(/stopped during a token change after ROTATE/);
    expect(cloud.acceptedTokens('shop-cache')).toEqual([second]);
    expect(cloud.state.ssmParameters.get(`${prefix}/AUTH_TOKEN`)?.value).toBe(second);
    expect(resumed.outputs.redis_url).toContain(`:${second}@`);
    expect(cloud.state.ssmParameters.has(`${prefix}/AUTH_TOKEN_PENDING`)).toBe(false);
    cloud.resetCalls();
    expect(ok(await run(withAuth)).outputs.has_changes).toBe('false');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('a ROTATE another run sent after this run observed is seen just before ours: no second ROTATE', async () => {
    ok(await run(withAuth, () => first));
    const violations = watchTokens(cloud, 'shop-cache');
    // Another run resumes this run's token change (it saw the pending token before our ROTATE):
    // its ROTATE lands between our observation and our ROTATE, and AWS finishes applying it.
    const stop = cloud.onCall((c) => {
      if (c.command !== 'PutParameter' || !c.input.Name.endsWith('/AUTH_TOKEN_PENDING')) return;
      stop();
      cloud.seed(ModifyReplicationGroupCommand, {
        ReplicationGroupId: 'shop-cache',
        AuthToken: second,
        AuthTokenUpdateStrategy: 'ROTATE',
        ApplyImmediately: true,
      });
      cloud.clock.advance(cloud.durations.modifyMs);
    });
    const r = ok(await run({ ...withAuth, auth_token_rotate: 'true' }, () => second));
    expect(violations).toEqual([]);
    expect(strategies()).toEqual(['SET']);
    expect(r.warnings.join('\n')).toMatch(/AUTH token of shop-cache changed since this run observed it/);
    expect(cloud.acceptedTokens('shop-cache')).toEqual([second]);
    expect(cloud.state.ssmParameters.get(`${prefix}/AUTH_TOKEN`)?.value).toBe(second);
  });

  it('mode plan, while AWS still applies that ROTATE, plans no second ROTATE', async () => {
    await diesAfterRotate();
    const planned = ok(await run({ ...withAuth, mode: 'plan' }));
    const kinds = (JSON.parse(planned.outputs.changes!) as Array<{ title: string }>).map((c) => c.title);
    expect(kinds).not.toContain('AUTH token ROTATE');
    expect(kinds).toContain('AUTH token SET');
  });
});
