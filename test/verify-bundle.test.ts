// verify_connection as dist/ ships it. Two questions the source-level tests cannot answer:
// 1. Cold start: is the Redis client (ioredis) a chunk of its own in the committed dist/, reached only
//    through the connection check's chunk, itself imported only behind `cfg.verifyConnection`? A run
//    without the input then never reads either file.
// 2. Does the client still work once ncc has bundled it (CommonJS interop in an ESM chunk, error codes,
//    the runner's trust store)? A small ncc bundle of test/fixtures/verify-entry.ts (built with
//    --transpile-only, ~4 s) runs in a fresh node process against a real TLS + AUTH redis-server that
//    it trusts through NODE_EXTRA_CA_CERTS, as a runner would trust a private CA.

import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UrlCheck } from '../src/verify/types.js';
import {
  liveSkipReason,
  liveTitle,
  makeCerts,
  startRedis,
  type Certs,
  type RedisServer,
} from './support/redis-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/** Code only ioredis has: its debug namespaces. */
const IOREDIS = /"ioredis:(connect|command)"/;
/** The connection check's own code. */
const CHECK = /ConnectionCheckError/;
/** ncc's (webpack's) lazy chunk load: `__webpack_require__.e(/* import() *\/ 796)`. */
const lazyLoadOf = (id: string) => new RegExp(`\\.e\\(/\\* import\\(\\) \\*/ ${id}\\)`);

function distFiles(): Map<string, string> {
  return new Map(
    readdirSync(dist)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, readFileSync(join(dist, f), 'utf8')]),
  );
}
const chunkId = (file: string) => /^(\d+)\.index\.js$/.exec(file)?.[1];
const kb = (file: string) => `${Math.round(statSync(join(dist, file)).size / 1024)} KB`;

describe('dist/: the Redis client is loaded only when verify_connection is true', () => {
  it('ioredis is one chunk of its own, imported only by the check’s chunk, imported only behind cfg.verifyConnection', () => {
    expect(existsSync(join(dist, 'index.js')), 'run "npm run build" first').toBe(true);
    const files = distFiles();

    // The entry point holds neither the client nor the check.
    const entry = files.get('index.js') ?? '';
    expect(entry).not.toMatch(IOREDIS);
    expect(entry).not.toMatch(CHECK);

    // Exactly one chunk holds ioredis, and nothing else of ours.
    const clientChunks = [...files].filter(([, code]) => IOREDIS.test(code)).map(([f]) => f);
    expect(clientChunks).toHaveLength(1);
    const clientFile = clientChunks[0] ?? '';
    const clientId = chunkId(clientFile);
    expect(clientId, clientFile).toBeDefined();
    expect(files.get(clientFile)).not.toMatch(CHECK);

    // It is loaded lazily, and only from the check's chunk.
    const loadersOfClient = [...files].filter(([, code]) => lazyLoadOf(clientId ?? '').test(code));
    expect(loadersOfClient.map(([f]) => f)).toHaveLength(1);
    const [checkFile, checkCode] = loadersOfClient[0] ?? ['', ''];
    expect(checkCode).toMatch(CHECK);
    expect(checkCode).not.toMatch(IOREDIS);
    const checkId = chunkId(checkFile);
    expect(checkId, checkFile).toBeDefined();

    // The check's chunk is loaded lazily from one place: apply, behind `if (cfg.verifyConnection)`.
    const loadersOfCheck = [...files].filter(([, code]) => lazyLoadOf(checkId ?? '').test(code));
    expect(loadersOfCheck).toHaveLength(1);
    const [applyFile, applyCode] = loadersOfCheck[0] ?? ['', ''];
    expect(applyFile).not.toBe('index.js');
    const at = applyCode.search(lazyLoadOf(checkId ?? ''));
    expect(applyCode.slice(Math.max(0, at - 200), at)).toMatch(/if \(cfg\.verifyConnection\)[^;{}]*$/);
    expect(applyCode).not.toMatch(IOREDIS);

    console.log(
      `dist: verify_connection off loads neither ${checkFile} (the check, ${kb(checkFile)}) nor ` +
        `${clientFile} (ioredis, ${kb(clientFile)}); index.js is ${kb('index.js')}, apply's chunk ` +
        `${applyFile} ${kb(applyFile)}`,
    );
  });
});

const skip = liveSkipReason();
if (skip) console.warn(`verify-bundle live tests skipped: ${skip}`);

