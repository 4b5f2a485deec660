// The AUTH-token step handlers (src/execute/auth-token.ts) against stubbed adapters: which SSM and
// ElastiCache calls each makes, in which order, with which arguments, what it skips, and what it
// leaves in the run's state (mutation testing found them reached only by the slow whole-action suites).

import { describe, expect, it, vi } from 'vitest';
import type { ReplicationGroup } from '@aws-sdk/client-elasticache';
import { authTokenSteps } from '../src/execute/auth-token.js';
import { StaleObservationError } from '../src/execute/conflict.js';
import type { ExecContext, ExecResult } from '../src/execute/context.js';
import { resourceNames } from '../src/domain/names.js';
import { AwsCallError, PlanError } from '../src/errors.js';
import type { Observed } from '../src/observe/types.js';
import { config, converged } from './support/config.js';
import { VirtualClock } from './fake/clock.js';

const cfg = config({ auth_token_enabled: 'true', transit_encryption_enabled: 'true' });
const names = resourceNames(cfg);
const TAGS = { Team: 'web' };
const CREATE_TAGS = { Team: 'web', CreatedBy: 'acme/shop' };
const ROTATED_AT = Date.UTC(2026, 0, 1);

function setup(opts: { groups?: Array<ReplicationGroup | undefined>; observed?: Observed } = {}) {
  const calls: string[] = [];
  let i = 0;
  const groups = opts.groups ?? [
    { ReplicationGroupId: cfg.name, Status: 'available', AuthTokenLastModifiedDate: new Date(ROTATED_AT) },
  ];
  const elasticache = {
    describeReplicationGroup: vi.fn(async (id: string) => {
      calls.push(`describe ${id}`);
      return groups[Math.min(i++, groups.length - 1)];
    }),
    describeCacheCluster: vi.fn(async (id: string) => ({
      CacheClusterId: id,
      CacheClusterStatus: 'available',
    })),
    recentEvents: vi.fn(async () => []),
    modifyReplicationGroup: vi.fn(async (req: { AuthTokenUpdateStrategy?: string }) => {
      calls.push(`modify ${req.AuthTokenUpdateStrategy}`);
    }),
  };
  const ssm = {
    putParameter: vi.fn(async (name: string, ..._rest: unknown[]) => void calls.push(`put ${name}`)),
    createSecretOnce: vi.fn(async (name: string, value: string) => {
      calls.push(`create ${name}`);
      return { value, type: 'SecureString' as const, version: 1 };
    }),
    deleteParameter: vi.fn(async (name: string) => void calls.push(`delete ${name}`)),
  };
  const log = { info: vi.fn(), warning: vi.fn(), mask: vi.fn() };
  const clock = new VirtualClock(Date.UTC(2026, 5, 1), 1);
  const ctx = {
    cfg,
    observed: opts.observed ?? converged(cfg, 'OLD'.repeat(20)),
    tags: TAGS,
    createTags: CREATE_TAGS,
    aws: { elasticache, ssm },
    clock,
    log,
    deadline: clock.now() + 30 * 60_000,
    generateToken: () => 'G'.repeat(64),
  } as unknown as ExecContext;
  const st: ExecResult = {
    securityGroupId: 'sg-1',
    token: undefined,
    group: undefined,
    timings: [],
    ssm: {},
  };
  return { ctx, st, elasticache, ssm, log, calls };
}

const base = { level: 0, reason: 'r' };
const store = (generate: boolean, parameterName = names.ssm.authToken) => ({
  ...base,
  kind: 'store-auth-token' as const,
  parameterName,
  generate,
});
const change = (strategy: 'ROTATE' | 'SET', extra: { mark?: string; resumed?: boolean } = {}) => ({
  ...base,
  kind: 'auth-token' as const,
  strategy,
  ...extra,
});
const refused = (name = 'InvalidParameterValueException') =>
  new AwsCallError(
    'elasticache',
    'ModifyReplicationGroup',
    name,
    1,
    `ElastiCache ModifyReplicationGroup failed: ${name}`,
  );

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}

