// Small helpers shared by every fake service: deterministic ids, cloning, pagination, tags, filters.

/** FNV-1a 32-bit hash, used to derive stable pseudo-random strings (endpoint suffixes, ids). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `len` lowercase base-36 characters derived from `text`. */
export function stableSuffix(text: string, len = 6): string {
  let out = '';
  let h = fnv1a(text);
  while (out.length < len) {
    out += (h % 36).toString(36);
    h = Math.floor(h / 36) || fnv1a(out + text);
  }
  return out;
}

/** Deterministic id generator: `sg-0f3a…` style ids and request ids that differ per call. */
export class IdFactory {
  private counter = 0;
  constructor(private readonly salt: string) {}

  private hex(len: number): string {
    this.counter += 1;
    let out = '';
    let i = 0;
    while (out.length < len)
      out += fnv1a(`${this.salt}:${this.counter}:${i++}`).toString(16).padStart(8, '0');
    return out.slice(0, len);
  }

  /** e.g. next('sg') → "sg-0a1b2c3d4e5f60718" (17 hex digits like real EC2 ids). */
  next(prefix: string): string {
    return `${prefix}-0${this.hex(16)}`;
  }

  requestId(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}

export function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

/** Drop keys whose value is undefined, so outputs look like deserialized SDK responses. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface Page<T> {
  items: T[];
  next: string | undefined;
}

/** Offset pagination with an opaque token; `invalid` builds the service's error for a bad token. */
export function paginate<T>(
  all: T[],
  limit: number,
  token: string | undefined,
  invalid: (message: string) => Error,
): Page<T> {
  let start = 0;
  if (token !== undefined && token !== '') {
    const decoded = Number(
      Buffer.from(token, 'base64')
        .toString('utf8')
        .replace(/^fake:/, ''),
    );
    if (!Number.isInteger(decoded) || decoded < 0 || decoded > all.length)
      throw invalid(`Invalid pagination token: ${token}`);
    start = decoded;
  }
  const end = start + limit;
  return {
    items: all.slice(start, end),
    next: end < all.length ? Buffer.from(`fake:${end}`).toString('base64') : undefined,
  };
}

/** Resolve a MaxRecords-style limit: default when absent, error when outside [min, max]. */
export function pageSize(
  requested: number | undefined,
  bounds: { min: number; max: number; def: number },
  invalid: (message: string) => Error,
  name = 'MaxRecords',
): number {
  if (requested === undefined) return bounds.def;
  if (!Number.isInteger(requested) || requested < bounds.min || requested > bounds.max) {
    throw invalid(`${name} must be between ${bounds.min} and ${bounds.max}.`);
  }
  return requested;
}

export type TagRecord = Record<string, string>;

export function tagListToRecord(
  list: Array<{ Key?: string | undefined; Value?: string | undefined }> | undefined,
): TagRecord {
  const out: TagRecord = {};
  for (const t of list ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

export function recordToTagList(record: TagRecord | undefined): Array<{ Key: string; Value: string }> {
  return Object.entries(record ?? {}).map(([Key, Value]) => ({ Key, Value }));
}

/** AWS-style `*` / `?` wildcard match. */
export function globMatch(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return re.test(value);
}

export interface Filter {
  Name?: string | undefined;
  Values?: string[] | undefined;
}

/**
 * EC2-style filters: every filter must match (AND); any of a filter's values may match (OR).
 * `fields` maps filter names to the item's value(s); `tag:<key>` and `tag-key` use `tags(item)`.
 * Returns the unknown filter name instead of matching, so the caller can raise its own error.
 */
export function matchFilters<T>(
  item: T,
  filters: Filter[] | undefined,
  fields: Record<string, (item: T) => string | string[] | undefined>,
  tags?: (item: T) => TagRecord,
): boolean | { unknownFilter: string } {
  for (const f of filters ?? []) {
    const name = f.Name ?? '';
    let actual: string[];
    if (name.startsWith('tag:') && tags) {
      const v = tags(item)[name.slice(4)];
      actual = v === undefined ? [] : [v];
    } else if (name === 'tag-key' && tags) {
      actual = Object.keys(tags(item));
    } else {
      const get = fields[name];
      if (!get) return { unknownFilter: name };
      const v = get(item);
      actual = v === undefined ? [] : Array.isArray(v) ? v : [v];
    }
    if (!(f.Values ?? []).some((want) => actual.some((a) => globMatch(want, a)))) return false;
  }
  return true;
}

/** "us-east-1" → "use1", "ap-southeast-2" → "apse2", as in ElastiCache endpoint host names. */
export function regionShort(region: string): string {
  const [geo = '', dir = '', num = ''] = region.split('-');
  const d = dir
    .replace('north', 'n')
    .replace('south', 's')
    .replace('east', 'e')
    .replace('west', 'w')
    .replace('central', 'c');
  return `${geo}${d}${num}`;
}
