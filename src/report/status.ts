// The `status` output: set on every run that gets past input validation, refusals and failures
// included, so a later step can branch on it. Values per mode are documented in action.yml.

/**
 * apply: created | create-requested | updated | pending | unchanged; plan: planned;
 * snapshot: created | planned (dry_run); destroy: destroyed | absent | planned (dry_run);
 * cleanup: cleaned | planned (dry_run); any mode: refused | failed.
 */
export type RunStatus =
  | 'created'
  | 'create-requested'
  | 'updated'
  | 'pending'
  | 'unchanged'
  | 'planned'
  | 'refused'
  | 'failed'
  | 'destroyed'
  | 'absent'
  | 'cleaned';
