// Node-type facts the rules and the planner share.

/** r6gd-style node types use data tiering, which restricts the eviction policy. */
export function isDataTieringNodeType(type: string): boolean {
  return /^cache\.[a-z]\d+gd\./.test(type);
}