describe('store-auth-token', () => {
  it('a generated token is stored once (createSecretOnce with the create tags), masked, and used', async () => {
    const t = setup();
    await authTokenSteps['store-auth-token'].run(store(true), t.ctx, t.st);
    expect(t.ssm.createSecretOnce).toHaveBeenCalledWith(
      names.ssm.authToken,
      'G'.repeat(64),
      CREATE_TAGS,
      `AUTH token of ElastiCache replication group ${cfg.name} (django-redis-action)`,
    );
    expect(t.ssm.putParameter).not.toHaveBeenCalled();
    expect(t.log.mask).toHaveBeenCalledWith('G'.repeat(64));
    expect(t.log.info).not.toHaveBeenCalled();
    expect(t.st.token).toBe('G'.repeat(64));
    expect(t.st.ssm[names.ssm.authToken]).toEqual({
      value: 'G'.repeat(64),
      type: 'SecureString',
      version: 1,
    });
  });

  it("another run's stored token wins over the generated one, and is said so", async () => {
    const t = setup();
    t.ssm.createSecretOnce.mockResolvedValueOnce({ value: 'THEIRS', type: 'SecureString', version: 1 });
    await authTokenSteps['store-auth-token'].run(store(true), t.ctx, t.st);
    expect(t.log.mask.mock.calls.map((c) => c[0])).toEqual(['G'.repeat(64), 'THEIRS']);
    expect(t.log.info).toHaveBeenCalledWith(
      `  ${names.ssm.authToken} was stored meanwhile (another run): using that token, not a new one`,
    );
    expect(t.st.token).toBe('THEIRS');
    expect(t.st.ssm[names.ssm.authToken]?.value).toBe('THEIRS');
  });

  it('without a token to store it fails before any write', async () => {
    const t = setup();
    const e = await rejection(authTokenSteps['store-auth-token'].run(store(false), t.ctx, t.st));
    expect(e).toBeInstanceOf(PlanError);
    expect((e as Error).message).toBe(`no AUTH token to store in ${names.ssm.authToken}`);
    expect(t.ssm.putParameter).not.toHaveBeenCalled();
  });

  it('the token already stored there is not written again', async () => {
    const t = setup();
    t.st.token = 'TOK';
    t.st.ssm[names.ssm.authToken] = { value: 'TOK', type: 'SecureString' };
    await authTokenSteps['store-auth-token'].run(store(false), t.ctx, t.st);
    expect(t.log.mask).toHaveBeenCalledWith('TOK');
    expect(t.ssm.putParameter).not.toHaveBeenCalled();
  });

  it('another token is overwritten as a SecureString, passing the stored type, tags and create tags', async () => {
    const t = setup();
    t.st.token = 'NEW';
    t.st.ssm[names.ssm.authToken] = { value: 'OLD', type: 'String', version: 4 };
    await authTokenSteps['store-auth-token'].run(store(false), t.ctx, t.st);
    expect(t.ssm.putParameter).toHaveBeenCalledWith(
      names.ssm.authToken,
      'NEW',
      true,
      'String',
      TAGS,
      `AUTH token of ElastiCache replication group ${cfg.name} (django-redis-action)`,
      CREATE_TAGS,
    );
    expect(t.st.ssm[names.ssm.authToken]).toStrictEqual({ value: 'NEW', type: 'SecureString' });
  });

  it('a parameter that does not exist yet is created (no existing type)', async () => {
    const t = setup();
    t.st.token = 'NEW';
    await authTokenSteps['store-auth-token'].run(store(false), t.ctx, t.st);
    expect(t.ssm.putParameter.mock.calls[0]?.[3]).toBeUndefined();
  });

  it('titles name the parameter', () => {
    expect(authTokenSteps['store-auth-token'].title(store(true, '/x/AUTH_TOKEN'))).toBe(
      'store AUTH token in /x/AUTH_TOKEN',
    );
    expect(
      authTokenSteps['delete-ssm-parameter'].title({
        ...base,
        kind: 'delete-ssm-parameter',
        parameterName: '/x/P',
      }),
    ).toBe('delete /x/P');
    expect(authTokenSteps['auth-token'].title(change('ROTATE'))).toBe('AUTH token ROTATE');
  });
});

describe('delete-ssm-parameter', () => {
  it('deletes the parameter and forgets it in the run state', async () => {
    const t = setup();
    t.st.ssm['/x/P'] = { value: 'v', type: 'String' };
    t.st.ssm['/x/Q'] = { value: 'w', type: 'String' };
    await authTokenSteps['delete-ssm-parameter'].run(
      { ...base, kind: 'delete-ssm-parameter', parameterName: '/x/P' },
      t.ctx,
      t.st,
    );
    expect(t.ssm.deleteParameter).toHaveBeenCalledWith('/x/P');
    expect(Object.keys(t.st.ssm)).toEqual(['/x/Q']);
  });
});

