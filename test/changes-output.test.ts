// Keeps README's "The `changes` output" subsection equal to what the action emits: the fields of an
// item, the cap, the truncation marker and the example, for a plan of 51 steps (one past the cap).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_CHANGES_IN_OUTPUT, changesJson } from '../src/report/render.js';

type Plan = Parameters<typeof changesJson>[0];

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = readme.split('\n### The `changes` output\n')[1]?.split('\n## ')[0] ?? '';

const SUBNETS = 'subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002';
/** 51 steps: the first as the planner writes it for a missing subnet group, then 50 more. */
const plan = {
  action: 'create',
  steps: [
    {
      level: 0,
      kind: 'create-subnet-group',
      name: 'shop-cache-subnets',
      subnetIds: SUBNETS.split(', '),
      reason: `cache subnet group shop-cache-subnets is missing: create it with ${SUBNETS}`,
    },
    ...Array.from({ length: 50 }, (_, i) => ({
      level: 1 + Math.floor(i / 10),
      kind: 'create-log-group',
      name: `/aws/elasticache/shop-cache/log-${i}`,
      retentionDays: 30,
      reason: `log group ${i} is missing`,
    })),
  ],
  refusals: [],
  warnings: [],
  pending: [],
} as unknown as Plan;

const emitted = JSON.parse(changesJson(plan)) as Array<Record<string, unknown>>;

describe('README: the `changes` output', () => {
  it('exists, right after the Outputs table', () => {
    expect(section).not.toBe('');
    const outputs = readme.split('\n## Outputs\n')[1]!.split('\n## ')[0]!;
    expect(outputs).toContain('\n### The `changes` output\n');
  });

  it('lists exactly the fields of every emitted item, in order', () => {
    const documented = [...section.matchAll(/^- `([a-z]+)`:/gm)].map((m) => m[1]);
    expect(documented).toEqual(['level', 'kind', 'title', 'reason']);
    for (const item of emitted) expect(Object.keys(item)).toEqual(documented);
  });

  it('states the cap the code applies', () => {
    expect(section).toContain(`At most ${MAX_CHANGES_IN_OUTPUT} steps are listed.`);
    expect(emitted).toHaveLength(MAX_CHANGES_IN_OUTPUT + 1);
    expect(emitted.slice(0, -1).every((item) => item.kind !== 'truncated')).toBe(true);
  });

  it('describes the truncation marker the code emits (N = steps left out)', () => {
    const marker = /`(\{"level": -1,[^`]*\})`/.exec(section)?.[1];
    expect(marker).toBeDefined();
    const left = plan.steps.length - MAX_CHANGES_IN_OUTPUT;
    expect(JSON.parse(marker!.replace(/\s+/g, ' ').replace('N more steps', `${left} more steps`))).toEqual(
      emitted.at(-1),
    );
  });

  it('shows the first and last items that changesJson emits for a 51-step plan', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(block).toBeDefined();
    const example = JSON.parse(block!) as unknown[];
    expect(example).toEqual([emitted[0], emitted.at(-1)]);
    expect(section).toContain(`items of a ${plan.steps.length}-step plan`);
  });
});
