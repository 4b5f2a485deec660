// The executor's driver (src/execute/index.ts): levels in order, the steps of one level all
// finished before an error is thrown, an own failure reported before a race symptom, one timing
// per level, and the state it starts from (which token, which security group, which SSM values).

import { describe, expect, it, vi } from 'vitest';
import { execute, stepTitle } from '../src/execute/index.js';
import type { ExecContext } from '../src/execute/context.js';
import { StaleObservationError } from '../src/execute/conflict.js';
import { resourceNames } from '../src/domain/names.js';
import { AwsCallError } from '../src/errors.js';
import type { Plan, Step } from '../src/plan/steps.js';
import { config, converged } from './support/config.js';

const cfg = config({ auth_token_enabled: 'true', transit_encryption_enabled: 'true' });
const names = resourceNames(cfg);

/** Steps that only talk to the logs adapter (create-log-group with retention 0: one call each). */
const logStep = (name: string, level: number): Step => ({
  kind: 'create-log-group',
  name,
  retentionDays: 0,
  level,
  reason: `create ${name}`,
});

function setup(createLogGroup: (name: string) => Promise<void>, mode: 'apply' | 'plan' = 'apply') {
  let now = 1_000;
  const info = vi.fn();
  const ctx = {
    cfg: { ...cfg, mode },
    observed: converged(cfg, 'CURRENT'),
    tags: {},
    createTags: {},
    aws: { logs: { createLogGroup: vi.fn(createLogGroup) } },
    clock: {
      now: () => (now += 250),
      random: () => 0.5,
      sleep: async () => undefined,
    },
    log: { info, warning: vi.fn(), mask: vi.fn() },
    deadline: Number.MAX_SAFE_INTEGER,
  } as unknown as ExecContext;
  return { ctx, info };
}

const plan = (steps: Step[], action: Plan['action'] = 'update'): Plan => ({
  action,
  steps,
  refusals: [],
  warnings: [],
  pending: [],
});

describe('execute', () => {
  it('runs levels in ascending order, logs each reason, hears every step done, times each level', async () => {
    const order: string[] = [];
    const t = setup(async (name) => void order.push(name));
    const done: string[] = [];
    const st = await execute(
      plan([logStep('/c', 2), logStep('/a', 0), logStep('/b1', 1), logStep('/b2', 1)]),
      t.ctx,
      (s) => done.push(s.reason),
    );
    expect(order).toEqual(['/a', '/b1', '/b2', '/c']);
    expect(done).toEqual(['create /a', 'create /b1', 'create /b2', 'create /c']);
    expect(t.info.mock.calls.map((c) => c[0])).toEqual([
      '→ create /a',
      '→ create /b1',
      '→ create /b2',
      '→ create /c',
    ]);
    expect(st.timings).toEqual([
      { level: 0, label: 'create-log-group', ms: 250 },
      { level: 1, label: 'create-log-group, create-log-group', ms: 250 },
      { level: 2, label: 'create-log-group', ms: 250 },
    ]);
  });

  it('levels are compared as numbers (10 after 9)', async () => {
    const order: string[] = [];
    const t = setup(async (name) => void order.push(name));
    await execute(plan([logStep('/ten', 10), logStep('/nine', 9)]), t.ctx);
    expect(order).toEqual(['/nine', '/ten']);
  });

  it('a failed step lets its level finish, stops before the next level, and is thrown', async () => {
    const boom = new Error('boom');
    const finished: string[] = [];
    const t = setup(async (name) => {
      if (name === '/a') throw boom;
      await Promise.resolve();
      finished.push(name);
    });
    const done: string[] = [];
    const e = await execute(plan([logStep('/a', 0), logStep('/b', 0), logStep('/c', 1)]), t.ctx, (s) =>
      done.push(s.reason),
    ).catch((x: unknown) => x);
    expect(e).toBe(boom);
    expect(finished).toEqual(['/b']);
    expect(done).toEqual(['create /b']);
  });

  it('an own failure is thrown before a race symptom of the same level; only symptoms: the first', async () => {
    const race = new AwsCallError('logs', 'CreateLogGroup', 'InvalidReplicationGroupStateFault', 1, 'busy');
    const own = new Error('own');
    const t = setup(async (name) => {
      throw name === '/race' ? race : name === '/stale' ? new StaleObservationError('stale') : own;
    });
    expect(
      await execute(plan([logStep('/race', 0), logStep('/own', 0)]), t.ctx).catch((x: unknown) => x),
    ).toBe(own);
    expect(
      await execute(plan([logStep('/race', 0), logStep('/stale', 0)]), t.ctx).catch((x: unknown) => x),
    ).toBe(race);
  });

  it('an empty plan does nothing and starts from what apply observed', async () => {
    const t = setup(async () => undefined);
    const st = await execute(plan([]), t.ctx);
    expect(st).toEqual({
      securityGroupId: 'sg-0aaaaaaaaaaaaaaa1',
      token: 'CURRENT',
      group: undefined,
      timings: [],
      ssm: converged(cfg, 'CURRENT').ssm,
    });
    // A copy: the run state never writes into the observation.
    expect(st.ssm).not.toBe(t.ctx.observed!.ssm);
  });

  it('an unfinished rotation: the pending token wins on an existing group, never on a new one', async () => {
    const t = setup(async () => undefined, 'plan');
    t.ctx.observed!.ssm[names.ssm.authTokenPending] = { value: 'PENDING', type: 'SecureString' };
    expect((await execute(plan([]), t.ctx)).token).toBe('PENDING');
    expect((await execute(plan([], 'create'), t.ctx)).token).toBe('CURRENT');
    delete t.ctx.observed!.ssm[names.ssm.authToken];
    expect((await execute(plan([], 'create'), t.ctx)).token).toBeUndefined();
  });

  it('other modes (and no observation) start empty', async () => {
    const t = setup(async () => undefined);
    const empty = { securityGroupId: undefined, token: undefined, group: undefined, timings: [], ssm: {} };
    expect(await execute(plan([]), { ...t.ctx, observed: undefined })).toEqual(empty);
    expect(await execute(plan([]), { ...t.ctx, cfg: { ...t.ctx.cfg, mode: 'destroy' } as never })).toEqual(
      empty,
    );
  });

  it('stepTitle asks the handler of the step kind', () => {
    expect(stepTitle(logStep('/x', 0))).toBe('create log group /x');
  });
});
