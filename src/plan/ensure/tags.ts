// Tags: read on the replication group, written to every managed resource.

import { VOLATILE_TAGS } from '../../domain/names.js';
import { CREATE_ONLY_TAGS } from '../../domain/ownership.js';
import type { Unleveled } from '../steps.js';

export function tagChanges(have: Record<string, string>, want: Record<string, string>): Unleveled[] {
  const steps: Unleveled[] = [];
  const stable = Object.entries(want).filter(([k]) => !VOLATILE_TAGS.has(k) && !CREATE_ONLY_TAGS.has(k));
  const changed = stable.filter(([k, v]) => have[k] !== v);
  if (changed.length) {
    // Provenance rides along with a real change; alone it is never a reason to write.
    const add = Object.fromEntries(changed);
    for (const k of VOLATILE_TAGS) if (want[k] !== undefined) add[k] = want[k];
    steps.push({
      kind: 'add-tags',
      tags: add,
      reason: `tags: set ${changed.map(([k, v]) => `${k}=${v}${have[k] !== undefined ? ` (was ${have[k]})` : ''}`).join(', ')}`,
    });
  }
  const remove = Object.keys(have).filter(
    (k) =>
      !(k in want) &&
      !VOLATILE_TAGS.has(k) &&
      !CREATE_ONLY_TAGS.has(k) &&
      !k.toLowerCase().startsWith('aws:'),
  );
  if (remove.length) {
    steps.push({
      kind: 'remove-tags',
      keys: remove,
      reason: `tags: remove ${remove.join(', ')} (not in the inputs)`,
    });
  }
  return steps;
}
