import { describe, expect, it } from 'vitest';
import { connectionUrls, redisUrl } from '../src/domain/urls.js';
import { AUTH_TOKEN_LENGTH, generateAuthToken, isValidAuthToken } from '../src/domain/token.js';

const H = 'shop.abc123.ng.0001.euw1.cache.amazonaws.com';
const dbs = { cacheDb: 0, celeryDb: 1, celeryResultDb: 2 };

describe('URLs (django-celery-urls.md §7)', () => {
  it('(a) no TLS, no auth: redis://, explicit port, /N, no query string', () => {
    expect(connectionUrls({ host: H, port: 6379, tls: false, token: undefined }, dbs)).toEqual({
      redisUrl: `redis://${H}:6379/0`,
      celeryBrokerUrl: `redis://${H}:6379/1`,
      celeryResultBackendUrl: `redis://${H}:6379/2`,
    });
  });

  it('(b) TLS: rediss:// with exactly ?ssl_cert_reqs=required (lowercase)', () => {
    expect(redisUrl({ host: H, port: 6379, tls: true, token: undefined }, 1)).toBe(
      `rediss://${H}:6379/1?ssl_cert_reqs=required`,
    );
  });

  it('(c) TLS + AUTH: empty username, :TOKEN@', () => {
    const t = 'abc-DEF-123'.padEnd(64, 'x');
    expect(redisUrl({ host: H, port: 6380, tls: true, token: t }, 2)).toBe(
      `rediss://:${t}@${H}:6380/2?ssl_cert_reqs=required`,
    );
  });

  it('percent-encodes characters that break urlparse (#, $, ^ are legal in ElastiCache tokens)', () => {
    const u = redisUrl({ host: H, port: 6379, tls: true, token: 'ab#cd$ef^gh<ij>kl&mn!' }, 0);
    expect(u).toContain(':ab%23cd%24ef%5Egh%3Cij%3Ekl%26mn!@');
    expect(decodeURIComponent(/^rediss:\/\/:([^@]*)@/.exec(u)![1]!)).toBe('ab#cd$ef^gh<ij>kl&mn!');
  });

  it('refuses AUTH without TLS and DB numbers outside 0-15', () => {
    expect(() => redisUrl({ host: H, port: 6379, tls: false, token: 'x'.repeat(16) }, 0)).toThrow(
      /needs TLS/,
    );
    expect(() => redisUrl({ host: H, port: 6379, tls: false, token: undefined }, 16)).toThrow(/0-15/);
  });

  it('brackets IPv6 hosts', () => {
    expect(redisUrl({ host: '::1', port: 6379, tls: false, token: undefined }, 0)).toBe(
      'redis://[::1]:6379/0',
    );
  });
});

describe('AUTH token', () => {
  it('is 64 characters of [A-Za-z0-9-], accepted by ElastiCache, different each time', () => {
    const a = generateAuthToken();
    const b = generateAuthToken();
    expect(a).toHaveLength(AUTH_TOKEN_LENGTH);
    expect(a).toMatch(/^[A-Za-z0-9-]{64}$/);
    expect(isValidAuthToken(a)).toBe(true);
    expect(a).not.toBe(b);
    // Needs no URL encoding.
    expect(encodeURIComponent(a)).toBe(a);
  });

  it('uses every index of the alphabet it is given', () => {
    let i = 0;
    expect(generateAuthToken((max) => i++ % max)).toBe(
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-A',
    );
  });
});
