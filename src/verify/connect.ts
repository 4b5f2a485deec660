// The live part of the connection check: dial a published URL the way Django (redis-py) does — TLS
// with certificate and hostname verification, AUTH with the URL's token, SELECT the URL's database —
// and time each step. Every step runs against one deadline for the whole check, so an unreachable
// endpoint costs seconds, not the run's wait budget.

import { connect as netConnect, type Socket } from 'node:net';
import * as tls from 'node:tls';
import type { Redis } from 'ioredis';
import { diagnose } from './causes.js';
import type { CheckedOutput, RedisModule, Stage, StepFailure, StepResult, UrlCheck } from './types.js';
import { describeTarget, parseRedisUrl, type ConnectTarget } from './url.js';

/** How long the scratch key lives if the check is cut off before DEL. */
export const SCRATCH_TTL_SECONDS = 60;

export interface UrlCheckRequest {
  output: CheckedOutput;
  /** The URL to dial (the published one, or its test stand-in). */
  url: string;
  /** Write, read back and delete this key (redis_url); only SELECT + PING when undefined. */
  scratchKey?: string;
  /** Epoch milliseconds by which the whole check must be done. */
  deadline: number;
  /** CA certificates to trust instead of the runner's store (tests). */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Loads the client library; by default `import('ioredis')`, a chunk of its own in dist/. */
  load?: () => Promise<RedisModule>;
}

export async function loadIoredis(): Promise<RedisModule> {
  const m = await import('ioredis');
  // ioredis is CommonJS whose module.exports is the Redis class carrying the named exports. Node's
  // ESM import also offers `Redis` by name, but ncc's chunk offers only `default`: read it from there.
  return { Redis: m.default.Redis };
}

class Timeout extends Error {
  override name = 'Timeout';
}

/** A step's failure on its way to the classifier. */
class Failed extends Error {
  constructor(readonly failure: StepFailure) {
    super(failure.message);
  }
}

export async function checkUrl(req: UrlCheckRequest): Promise<UrlCheck> {
  const target = parseRedisUrl(req.url);
  const steps: StepResult[] = [];
  const check: UrlCheck = {
    output: req.output,
    target: describeTarget(target),
    db: target.db,
    tls: target.tls,
    steps,
  };
  let client: Redis | undefined;
  let lastError: Error | undefined;
  const step = stepRunner(req.deadline, target, steps, () => lastError);
  const disconnect = () => client?.disconnect(false);

  try {
    // 1. TCP alone first, so an unreachable endpoint is told apart from a failed TLS handshake.
    let socket: Socket | undefined;
    await step(
      'tcp',
      `TCP connect to ${hostPort(target)}`,
      () => tcpProbe(target, (s) => (socket = s)),
      () => socket?.destroy(),
    );
    // 2. The client, then each command Django's first request would send.
    const c = (client = await openClient(req, target, (e) => (lastError = e)));
    await step('connect', target.tls ? 'TCP + TLS handshake' : 'connect', () => c.connect(), disconnect);
    if (target.token !== undefined) {
      const token = target.token;
      await step('AUTH', 'AUTH', () => c.auth(token), disconnect);
    }
    await step('SELECT', `SELECT ${target.db}`, () => c.select(target.db), disconnect);
    await step('PING', 'PING', () => c.ping(), disconnect);
    if (req.scratchKey) await scratchRoundTrip(step, c, req.scratchKey, disconnect);
  } catch (e) {
    if (!(e instanceof Failed)) throw e;
    check.failure = { ...e.failure, ...diagnose(e.failure) };
  } finally {
    disconnect();
  }
  return check;
}

type StepRunner = <T>(stage: Stage, label: string, work: () => Promise<T>, cancel: () => void) => Promise<T>;

/**
 * Runs one timed step against the check's deadline and records it in `steps`; a failure becomes a
 * Failed carrying the stage, the error code and a message with the token redacted.
 */
