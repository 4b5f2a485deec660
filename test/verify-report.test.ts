// The connection check's pure parts: the likely cause of a failure, the URL as redis-py reads it, and
// what the log, the job summary and the step's error say (never the token).

import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/verify/causes.js';
import { failureMessage, formatLatency, logLines, renderCheck } from '../src/verify/report.js';
import type { CheckResult, StepFailure } from '../src/verify/types.js';
import { describeTarget, parseRedisUrl } from '../src/verify/url.js';

const failure = (f: Partial<StepFailure>): StepFailure => ({
  stage: 'connect',
  code: undefined,
  message: '',
  timedOut: false,
  tls: true,
  auth: true,
  ...f,
});

describe('diagnose: the likely cause', () => {
  it.each([
    // Network: nothing got through to the server.
    [
      { stage: 'tcp', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 10.0.1.5:6379' },
      'network',
      /allowed_cidr_blocks/,
    ],
    [{ stage: 'tcp', code: 'ETIMEDOUT', message: 'connect ETIMEDOUT' }, 'network', /inside the VPC/],
    [{ stage: 'tcp', timedOut: true, message: 'no answer' }, 'network', /security group/],
    [{ stage: 'tcp', code: 'EHOSTUNREACH', message: 'connect EHOSTUNREACH' }, 'network', /VPN, peering/],
    [{ stage: 'tcp', code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND x' }, 'network', /does not resolve/],
    [{ stage: 'tcp', code: 'EAI_AGAIN', message: 'getaddrinfo EAI_AGAIN x' }, 'network', /does not resolve/],
    [{ stage: 'PING', timedOut: true, message: 'no answer' }, 'network', /stopped answering/],
    [{ stage: 'PING', code: 'ECONNRESET', message: 'read ECONNRESET' }, 'network', /runner cannot reach/],
    [{ stage: 'connect', tls: false, code: 'ECONNRESET', message: 'read ECONNRESET' }, 'network', /runner/],
    // A reset during the TCP probe is the network path, even on a plain URL (not a TLS server refusing it).
    [{ stage: 'tcp', tls: false, code: 'ECONNRESET', message: 'read ECONNRESET' }, 'network', /runner/],
    // TLS.
    [
      { code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: "Hostname/IP does not match certificate's altnames" },
      'tls',
      /IP address or through a CNAME/,
    ],
    [{ code: 'HOSTNAME_MISMATCH', message: 'Hostname mismatch' }, 'tls', /endpoint’s own DNS name/],
    [
      { code: 'SELF_SIGNED_CERT_IN_CHAIN', message: 'self-signed certificate in certificate chain' },
      'tls',
      /CA bundle/,
    ],
    [
      { code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', message: 'unable to get local issuer certificate' },
      'tls',
      /NODE_EXTRA_CA_CERTS/,
    ],
    [{ code: 'CERT_HAS_EXPIRED', message: 'certificate has expired' }, 'tls', /runner’s clock/],
    [{ code: 'ERR_SSL_WRONG_VERSION_NUMBER', message: 'wrong version number' }, 'tls', /plain text/],
    [
      { code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', message: 'sslv3 alert handshake failure' },
      'tls',
      /CA bundle|trust/,
    ],
    [{ stage: 'connect', timedOut: true, message: 'no answer' }, 'tls', /does not speak TLS/],
    [{ stage: 'connect', code: 'ETIMEDOUT', message: 'connect ETIMEDOUT' }, 'tls', /does not speak TLS/],
    [
      {
        stage: 'connect',
        code: 'ECONNRESET',
        message: 'Client network socket disconnected before secure TLS connection was established',
      },
      'tls',
      /during the TLS handshake/,
    ],
    [{ stage: 'AUTH', tls: false, code: 'ECONNRESET', message: 'read ECONNRESET' }, 'tls', /expects TLS/],
    [{ stage: 'SELECT', tls: false, message: 'Connection is closed.' }, 'tls', /expects TLS/],
    // The token.
    [
      { stage: 'AUTH', message: 'WRONGPASS invalid username-password pair or user is disabled.' },
      'token',
      /stale token/,
    ],
    [{ stage: 'AUTH', message: 'ERR invalid password' }, 'token', /rotation/],
    [{ stage: 'SELECT', auth: false, message: 'NOAUTH Authentication required.' }, 'token', /carries none/],
    [{ stage: 'SELECT', auth: true, message: 'NOAUTH Authentication required.' }, 'token', /stale token/],
    [
      {
        stage: 'AUTH',
        message: 'ERR AUTH <password> called without any password configured for the default user.',
      },
      'token',
      /AUTH off/,
    ],
    // The database, and what the server may say on a write.
    [{ stage: 'SELECT', message: 'ERR DB index is out of range' }, 'db', /cache_db, celery_db/],
    [{ stage: 'SELECT', message: 'ERR invalid DB index' }, 'db', /databases/],
    [
      { stage: 'SET', message: "READONLY You can't write against a read only replica." },
      'readonly',
      /primary endpoint/,
    ],
    [
      { stage: 'SET', message: "OOM command not allowed when used memory > 'maxmemory'." },
      'memory',
      /maxmemory_policy/,
    ],
    [
      { stage: 'GET', message: 'GET returned "x" instead of the value just SET' },
      'unknown',
      /does not match a known cause/,
    ],
  ] as Array<[Partial<StepFailure>, string, RegExp]>)('%o → %s', (f, cause, advice) => {
    const d = diagnose(failure(f));
    expect(d.cause).toBe(cause);
    expect(d.advice).toMatch(advice);
    expect(d.title.length).toBeGreaterThan(0);
  });

  it('names the causes as the README does', () => {
    expect(diagnose(failure({ stage: 'tcp', code: 'ECONNREFUSED' })).title).toBe(
      'security group / network path',
    );
    expect(diagnose(failure({ code: 'CERT_HAS_EXPIRED' })).title).toBe('TLS');
    expect(diagnose(failure({ message: 'WRONGPASS x' })).title).toBe('AUTH token');
    expect(diagnose(failure({ message: 'ERR DB index is out of range' })).title).toBe('database number');
  });
});

describe('parseRedisUrl: the published URL as redis-py reads it', () => {
  it('reads TLS, the token (decoded once), host, port and the /N database', () => {
    expect(
      parseRedisUrl('rediss://:Ab1%23x-y@shop.abc.euw1.cache.amazonaws.com:6380/3?ssl_cert_reqs=required'),
    ).toEqual({
      host: 'shop.abc.euw1.cache.amazonaws.com',
      port: 6380,
      tls: true,
      token: 'Ab1#x-y',
      db: 3,
    });
    expect(parseRedisUrl('redis://h:6379/0')).toEqual({
      host: 'h',
      port: 6379,
      tls: false,
      token: undefined,
      db: 0,
    });
  });

  it('defaults: port 6379 and database 0; ?db= wins over the path; IPv6 hosts lose their brackets', () => {
    expect(parseRedisUrl('redis://h')).toMatchObject({ port: 6379, db: 0 });
    expect(parseRedisUrl('redis://h:1/2?db=4')).toMatchObject({ db: 4 });
    const v6 = parseRedisUrl('redis://[::1]:6379/1');
    expect(v6.host).toBe('::1');
    expect(describeTarget(v6)).toBe('[::1]:6379/1');
  });

  it('refuses what the check cannot honour, without echoing the URL', () => {
    expect(() => parseRedisUrl('not a url')).toThrow('the URL cannot be parsed');
    expect(() => parseRedisUrl('http://h:1/0')).toThrow(/scheme http: is not/);
    expect(() => parseRedisUrl('rediss://h:1/0?ssl_cert_reqs=none')).toThrow(/verifies certificates/);
    expect(() => parseRedisUrl('redis://h:1/x')).toThrow(/not an integer/);
    expect(() => parseRedisUrl('redis://:secret@/0')).toThrow();
  });
});

const TOKEN_FREE: CheckResult = {
  ok: false,
  timeoutMs: 10_000,
  scratchKey: 'django-redis-action:verify:0123456789abcdef',
  checks: [
    {
      output: 'redis_url',
      target: 'shop.abc.euw1.cache.amazonaws.com:6379/0',
      db: 0,
      tls: true,
      steps: [
        { label: 'TCP connect to shop.abc.euw1.cache.amazonaws.com:6379', ms: 0.42, ok: true },
        { label: 'TCP + TLS handshake', ms: 12.6, ok: true },
        { label: 'AUTH', ms: 1.5, ok: false },
      ],
      failure: {
        stage: 'AUTH',
        code: undefined,
        message: 'WRONGPASS invalid username-password pair or user is disabled.',
        timedOut: false,
        tls: true,
        auth: true,
        ...diagnose(failure({ stage: 'AUTH', message: 'WRONGPASS invalid' })),
      },
    },
    {
      output: 'celery_broker_url',
      target: 'shop.abc.euw1.cache.amazonaws.com:6379/1',
      db: 1,
      tls: true,
      steps: [],
      skipped: true,
    },
  ],
};

describe('report', () => {
  it('formats latencies: one decimal under 10 ms, whole milliseconds above', () => {
    expect(formatLatency(0.42)).toBe('0.4 ms');
    expect(formatLatency(9.94)).toBe('9.9 ms');
    expect(formatLatency(12.6)).toBe('13 ms');
  });

  it('summary: a row per step with its latency, the skipped URL, and the likely cause', () => {
    const md = renderCheck(TOKEN_FREE);
    expect(md).toContain('### Connection check — failed');
    expect(md).toContain('bounded at 10 s');
    expect(md).toContain(
      '| redis_url | `shop.abc.euw1.cache.amazonaws.com:6379/0` | TCP + TLS handshake | ok | 13 ms |',
    );
    expect(md).toMatch(
      /\| AUTH \| \*\*failed\*\*: WRONGPASS invalid username-password pair or user is disabled\. \| 1\.5 ms \|/,
    );
    expect(md).toContain(
      '| celery_broker_url | `shop.abc.euw1.cache.amazonaws.com:6379/1` | not checked | an earlier check failed |',
    );
    expect(md).toMatch(/> \[!CAUTION\]\n> \*\*Likely cause: AUTH token\.\*\*/);
    const passed = renderCheck({
      ...TOKEN_FREE,
      ok: true,
      checks: [{ ...TOKEN_FREE.checks[0]!, failure: undefined }],
    });
    expect(passed).toContain('### Connection check — passed');
    expect(passed).not.toContain('CAUTION');
  });

  it('log: one line per step, the failure’s message on the failed one', () => {
    expect(logLines(TOKEN_FREE)).toEqual([
      'redis_url (shop.abc.euw1.cache.amazonaws.com:6379/0): TCP connect to shop.abc.euw1.cache.amazonaws.com:6379 — ok in 0.4 ms',
      'redis_url (shop.abc.euw1.cache.amazonaws.com:6379/0): TCP + TLS handshake — ok in 13 ms',
      'redis_url (shop.abc.euw1.cache.amazonaws.com:6379/0): AUTH — FAILED in 1.5 ms: WRONGPASS invalid username-password pair or user is disabled.',
      'celery_broker_url (shop.abc.euw1.cache.amazonaws.com:6379/1): not checked (an earlier check failed)',
    ]);
  });

  it('the step’s error: named, where it failed, the likely cause, and that the resources are in place', () => {
    const m = failureMessage(TOKEN_FREE, 'created');
    expect(m).toMatch(
      /^ConnectionCheckError: redis_url \(shop\.abc\.euw1\.cache\.amazonaws\.com:6379\/0\) failed at AUTH: WRONGPASS/,
    );
    expect(m).toContain('Likely cause: AUTH token.');
    expect(m).toContain(
      'The apply itself succeeded (status created): the replication group exists and its URLs are published',
    );
  });
});
