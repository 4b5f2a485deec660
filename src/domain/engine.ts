// Engine and version facts: which engine/version pairs exist, their parameter-group family, and
// version comparison for the planner (ElastiCache reports full patch versions such as "7.1.0",
// while the action's input and Config carry major.minor such as "7.1").

export type Engine = 'redis' | 'valkey';

export const ENGINES = ['redis', 'valkey'] as const satisfies readonly Engine[];

/** The major.minor versions this action accepts for each engine, oldest first. */
export const SUPPORTED_VERSIONS: Readonly<Record<Engine, readonly string[]>> = {
  redis: ['7.0', '7.1'],
  valkey: ['7.2', '8.0', '8.1', '8.2'],
};

/** Parameter-group family per supported engine + major.minor. */
const FAMILIES: Readonly<Record<Engine, Readonly<Record<string, string>>>> = {
  redis: { '7.0': 'redis7', '7.1': 'redis7' },
  valkey: { '7.2': 'valkey7', '8.0': 'valkey8', '8.1': 'valkey8', '8.2': 'valkey8' },
};

/** Every parameter-group family the action has ever created a group in (destroy looks for each by name). */
export const ALL_FAMILIES: readonly string[] = [
  ...new Set(Object.values(FAMILIES).flatMap((byVersion) => Object.values(byVersion))),
];

export function isEngine(value: string): value is Engine {
  return (ENGINES as readonly string[]).includes(value);
}

/**
 * "7.1.0" → "7.1", "7.1" → "7.1"; undefined when the text does not start with two numeric parts.
 */
export function majorMinor(version: string): string | undefined {
  const m = /^(\d+)\.(\d+)(?:\.\d+)*$/.exec(version.trim());
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

/**
 * Parameter-group family for an engine and version, or undefined when the pair is not supported.
 * `version` may be major.minor ("7.1") or a full version as AWS reports it ("7.1.0"); only
 * major.minor is used. (Input validation separately insists the user types major.minor.)
 */
export function familyFor(engine: string, version: string): string | undefined {
  if (!isEngine(engine)) return undefined;
  const mm = majorMinor(version);
  return mm === undefined ? undefined : FAMILIES[engine][mm];
}

function versionParts(version: string): number[] {
  // Lenient on purpose: AWS has reported versions such as "6.x"; a part without leading digits
  // counts as 0, and "7.1rc2" counts as 7.1.
  return version
    .trim()
    .split('.')
    .map((part) => {
      const digits = /^\d+/.exec(part);
      return digits ? Number(digits[0]) : 0;
    });
}

export interface CompareVersionsOptions {
  /**
   * Compare only the first two parts (major.minor). Use it to ask "is the running 7.1.0 the
   * 7.1 the user asked for?": compareVersions('7.1', '7.1.5', { majorMinorOnly: true }) === 0.
   */
  majorMinorOnly?: boolean;
}

/**
 * Numeric dotted-version comparison: returns -1 when a < b, 0 when equal, 1 when a > b.
 * Parts are compared as numbers ("7.10" > "7.9"); missing parts count as 0, so "7.1" equals
 * "7.1.0" but is lower than "7.1.5" unless `majorMinorOnly` is set.
 */
export function compareVersions(a: string, b: string, options: CompareVersionsOptions = {}): -1 | 0 | 1 {
  let pa = versionParts(a);
  let pb = versionParts(b);
  if (options.majorMinorOnly) {
    pa = pa.slice(0, 2);
    pb = pb.slice(0, 2);
  }
  const n = Math.max(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Whether TransitEncryptionEnabled/Mode can be changed on a running replication group:
 * Redis OSS from 7.0.5, any Valkey. `fullVersion` should be the version AWS reports ("7.0.7");
 * a bare "7.0" is read as 7.0.0 and therefore answers false (the conservative answer).
 */
export function supportsInPlaceTransitEncryption(engine: string, fullVersion: string): boolean {
  if (engine === 'valkey') return true;
  if (engine !== 'redis') return false;
  return compareVersions(fullVersion, '7.0.5') >= 0;
}
