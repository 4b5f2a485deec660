// NetworkType / IpDiscovery facts: the values ElastiCache accepts, and which engines and node types
// can use IPv6 at all (Valkey 7.2+, or Redis OSS 6.2 to 7.1, on Nitro-based nodes).

import { compareVersions, type Engine } from './engine.js';

export type NetworkType = 'ipv4' | 'dual_stack' | 'ipv6';
export type IpDiscovery = 'ipv4' | 'ipv6';

export const NETWORK_TYPES = ['ipv4', 'dual_stack', 'ipv6'] as const satisfies readonly NetworkType[];
export const IP_DISCOVERIES = ['ipv4', 'ipv6'] as const satisfies readonly IpDiscovery[];

/** Whether ElastiCache runs `engine` at `version` (major.minor) with IPv6 (dual_stack, ipv6). */
export function supportsIpv6Engine(engine: Engine, version: string): boolean {
  if (engine === 'valkey') return compareVersions(version, '7.2', { majorMinorOnly: true }) >= 0;
  return (
    compareVersions(version, '6.2', { majorMinorOnly: true }) >= 0 &&
    compareVersions(version, '7.1', { majorMinorOnly: true }) <= 0
  );
}

/** Previous-generation (Xen) node families; every current family (t3, t4g, m5+, r5+, ...) is Nitro. */
const XEN_FAMILIES = new Set(['t1', 't2', 'm1', 'm2', 'm3', 'm4', 'c1', 'r3', 'r4']);

/** Whether the node type is Nitro-based (IPv6 needs it); false only for the known older families. */
export function isNitroNodeType(type: string): boolean {
  const family = /^cache\.([a-z0-9-]+)\./.exec(type)?.[1];
  return family === undefined || !XEN_FAMILIES.has(family);
}
