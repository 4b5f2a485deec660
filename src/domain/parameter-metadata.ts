// What ElastiCache allows for each parameter of a parameter-group family, as data: the engine
// defaults AWS reports through DescribeEngineDefaultParameters (DataType, AllowedValues,
// IsModifiable, ChangeType, the default value). Inputs are checked against it before any AWS call,
// so a value AWS would refuse (e.g. `timeout: 5`: the allowed values are "0,20-") fails at input
// validation, naming the input, instead of half-way through a run.
//
// It is a slice of the real catalog (the parameters a Django/Celery deployment tunes; the families
// this action supports, redis7, valkey7 and valkey8, share it). test/parameter-metadata.test.ts
// keeps it equal to what the fake cloud answers to DescribeEngineDefaultParameters.

export type ParameterDataType = 'string' | 'integer';
export type ParameterChangeType = 'immediate' | 'requires-reboot';

export interface ParameterSpec {
  name: string;
  /** The engine default (DescribeEngineDefaultParameters' ParameterValue). */
  defaultValue: string;
  dataType: ParameterDataType;
  /** As AWS reports it: "a,b,c", "1-75", "0,20-", "-5-"; "" for free-form strings. */
  allowed: string;
  modifiable: boolean;
  changeType: ParameterChangeType;
  /** Free-form strings: the characters AWS accepts (not reported by the API). */
  pattern?: RegExp;
}

const YES_NO = 'yes,no';
const EVICTION =
  'volatile-lru,allkeys-lru,volatile-lfu,allkeys-lfu,volatile-random,allkeys-random,volatile-ttl,noeviction';

type Row = [name: string, defaultValue: string, dataType: ParameterDataType, allowed: string];

function spec(
  [name, defaultValue, dataType, allowed]: Row,
  opts: { modifiable?: boolean; reboot?: boolean; pattern?: RegExp } = {},
): ParameterSpec {
  return {
    name,
    defaultValue,
    dataType,
    allowed,
    modifiable: opts.modifiable ?? true,
    changeType: opts.reboot ? 'requires-reboot' : 'immediate',
    ...(opts.pattern ? { pattern: opts.pattern } : {}),
  };
}

/** The parameters of the Redis OSS 7 / Valkey 7 and 8 families (redis7, valkey7, valkey8). */
const REDIS7_PARAMETERS: readonly ParameterSpec[] = [
  spec(['acllog-max-len', '128', 'integer', '1-10000']),
  spec(['activedefrag', 'no', 'string', YES_NO]),
  spec(['active-defrag-cycle-max', '75', 'integer', '1-75']),
  spec(['active-defrag-cycle-min', '5', 'integer', '1-75']),
  spec(['active-defrag-ignore-bytes', '104857600', 'integer', '1048576-']),
  spec(['active-defrag-threshold-lower', '10', 'integer', '1-100']),
  spec(['active-defrag-threshold-upper', '100', 'integer', '1-100']),
  spec(['appendfsync', 'everysec', 'string', 'always,everysec,no'], { modifiable: false }),
  spec(['appendonly', 'no', 'string', YES_NO], { modifiable: false }),
  spec(['client-output-buffer-limit-normal-hard-limit', '0', 'integer', '0-']),
  spec(['client-output-buffer-limit-normal-soft-limit', '0', 'integer', '0-']),
  spec(['client-output-buffer-limit-normal-soft-seconds', '0', 'integer', '0-']),
  spec(['client-output-buffer-limit-pubsub-hard-limit', '33554432', 'integer', '0-']),
  spec(['client-output-buffer-limit-pubsub-soft-limit', '8388608', 'integer', '0-']),
  spec(['client-output-buffer-limit-pubsub-soft-seconds', '60', 'integer', '0-']),
  spec(['close-on-replica-write', 'yes', 'string', YES_NO]),
  spec(['cluster-enabled', 'no', 'string', YES_NO], { modifiable: false, reboot: true }),
  spec(['databases', '16', 'integer', '1-1200000'], { reboot: true }),
  spec(['hash-max-listpack-entries', '128', 'integer', '0-']),
  spec(['hash-max-listpack-value', '64', 'integer', '0-']),
  spec(['lazyfree-lazy-eviction', 'no', 'string', YES_NO]),
  spec(['lazyfree-lazy-expire', 'no', 'string', YES_NO]),
  spec(['lazyfree-lazy-server-del', 'no', 'string', YES_NO]),
  spec(['lazyfree-lazy-user-del', 'no', 'string', YES_NO]),
  spec(['lfu-decay-time', '1', 'integer', '0-']),
  spec(['lfu-log-factor', '10', 'integer', '1-']),
  spec(['list-max-listpack-size', '-2', 'integer', '-5-']),
  spec(['maxclients', '65000', 'integer', '1-65000'], { modifiable: false, reboot: true }),
  spec(['maxmemory-policy', 'volatile-lru', 'string', EVICTION]),
  spec(['maxmemory-samples', '3', 'integer', '1-']),
  spec(['min-replicas-max-lag', '10', 'integer', '0-']),
  spec(['min-replicas-to-write', '0', 'integer', '0-']),
  spec(['notify-keyspace-events', '', 'string', ''], { pattern: /^[KEg$lshzxetmdnA]*$/ }),
  spec(['repl-backlog-size', '1048576', 'integer', '16384-']),
  spec(['reserved-memory-percent', '25', 'integer', '0-100']),
  spec(['set-max-intset-entries', '512', 'integer', '0-']),
  spec(['slowlog-log-slower-than', '10000', 'integer', '0-']),
  spec(['slowlog-max-len', '128', 'integer', '0-']),
  spec(['tcp-keepalive', '300', 'integer', '0-']),
  spec(['timeout', '0', 'integer', '0,20-']),
];

