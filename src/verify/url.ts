// A published URL read the way redis-py's `from_url` reads it (django-celery-urls.md §1): rediss
// means TLS with certificate and hostname checks, the password is percent-decoded once, the database
// comes from `?db=` or else the `/N` path (0 when absent).

export interface ConnectTarget {
  host: string;
  port: number;
  tls: boolean;
  /** The AUTH token, decoded; undefined when the URL has none. */
  token: string | undefined;
  db: number;
}

export function parseRedisUrl(url: string): ConnectTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error('the URL cannot be parsed');
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new Error(`the URL scheme ${u.protocol} is not redis: or rediss:`);
  }
  const tls = u.protocol === 'rediss:';
  const certReqs = u.searchParams.get('ssl_cert_reqs');
  if (tls && certReqs !== null && certReqs !== 'required') {
    throw new Error(`ssl_cert_reqs=${certReqs}: the check verifies certificates (ssl_cert_reqs=required)`);
  }
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw new Error('the URL has no host');
  const port = u.port ? Number(u.port) : 6379;
  const dbText = u.searchParams.get('db') ?? u.pathname.replace(/\//g, '');
  const db = dbText === '' ? 0 : Number(dbText);
  if (!Number.isInteger(db) || db < 0) throw new Error(`the database number ${dbText} is not an integer`);
  const token = u.password ? decodeURIComponent(u.password) : undefined;
  return { host, port, tls, token, db };
}

/** host:port/db, for logs and the summary: never the token. */
export function describeTarget(t: ConnectTarget): string {
  const host = t.host.includes(':') ? `[${t.host}]` : t.host;
  return `${host}:${t.port}/${t.db}`;
}
