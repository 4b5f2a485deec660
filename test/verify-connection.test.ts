// The connection check against a REAL redis-server on loopback: a TLS-only instance (certificate for
// `localhost` from a throwaway CA, requirepass, 3 databases) and a plain one. The client trusts the
// test CA through the check's `ca` seam; certificate and hostname verification stay on. Skipped, with
// the reason, only when redis-server is not installed (.ci/run installs it).

import { createServer, type Server, type Socket } from 'node:net';
import { rmSync } from 'node:fs';
import { Redis, type RedisOptions } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl, trustedCas, type UrlCheckRequest } from '../src/verify/connect.js';
import { scratchKey } from '../src/verify/index.js';
import {
  freePort,
  liveSkipReason,
  liveTitle,
  makeCerts,
  redisServerVersion,
  startRedis,
  type Certs,
  type RedisServer,
} from './support/redis-server.js';

const skip = liveSkipReason();
if (skip) console.warn(`verify-connection tests skipped: ${skip}`);
else console.log(`verify-connection tests: redis-server ${redisServerVersion()} with TLS`);

const TOKEN = 'Verify-Token-0123456789-abcdefghijklmnopqrstuvwxyz';
const load = () => import('ioredis');

describe.skipIf(skip !== undefined)(liveTitle('connection check against a real redis-server'), () => {
  let certs: Certs;
  let tlsServer: RedisServer;
  let plainServer: RedisServer;
  let silent: Server;
  let silentPort: number;
  const held: Socket[] = [];

  beforeAll(async () => {
    certs = makeCerts();
    [tlsServer, plainServer] = await Promise.all([
      startRedis({ tls: certs, requirepass: TOKEN, databases: 3 }),
      startRedis(),
    ]);
    // Accepts TCP and never says a word: a TLS handshake or a command that never completes.
    silent = createServer((s) => held.push(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
  });

  afterAll(async () => {
    for (const s of held) s.destroy();
    await new Promise((resolve) => silent?.close(resolve));
    await Promise.all([tlsServer?.stop(), plainServer?.stop()]);
    if (certs) rmSync(certs.dir, { recursive: true, force: true });
  });

  const tlsUrl = (opts: { host?: string; token?: string; db?: number; port?: number } = {}) => {
    const auth = opts.token === '' ? '' : `:${encodeURIComponent(opts.token ?? TOKEN)}@`;
    const host = opts.host ?? 'localhost';
    return `rediss://${auth}${host}:${opts.port ?? tlsServer.port}/${opts.db ?? 0}?ssl_cert_reqs=required`;
  };
  const check = (url: string, extra: Partial<UrlCheckRequest> = {}) =>
    checkUrl({
      output: 'redis_url',
      url,
      deadline: Date.now() + 10_000,
      ca: certs.ca,
      load,
      ...extra,
    });

  /** A client of the test's own, to look at the server behind the check's back. */
  async function inspect(db: number): Promise<string[]> {
    const c = new Redis({
      host: 'localhost',
      port: tlsServer.port,
      tls: { ca: certs.ca },
      password: TOKEN,
      db,
    });
    try {
      return await c.keys('django-redis-action:verify:*');
    } finally {
      c.disconnect();
    }
  }

  it('passes over TLS + AUTH on the right URL: every step timed, the scratch key gone afterwards', async () => {
    const key = scratchKey();
    const r = await check(tlsUrl({ db: 2 }), { scratchKey: key });
    expect(r.failure).toBeUndefined();
    expect(r.target).toBe(`localhost:${tlsServer.port}/2`);
    expect(r.steps.map((s) => s.label)).toEqual([
      `TCP connect to localhost:${tlsServer.port}`,
      'TCP + TLS handshake',
      'AUTH',
      'SELECT 2',
      'PING',
      `SET ${key} EX 60`,
      `GET ${key}`,
      `DEL ${key}`,
    ]);
    for (const s of r.steps) {
      expect(s.ok).toBe(true);
      expect(s.ms).toBeGreaterThanOrEqual(0);
    }
    expect(await inspect(2)).toEqual([]);
    expect(JSON.stringify(r)).not.toContain(TOKEN);
  });

  it('writes the scratch key to the URL’s database, with a TTL of at most 60 s (seen mid-check)', async () => {
    // A loader that hands out a client whose DEL is held back, so the key can be looked at.
    const key = scratchKey();
    let seen: { ttl: number; keys0: string[]; keys1: string[] } | undefined;
    const { Redis: Real } = await import('ioredis');
    // Stands in for the Redis class: builds the real client and wraps its DEL.
    function Peeking(options: RedisOptions) {
      const client = new Real(options);
      const del = client.del.bind(client) as (...keys: string[]) => Promise<number>;
      (client as any).del = async (...keys: string[]) => {
        const spy = new Real({
          host: 'localhost',
          port: tlsServer.port,
          tls: { ca: certs.ca },
          password: TOKEN,
          db: 1,
        });
        try {
          seen = {
            ttl: await spy.ttl(key),
            keys0: await inspect(0),
            keys1: await spy.keys('django-redis-action:*'),
          };
        } finally {
          spy.disconnect();
        }
        return del(...keys);
      };
      return client;
    }
    const r = await check(tlsUrl({ db: 1 }), {
      scratchKey: key,
      load: async () => ({ Redis: Peeking as unknown as typeof Real }),
    });
    expect(r.failure).toBeUndefined();
    expect(seen?.keys0).toEqual([]);
    expect(seen?.keys1).toEqual([key]);
    expect(seen?.ttl).toBeGreaterThan(0);
    expect(seen?.ttl).toBeLessThanOrEqual(60);
    expect(await inspect(1)).toEqual([]);
  });

  it('passes on a plain redis:// URL without TLS or AUTH (SELECT + PING only without a scratch key)', async () => {
    const r = await check(`redis://localhost:${plainServer.port}/1`, { output: 'celery_broker_url' });
    expect(r.failure).toBeUndefined();
    expect(r.tls).toBe(false);
    expect(r.steps.map((s) => s.label)).toEqual([
      `TCP connect to localhost:${plainServer.port}`,
      'connect',
      'SELECT 1',
      'PING',
    ]);
  });

  it('wrong token: fails at AUTH, cause "AUTH token" (WRONGPASS), and never shows the token', async () => {
    const wrong = 'Stale-Token-0123456789-abcdefghijklmnopqrstuvwxyz';
    const r = await check(tlsUrl({ token: wrong }));
    expect(r.failure).toMatchObject({ stage: 'AUTH', cause: 'token', title: 'AUTH token' });
    expect(r.failure?.message).toMatch(/^WRONGPASS/);
    expect(r.failure?.advice).toMatch(/stale token|rotation/);
    expect(r.steps.at(-1)).toMatchObject({ label: 'AUTH', ok: false });
    expect(JSON.stringify(r)).not.toContain(wrong);
  });

  it('no token while the server requires one: fails at SELECT with NOAUTH, cause "AUTH token"', async () => {
    const r = await check(tlsUrl({ token: '' }));
    expect(r.failure).toMatchObject({ stage: 'SELECT', cause: 'token' });
    expect(r.failure?.message).toMatch(/^NOAUTH/);
    expect(r.failure?.advice).toMatch(/carries none/);
  });

  it('a token while the server has AUTH off: cause "AUTH token" (the URL is stale)', async () => {
    const r = await check(`redis://:${TOKEN}@localhost:${plainServer.port}/0`);
    expect(r.failure).toMatchObject({ stage: 'AUTH', cause: 'token' });
    expect(r.failure?.advice).toMatch(/AUTH off/);
    expect(r.failure?.message).not.toContain(TOKEN);
  });

  it('wrong port: connection refused at the TCP probe, cause "security group / network path"', async () => {
    const port = await freePort();
    const r = await check(tlsUrl({ port }));
    expect(r.failure).toMatchObject({ stage: 'tcp', code: 'ECONNREFUSED', cause: 'network' });
    expect(r.failure?.title).toBe('security group / network path');
    expect(r.failure?.advice).toMatch(/allowed_security_group_ids/);
    expect(r.steps).toHaveLength(1);
  });

  it('certificate mismatch: connecting by 127.0.0.1 to a certificate for localhost fails the hostname check', async () => {
    const r = await check(tlsUrl({ host: '127.0.0.1' }));
    expect(r.failure).toMatchObject({ stage: 'connect', code: 'ERR_TLS_CERT_ALTNAME_INVALID', cause: 'tls' });
    expect(r.failure?.advice).toMatch(/not by an IP address or through a CNAME/);
  });

  it('an untrusted CA (the runner’s own store, not the test CA) fails certificate verification: cause TLS', async () => {
    const r = await check(tlsUrl(), { ca: trustedCas() ?? undefined });
    expect(r.failure).toMatchObject({ stage: 'connect', cause: 'tls' });
    expect(r.failure?.code).toMatch(
      /SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER/,
    );
    expect(r.failure?.advice).toMatch(/CA bundle/);
  });

  it('database out of range: SELECT 5 on a server with 3 databases fails, cause "database number"', async () => {
    const r = await check(tlsUrl({ db: 5 }), { output: 'celery_broker_url' });
    expect(r.failure).toMatchObject({ stage: 'SELECT', cause: 'db', title: 'database number' });
    expect(r.failure?.message).toMatch(/DB index is out of range/);
  });

  it('a plain URL to the TLS port: the server cuts the connection, cause TLS (on/off mismatch)', async () => {
    const r = await check(`redis://:${TOKEN}@localhost:${tlsServer.port}/0`);
    expect(r.failure).toMatchObject({ stage: 'AUTH', cause: 'tls' });
    expect(r.failure?.advice).toMatch(/expects TLS/);
  });

  it('a TLS URL to a plain server: the handshake never completes within the bound, cause TLS', async () => {
    const started = Date.now();
    const r = await check(`rediss://localhost:${plainServer.port}/0?ssl_cert_reqs=required`, {
      deadline: Date.now() + 300,
    });
    expect(r.failure).toMatchObject({ stage: 'connect', cause: 'tls' });
    expect(r.failure?.advice).toMatch(/does not speak TLS/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('an endpoint that accepts TCP and never answers: bounded by the deadline, not the client’s defaults', async () => {
    const started = Date.now();
    const r = await check(`redis://localhost:${silentPort}/0`, { deadline: Date.now() + 300 });
    expect(r.failure).toMatchObject({ stage: 'SELECT', timedOut: true, cause: 'network' });
    expect(r.failure?.message).toMatch(/time bound/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a deadline already passed fails the first step at once', async () => {
    const r = await check(tlsUrl(), { deadline: Date.now() - 1 });
    expect(r.failure).toMatchObject({ stage: 'tcp', timedOut: true, cause: 'network' });
  });
});
