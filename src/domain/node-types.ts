// Node-type facts the rules and the planner share.

/** r6gd-style node types use data tiering, which restricts the eviction policy. */
export function isDataTieringNodeType(type: string): boolean {
  return /^cache\.[a-z]\d+gd\./.test(type);
}

/** Sizes with one vCPU (older generations); every other nano/micro/small/medium size has two. */
const ONE_VCPU = new Set([
  'cache.t1.micro',
  'cache.t2.micro',
  'cache.t2.small',
  'cache.m1.small',
  'cache.m1.medium',
  'cache.m3.medium',
]);

/**
 * The node type's vCPU count, from its size: nano/micro/small/medium 2 (1 for the older types in
 * ONE_VCPU), large 2, xlarge 4, <n>xlarge 4n. Undefined for a size this rule does not know.
 */
export function vcpuCount(type: string): number | undefined {
  if (ONE_VCPU.has(type)) return 1;
  const size = /^cache\.[a-z0-9-]+\.([a-z0-9]+)$/.exec(type)?.[1];
  if (!size) return undefined;
  if (['nano', 'micro', 'small', 'medium', 'large'].includes(size)) return 2;
  if (size === 'xlarge') return 4;
  const n = /^(\d+)xlarge$/.exec(size)?.[1];
  return n ? 4 * Number(n) : undefined;
}