function byName(specs: readonly ParameterSpec[]): Readonly<Record<string, ParameterSpec>> {
  return Object.fromEntries(specs.map((s) => [s.name, s]));
}

/** Parameter-group family → parameter name → what AWS allows. */
export const PARAMETER_METADATA: Readonly<Record<string, Readonly<Record<string, ParameterSpec>>>> = {
  redis7: byName(REDIS7_PARAMETERS),
  valkey7: byName(REDIS7_PARAMETERS),
  valkey8: byName(REDIS7_PARAMETERS),
};

export function parameterSpec(family: string, name: string): ParameterSpec | undefined {
  const table = PARAMETER_METADATA[family];
  return table && Object.hasOwn(table, name) ? table[name] : undefined;
}

/** Whether `value` fits the parameter's DataType and AllowedValues ("a,b,c", "1-75", "0,20-", "-5-"). */
export function isAllowedParameterValue(p: ParameterSpec, value: string): boolean {
  if (p.dataType === 'integer') {
    if (!/^-?\d+$/.test(value)) return false;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) return false;
    return p.allowed.split(',').some((part) => {
      const m = /^(-?\d+)?-(-?\d+)?$/.exec(part);
      if (!m) return Number(part) === n;
      return (m[1] === undefined || n >= Number(m[1])) && (m[2] === undefined || n <= Number(m[2]));
    });
  }
  if (p.pattern) return p.pattern.test(value);
  return p.allowed === '' || p.allowed.split(',').includes(value);
}

/** "0,20-" → "0 or at least 20"; "1-75" → "from 1 to 75"; "a,b" → "one of: a, b". */
export function describeAllowed(p: ParameterSpec): string {
  if (p.dataType === 'string') {
    if (p.pattern) return `a string of the characters ${p.pattern.source.replace(/^\^\[|\]\*\$$/g, '')}`;
    return p.allowed === '' ? 'any string' : `one of: ${p.allowed.split(',').join(', ')}`;
  }
  const parts = p.allowed.split(',').map((part) => {
    const m = /^(-?\d+)?-(-?\d+)?$/.exec(part);
    if (!m) return part;
    if (m[1] !== undefined && m[2] !== undefined) return `from ${m[1]} to ${m[2]}`;
    if (m[1] !== undefined) return `at least ${m[1]}`;
    return `at most ${m[2]}`;
  });
  return `an integer ${parts.join(' or ')}`;
}

/**
 * Why `name = value` cannot be set in a parameter group of `family`, or undefined when it can: an
 * unknown name, a parameter ElastiCache does not let you modify, or a value outside what it allows.
 */
export function parameterProblem(family: string, name: string, value: string): string | undefined {
  const p = parameterSpec(family, name);
  if (!p) {
    const hyphenated = name.replace(/_/g, '-');
    const hint = parameterSpec(family, hyphenated)
      ? `; did you mean ${hyphenated}? (Redis parameter names use hyphens)`
      : ' (names as in DescribeEngineDefaultParameters, e.g. notify-keyspace-events)';
    return `${JSON.stringify(name)} is not a ${family} parameter this action knows${hint}`;
  }
  if (!p.modifiable) return `${name} cannot be modified on ElastiCache (${family} sets it itself)`;
  if (!isAllowedParameterValue(p, value)) {
    return `${name} = ${JSON.stringify(value)} is not allowed in ${family}: it must be ${describeAllowed(p)} (AllowedValues "${p.allowed}")`;
  }
  return undefined;
}
