// The connection check (verify_connection): what it reports and what tests may inject. Types only,
// so importing them loads nothing: the check and its Redis client are a chunk of their own.

/** The outputs the check connects through, in the order it checks them. */
export type CheckedOutput = 'redis_url' | 'celery_broker_url';

/** Where a check failed: the TCP probe, the client's connect (TCP + TLS handshake), or a command. */
export type Stage = 'tcp' | 'connect' | 'AUTH' | 'SELECT' | 'PING' | 'SET' | 'GET' | 'DEL';

/** The likely cause of a failure, each with its own advice (src/verify/causes.ts). */
export type Cause = 'network' | 'tls' | 'token' | 'db' | 'readonly' | 'memory' | 'unknown';

/** One failed step, as the classifier reads it: never the URL or the token. */
export interface StepFailure {
  stage: Stage;
  /** A Node/OpenSSL error code (ECONNREFUSED, ERR_TLS_CERT_ALTNAME_INVALID, …), if any. */
  code: string | undefined;
  /** The error's message, with the token redacted. */
  message: string;
  /** The step did not finish within the check's time bound. */
  timedOut: boolean;
  /** The URL asks for TLS (rediss://). */
  tls: boolean;
  /** The URL carries an AUTH token. */
  auth: boolean;
}

export interface Diagnosis {
  cause: Cause;
  /** Short name of the likely cause, e.g. "security group / network path". */
  title: string;
  /** What to look at, in one or two sentences. */
  advice: string;
}

export interface StepResult {
  /** e.g. "TCP connect", "TLS handshake", "SELECT 1", "SET django-redis-action:verify:… EX 60". */
  label: string;
  ms: number;
  ok: boolean;
}

/** The check of one published URL. */
export interface UrlCheck {
  output: CheckedOutput;
  /** host:port/db of the URL (never the token). */
  target: string;
  db: number;
  tls: boolean;
  steps: StepResult[];
  /** Set when a step failed; the steps after it were not run. */
  failure?: StepFailure & Diagnosis;
  /** The check was not run because an earlier one failed. */
  skipped?: boolean;
}

export interface CheckResult {
  ok: boolean;
  checks: UrlCheck[];
  /** The bound on the whole check, in milliseconds. */
  timeoutMs: number;
  /** The scratch key written (and deleted) through redis_url. */
  scratchKey: string;
}

/** The part of ioredis this action uses, so tests can substitute a loader (e.g. a spy). */
export interface RedisModule {
  Redis: typeof import('ioredis').Redis;
}

/** What tests inject into the check (RunDeps.verify); production uses none of it. */
export interface VerifyDeps {
  /** Loads the Redis client library; by default `import('ioredis')`, a separate chunk of dist/. */
  loadClient?: () => Promise<RedisModule>;
  /** Maps a published URL to the URL actually dialled (tests: the fake cloud's DNS name → a local server). */
  connectUrl?: (url: string) => string;
  /** CA certificates (PEM) to trust instead of the runner's store; certificate and hostname checks stay on. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** The bound on the whole check; VERIFY_TIMEOUT_MS by default. */
  timeoutMs?: number;
}
