// Convergence scenarios: an existing group is changed to match new inputs in one run, in the
// order AWS requires, and every scenario ends with a re-run that plans zero steps and makes zero
// mutating calls. Against the stateful fake cloud, on a virtual clock.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeCloud } from './fake/index.js';
import { ok } from './support/converge.js';
import { runAction } from './support/harness.js';
import { MAX_ATTEMPTS } from '../src/modes/apply.js';
import { APP_SG, createWorld, EXTRA_SG, SUBNETS, TOPIC, WORKER_SG } from './support/world.js';

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
  maxmemory_policy: 'volatile-lru',
};

const run = (inputs: Record<string, string>, generateToken?: () => string) =>
  runAction(inputs, { clock: cloud.clock, generateToken });

/** Create with `from`, change to `to`, then prove a re-run with `to` is a no-op. */
async function converge(from: Record<string, string>, to: Record<string, string>) {
  ok(await run(from));
  cloud.resetCalls();
  cloud.clock.advance(60_000);
  const changed = ok(await run(to));
  expect(changed.outputs.status).toBe('updated');
  const writes = cloud.mutatingCalls().map((c) => c.command);
  cloud.resetCalls();
  cloud.clock.advance(60_000);
  const again = ok(await run(to));
  expect(again.outputs.has_changes, again.stdout).toBe('false');
  expect(again.outputs.status).toBe('unchanged');
  expect(cloud.mutatingCalls()).toEqual([]);
  return { changed, writes, again };
}

const rg = () => cloud.state.replicationGroups.get('shop-cache')!;

/**
 * The crash-safe order of a token change: the new token is stored (pending) before ROTATE; the URLs
 * and AUTH_TOKEN are rewritten after ROTATE (both tokens valid) and before SET; the pending
 * parameter is deleted only after SET.
 */
function expectSafeTokenChange({ resumedAfterRotate = false } = {}) {
  const at = (pred: (c: (typeof cloud.calls)[number]) => boolean) => {
    // The last one: a TLS migration in the same run publishes tokenless URLs earlier.
    const i = cloud.calls.map((c) => !c.error && pred(c)).lastIndexOf(true);
    expect(i, 'expected call not found').toBeGreaterThanOrEqual(0);
    return i;
  };
  const put = (suffix: string) => at((c) => c.command === 'PutParameter' && c.input.Name.endsWith(suffix));
  const strategy = (s: string) =>
    at((c) => c.command === 'ModifyReplicationGroup' && c.input.AuthTokenUpdateStrategy === s);
  const rotate = resumedAfterRotate ? -1 : strategy('ROTATE');
  const set = strategy('SET');
  if (!resumedAfterRotate) {
    const pendingPuts = cloud.calls
      .map((c, i) =>
        !c.error && c.command === 'PutParameter' && c.input.Name.endsWith('/AUTH_TOKEN_PENDING') ? i : -1,
      )
      .filter((i) => i >= 0);
    // Stored before ROTATE; re-written (the mark) right after AWS accepted it, before the publish.
    expect(pendingPuts[0]).toBeLessThan(rotate);
    expect(pendingPuts.at(-1)).toBe(rotate + 1);
  }
  for (const p of ['/REDIS_URL', '/CELERY_BROKER_URL', '/CELERY_RESULT_BACKEND', '/AUTH_TOKEN']) {
    expect(put(p), p).toBeGreaterThan(rotate);
    expect(put(p), p).toBeLessThan(set);
  }
  expect(
    at((c) => c.command === 'DeleteParameter' && c.input.Name.endsWith('/AUTH_TOKEN_PENDING')),
  ).toBeGreaterThan(set);
  expect(cloud.state.ssmParameters.has('/django-redis-action/shop-cache/AUTH_TOKEN_PENDING')).toBe(false);
}

