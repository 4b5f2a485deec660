import { describe, expect, it } from 'vitest';
import { planApply as planRun } from '../src/plan/ensure/index.js';
import { changesJson, MAX_CHANGES_IN_OUTPUT, planLines } from '../src/report/render.js';
import { renderSummary, type SummaryData } from '../src/report/summary.js';
import type { Plan, Step } from '../src/plan/steps.js';
import { config, empty, tagsFor } from './support/config.js';

function data(plan: Plan, over: Partial<SummaryData> = {}): SummaryData {
  return {
    name: 'shop-cache',
    region: 'eu-west-1',
    mode: 'apply',
    status: 'created',
    plan,
    resources: [['replication group', 'shop-cache']],
    ssmParameters: [['REDIS_URL', '/django-redis-action/shop-cache/REDIS_URL']],
    displayUrls: [['cache (DB 0)', 'rediss://:AUTH_TOKEN@h:6379/0?ssl_cert_reqs=required']],
    phases: [['observe', 1500]],
    ...over,
  };
}

describe('plan rendering', () => {
  const cfg = config();
  const plan = planRun(cfg, empty(cfg), { tags: tagsFor(cfg) });

  it('log lines, changes output and summary show the same steps in the same order', () => {
    const lines = planLines(plan);
    const changes = JSON.parse(changesJson(plan)) as Array<{ kind: string; reason: string }>;
    const summary = renderSummary(data(plan));
    expect(lines).toHaveLength(plan.steps.length);
    expect(changes.map((c) => c.kind)).toEqual(plan.steps.map((s) => s.kind));
    let at = -1;
    for (const s of plan.steps) {
      const i = summary.indexOf(s.reason.replace(/\|/g, '\\|'));
      expect(i, s.reason).toBeGreaterThan(at);
      at = i;
    }
  });

  it('says so when there is nothing to do', () => {
    const none: Plan = { action: 'none', steps: [], refusals: [], warnings: [], pending: [] };
    expect(planLines(none)).toEqual(['No changes: AWS already matches the inputs.']);
    expect(renderSummary(data(none, { status: 'unchanged' }))).toContain('No changes');
  });

  it('caps the changes output', () => {
    const many: Step[] = Array.from({ length: 70 }, (_, i) => ({
      kind: 'wait-available',
      level: i,
      reason: `w${i}`,
    }));
    const out = JSON.parse(changesJson({ ...plan, steps: many })) as unknown[];
    expect(out).toHaveLength(MAX_CHANGES_IN_OUTPUT + 1);
  });

  it('summary has resources, URLs with a placeholder, SSM names, timing, refusals and warnings, escaped', () => {
    const s = renderSummary(
      data(
        { ...plan, refusals: ['Input "port": a | b'], warnings: ['evict <queues>'] },
        { mode: 'plan', status: 'planned' },
      ),
    );
    expect(s).toContain('Plan (nothing was executed)');
    expect(s).toContain('rediss://:AUTH_TOKEN@h:6379/0');
    expect(s).toContain('/django-redis-action/shop-cache/REDIS_URL');
    expect(s).toContain('| observe | 2s |');
    expect(s).toContain('a \\| b');
    expect(s).toContain('evict &lt;queues&gt;');
  });
});
