// verify_connection through run(): apply against the fake cloud, whose endpoints are fake DNS names,
// then the check dials a REAL local redis-server in their place (the connectUrl seam swaps host and
// port only: scheme, token and database stay the published ones) and trusts a throwaway CA. The
// check's own loader is a spy, so a run without verify_connection is seen to load nothing.

import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeCloud } from './fake/index.js';
import { maskedBeforeUse, runAction } from './support/harness.js';
import {
  liveSkipReason,
  liveTitle,
  makeCerts,
  startRedis,
  type Certs,
  type RedisServer,
} from './support/redis-server.js';
import { APP_SG, createWorld, SUBNETS } from './support/world.js';
import type { VerifyDeps } from '../src/verify/types.js';

const TOKEN = 'Scenario-Token-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ';
const base = {
  name: 'shop-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: SUBNETS.slice(0, 2).join(','),
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
  auth_token_enabled: 'true',
};

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const loader = () => vi.fn(() => import('ioredis'));

describe('verify_connection off, or nothing to connect to: the check is never loaded', () => {
  it('off (the default): no Redis client loaded, no connection_check output, no summary section', async () => {
    const loadClient = loader();
    const r = await runAction(base, {
      clock: cloud.clock,
      generateToken: () => TOKEN,
      verify: { loadClient },
    });
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('created');
    expect(loadClient).not.toHaveBeenCalled();
    expect(r.outputs.connection_check).toBeUndefined();
    expect(r.summary).not.toContain('Connection check');
  });

  it('mode plan: reads verify_connection, connects to nothing, and says so', async () => {
    const loadClient = loader();
    const r = await runAction(
      { ...base, mode: 'plan', verify_connection: 'true' },
      { clock: cloud.clock, verify: { loadClient } },
    );
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('planned');
    expect(loadClient).not.toHaveBeenCalled();
    expect(r.outputs.connection_check).toBeUndefined();
    expect(r.lines).toContain('verify_connection: mode plan connects to nothing; apply runs the check.');
  });

  it('wait: false (create-requested): no URL yet, so the check is skipped with a warning', async () => {
    const loadClient = loader();
    const r = await runAction(
      { ...base, wait: 'false', verify_connection: 'true' },
      { clock: cloud.clock, generateToken: () => TOKEN, verify: { loadClient } },
    );
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('create-requested');
    expect(r.outputs.connection_check).toBe('skipped');
    expect(r.warnings.join('\n')).toMatch(/verify_connection: skipped — shop-cache has no endpoint yet/);
    expect(loadClient).not.toHaveBeenCalled();
  });
});

const skip = liveSkipReason();
if (skip) console.warn(`verify_connection scenarios skipped: ${skip}`);

