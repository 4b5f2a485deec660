// A real, throwaway redis-server for the connection check's tests (Debian's redis-server, installed
// by .ci/run): a CA and a server certificate for `localhost` made with openssl in a temp dir, a TLS-only
// instance with requirepass and a plain one, each on a free loopback port, ready when the server logs
// "Ready to accept connections" (an event, not a sleep), killed by stop().

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** redis-server's version line, or undefined when it is not installed. */
export function redisServerVersion(): string | undefined {
  const r = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  return /v=(\S+)/.exec(r.stdout)?.[1] ?? r.stdout.trim();
}

/**
 * Why the live tests are skipped, or undefined when they can run. The one reason is redis-server not
 * being installed: anything else (no openssl, a redis-server built without TLS) fails the tests.
 */
export function liveSkipReason(): string | undefined {
  if (!redisServerVersion()) {
    return 'redis-server is not installed (apt-get install redis-server; .ci/run installs it)';
  }
  return undefined;
}

/** A describe title that carries the skip reason, so the reporter's skipped list says why. */
export function liveTitle(title: string, reason = liveSkipReason()): string {
  return reason ? `${title} — SKIPPED: ${reason}` : title;
}

export interface Certs {
  dir: string;
  caFile: string;
  /** The throwaway CA (PEM), for the client's trust. */
  ca: string;
  certFile: string;
  keyFile: string;
}

function openssl(args: string[], cwd: string): void {
  const r = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${r.stderr}`);
}

/** A CA and a server certificate for DNS:localhost only (no IP address), valid one day. */
export function makeCerts(): Certs {
  const dir = mkdtempSync(join(tmpdir(), 'verify-tls-'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '1',
      '-subj',
      '/CN=verify-test-ca',
    ],
    dir,
  );
  openssl(['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost'], dir);
  writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=DNS:localhost\n');
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.crt',
      '-days',
      '1',
      '-extfile',
      'ext.cnf',
    ],
    dir,
  );
  return {
    dir,
    caFile: join(dir, 'ca.crt'),
    ca: readFileSync(join(dir, 'ca.crt'), 'utf8'),
    certFile: join(dir, 'server.crt'),
    keyFile: join(dir, 'server.key'),
  };
}

/** A loopback port free at the time of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      if (a === null || typeof a === 'string') return reject(new Error('no port'));
      s.close(() => resolve(a.port));
    });
  });
}

export interface RedisServer {
  port: number;
  stop(): Promise<void>;
}

export interface RedisServerOptions {
  /** Serve TLS only (no plain port), with this certificate. */
  tls?: Certs;
  requirepass?: string;
  databases?: number;
}

/** Start redis-server on a free loopback port; resolves once it accepts connections (≤ 10 s). */
export async function startRedis(opts: RedisServerOptions = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'verify-redis-'));
  const args = [
    '--bind',
    '127.0.0.1',
    '-::1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
    '--logfile',
    '',
    '--daemonize',
    'no',
    '--databases',
    String(opts.databases ?? 16),
  ];
  if (opts.tls) {
    args.push(
      '--port',
      '0',
      '--tls-port',
      String(port),
      '--tls-cert-file',
      opts.tls.certFile,
      '--tls-key-file',
      opts.tls.keyFile,
      '--tls-ca-cert-file',
      opts.tls.caFile,
      '--tls-auth-clients',
      'no',
    );
  } else {
    args.push('--port', String(port));
  }
  if (opts.requirepass) args.push('--requirepass', opts.requirepass);
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await ready(child);
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGKILL');
      }),
  };
}

function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not become ready within 10 s:\n${log}`));
    }, 10_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Ready to accept connections')) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code ?? signal}) before it was ready:\n${log}`));
    });
  });
}
