// Two runs on one group, for every interleaving of their first calls: a deploy and the re-run of
// a failed job, two workflows, a preview and its retry. Each run has its own inputs, outputs and
// log (runIsolated); the fake cloud answers their calls in the order a schedule names (interleave).
// Whatever the order, both runs succeed, or one does and the other stops with "another run is
// changing this group" and no damage; afterwards there is one set of resources, the token in SSM
// is the one the group accepts and the one every URL embeds, and a third run writes nothing.

import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS } from '../src/modes/apply.js';
import { isMutating, schedules, type FakeCloud, type Interleaving } from './fake/index.js';
import { runIsolated, type RunResult } from './support/harness.js';
import { APP_SG, createWorld, SUBNETS } from './support/world.js';

/** Schedule length: every one of the 2^K orders of the first K scheduled calls is run. */
const K = 5;

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const NAME = 'shop-cache';
const prefix = `/django-redis-action/${NAME}`;
const plain = {
  name: NAME,
  node_type: 'cache.t4g.micro',
  subnet_ids: `${SUBNETS[0]},${SUBNETS[1]}`,
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
  maxmemory_policy: 'volatile-lru',
};
const withAuth = { ...plain, auth_token_enabled: 'true' };
const tokenOf = (label: string) => `Token${label}-`.padEnd(64, label.toLowerCase());

const runAs = (label: string, inputs: Record<string, string>) =>
  cloud.asRun(label, () => runIsolated(inputs, { clock: cloud.clock, generateToken: () => tokenOf(label) }));

/** Each run succeeded, or stopped with the named error; at least one succeeded. */
function expectOutcomes(runs: RunResult[]) {
  for (const r of runs) {
    if (r.failed) {
      expect(r.errors.join('\n'), r.stdout).toMatch(/Another run is changing this group/);
      expect(r.outputs.status).toBe('failed');
      expect(r.outputs.has_changes).toBeUndefined();
    } else {
      expect(r.errors, r.stdout).toEqual([]);
    }
  }
  expect(runs.filter((r) => !r.failed).length).toBeGreaterThanOrEqual(1);
}

/** One of everything; AUTH_TOKEN is the one token the group accepts, and in every URL. */
function expectOneSetOfResources(auth: boolean, runs: RunResult[]) {
  const sgs = [...cloud.state.securityGroups.values()].filter((g) => g.groupName === `${NAME}-redis`);
  expect(sgs).toHaveLength(1);
  expect([...cloud.state.subnetGroups.keys()].filter((k) => k.startsWith(NAME))).toHaveLength(1);
  expect([...cloud.state.parameterGroups.keys()].filter((k) => k.startsWith(NAME))).toHaveLength(1);
  expect([...cloud.state.replicationGroups.keys()]).toEqual([NAME]);
  expect(cloud.replicationGroup(NAME)!.status).toBe('available');
  const ssm = cloud.state.ssmParameters;
  const urls = ['REDIS_URL', 'CELERY_BROKER_URL', 'CELERY_RESULT_BACKEND'].map(
    (n) => ssm.get(`${prefix}/${n}`)?.value ?? '',
  );
  expect(ssm.has(`${prefix}/AUTH_TOKEN_PENDING`)).toBe(false);
  if (!auth) {
    expect(cloud.acceptedTokens(NAME)).toEqual([]);
    for (const u of urls) expect(u).toMatch(/^rediss:\/\/[^:@]+:6379\/\d\?ssl_cert_reqs=required$/);
    return;
  }
  const token = ssm.get(`${prefix}/AUTH_TOKEN`)?.value;
  expect([tokenOf('A'), tokenOf('B')]).toContain(token);
  expect(cloud.acceptedTokens(NAME)).toEqual([token]);
  for (const u of urls) expect(u).toContain(`://:${token}@`);
  for (const r of runs.filter((x) => !x.failed)) expect(r.outputs.redis_url).toBe(urls[0]);
}

async function expectThirdRunWritesNothing(inputs: Record<string, string>) {
  cloud.resetCalls();
  const third = await runIsolated(inputs, { clock: cloud.clock });
  expect(third.errors, third.stdout).toEqual([]);
  expect(cloud.mutatingCalls().map((c) => c.command)).toEqual([]);
  expect(third.outputs.has_changes).toBe('false');
}

