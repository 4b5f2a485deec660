// Planner throughput: planRun is pure (no AWS, no clock), so this is plain CPU time per plan.
// Run with `npx vitest bench --run` (vitest picks up bench/**/*.bench.ts in bench mode only).

import { bench, describe } from 'vitest';
import { planApply as planRun } from '../src/plan/ensure/index.js';
import { config, converged, empty, tagsFor } from '../test/support/config.js';

const cfg = config();
const tags = tagsFor(cfg);
const convergedState = converged(cfg);
const emptyState = empty(cfg);

const authCfg = config({ auth_token_enabled: 'true', num_cache_clusters: '3' });
const authTags = tagsFor(authCfg);
// A group that drifted on many inputs at once: node type, replicas, windows, parameters, ingress, tags.
const drifted = converged(authCfg);
drifted.group!.nodeType = 'cache.t4g.small';
drifted.group!.memberClusters = drifted.group!.memberClusters.slice(0, 2);
drifted.group!.members = drifted.group!.members.slice(0, 2);
drifted.group!.snapshotWindow = '01:00-02:00';
drifted.group!.tags = { ...drifted.group!.tags, Stale: 'yes' };
drifted.parameterGroup!.values = { ...drifted.parameterGroup!.values, timeout: '0' };
drifted.securityGroup!.ingress = { ...drifted.securityGroup!.ingress, cidrBlocks: ['10.0.0.0/16'] };

// Sanity: the states are what their names say, so the numbers measure the intended paths.
if (planRun(cfg, convergedState, { tags }).steps.length !== 0) throw new Error('converged state plans steps');
if (planRun(cfg, emptyState, { tags }).action !== 'create')
  throw new Error('empty state does not plan a create');
if (planRun(authCfg, drifted, { tags: authTags }).steps.length < 5)
  throw new Error('drifted state plans too little');

describe('planRun', () => {
  bench('converged (no steps)', () => {
    planRun(cfg, convergedState, { tags });
  });

  bench('from nothing (create)', () => {
    planRun(cfg, emptyState, { tags });
  });

  bench('drifted on many inputs (update)', () => {
    planRun(authCfg, drifted, { tags: authTags });
  });
});