describe('auth-token', () => {
  it('without a token it fails, naming the parameter and the strategy, before any call', async () => {
    const t = setup();
    const e = await rejection(authTokenSteps['auth-token'].run(change('SET'), t.ctx, t.st));
    expect(e).toBeInstanceOf(PlanError);
    expect((e as Error).message).toBe(`no AUTH token is stored in ${names.ssm.authToken}; cannot SET`);
    expect(t.calls).toEqual([]);
  });

  it('SET sends the token with ApplyImmediately, without re-reading the group or marking anything', async () => {
    const t = setup();
    t.st.token = 'NEW';
    await authTokenSteps['auth-token'].run(change('SET', { mark: names.ssm.authTokenPending }), t.ctx, t.st);
    expect(t.elasticache.modifyReplicationGroup).toHaveBeenCalledWith({
      ReplicationGroupId: cfg.name,
      AuthToken: 'NEW',
      AuthTokenUpdateStrategy: 'SET',
      ApplyImmediately: true,
    });
    expect(t.calls).toEqual(['modify SET']);
  });

  it('ROTATE re-reads the group first; with no mark nothing is written to SSM', async () => {
    const t = setup();
    t.st.token = 'NEW';
    await authTokenSteps['auth-token'].run(change('ROTATE'), t.ctx, t.st);
    expect(t.elasticache.describeReplicationGroup).toHaveBeenCalledWith(cfg.name);
    expect(t.calls).toEqual([`describe ${cfg.name}`, 'modify ROTATE']);
    expect(t.st.ssm).toEqual({});
  });

  it('ROTATE with a mark re-writes the pending parameter once AWS accepted it, bumping its version', async () => {
    const t = setup();
    t.st.token = 'NEW';
    t.st.ssm[names.ssm.authTokenPending] = { value: 'NEW', type: 'SecureString', version: 3 };
    await authTokenSteps['auth-token'].run(
      change('ROTATE', { mark: names.ssm.authTokenPending }),
      t.ctx,
      t.st,
    );
    expect(t.calls).toEqual([`describe ${cfg.name}`, 'modify ROTATE', `put ${names.ssm.authTokenPending}`]);
    expect(t.ssm.putParameter).toHaveBeenCalledWith(
      names.ssm.authTokenPending,
      'NEW',
      true,
      'SecureString',
      TAGS,
      `New AUTH token of ${cfg.name}: ROTATE accepted, SET to follow (django-redis-action)`,
      CREATE_TAGS,
    );
    expect(t.st.ssm[names.ssm.authTokenPending]).toEqual({ value: 'NEW', type: 'SecureString', version: 4 });
  });

  it('a mark not yet in the state counts from version 1', async () => {
    const t = setup();
    t.st.token = 'NEW';
    await authTokenSteps['auth-token'].run(change('ROTATE', { mark: '/x/MARK' }), t.ctx, t.st);
    expect(t.ssm.putParameter.mock.calls[0]?.[3]).toBeUndefined();
    expect(t.st.ssm['/x/MARK']).toEqual({ value: 'NEW', type: 'SecureString', version: 2 });
  });

  it('a resumed ROTATE marks the pending parameter even without an explicit mark', async () => {
    const t = setup();
    t.st.token = 'NEW';
    await authTokenSteps['auth-token'].run(change('ROTATE', { resumed: true }), t.ctx, t.st);
    expect(t.calls).toEqual([`describe ${cfg.name}`, 'modify ROTATE', `put ${names.ssm.authTokenPending}`]);
  });

  it.each([
    [
      'busy',
      { Status: 'modifying', AuthTokenLastModifiedDate: new Date(ROTATED_AT) },
      'cannot be rotated while the group is modifying',
    ],
    [
      'rotating',
      {
        Status: 'available',
        AuthTokenLastModifiedDate: new Date(ROTATED_AT),
        PendingModifiedValues: { AuthTokenStatus: 'ROTATING' },
      },
      'is rotating',
    ],
    [
      'changed',
      { Status: 'available', AuthTokenLastModifiedDate: new Date(ROTATED_AT + 1000) },
      'changed since this run observed it',
    ],
    ['changed (never set before)', { Status: 'available' }, 'changed since this run observed it'],
  ] as Array<[string, ReplicationGroup | undefined, string]>)(
    'ROTATE is not sent when the group is %s (another run is changing it)',
    async (_what, group, why) => {
      const t = setup({ groups: [group] });
      t.st.token = 'NEW';
      const e = await rejection(authTokenSteps['auth-token'].run(change('ROTATE'), t.ctx, t.st));
      expect(e).toBeInstanceOf(StaleObservationError);
      expect((e as Error).message).toBe(`the AUTH token of ${cfg.name} ${why} (another run is changing it)`);
      expect(t.elasticache.modifyReplicationGroup).not.toHaveBeenCalled();
    },
  );

  it('ROTATE is not sent to a group that is gone (its token was never set either)', async () => {
    const observed = converged(cfg, 'OLD'.repeat(20));
    observed.group = { ...observed.group!, authTokenLastModified: undefined };
    const t = setup({ groups: [undefined], observed });
    t.st.token = 'NEW';
    const e = await rejection(authTokenSteps['auth-token'].run(change('ROTATE'), t.ctx, t.st));
    expect(e).toBeInstanceOf(StaleObservationError);
    expect((e as Error).message).toBe(
      `the AUTH token of ${cfg.name} cannot be rotated while the group is missing (another run is changing it)`,
    );
    expect(t.elasticache.modifyReplicationGroup).not.toHaveBeenCalled();
  });

  it('ROTATE of a group whose token was never set is sent when the observation agrees', async () => {
    const observed = converged(cfg, 'OLD'.repeat(20));
    observed.group = { ...observed.group!, authTokenLastModified: undefined };
    const t = setup({ groups: [{ Status: 'available' }], observed });
    t.st.token = 'NEW';
    await authTokenSteps['auth-token'].run(change('ROTATE'), t.ctx, t.st);
    expect(t.calls).toEqual([`describe ${cfg.name}`, 'modify ROTATE']);
  });

  it('ROTATE when this run observed no group (and the group has no token date) is sent', async () => {
    const observed = converged(cfg, 'OLD'.repeat(20));
    observed.group = undefined;
    const t = setup({ groups: [{ Status: 'available' }], observed });
    t.st.token = 'NEW';
    await authTokenSteps['auth-token'].run(change('ROTATE'), t.ctx, t.st);
    expect(t.calls).toEqual([`describe ${cfg.name}`, 'modify ROTATE']);
  });

  it.each(['InvalidParameterValueException', 'InvalidParameterCombinationException'])(
    'a resumed SET refused with %s falls back to ROTATE, wait, SET',
    async (name) => {
      const t = setup();
      t.st.token = 'NEW';
      t.elasticache.modifyReplicationGroup.mockImplementationOnce(async (req) => {
        t.calls.push(`modify ${req.AuthTokenUpdateStrategy}`);
        throw refused(name);
      });
      await authTokenSteps['auth-token'].run(change('SET', { resumed: true }), t.ctx, t.st);
      expect(t.calls).toEqual([
        'modify SET',
        `describe ${cfg.name}`,
        'modify ROTATE',
        `put ${names.ssm.authTokenPending}`,
        `describe ${cfg.name}`,
        'modify SET',
      ]);
      expect(t.log.warning).toHaveBeenCalledWith(
        `SET was refused (ElastiCache ModifyReplicationGroup failed: ${name}). If the group never rotated to this token, ROTATE (the old token stays valid) then SET fixes it: trying that.`,
      );
    },
  );

  it('a refused SET that was not resumed, or another failure of a resumed one, is thrown as is', async () => {
    for (const [resumed, err] of [
      [false, refused()],
      [true, refused('InvalidReplicationGroupStateFault')],
      [true, new Error('boom')],
      // Only the action's own AwsCallError is read by its cause name.
      [true, Object.assign(new Error('look-alike'), { causeName: 'InvalidParameterValueException' })],
    ] as const) {
      const t = setup();
      t.st.token = 'NEW';
      t.elasticache.modifyReplicationGroup.mockRejectedValueOnce(err);
      expect(await rejection(authTokenSteps['auth-token'].run(change('SET', { resumed }), t.ctx, t.st))).toBe(
        err,
      );
      expect(t.elasticache.modifyReplicationGroup).toHaveBeenCalledTimes(1);
      expect(t.log.warning).not.toHaveBeenCalled();
    }
  });
});
