// What belongs to this action: the resources it may change (and, later, delete).

import type { ObservedGroup } from '../observe/types.js';
import type { ResourceNames } from './names.js';

/** A new group, or one in `<name>-subnets`; an adopted group may use `default` or a shared one. */
export function usesOurSubnetGroup(g: ObservedGroup | undefined, names: ResourceNames): boolean {
  return !g?.subnetGroupName || g.subnetGroupName === names.subnetGroup;
}