describe('convergence: each change in place, then a no-op re-run', () => {
  it('node_type (scale up) in one ModifyReplicationGroup', async () => {
    const { writes } = await converge(base, { ...base, node_type: 'cache.t4g.small' });
    expect(writes).toEqual(['ModifyReplicationGroup']);
    expect(rg().cacheNodeType).toBe('cache.t4g.small');
  });

  it('more replicas: IncreaseReplicaCount first, then waits for the new member', async () => {
    const { writes, changed } = await converge(base, { ...base, num_cache_clusters: '3' });
    expect(writes).toEqual(['IncreaseReplicaCount']);
    expect(changed.stdout).toMatch(/members shop-cache-003 creating/);
  });

  it('down to one node: failover and Multi-AZ off first, replicas removed last', async () => {
    const { writes } = await converge(base, {
      ...base,
      num_cache_clusters: '1',
      automatic_failover_enabled: 'false',
      multi_az_enabled: 'false',
    });
    expect(writes).toEqual(['ModifyReplicationGroup', 'DecreaseReplicaCount']);
  });

  it('replicas up and node type together: increase first, then modify (after the member is available)', async () => {
    const { writes } = await converge(base, {
      ...base,
      num_cache_clusters: '3',
      node_type: 'cache.t4g.small',
    });
    expect(writes).toEqual(['IncreaseReplicaCount', 'ModifyReplicationGroup']);
    // The fake refuses a modify while a new member is still creating: success proves the member wait.
  });

  it('engine version upgrade 7.0 → 7.1', async () => {
    const { writes } = await converge({ ...base, engine_version: '7.0' }, { ...base, engine_version: '7.1' });
    expect(writes).toEqual(['ModifyReplicationGroup']);
    expect(rg().engineVersion).toMatch(/^7\.1\./);
  });

  it('redis → valkey: a valkey parameter group with the same values, then one modify', async () => {
    const { writes } = await converge(base, { ...base, engine: 'valkey', engine_version: '8.0' });
    expect(writes).toEqual([
      'CreateCacheParameterGroup',
      'ModifyCacheParameterGroup',
      'ModifyReplicationGroup',
    ]);
    expect(rg().engine).toBe('valkey');
    expect(rg().parameterGroupName).toBe('shop-cache-valkey8');
    expect(cloud.state.parameterGroups.get('shop-cache-valkey8')?.family).toBe('valkey8');
  });

  it('backups and windows', async () => {
    const { writes } = await converge(base, {
      ...base,
      snapshot_retention_limit: '14',
      snapshot_window: '01:00-02:00',
      maintenance_window: 'tue:04:00-tue:05:00',
    });
    expect(writes).toEqual(['ModifyReplicationGroup']);
    expect(rg().maintenanceWindow).toBe('tue:04:00-tue:05:00');
    expect(rg().snapshotRetentionLimit).toBe(14);
  });

  it('extra security groups and the notification topic, then the topic removed', async () => {
    await converge(base, { ...base, security_group_ids: EXTRA_SG, notification_topic_arn: TOPIC });
    expect(rg().securityGroupIds).toContain(EXTRA_SG);
    expect(rg().notification).toMatchObject({ topicArn: TOPIC, status: 'active' });
    cloud.resetCalls();
    ok(await run(base));
    expect(rg().securityGroupIds).not.toContain(EXTRA_SG);
    expect(rg().notification?.status ?? 'inactive').toBe('inactive');
    cloud.resetCalls();
    const again = ok(await run(base));
    expect(again.outputs.has_changes).toBe('false');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('parameter values via ModifyCacheParameterGroup only (no group write)', async () => {
    const { writes } = await converge(base, { ...base, maxmemory_policy: 'noeviction', timeout: '600' });
    expect(writes).toEqual(['ModifyCacheParameterGroup']);
  });

  it('ingress made to match exactly: authorize the new, revoke the old', async () => {
    const { writes } = await converge(base, {
      ...base,
      allowed_security_group_ids: WORKER_SG,
      allowed_cidr_blocks: '10.20.0.0/16',
    });
    expect(writes.sort()).toEqual(['AuthorizeSecurityGroupIngress', 'RevokeSecurityGroupIngress']);
    const sg = [...cloud.state.securityGroups.values()].find((g) => g.groupName === 'shop-cache-redis')!;
    expect(sg.ingress.map((i) => i.source).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'cidr', cidr: '10.20.0.0/16' },
      { kind: 'sg', groupId: WORKER_SG },
    ]);
  });

  it('log retention and subnet group membership', async () => {
    const { writes } = await converge(base, {
      ...base,
      log_retention_days: '90',
      subnet_ids: SUBNETS.join(','),
    });
    expect(writes.sort()).toEqual(['ModifyCacheSubnetGroup', 'PutRetentionPolicy', 'PutRetentionPolicy']);
  });

  it('removing a subnet that hosts a node fails naming subnet_ids and what to do', async () => {
    ok(await run(base));
    const r = await run({ ...base, subnet_ids: `${SUBNETS[0]},${SUBNETS[2]}` });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/Input "subnet_ids": .*hosts a node/);
  });

  it('tags added and removed (the per-run provenance tag alone is never a change)', async () => {
    const { writes } = await converge(
      { ...base, tags: 'Owner=platform\nTeam=web' },
      { ...base, tags: 'Owner=payments' },
    );
    // Every managed resource follows: group, parameter group, subnet group (ElastiCache), the
    // security group (EC2), both log groups (Logs) and the three URL parameters (SSM).
    expect(writes.filter((w) => w === 'AddTagsToResource')).toHaveLength(3 + 3);
    expect(writes.filter((w) => w === 'CreateTags')).toHaveLength(1);
    expect(writes.filter((w) => w === 'TagResource')).toHaveLength(2);
    const sgId = [...cloud.state.securityGroups.values()].find(
      (g) => g.groupName === 'shop-cache-redis',
    )!.groupId;
    const everywhere = [...cloud.state.tags].filter(([key]) => key.includes('shop-cache') || key === sgId);
    expect(everywhere.length).toBeGreaterThanOrEqual(9);
    for (const [key, tags] of everywhere) {
      expect(tags.Owner, key).toBe('payments');
      expect(tags.Team, key).toBeUndefined();
    }
  });

  it('a tag write that fails on a sibling leaves the group untagged, so the next run retries', async () => {
    ok(await run({ ...base, tags: 'Owner=platform' }));
    cloud.deny('logs:TagResource');
    const broken = await run({ ...base, tags: 'Owner=payments' });
    expect(broken.failed).toBe(true);
    expect(broken.errors.join('\n')).toMatch(/logs:TagResource/);
    expect(cloud.state.tags.get(rg().arn)?.Owner).toBe('platform');
    cloud.allow('logs:TagResource');
    cloud.resetCalls();
    const fixed = ok(await run({ ...base, tags: 'Owner=payments' }));
    expect(fixed.outputs.status).toBe('updated');
    expect(cloud.state.tags.get(rg().arn)?.Owner).toBe('payments');
    const logTags = cloud.state.tags.get(
      [...cloud.state.tags.keys()].find((k) =>
        k.endsWith(':log-group:/aws/elasticache/shop-cache/slow-log'),
      )!,
    );
    expect(logTags?.Owner).toBe('payments');
    // The group is tagged after every sibling.
    const tagCalls = cloud.calls.filter((c) =>
      /^(AddTagsToResource|CreateTags|TagResource)$/.test(c.command),
    );
    expect(tagCalls.at(-1)?.input.ResourceName).toBe(rg().arn);
  });

  it('transit encryption on: preferred, wait, required, wait; URLs move to rediss://', async () => {
    const off = { ...base, transit_encryption_enabled: 'false' };
    const { changed, writes } = await converge(off, base);
    // Preferred, then the three URLs rewritten concurrently while both schemes work (overwrite,
    // then tag), then required.
    expect(writes[0]).toBe('ModifyReplicationGroup');
    expect(writes.slice(1, -1).sort()).toEqual([
      ...Array(3).fill('AddTagsToResource'),
      ...Array(3).fill('PutParameter'),
    ]);
    expect(writes.at(-1)).toBe('ModifyReplicationGroup');
    expect(rg().transitEncryptionMode).toBe('required');
    expect(changed.outputs.redis_url).toMatch(/^rediss:\/\/.*\?ssl_cert_reqs=required$/);
    expect(cloud.state.ssmParameters.get('/django-redis-action/shop-cache/REDIS_URL')?.value).toBe(
      changed.outputs.redis_url,
    );
  });

  it('transit encryption off: preferred, then disabled; URLs move to redis://', async () => {
    const { changed, writes } = await converge(base, { ...base, transit_encryption_enabled: 'false' });
    expect(changed.outputs.redis_url).toMatch(/^redis:\/\/[^?]+$/);
    // The redis:// URLs are written once, between the phases.
    expect(writes.filter((w) => w === 'PutParameter')).toHaveLength(3);
    expect(writes.at(-1)).toBe('ModifyReplicationGroup');
  });

  it('AUTH enabled on an existing group: token stored, ROTATE, wait, SET — unauthenticated access ends', async () => {
    const token = 'Enable-' + 'a'.repeat(57);
    ok(await run(base));
    expect(cloud.allowsUnauthenticated('shop-cache')).toBe(true);
    cloud.resetCalls();
    const r = ok(await run({ ...base, auth_token_enabled: 'true' }, () => token));
    expectSafeTokenChange();
    expect(cloud.acceptedTokens('shop-cache')).toEqual([token]);
    expect(cloud.allowsUnauthenticated('shop-cache')).toBe(false);
    expect(r.outputs.redis_url).toContain(`:${token}@`);
    expect(cloud.state.ssmParameters.get('/django-redis-action/shop-cache/REDIS_URL')).toMatchObject({
      type: 'SecureString',
      value: r.outputs.redis_url,
    });
    cloud.resetCalls();
    const again = ok(await run({ ...base, auth_token_enabled: 'true' }, () => 'never-used'.padEnd(64, 'z')));
    expect(again.outputs.has_changes).toBe('false');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('AUTH rotation: new token stored first, ROTATE keeps the old one valid, SET keeps only the new, every URL rewritten', async () => {
    const first = 'First-' + 'f'.repeat(58);
    const second = 'Second-' + 's'.repeat(57);
    const withAuth = { ...base, auth_token_enabled: 'true' };
    ok(await run(withAuth, () => first));
    cloud.resetCalls();
    const r = ok(await run({ ...withAuth, auth_token_rotate: 'true' }, () => second));
    expectSafeTokenChange();
    expect(cloud.acceptedTokens('shop-cache')).toEqual([second]);
    for (const p of ['REDIS_URL', 'CELERY_BROKER_URL', 'CELERY_RESULT_BACKEND']) {
      expect(cloud.state.ssmParameters.get(`/django-redis-action/shop-cache/${p}`)?.value).toContain(
        `:${second}@`,
      );
    }
    expect(r.outputs.celery_broker_url).toContain(`:${second}@`);
    expect(r.stdout).toContain(`::add-mask::${second}`);
    cloud.resetCalls();
    const again = ok(await run(withAuth, () => 'unused'.padEnd(64, 'u')));
    expect(again.outputs.has_changes).toBe('false');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('an interrupted rotation (token stored, SET never ran) is finished by the next run', async () => {
    const first = 'First-' + 'f'.repeat(58);
    const second = 'Second-' + 's'.repeat(57);
    const withAuth = { ...base, auth_token_enabled: 'true' };
    ok(await run(withAuth, () => first));
    cloud.deny('elasticache:ModifyReplicationGroup');
    const broken = await run({ ...withAuth, auth_token_rotate: 'true' }, () => second);
    expect(broken.failed).toBe(true);
    // The new token is safe in the pending parameter; the current one is untouched.
    expect(cloud.state.ssmParameters.get('/django-redis-action/shop-cache/AUTH_TOKEN_PENDING')?.value).toBe(
      second,
    );
    expect(cloud.state.ssmParameters.get('/django-redis-action/shop-cache/AUTH_TOKEN')?.value).toBe(first);
    cloud.allow('elasticache:ModifyReplicationGroup');
    const resumed = ok(await run(withAuth, () => 'unused'.padEnd(64, 'u')));
    expect(resumed.outputs.status).toBe('updated');
    expect(cloud.acceptedTokens('shop-cache')).toEqual([second]);
    expect(resumed.outputs.redis_url).toContain(`:${second}@`);
    expect(cloud.state.ssmParameters.get('/django-redis-action/shop-cache/AUTH_TOKEN')?.value).toBe(second);
    expect(cloud.state.ssmParameters.has('/django-redis-action/shop-cache/AUTH_TOKEN_PENDING')).toBe(false);
  });
});

describe('resuming an interrupted token change', () => {
  const first = 'First-' + 'f'.repeat(58);
  const second = 'Second-' + 's'.repeat(57);
  const withAuth = { ...base, auth_token_enabled: 'true' };
  const prefix = '/django-redis-action/shop-cache';

  /**
   * A group on `first`, then a rotation to `second` that stops while AWS applies ROTATE (the run
   * runs out of wait_timeout_minutes): pending stored, ROTATE accepted and marked, nothing else.
   */
  async function stoppedAfterRotate() {
    ok(await run(withAuth, () => first));
    const broken = await run(
      { ...withAuth, auth_token_rotate: 'true', wait_timeout_minutes: '1' },
      () => second,
    );
    expect(broken.failed).toBe(true);
    expect(broken.stdout).toMatch(/ROTATE/);
    expect(cloud.state.ssmParameters.get(`${prefix}/AUTH_TOKEN_PENDING`)?.version).toBe(2);
    expect(cloud.state.ssmParameters.get(`${prefix}/AUTH_TOKEN`)?.value).toBe(first);
    cloud.clock.advance(cloud.durations.modifyMs);
    expect(cloud.acceptedTokens('shop-cache')).toEqual([first, second]);
  }

  const authCalls = () =>
    cloud.calls
      .filter((c) => c.command === 'ModifyReplicationGroup')
      .map((c) => c.input.AuthTokenUpdateStrategy as string | undefined);

  it('after ROTATE: no second ROTATE (it would drop the old token early); publish, store, SET, clean up', async () => {
    await stoppedAfterRotate();
    cloud.resetCalls();
    const r = ok(await run(withAuth, () => 'unused'.padEnd(64, 'u')));
    expect(authCalls()).toEqual(['SET']);
    expect(r.stdout).toMatch(/stopped during a token change after ROTATE/);
    expect(cloud.acceptedTokens('shop-cache')).toEqual([second]);
    expect(r.outputs.redis_url).toContain(`:${second}@`);
    expect(cloud.state.ssmParameters.get(`${prefix}/AUTH_TOKEN`)?.value).toBe(second);
    expect(cloud.state.ssmParameters.has(`${prefix}/AUTH_TOKEN_PENDING`)).toBe(false);
    expectSafeTokenChange({ resumedAfterRotate: true });
    cloud.resetCalls();
    expect(ok(await run(withAuth)).outputs.has_changes).toBe('false');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('after the URLs and AUTH_TOKEN were written: only SET and the clean-up, no SSM rewrite', async () => {
    await stoppedAfterRotate();
    // The earlier run also published: let a run that fails at SET do that part.
    cloud.deny('elasticache:ModifyReplicationGroup');
    const broken = await run(withAuth);
    expect(broken.failed).toBe(true);
    expect(cloud.state.ssmParameters.get(`${prefix}/AUTH_TOKEN`)?.value).toBe(second);
    expect(cloud.state.ssmParameters.get(`${prefix}/REDIS_URL`)?.value).toContain(`:${second}@`);
    cloud.allow('elasticache:ModifyReplicationGroup');
    cloud.resetCalls();
    const r = ok(await run(withAuth));
    expect(cloud.mutatingCalls().map((c) => c.command)).toEqual([
      'ModifyReplicationGroup',
      'DeleteParameter',
    ]);
    expect(authCalls()).toEqual(['SET']);
    expect(r.outputs.redis_url).toContain(`:${second}@`);
    expect(cloud.acceptedTokens('shop-cache')).toEqual([second]);
  });

  it('before ROTATE (only the pending token stored): the whole sequence with that token', async () => {
    ok(await run(withAuth, () => first));
    cloud.deny('elasticache:ModifyReplicationGroup');
    const broken = await run({ ...withAuth, auth_token_rotate: 'true' }, () => second);
    expect(broken.failed).toBe(true);
    cloud.allow('elasticache:ModifyReplicationGroup');
    expect(cloud.acceptedTokens('shop-cache')).toEqual([first]);
    expect(cloud.state.ssmParameters.get(`${prefix}/AUTH_TOKEN_PENDING`)?.value).toBe(second);
    ok(await run(withAuth, () => 'unused'.padEnd(64, 'u')));
    // Across both runs: pending stored, ROTATE (denied, then again), URLs + AUTH_TOKEN, SET, clean-up.
    expect(authCalls().filter((x) => x)).toEqual(['ROTATE', 'ROTATE', 'SET']);
    expect(cloud.acceptedTokens('shop-cache')).toEqual([second]);
    expectSafeTokenChange();
  });
});

describe('token changes that cannot be resumed as they look', () => {
  const first = 'First-' + 'f'.repeat(58);
  const second = 'Second-' + 's'.repeat(57);
  const withAuth = { ...base, auth_token_enabled: 'true' };
  const prefix = '/django-redis-action/shop-cache';
  const put = async (name: string, value: string) =>
    cloud.seed((await import('@aws-sdk/client-ssm')).PutParameterCommand, {
      Name: `${prefix}/${name}`,
      Value: value,
      Type: 'SecureString',
    });

  it('a pending token left by a group that is gone is deleted, never used, when the group is created again', async () => {
    await put('AUTH_TOKEN_PENDING', second);
    const created = ok(await run(withAuth, () => first));
    expect(created.outputs.status).toBe('created');
    expect(cloud.acceptedTokens('shop-cache')).toEqual([first]);
    expect(cloud.state.ssmParameters.get(`${prefix}/AUTH_TOKEN`)?.value).toBe(first);
    expect(cloud.state.ssmParameters.has(`${prefix}/AUTH_TOKEN_PENDING`)).toBe(false);
    cloud.resetCalls();
    expect(ok(await run(withAuth)).outputs.has_changes).toBe('false');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('a stored token wins over a stale pending one on create', async () => {
    await put('AUTH_TOKEN', first);
    await put('AUTH_TOKEN_PENDING', second);
    ok(await run(withAuth, () => 'unused'.padEnd(64, 'u')));
    expect(cloud.acceptedTokens('shop-cache')).toEqual([first]);
    expect(cloud.state.ssmParameters.has(`${prefix}/AUTH_TOKEN_PENDING`)).toBe(false);
  });

  it('when the mark says ROTATE happened but AWS refuses SET, it rotates first, then SETs', async () => {
    ok(await run(withAuth, () => first));
    // Pending stored and marked (version 2), but the group never rotated to it.
    await put('AUTH_TOKEN_PENDING', second);
    cloud.seed((await import('@aws-sdk/client-ssm')).PutParameterCommand, {
      Name: `${prefix}/AUTH_TOKEN_PENDING`,
      Value: second,
      Type: 'SecureString',
      Overwrite: true,
    });
    cloud.resetCalls();
    const r = ok(await run(withAuth));
    expect(r.warnings.join('\n')).toMatch(/SET was refused .* ROTATE .* then SET fixes it/);
    const strategies = cloud.calls
      .filter((c) => c.command === 'ModifyReplicationGroup')
      .map((c) => [c.input.AuthTokenUpdateStrategy, Boolean(c.error)]);
    expect(strategies).toEqual([
      ['SET', true],
      ['ROTATE', false],
      ['SET', false],
    ]);
    expect(cloud.acceptedTokens('shop-cache')).toEqual([second]);
    expect(r.outputs.redis_url).toContain(`:${second}@`);
    expect(cloud.state.ssmParameters.has(`${prefix}/AUTH_TOKEN_PENDING`)).toBe(false);
    cloud.resetCalls();
    expect(ok(await run(withAuth)).outputs.has_changes).toBe('false');
  });
});

describe('TLS and AUTH on in one run', () => {
  it('preferred → tokenless rediss:// URLs → required → ROTATE → token URLs → SET; then a no-op', async () => {
    const token = 'Both-' + 'b'.repeat(59);
    const off = { ...base, transit_encryption_enabled: 'false' };
    ok(await run(off));
    cloud.resetCalls();
    const on = { ...base, auth_token_enabled: 'true' };
    const r = ok(await run(on, () => token));
    const url = '/django-redis-action/shop-cache/REDIS_URL';
    const puts = cloud.calls.filter((c) => c.command === 'PutParameter' && c.input.Name === url);
    expect(puts.map((c) => [c.input.Type, String(c.input.Value).includes(token)])).toEqual([
      ['SecureString', false],
      ['SecureString', true],
    ]);
    // SSM cannot change a type in place: the String URL is replaced once, never flipped back.
    expect(cloud.calls.filter((c) => c.command === 'DeleteParameter' && c.input.Name === url)).toHaveLength(
      1,
    );
    const required = cloud.calls.findIndex(
      (c) => c.command === 'ModifyReplicationGroup' && c.input.TransitEncryptionMode === 'required',
    );
    expect(cloud.calls.indexOf(puts[0]!)).toBeLessThan(required);
    expect(rg().transitEncryptionMode).toBe('required');
    expect(cloud.acceptedTokens('shop-cache')).toEqual([token]);
    expect(cloud.allowsUnauthenticated('shop-cache')).toBe(false);
    expect(r.outputs.redis_url).toMatch(new RegExp(`^rediss://:${token}@`));
    expectSafeTokenChange();
    cloud.resetCalls();
    expect(ok(await run(on)).outputs.has_changes).toBe('false');
    expect(cloud.mutatingCalls()).toEqual([]);
  });
});

describe('apply_immediately: false', () => {
  it('leaves node type pending for the maintenance window, reports it, and does not re-issue it', async () => {
    ok(await run(base));
    cloud.resetCalls();
    const lazy = { ...base, node_type: 'cache.t4g.small', apply_immediately: 'false' };
    const r = ok(await run(lazy));
    expect(cloud.mutatingCalls().map((c) => c.command)).toEqual(['ModifyReplicationGroup']);
    expect(cloud.calls.find((c) => c.command === 'ModifyReplicationGroup')!.input.ApplyImmediately).toBe(
      false,
    );
    expect(r.outputs.status).toBe('updated');
    cloud.resetCalls();
    const again = ok(await run(lazy));
    expect(again.outputs.status).toBe('pending');
    expect(again.outputs.has_changes).toBe('false');
    expect(again.stdout).toMatch(
      /node_type cache.t4g.micro → cache.t4g.small is pending for the maintenance window/,
    );
    expect(again.summary).toMatch(/Pending for the maintenance window/);
    expect(cloud.mutatingCalls()).toEqual([]);
    cloud.runMaintenance('shop-cache');
    cloud.resetCalls();
    expect(ok(await run(lazy)).outputs.status).toBe('unchanged');
  });

  it('a pending node type is applied now when the next run says apply_immediately: true', async () => {
    ok(await run(base));
    const lazy = { ...base, node_type: 'cache.t4g.small', apply_immediately: 'false' };
    ok(await run(lazy));
    expect(rg().cacheNodeType).toBe('cache.t4g.micro');
    cloud.resetCalls();
    const now = ok(await run({ ...base, node_type: 'cache.t4g.small' }));
    expect(now.outputs.status).toBe('updated');
    expect(cloud.calls.filter((c) => c.command === 'ModifyReplicationGroup').map((c) => c.input)).toEqual([
      { ReplicationGroupId: 'shop-cache', CacheNodeType: 'cache.t4g.small', ApplyImmediately: true },
    ]);
    expect(rg().cacheNodeType).toBe('cache.t4g.small');
    cloud.resetCalls();
    expect(ok(await run({ ...base, node_type: 'cache.t4g.small' })).outputs.status).toBe('unchanged');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('warns when a change that needs ApplyImmediately=true will also apply what is pending', async () => {
    ok(await run(base));
    const lazy = { ...base, node_type: 'cache.t4g.small', apply_immediately: 'false' };
    ok(await run(lazy));
    cloud.resetCalls();
    // Log retention is not a ModifyReplicationGroup; turning TLS off is, and AWS only takes it immediately.
    const r = ok(await run({ ...lazy, transit_encryption_enabled: 'false' }));
    expect(r.warnings.join('\n')).toMatch(
      /also applies what is pending for the maintenance window now: node_type cache\.t4g\.micro → cache\.t4g\.small/,
    );
  });
});

describe('apply_immediately: false, what is pending and what follows', () => {
  const lazy = { ...base, apply_immediately: 'false' };

  it('with nothing immediate after it, one modify carries the deferred and the immediate changes', async () => {
    ok(await run(base));
    cloud.resetCalls();
    ok(await run({ ...lazy, node_type: 'cache.t4g.small', snapshot_retention_limit: '3' }));
    expect(cloud.calls.filter((c) => c.command === 'ModifyReplicationGroup').map((c) => c.input)).toEqual([
      {
        ReplicationGroupId: 'shop-cache',
        CacheNodeType: 'cache.t4g.small',
        SnapshotRetentionLimit: 3,
        ApplyImmediately: false,
      },
    ]);
    expect(rg().snapshotRetentionLimit).toBe(3);
    expect(rg().cacheNodeType).toBe('cache.t4g.micro');
  });

  it('warns about a pending change that differs from the inputs when an immediate call will apply it', async () => {
    ok(await run(base));
    ok(await run({ ...lazy, node_type: 'cache.t4g.small' }));
    cloud.resetCalls();
    const r = ok(await run({ ...lazy, node_type: 'cache.t4g.medium', transit_encryption_enabled: 'false' }));
    expect(r.warnings.join('\n')).toMatch(
      /also applies what is pending for the maintenance window now: node_type cache\.t4g\.micro → cache\.t4g\.small/,
    );
    // The new node type still waits for the window: it is sent last.
    const modifies = cloud.calls.filter((c) => c.command === 'ModifyReplicationGroup').map((c) => c.input);
    expect(modifies.at(-1)).toEqual({
      ReplicationGroupId: 'shop-cache',
      CacheNodeType: 'cache.t4g.medium',
      ApplyImmediately: false,
    });
  });

  it('adding replicas (always immediate) while a node type is pending warns too', async () => {
    ok(await run(base));
    ok(await run({ ...lazy, node_type: 'cache.t4g.small' }));
    const r = ok(await run({ ...lazy, node_type: 'cache.t4g.small', num_cache_clusters: '3' }));
    expect(r.warnings.join('\n')).toMatch(/pending for the maintenance window now: node_type/);
  });
});

describe('busy groups', () => {
  it('a run that starts while the group is modifying waits, then plans and succeeds', async () => {
    ok(await run(base));
    // Another actor starts a modification.
    cloud.seed((await import('@aws-sdk/client-elasticache')).ModifyReplicationGroupCommand, {
      ReplicationGroupId: 'shop-cache',
      SnapshotRetentionLimit: 3,
      ApplyImmediately: true,
    });
    expect(rg().status).toBe('modifying');
    cloud.resetCalls();
    const r = ok(await run(base));
    expect(r.stdout).toMatch(/shop-cache is modifying \(another run or AWS is busy with it\): waiting/);
    // After the wait it sees retention 3 and puts it back to 7.
    expect(cloud.mutatingCalls().map((c) => c.command)).toEqual(['ModifyReplicationGroup']);
    expect(r.outputs.status).toBe('updated');
  });

  it('mode: plan does not wait for a busy group: it plans from the state as it is, with a warning', async () => {
    ok(await run(base));
    cloud.seed((await import('@aws-sdk/client-elasticache')).ModifyReplicationGroupCommand, {
      ReplicationGroupId: 'shop-cache',
      SnapshotRetentionLimit: 3,
      ApplyImmediately: true,
    });
    cloud.resetCalls();
    const started = cloud.clock.now();
    const r = ok(await run({ ...base, node_type: 'cache.t4g.small', mode: 'plan' }));
    expect(cloud.clock.now() - started).toBeLessThan(1_000); // no polling
    expect(cloud.calls.filter((c) => c.command === 'DescribeReplicationGroups')).toHaveLength(1);
    expect(r.warnings.join('\n')).toMatch(
      /shop-cache is modifying .*tags not compared.*apply waits until it is available/,
    );
    expect(r.outputs.status).toBe('planned');
    expect(r.outputs.has_changes).toBe('true');
    // The snapshot retention drift and the node type; no phantom tag changes.
    const kinds = (JSON.parse(r.outputs.changes!) as Array<{ kind: string }>).map((c) => c.kind);
    expect(kinds).not.toContain('add-tags');
    expect(kinds).toContain('modify-replication-group');
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(rg().status).toBe('modifying');
  });
});

describe('refusals: what AWS cannot change in place fails before any write', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'at-rest encryption',
      { at_rest_encryption_enabled: 'false' },
      /Input "at_rest_encryption_enabled": the group has true, the input asks for false.*snapshot/s,
    ],
    ['KMS key', { kms_key_id: '11111111-2222-3333-4444-555555555555' }, /Input "kms_key_id"/],
    ['port', { port: '6380' }, /Input "port": the group has 6379, the input asks for 6380/],
    ['engine downgrade', { engine_version: '7.0' }, /Input "engine_version".*downgrade/],
    ['data tiering', { node_type: 'cache.r6gd.xlarge' }, /Input "node_type".*data tiering/],
  ];
  it.each(cases)('%s', async (_l, change, message) => {
    ok(await run(base));
    cloud.resetCalls();
    const r = await run({ ...base, ...change });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(message);
    expect(r.errors.join('\n')).toMatch(/restore/);
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('valkey → redis', async () => {
    const valkey = { ...base, engine: 'valkey', engine_version: '8.0' };
    ok(await run(valkey));
    cloud.resetCalls();
    const r = await run({ ...base, engine_version: '7.1' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/valkey → redis is not supported/);
    expect(cloud.mutatingCalls()).toEqual([]);
  });
});

describe('plan mode', () => {
  it('for a missing group lists what would be created, sets outputs, and writes nothing', async () => {
    const r = ok(await run({ ...base, mode: 'plan' }));
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(r.outputs.status).toBe('planned');
    expect(r.outputs.has_changes).toBe('true');
    const changes = JSON.parse(r.outputs.changes!) as Array<{ kind: string }>;
    expect(changes.map((c) => c.kind)).toContain('create-replication-group');
    expect(r.summary).toContain('Plan (nothing was executed)');
    expect(r.stdout).toMatch(/::group::Plan for shop-cache: \d+ steps/);
  });

  it('for an existing group shows the same steps apply then runs, and writes nothing', async () => {
    ok(await run(base));
    cloud.resetCalls();
    const target = { ...base, node_type: 'cache.t4g.small', num_cache_clusters: '3' };
    const planned = ok(await run({ ...target, mode: 'plan' }));
    expect(cloud.mutatingCalls()).toEqual([]);
    const applied = ok(await run(target));
    expect(planned.outputs.changes).toBe(applied.outputs.changes);
    expect(JSON.parse(planned.outputs.changes!).map((c: { kind: string }) => c.kind)).toEqual([
      'increase-replicas',
      'wait-available',
      'modify-replication-group',
      'wait-available',
    ]);
  });
});

describe('adopting a group created elsewhere', () => {
  /**
   * A hand-made group `legacy-cache`: the app SG attached directly, no logs, no tags, in a subnet
   * group made by hand (named as given) with the first two subnets.
   */
  async function handMadeGroup(
    subnetGroup: string,
    description: string,
    extra: { CacheParameterGroupName?: string } = {},
  ) {
    cloud.seed((await import('@aws-sdk/client-elasticache')).CreateCacheSubnetGroupCommand, {
      CacheSubnetGroupName: subnetGroup,
      CacheSubnetGroupDescription: description,
      SubnetIds: [SUBNETS[0]!, SUBNETS[1]!],
    });
    cloud.seedReplicationGroup({
      ReplicationGroupId: 'legacy-cache',
      CacheNodeType: 'cache.t4g.micro',
      Engine: 'redis',
      EngineVersion: '7.1',
      NumCacheClusters: 2,
      AutomaticFailoverEnabled: true,
      MultiAZEnabled: true,
      AtRestEncryptionEnabled: true,
      TransitEncryptionEnabled: true,
      CacheSubnetGroupName: subnetGroup,
      ...extra,
      SecurityGroupIds: [APP_SG],
      SnapshotRetentionLimit: 7,
      SnapshotWindow: '03:00-04:00',
      PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
    });
    return cloud.state.subnetGroups.get(subnetGroup)!;
  }

  it('brings it under management in one run: parameter group, security group, logs, tags, URLs', async () => {
    // Default parameter group; its own subnet group named after it.
    await handMadeGroup('legacy-cache', 'by hand', { CacheParameterGroupName: 'default.redis7' });
    const inputs = { ...base, name: 'legacy-cache' };
    const r = ok(await run(inputs));
    expect(r.outputs.status).toBe('updated');
    const g = cloud.state.replicationGroups.get('legacy-cache')!;
    expect(g.parameterGroupName).toBe('legacy-cache-redis7');
    expect(g.subnetGroupName).toBe('legacy-cache'); // create-only: kept, and kept in sync
    expect(g.securityGroupIds).toEqual([r.outputs.redis_security_group_id]);
    expect(
      g.logDelivery.map((l) => [
        l.LogType,
        l.DestinationDetails?.CloudWatchLogsDetails?.LogGroup,
        l.LogFormat,
      ]),
    ).toEqual([
      ['slow-log', '/aws/elasticache/legacy-cache/slow-log', 'json'],
      ['engine-log', '/aws/elasticache/legacy-cache/engine-log', 'json'],
    ]);
    expect(cloud.state.tags.get(g.arn)?.ManagedBy).toBe('django-redis-action');
    // Adopting a group never makes it ours to delete: the create-only marker is not added to it.
    expect(cloud.state.tags.get(g.arn)?.['django-redis-action:created-by']).toBeUndefined();
    expect(cloud.state.tags.get(g.arn)?.['django-redis-action:group']).toBeUndefined();
    expect(r.outputs.redis_url).toMatch(/^rediss:\/\/legacy-cache\./);
    // Our subnet group was not created for a group that already has one.
    expect(cloud.state.subnetGroups.has('legacy-cache-subnets')).toBe(false);
    cloud.resetCalls();
    const again = ok(await run(inputs));
    expect(again.outputs.has_changes, again.stdout).toBe('false');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  /** A hand-made group in a subnet group shared with other groups. */
  const sharedSubnetGroupGroup = () => handMadeGroup('shared-private', 'used by several teams');

  it('a shared subnet group is used as it is: never modified, never tagged', async () => {
    const shared = await sharedSubnetGroupGroup();
    const inputs = { ...base, name: 'legacy-cache', tags: 'team=shop' };
    ok(await run(inputs));
    expect(cloud.state.tags.get(shared.arn) ?? {}).not.toHaveProperty('ManagedBy');
    ok(await run({ ...inputs, tags: 'team=checkout' }));
    const touched = cloud.calls.filter((c) => JSON.stringify(c.input).includes('shared-private'));
    expect(touched.map((c) => c.command)).toEqual(
      expect.not.arrayContaining(['ModifyCacheSubnetGroup', 'AddTagsToResource', 'RemoveTagsFromResource']),
    );
    expect(cloud.state.tags.get(shared.arn) ?? {}).toEqual({});
    expect(cloud.state.subnetGroups.has('legacy-cache-subnets')).toBe(false);
  });

  it('other subnets than the shared subnet group has are refused before any write, naming subnet_ids', async () => {
    const shared = await sharedSubnetGroupGroup();
    cloud.resetCalls();
    const r = await run({ ...base, name: 'legacy-cache', subnet_ids: `${SUBNETS[0]},${SUBNETS[2]}` });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /Input "subnet_ids": replication group legacy-cache uses cache subnet group shared-private \(not created by this action/,
    );
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(shared.subnetIds).toEqual([SUBNETS[0], SUBNETS[1]]);
  });
});

describe('review follow-ups', () => {
  it('a run that starts while a new replica is still creating waits for the member, then changes the group', async () => {
    ok(await run(base));
    ok(await run({ ...base, num_cache_clusters: '3', wait: 'false' }));
    // The group returns to available while shop-cache-003 is still creating (member lag).
    cloud.clock.advance(cloud.durations.replicaMs + 1_000);
    expect(rg().status).toBe('available');
    expect(cloud.state.cacheClusters.get('shop-cache-003')?.status).toBe('creating');
    cloud.resetCalls();
    const r = ok(await run({ ...base, num_cache_clusters: '3', node_type: 'cache.t4g.small' }));
    // Observe reads only the first member, so AWS's refusal is what reveals the busy one: the run
    // waits until every member is available (the poller describes all three), observes and plans again.
    expect(
      cloud.calls.filter(
        (c) => c.command === 'DescribeCacheClusters' && c.input.CacheClusterId === 'shop-cache-003',
      ),
    ).not.toHaveLength(0);
    expect(r.warnings.join('\n')).toMatch(
      /a member of the replication group is busy with another change \(elasticache:ModifyReplicationGroup: InvalidCacheClusterStateFault\)/,
    );
    expect(r.stdout).toMatch(
      /Waiting until shop-cache and every member are available before observing again/,
    );
    expect(r.stdout).toMatch(/members shop-cache-003 creating/);
    expect(cloud.mutatingCalls().map((c) => [c.command, c.error])).toEqual([
      ['ModifyReplicationGroup', 'InvalidCacheClusterStateFault'],
      ['ModifyReplicationGroup', undefined],
    ]);
    cloud.clock.advance(cloud.durations.modifyMs + 1_000);
    expect(rg().cacheNodeType).toBe('cache.t4g.small');
  });

  it('a member that stays busy run after run: the run stops after MAX_ATTEMPTS with the named error', async () => {
    ok(await run(base));
    const { InvalidCacheClusterStateFault } = await import('@aws-sdk/client-elasticache');
    const busy = () =>
      new InvalidCacheClusterStateFault({
        message: 'Cache cluster shop-cache-002 is not in a valid state to be modified.',
        $metadata: { httpStatusCode: 400 },
      });
    cloud.failNext('ModifyReplicationGroup', busy(), MAX_ATTEMPTS);
    cloud.resetCalls();
    const r = await run({ ...base, node_type: 'cache.t4g.small' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /Another run is changing this group \(replication group shop-cache\): a member of the replication group is busy/,
    );
    expect(cloud.mutatingCalls().map((c) => c.command)).toEqual(
      Array.from({ length: MAX_ATTEMPTS }, () => 'ModifyReplicationGroup'),
    );
  });

  it('apply_immediately: false is honoured even when log delivery must be fixed in the same run', async () => {
    ok(await run(base));
    // Someone disabled the engine log.
    cloud.seed((await import('@aws-sdk/client-elasticache')).ModifyReplicationGroupCommand, {
      ReplicationGroupId: 'shop-cache',
      LogDeliveryConfigurations: [{ LogType: 'engine-log', Enabled: false }],
      ApplyImmediately: true,
    });
    cloud.clock.advance(cloud.durations.modifyMs + 1_000);
    cloud.resetCalls();
    const lazy = { ...base, node_type: 'cache.t4g.small', apply_immediately: 'false' };
    ok(await run(lazy));
    const modifies = cloud.calls.filter((c) => c.command === 'ModifyReplicationGroup').map((c) => c.input);
    // The ApplyImmediately=true log fix goes first; the node type last, so nothing flushes it.
    expect(modifies).toEqual([
      {
        ReplicationGroupId: 'shop-cache',
        LogDeliveryConfigurations: [expect.objectContaining({ LogType: 'engine-log' })],
        ApplyImmediately: true,
      },
      { ReplicationGroupId: 'shop-cache', CacheNodeType: 'cache.t4g.small', ApplyImmediately: false },
    ]);
    expect(rg().cacheNodeType).toBe('cache.t4g.micro'); // still pending for the window
    cloud.resetCalls();
    const again = ok(await run(lazy));
    expect(again.outputs.status).toBe('pending');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('a pending engine upgrade (with its parameter group) is reported, not re-issued', async () => {
    const v72 = { ...base, engine: 'valkey', engine_version: '7.2' };
    ok(await run(v72));
    const lazy = { ...v72, engine_version: '8.0', apply_immediately: 'false' };
    ok(await run(lazy));
    cloud.resetCalls();
    const again = ok(await run(lazy));
    expect(again.outputs.status).toBe('pending');
    expect(again.stdout).toMatch(/engine_version 7\.2\.\d+ → 8\.0 is pending for the maintenance window/);
    expect(cloud.mutatingCalls()).toEqual([]);
    cloud.runMaintenance('shop-cache');
    cloud.clock.advance(cloud.durations.modifyMs + 1_000);
    expect(rg().parameterGroupName).toBe('shop-cache-valkey8');
    cloud.resetCalls();
    expect(ok(await run(lazy)).outputs.status).toBe('unchanged');
  });

  it('log_retention_days: 0 removes the retention policy (never expire)', async () => {
    const { writes } = await converge(base, { ...base, log_retention_days: '0' });
    expect(writes).toEqual(['DeleteRetentionPolicy', 'DeleteRetentionPolicy']);
    expect(
      cloud.state.logGroups.get('/aws/elasticache/shop-cache/slow-log')?.retentionInDays,
    ).toBeUndefined();
  });

  it('ingress that is not ours (another port, IPv6, all traffic) is revoked so the SG matches exactly', async () => {
    ok(await run(base));
    const sg = [...cloud.state.securityGroups.values()].find((g) => g.groupName === 'shop-cache-redis')!;
    const { AuthorizeSecurityGroupIngressCommand } = await import('@aws-sdk/client-ec2');
    cloud.seed(AuthorizeSecurityGroupIngressCommand, {
      GroupId: sg.groupId,
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        { IpProtocol: 'tcp', FromPort: 6379, ToPort: 6379, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
      ],
    });
    cloud.resetCalls();
    const r = ok(await run(base));
    expect(r.stdout).toContain('revoke 6379/tcp from ::/0; 22/tcp from 0.0.0.0/0');
    expect(sg.ingress.map((i) => i.source)).toEqual([{ kind: 'sg', groupId: APP_SG }]);
    cloud.resetCalls();
    expect(ok(await run(base)).outputs.has_changes).toBe('false');
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('wait_timeout_minutes bounds the whole run, not each wait', async () => {
    ok(await run({ ...base, transit_encryption_enabled: 'false' }));
    cloud.resetCalls();
    // Two TLS phases of 6 minutes each: 12 minutes of waiting against a 10-minute budget.
    const r = await run({ ...base, wait_timeout_minutes: '10' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/past the run's 10-minute limit \(wait_timeout_minutes\)/);
  });

  it('a referenced security group that does not exist is refused before any write, naming the input', async () => {
    const r = await run({ ...base, allowed_security_group_ids: 'sg-0123456789abcdeff' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /Input "allowed_security_group_ids": security group sg-0123456789abcdeff does not exist/,
    );
    expect(cloud.mutatingCalls()).toEqual([]);
    // A failed run sets nothing a later step could mistake for a plan (issue 7 §4).
    expect(r.outputs.has_changes).toBeUndefined();
    expect(r.outputs.changes).toBeUndefined();
  });

  it('failure events include the member clusters', async () => {
    cloud.makeCreateFail('shop-cache');
    await run(base);
    const sources = cloud.calls.filter((c) => c.command === 'DescribeEvents').map((c) => c.input.SourceType);
    expect(sources).toContain('replication-group');
    expect(sources).toContain('cache-cluster');
  });
});
