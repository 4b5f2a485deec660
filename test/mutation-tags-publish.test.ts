// The tag and SSM-publish decisions of the planner, pinned directly (mutation testing found them
// reached only by the slow whole-action suites): which tags are written or removed and why, and
// which URL parameters are republished, with which reason.

import { describe, expect, it } from 'vitest';
import { tagChanges } from '../src/plan/ensure/tags.js';
import { publishStep, tlsMigrationPublish } from '../src/plan/ensure/publish.js';
import type { TokenState } from '../src/plan/ensure/auth-token.js';
import { resourceNames } from '../src/domain/names.js';
import type { Observed } from '../src/observe/types.js';
import { config, converged } from './support/config.js';

const RUN = 'GitHubWorkflowRun';
const CREATED = 'django-redis-action:created-by';

describe('tagChanges', () => {
  it('nothing to do when every stable tag matches; provenance alone is never a reason', () => {
    expect(tagChanges({ team: 'a', [RUN]: 'old' }, { team: 'a', [RUN]: 'new' })).toEqual([]);
    expect(tagChanges({}, { [RUN]: 'new', [CREATED]: 'acme/shop' })).toEqual([]);
  });

  it('adds changed and new tags, with provenance riding along, naming the old values', () => {
    expect(
      tagChanges({ team: 'a', keep: 'k', [RUN]: 'old' }, { team: 'b', keep: 'k', env: 'prod', [RUN]: 'new' }),
    ).toEqual([
      {
        kind: 'add-tags',
        tags: { team: 'b', env: 'prod', [RUN]: 'new' },
        reason: 'tags: set team=b (was a), env=prod',
      },
    ]);
  });

  it('adds no provenance tag the inputs do not carry, and never writes a create-only tag', () => {
    expect(tagChanges({ [CREATED]: 'x' }, { team: 'b', [CREATED]: 'y' })).toStrictEqual([
      { kind: 'add-tags', tags: { team: 'b' }, reason: 'tags: set team=b' },
    ]);
  });

  it('removes only tags not in the inputs that are neither provenance, create-only nor aws:', () => {
    expect(
      tagChanges(
        {
          team: 'a',
          old: '1',
          [RUN]: 'r',
          [CREATED]: 'c',
          'aws:cloudformation:stack': 's',
          'AWS:x': 'y',
          'my-aws:': 'z',
        },
        { team: 'a' },
      ),
    ).toEqual([
      {
        kind: 'remove-tags',
        keys: ['old', 'my-aws:'],
        reason: 'tags: remove old, my-aws: (not in the inputs)',
      },
    ]);
  });
});

const token = (t: Partial<TokenState> = {}): TokenState =>
  ({ store: undefined, rotate: false, known: undefined, ...t }) as TokenState;

describe('publishStep', () => {
  const cfg = config();
  const names = resourceNames(cfg);
  const all = [names.ssm.redisUrl, names.ssm.celeryBrokerUrl, names.ssm.celeryResultBackend];

  it('publishes every URL once endpoints exist, and nothing when they are current', () => {
    const obs = converged(cfg);
    expect(publishStep(cfg, obs, obs.group!, names, token())).toBeUndefined();
    expect(publishStep(cfg, obs, { ...obs.group!, primaryEndpoint: undefined }, names, token())).toEqual({
      kind: 'publish-ssm',
      parameterNames: all,
      reason: 'publish the connection URLs once endpoints exist',
    });
  });

  it('with AUTH and a token not known yet, publishes every URL with the new token', () => {
    const auth = config({ auth_token_enabled: 'true' });
    const n = resourceNames(auth);
    const obs = converged(auth, 'A'.repeat(64));
    expect(publishStep(auth, obs, obs.group!, n, token({ known: 'A'.repeat(64) }))).toBeUndefined();
    expect(publishStep(auth, obs, obs.group!, n, token())).toEqual({
      kind: 'publish-ssm',
      parameterNames: [n.ssm.redisUrl, n.ssm.celeryBrokerUrl, n.ssm.celeryResultBackend],
      reason: 'publish URLs with the new AUTH token',
    });
    expect(publishStep(auth, obs, obs.group!, n, token({ known: 'B'.repeat(64) }))).toMatchObject({
      parameterNames: [n.ssm.redisUrl, n.ssm.celeryBrokerUrl, n.ssm.celeryResultBackend],
      reason: 'SSM REDIS_URL, CELERY_BROKER_URL, CELERY_RESULT_BACKEND: value changed',
    });
  });

  it('names only the stale parameters: missing, changed value or changed type', () => {
    const obs = converged(cfg);
    const missing: Observed = { ...obs, ssm: { ...obs.ssm } };
    delete missing.ssm[names.ssm.celeryBrokerUrl];
    expect(publishStep(cfg, missing, obs.group!, names, token())).toEqual({
      kind: 'publish-ssm',
      parameterNames: [names.ssm.celeryBrokerUrl],
      reason: 'SSM CELERY_BROKER_URL: missing',
    });
    const retyped: Observed = {
      ...obs,
      ssm: { ...obs.ssm, [names.ssm.redisUrl]: { ...obs.ssm[names.ssm.redisUrl]!, type: 'SecureString' } },
    };
    expect(publishStep(cfg, retyped, obs.group!, names, token())).toEqual({
      kind: 'publish-ssm',
      parameterNames: [names.ssm.redisUrl],
      reason: 'SSM REDIS_URL: value changed',
    });
    const both: Observed = {
      ...missing,
      ssm: { ...missing.ssm, [names.ssm.redisUrl]: { value: 'x', type: 'String' } },
    };
    expect(publishStep(cfg, both, obs.group!, names, token())).toMatchObject({
      parameterNames: [names.ssm.redisUrl, names.ssm.celeryBrokerUrl],
      reason: 'SSM REDIS_URL, CELERY_BROKER_URL: missing',
    });
  });

  it('an endpoint without a port uses the configured port', () => {
    const obs = converged(cfg);
    const g = { ...obs.group!, primaryEndpoint: { ...obs.group!.primaryEndpoint!, port: 0 } };
    expect(publishStep(cfg, obs, g, names, token())).toBeUndefined();
  });
});