describe.skipIf(skip !== undefined)(
  liveTitle('the check bundled by ncc, against a real redis-server'),
  () => {
    const TOKEN = 'Bundle-Token-0123456789-abcdefghijklmnopqrstuvwxyz';
    let work: string;
    let certs: Certs;
    let server: RedisServer;

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'verify-bundle-'));
      certs = makeCerts();
      server = await startRedis({ tls: certs, requirepass: TOKEN });
      const ncc = spawnSync(
        process.execPath,
        [
          join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
          'build',
          join(root, 'test', 'fixtures', 'verify-entry.ts'),
          '--transpile-only',
          '--quiet',
          '-o',
          join(work, 'out'),
        ],
        { cwd: root, encoding: 'utf8' },
      );
      if (ncc.status !== 0) throw new Error(`ncc failed:\n${ncc.stdout}\n${ncc.stderr}`);
    }, 60_000);

    afterAll(async () => {
      await server?.stop();
      if (certs) rmSync(certs.dir, { recursive: true, force: true });
      if (work) rmSync(work, { recursive: true, force: true });
    });

    /** The check's result, and how long the process lived on after it (ms). */
    function runBundled(url: string): Promise<UrlCheck & { exitLagMs: number }> {
      return new Promise((resolve, reject) => {
        execFile(
          process.execPath,
          [join(work, 'out', 'index.js'), url],
          {
            env: { PATH: process.env.PATH ?? '', HOME: work, NODE_EXTRA_CA_CERTS: certs.caFile },
            timeout: 20_000,
            killSignal: 'SIGKILL',
          },
          (error, stdout, stderr) => {
            if (error) reject(new Error(`${error.message}\n${stdout}\n${stderr}`));
            else {
              const lag = /exit-lag-ms=(\d+)/.exec(stderr)?.[1];
              if (lag === undefined) reject(new Error(`no exit-lag-ms line on stderr:\n${stderr}`));
              else resolve({ ...(JSON.parse(stdout) as UrlCheck), exitLagMs: Number(lag) });
            }
          },
        );
      });
    }
    const url = (token: string) => `rediss://:${token}@localhost:${server.port}/0?ssl_cert_reqs=required`;

    it('has the client in a chunk of its own, loaded by a dynamic import', () => {
      const files = readdirSync(join(work, 'out')).filter((f) => f.endsWith('.js'));
      const withClient = files.filter((f) => IOREDIS.test(readFileSync(join(work, 'out', f), 'utf8')));
      expect(withClient).toHaveLength(1);
      expect(withClient[0]).not.toBe('index.js');
    });

    it('passes over TLS (trusting the CA through NODE_EXTRA_CA_CERTS) with AUTH, every step timed', async () => {
      const r = await runBundled(url(TOKEN));
      expect(r.failure).toBeUndefined();
      expect(r.exitLagMs).toBeLessThan(1_000);
      expect(r.steps.map((s) => s.label)).toEqual([
        `TCP connect to localhost:${server.port}`,
        'TCP + TLS handshake',
        'AUTH',
        'SELECT 0',
        'PING',
        'SET django-redis-action:verify:bundle-test EX 60',
        'GET django-redis-action:verify:bundle-test',
        'DEL django-redis-action:verify:bundle-test',
      ]);
      console.log(
        `bundled check, loopback TLS + AUTH: ${r.steps.map((s) => `${s.label.replace(/ (to|django-redis-action|EX).*$/, '')} ${s.ms.toFixed(1)} ms`).join(', ')}`,
      );
    });

    it('names the cause after bundling too: a wrong token is WRONGPASS at AUTH, and the token is not echoed', async () => {
      const wrong = 'Wrong-Token-0123456789-abcdefghijklmnopqrstuvwxyz';
      const r = await runBundled(url(wrong));
      expect(r.failure).toMatchObject({ stage: 'AUTH', cause: 'token' });
      expect(r.failure?.message).toMatch(/^WRONGPASS/);
      expect(JSON.stringify(r)).not.toContain(wrong);
    });

    it('names the cause after bundling too: a certificate for localhost dialled as 127.0.0.1 is TLS', async () => {
      const r = await runBundled(`rediss://:${TOKEN}@127.0.0.1:${server.port}/0?ssl_cert_reqs=required`);
      expect(r.failure).toMatchObject({
        stage: 'connect',
        code: 'ERR_TLS_CERT_ALTNAME_INVALID',
        cause: 'tls',
      });
      // ioredis destroys a socket that never closes after disconnectTimeout (2 s by default): the check
      // sets it low, so a failed handshake does not hold the action open.
      expect(r.exitLagMs).toBeLessThan(1_000);
    });
  },
);