describe.skipIf(skip !== undefined)(
  liveTitle('verify_connection on, against a real redis-server (TLS + AUTH)'),
  () => {
    let certs: Certs;
    let server: RedisServer;

    beforeAll(async () => {
      certs = makeCerts();
      server = await startRedis({ tls: certs, requirepass: TOKEN, databases: 3 });
    });
    afterAll(async () => {
      await server?.stop();
      if (certs) rmSync(certs.dir, { recursive: true, force: true });
    });

    /** The published URL with the fake endpoint swapped for the local server; all else as published. */
    const toLocal = (url: string) => {
      const u = new URL(url);
      u.hostname = 'localhost';
      u.port = String(server.port);
      return u.toString();
    };
    const verify = (extra: Partial<VerifyDeps> = {}): VerifyDeps => ({
      loadClient: loader(),
      connectUrl: vi.fn(toLocal),
      ca: certs.ca,
      ...extra,
    });

    it('apply then check: passes, and the summary has a latency row per step of both URLs', async () => {
      const deps = verify();
      const r = await runAction(
        { ...base, verify_connection: 'true' },
        { clock: cloud.clock, generateToken: () => TOKEN, verify: deps },
      );
      expect(r.errors).toEqual([]);
      expect(r.failed).toBe(false);
      expect(r.outputs.status).toBe('created');
      expect(r.outputs.connection_check).toBe('passed');
      expect(deps.loadClient).toHaveBeenCalled();
      // The check dialled the published URLs (through the seam), not URLs of its own making.
      expect(deps.connectUrl).toHaveBeenCalledWith(r.outputs.redis_url);
      expect(deps.connectUrl).toHaveBeenCalledWith(r.outputs.celery_broker_url);

      const section = r.summary.slice(r.summary.indexOf('### Connection check'));
      expect(section).toMatch(/^### Connection check — passed/);
      const row = (url: string, db: number, step: string) =>
        new RegExp(
          `\\| ${url} \\| \`localhost:${server.port}/${db}\` \\| ${step} \\| ok \\| \\d+(\\.\\d)? ms \\|`,
        );
      for (const step of [
        'TCP connect to localhost:\\d+',
        'TCP \\+ TLS handshake',
        'AUTH',
        'SELECT 0',
        'PING',
      ]) {
        expect(section).toMatch(row('redis_url', 0, step));
      }
      for (const step of [
        'SET django-redis-action:verify:[0-9a-f]{16} EX 60',
        'GET django-redis-action:verify:[0-9a-f]{16}',
        'DEL django-redis-action:verify:[0-9a-f]{16}',
      ]) {
        expect(section).toMatch(row('redis_url', 0, step));
      }
      for (const step of ['TCP \\+ TLS handshake', 'AUTH', 'SELECT 1', 'PING']) {
        expect(section).toMatch(row('celery_broker_url', 1, step));
      }
      expect(r.lines.some((l) => /^redis_url \(localhost:\d+\/0\): PING — ok in [\d.]+ ms$/.test(l))).toBe(
        true,
      );
      expect(r.lines).toContain(
        'Connection check passed: shop-cache answers through redis_url and celery_broker_url.',
      );
      // The token: never in the summary, masked before it appears anywhere in the log.
      expect(r.summary).not.toContain(TOKEN);
      expect(maskedBeforeUse(r.stdout, TOKEN)).toBe(true);
    });

    it('a stale token: the step fails with a ConnectionCheckError naming the token; status keeps what apply reached', async () => {
      const stale = 'Stale-Token-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMN';
      const r = await runAction(
        { ...base, verify_connection: 'true' },
        { clock: cloud.clock, generateToken: () => stale, verify: verify() },
      );
      expect(r.failed).toBe(true);
      expect(r.outputs.status).toBe('created');
      expect(r.outputs.connection_check).toBe('failed');
      expect(r.outputs.redis_url).toContain(stale);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(
        /^ConnectionCheckError: redis_url \(localhost:\d+\/0\) failed at AUTH: WRONGPASS/,
      );
      expect(r.errors[0]).toContain('Likely cause: AUTH token.');
      expect(r.errors[0]).toContain('the replication group exists and its URLs are published');
      expect(r.summary).toMatch(/### Connection check — failed/);
      expect(r.summary).toContain('| celery_broker_url |');
      expect(r.summary).toContain('not checked');
      expect(r.summary).not.toContain(stale);
      expect(maskedBeforeUse(r.stdout, stale)).toBe(true);
    });

    it('celery_db beyond the server’s databases: redis_url passes, the broker fails at SELECT (database number)', async () => {
      const r = await runAction(
        { ...base, verify_connection: 'true', celery_db: '5' },
        { clock: cloud.clock, generateToken: () => TOKEN, verify: verify() },
      );
      expect(r.failed).toBe(true);
      expect(r.outputs.status).toBe('created');
      expect(r.errors[0]).toMatch(
        /^ConnectionCheckError: celery_broker_url \(localhost:\d+\/5\) failed at SELECT 5: ERR DB index is out of range/,
      );
      expect(r.errors[0]).toContain('Likely cause: database number.');
      expect(r.summary).toMatch(/\| redis_url \| [^|]+ \| PING \| ok \|/);
    });

    it('an unreachable endpoint fails fast, bounded by the check’s time bound, as a network cause', async () => {
      const started = Date.now();
      const r = await runAction(
        { ...base, verify_connection: 'true' },
        {
          clock: cloud.clock,
          generateToken: () => TOKEN,
          verify: verify({ connectUrl: (u) => toLocal(u).replace(`:${server.port}/`, ':1/') }),
        },
      );
      expect(r.failed).toBe(true);
      expect(r.errors[0]).toMatch(/failed at TCP connect to localhost:1: connect ECONNREFUSED/);
      expect(r.errors[0]).toContain('Likely cause: security group / network path.');
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    it('the client library failing to load fails the step, named, with the resources in place', async () => {
      const r = await runAction(
        { ...base, verify_connection: 'true' },
        {
          clock: cloud.clock,
          generateToken: () => TOKEN,
          verify: verify({ loadClient: () => Promise.reject(new Error('chunk missing')) }),
        },
      );
      expect(r.failed).toBe(true);
      expect(r.outputs.status).toBe('created');
      expect(r.outputs.connection_check).toBe('failed');
      expect(r.errors[0]).toMatch(
        /^ConnectionCheckError: the connection check of shop-cache could not run: chunk missing/,
      );
    });
  },
);