function expectHealthy(ctl: Interleaving) {
  expect(ctl.forced).toBe(0);
  expect(ctl.done).toBe(true);
}

const cases = schedules(K).map((s) => [s.join('')]);

describe(`two creates started together, every order of their first ${K} writes`, () => {
  for (const [what, inputs, auth] of [
    ['plain', plain, false],
    ['AUTH-enabled', withAuth, true],
  ] as const) {
    it.each(cases)(`${what}: %s`, async (schedule) => {
      const ctl = cloud.interleave(schedule.split(''), { only: isMutating });
      const runs = await Promise.all([runAs('A', inputs), runAs('B', inputs)]);
      expectHealthy(ctl);
      expectOutcomes(runs);
      expectOneSetOfResources(auth, runs);
      await expectThirdRunWritesNothing(inputs);
    });
  }
});

describe(`a create, and a re-run that starts after its first write: every order of the next ${K} calls`, () => {
  it.each(cases)('%s', async (schedule) => {
    let ctl: Interleaving | undefined;
    let b: Promise<RunResult> | undefined;
    // Run A alone until its first write is answered; from then on both runs' calls are scheduled.
    const stop = cloud.onCall((c) => {
      if (c.run !== 'A' || !isMutating(c.command)) return;
      stop();
      ctl = cloud.interleave(schedule.split(''));
      b = runAs('B', withAuth);
    });
    const a = await runAs('A', withAuth);
    const runs = [a, await b!];
    expectHealthy(ctl!);
    expectOutcomes(runs);
    expectOneSetOfResources(true, runs);
    await expectThirdRunWritesNothing(withAuth);
  });
});

describe('one run meeting another run’s changes', () => {
  const fault = async (name: 'CacheSubnetGroupAlreadyExistsFault' | 'InvalidReplicationGroupStateFault') => {
    const ec = await import('@aws-sdk/client-elasticache');
    return new ec[name]({ message: `${name} (another run)`, $metadata: { httpStatusCode: 400 } });
  };

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

  it('a change refused because the group is busy: waits, plans again from what is there, succeeds', async () => {
    expect((await runIsolated(plain, { clock: cloud.clock })).failed).toBe(false);
    cloud.failNext('ModifyReplicationGroup', await fault('InvalidReplicationGroupStateFault'));
    cloud.resetCalls();
    const r = await runIsolated({ ...plain, node_type: 'cache.t4g.small' }, { clock: cloud.clock });
    expect(r.errors, r.stdout).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(
      /Another run \(or AWS\) changed shop-cache while this run was working on it: the replication group is busy with another change \(elasticache:ModifyReplicationGroup: InvalidReplicationGroupStateFault\)/,
    );
    expect(r.outputs.status).toBe('updated');
    const modifies = cloud.calls.filter((c) => c.command === 'ModifyReplicationGroup');
    expect(modifies.map((c) => c.error)).toEqual(['InvalidReplicationGroupStateFault', undefined]);
    expect(cloud.replicationGroup(NAME)!.cacheNodeType).toBe('cache.t4g.small');
    await expectThirdRunWritesNothing({ ...plain, node_type: 'cache.t4g.small' });
  });

  it(`one that keeps meeting them stops after a few attempts, naming the cause and what to do`, async () => {
    cloud.failNext('CreateCacheSubnetGroup', await fault('CacheSubnetGroupAlreadyExistsFault'), MAX_ATTEMPTS);
    const r = await runIsolated(plain, { clock: cloud.clock });
    expect(r.failed).toBe(true);
    const error = r.errors.join('\n');
    expect(error).toContain(
      'Another run is changing this group (replication group shop-cache): the cache subnet group was created meanwhile (elasticache:CreateCacheSubnetGroup: CacheSubnetGroupAlreadyExistsFault).',
    );
    expect(error).toContain(`This run observed and planned again ${MAX_ATTEMPTS - 1} times and stopped`);
    expect(error).toContain('(concurrency: redis-shop-cache)');
    expect(cloud.calls.filter((c) => c.command === 'CreateCacheSubnetGroup')).toHaveLength(MAX_ATTEMPTS);
    expect(r.outputs.status).toBe('failed');
    expect(r.outputs.has_changes).toBeUndefined();
    expect(r.outputs.changes).toBeUndefined();
    // What it did is complete: the next run finishes the job.
    expect((await runIsolated(plain, { clock: cloud.clock })).outputs.status).toBe('created');
  });
});