describe('tlsMigrationPublish', () => {
  it('nothing without endpoints or when current', () => {
    const cfg = config();
    const names = resourceNames(cfg);
    const obs = converged(cfg);
    expect(tlsMigrationPublish(cfg, obs, obs.group!, names, token())).toBeUndefined();
    const stale: Observed = { ...obs, ssm: {} };
    expect(
      tlsMigrationPublish(cfg, stale, { ...obs.group!, primaryEndpoint: undefined }, names, token()),
    ).toBeUndefined();
    expect(tlsMigrationPublish(cfg, stale, obs.group!, names, token())).toEqual({
      kind: 'publish-ssm',
      parameterNames: [names.ssm.redisUrl, names.ssm.celeryBrokerUrl, names.ssm.celeryResultBackend],
      tokenless: true,
      reason:
        'publish the rediss:// URLs while the group accepts both (SSM REDIS_URL, CELERY_BROKER_URL, CELERY_RESULT_BACKEND: missing)',
    });
  });

  it('a group with AUTH publishes with the known token, but not during a rotation or without a token', () => {
    const cfg = config({ auth_token_enabled: 'true' });
    const names = resourceNames(cfg);
    const obs = converged(cfg, 'A'.repeat(64));
    const stale: Observed = { ...obs, ssm: {} };
    expect(tlsMigrationPublish(cfg, stale, obs.group!, names, token())).toBeUndefined();
    expect(
      tlsMigrationPublish(cfg, stale, obs.group!, names, token({ rotate: true, known: 'A'.repeat(64) })),
    ).toBeUndefined();
    const step = tlsMigrationPublish(cfg, stale, obs.group!, names, token({ known: 'A'.repeat(64) }));
    expect(step).toEqual({
      kind: 'publish-ssm',
      parameterNames: [names.ssm.redisUrl, names.ssm.celeryBrokerUrl, names.ssm.celeryResultBackend],
      reason:
        'publish the rediss:// URLs while the group accepts both (SSM REDIS_URL, CELERY_BROKER_URL, CELERY_RESULT_BACKEND: missing)',
    });
    expect(
      tlsMigrationPublish(cfg, obs, obs.group!, names, token({ known: 'A'.repeat(64) })),
    ).toBeUndefined();
  });

  it('a group without AUTH publishes tokenless redis:// URLs when TLS is off', () => {
    const cfg = config({ transit_encryption_enabled: 'false' });
    const names = resourceNames(cfg);
    const obs = converged(cfg);
    expect(
      tlsMigrationPublish(cfg, { ...obs, ssm: {} }, obs.group!, names, token({ rotate: true, known: 'x' })),
    ).toMatchObject({
      tokenless: true,
      reason: expect.stringMatching(/^publish the redis:\/\/ URLs while/),
    });
  });
});