function stepRunner(
  deadline: number,
  target: ConnectTarget,
  steps: StepResult[],
  lastError: () => Error | undefined,
): StepRunner {
  const redact = (s: string) => (target.token ? s.split(target.token).join('***') : s);
  return async (stage, label, work, cancel) => {
    const started = performance.now();
    try {
      // A step that starts after the deadline is not started at all.
      if (Date.now() >= deadline) throw new Timeout('deadline');
      const value = await withDeadline(work(), deadline, cancel);
      steps.push({ label, ms: performance.now() - started, ok: true });
      return value;
    } catch (e) {
      steps.push({ label, ms: performance.now() - started, ok: false });
      // ioredis rejects connect() with a bare "Connection is closed."; the socket's own error
      // (ECONNREFUSED, a certificate error, …) arrives as an 'error' event just before.
      // A command on a connection the server cut gets the same bare message.
      const closed = e instanceof Error && /connection is closed/i.test(e.message);
      const last = lastError();
      const err = (closed && last ? last : e) as Error & { code?: unknown };
      const timedOut = e instanceof Timeout;
      throw new Failed({
        stage,
        code: timedOut ? undefined : typeof err.code === 'string' ? err.code : undefined,
        message: redact(timedOut ? `no answer within the check’s time bound` : err.message || String(err)),
        timedOut,
        tls: target.tls,
        auth: target.token !== undefined,
      });
    }
  };
}

/** One connection, no retries, no offline queue, RESP2 as redis-py speaks it; not connected yet. */
async function openClient(
  req: UrlCheckRequest,
  target: ConnectTarget,
  onError: (e: Error) => void,
): Promise<Redis> {
  const { Redis: RedisClient } = await (req.load ?? loadIoredis)();
  const client = new RedisClient({
    host: target.host,
    port: target.port,
    tls: target.tls ? { ca: req.ca ?? trustedCas(), rejectUnauthorized: true } : undefined,
    lazyConnect: true,
    protocol: 2,
    enableReadyCheck: false,
    disableClientInfo: true,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: Math.max(1, req.deadline - Date.now()),
    // After a failed TLS handshake the socket never emits 'close', and ioredis keeps a timer of
    // disconnectTimeout (2 s by default) alive to destroy it: the process would linger that long.
    disconnectTimeout: 100,
  });
  client.on('error', onError);
  return client;
}

/** SET a scratch key (with a TTL, in case the check is cut off), GET it back, DEL it. */
async function scratchRoundTrip(step: StepRunner, c: Redis, key: string, disconnect: () => void) {
  const value = `${Date.now()}`;
  await step(
    'SET',
    `SET ${key} EX ${SCRATCH_TTL_SECONDS}`,
    () => c.set(key, value, 'EX', SCRATCH_TTL_SECONDS),
    disconnect,
  );
  await step(
    'GET',
    `GET ${key}`,
    async () => {
      const got = await c.get(key);
      if (got !== value) throw new Error(`GET returned ${JSON.stringify(got)} instead of the value just SET`);
    },
    disconnect,
  );
  await step(
    'DEL',
    `DEL ${key}`,
    async () => {
      const n = await c.del(key);
      if (n !== 1) throw new Error(`DEL removed ${n} keys instead of 1`);
    },
    disconnect,
  );
}

function hostPort(t: ConnectTarget): string {
  return describeTarget(t).replace(/\/\d+$/, '');
}

/** Open and close one TCP connection. */
function tcpProbe(t: ConnectTarget, onSocket: (s: Socket) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host: t.host, port: t.port });
    onSocket(socket);
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', (e) => {
      socket.destroy();
      reject(e);
    });
  });
}

/** `work`, or a Timeout (after calling `cancel`) if it is not done by `deadline`. */
function withDeadline<T>(work: Promise<T>, deadline: number, cancel: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => {
        reject(new Timeout('deadline'));
        cancel();
      },
      Math.max(0, deadline - Date.now()),
    );
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/**
 * The runner's trust store as a TLS client such as redis-py sees it: Node's bundled roots plus
 * NODE_EXTRA_CA_CERTS, and the operating system's store where Node can read it (22.15+/23.8+, so on
 * the runner's Node 24). Undefined elsewhere, which leaves Node's default (bundled + extra).
 */
export function trustedCas(): string[] | undefined {
  const get = (tls as { getCACertificates?: (type?: string) => string[] }).getCACertificates;
  if (typeof get !== 'function') return undefined;
  try {
    return [...new Set([...get('default'), ...get('system')])];
  } catch {
    return undefined;
  }
}
