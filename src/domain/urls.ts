// URL formats from django-celery-urls.md §7: explicit port, a `/N` path with no trailing slash,
// `rediss://…?ssl_cert_reqs=required` with TLS (lowercase value: the only spelling redis-py,
// kombu and Celery's result backend all accept), `:TOKEN@` with AUTH, no other query string.

export interface UrlParts {
  host: string;
  port: number;
  tls: boolean;
  /** The AUTH token, or undefined when AUTH is off. */
  token: string | undefined;
}

export function redisUrl(parts: UrlParts, db: number): string {
  if (!Number.isInteger(db) || db < 0 || db > 15) throw new RangeError(`database number ${db} is not 0-15`);
  if (parts.token !== undefined && !parts.tls) {
    throw new Error('an AUTH token needs TLS: ElastiCache only accepts AUTH with transit encryption');
  }
  const scheme = parts.tls ? 'rediss' : 'redis';
  // Tokens we generate are RFC 3986 unreserved, so encoding is a no-op for them; a token from
  // elsewhere may contain `#` or `$`, which must be percent-encoded to survive urlparse.
  const auth = parts.token !== undefined ? `:${encodeURIComponent(parts.token)}@` : '';
  const host = parts.host.includes(':') ? `[${parts.host}]` : parts.host;
  const query = parts.tls ? '?ssl_cert_reqs=required' : '';
  return `${scheme}://${auth}${host}:${parts.port}/${db}${query}`;
}

export interface ConnectionUrls {
  redisUrl: string;
  celeryBrokerUrl: string;
  celeryResultBackendUrl: string;
}

export function connectionUrls(
  parts: UrlParts,
  dbs: { cacheDb: number; celeryDb: number; celeryResultDb: number },
): ConnectionUrls {
  return {
    redisUrl: redisUrl(parts, dbs.cacheDb),
    celeryBrokerUrl: redisUrl(parts, dbs.celeryDb),
    celeryResultBackendUrl: redisUrl(parts, dbs.celeryResultDb),
  };
}
