// Shared ElastiCache helpers: error shortcuts, name rules and lookups used by several handlers.

import {
  CacheParameterGroupNotFoundFault,
  CacheSubnetGroupNotFoundFault,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  ReplicationGroupNotFoundFault,
} from '@aws-sdk/client-elasticache';
import { ecError } from './errors.js';
export { regionShort } from './util.js';
import type { FakeContext, FakeParameterGroup, FakeReplicationGroup, FakeSubnetGroup } from './world.js';

export const invalidValue = (message: string) => ecError(InvalidParameterValueException, message);
export const invalidCombination = (message: string) => ecError(InvalidParameterCombinationException, message);

/** Fail loudly on request fields the fake does not model, so a test never silently passes. */
export function rejectUnsupported(command: string, input: object, fields: string[]): void {
  for (const f of fields) {
    if ((input as Record<string, unknown>)[f] !== undefined) {
      throw new Error(`fake cloud: ${command} field ${f} is not supported by the fake`);
    }
  }
}

/**
 * ElastiCache identifier rules (replication groups, parameter and subnet groups): begins with a
 * letter; letters, digits and hyphens only; no trailing hyphen and no two consecutive hyphens.
 * Returns the lowercased identifier.
 */
export function validateIdentifier(
  kind: string,
  value: string | undefined,
  maxLength: number,
  allowDots = false,
): string {
  const v = value ?? '';
  const chars = allowDots ? /^[a-zA-Z][a-zA-Z0-9.-]*$/ : /^[a-zA-Z][a-zA-Z0-9-]*$/;
  if (v.length < 1 || v.length > maxLength || !chars.test(v) || v.endsWith('-') || v.includes('--')) {
    throw invalidValue(
      `Invalid ${kind}: ${v}. It must be 1-${maxLength} characters, begin with a letter, contain only ASCII letters, digits, and hyphens, and must not end with a hyphen or contain two consecutive hyphens.`,
    );
  }
  return v.toLowerCase();
}

export function requireReplicationGroup(ctx: FakeContext, id: string | undefined): FakeReplicationGroup {
  const rg = ctx.world.replicationGroups.get((id ?? '').toLowerCase());
  if (!rg) throw ecError(ReplicationGroupNotFoundFault, `ReplicationGroup ${id ?? ''} not found.`);
  return rg;
}

export function requireParameterGroup(ctx: FakeContext, name: string | undefined): FakeParameterGroup {
  const pg = ctx.world.parameterGroups.get((name ?? '').toLowerCase());
  if (!pg) throw ecError(CacheParameterGroupNotFoundFault, `CacheParameterGroup ${name ?? ''} not found.`);
  return pg;
}

export function requireSubnetGroup(ctx: FakeContext, name: string | undefined): FakeSubnetGroup {
  const sg = ctx.world.subnetGroups.get((name ?? '').toLowerCase());
  if (!sg) throw ecError(CacheSubnetGroupNotFoundFault, `CacheSubnetGroup ${name ?? ''} does not exist.`);
  return sg;
}

export const ecArn = (ctx: FakeContext, kind: string, name: string) =>
  ctx.arn('elasticache', `${kind}:${name}`);
