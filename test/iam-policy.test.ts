// The README's minimal IAM policy must grant every AWS call the adapters make (a role built from the
// README must not fail with AccessDenied), and must not list calls the code no longer makes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function policyActions(): Set<string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /## IAM[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('no JSON policy under "## IAM" in README.md');
  const policy = JSON.parse(block) as { Statement: Array<{ Action: string | string[] }> };
  return new Set(policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
}

/** Calls only mode destroy makes; its policy comes with the per-mode IAM policies (docs/iam). */
const DESTROY_ONLY = new Set([
  'elasticache:DeleteReplicationGroup',
  'elasticache:DeleteCacheParameterGroup',
  'elasticache:DeleteCacheSubnetGroup',
  'elasticache:DescribeCacheParameterGroups',
  'ec2:DeleteSecurityGroup',
  'logs:DeleteLogGroup',
  'logs:ListTagsForResource',
  'ssm:ListTagsForResource',
]);

function calledActions(): string[] {
  const out: string[] = [];
  for (const service of ['elasticache', 'ec2', 'ssm', 'logs']) {
    const text = readFileSync(join(root, 'src', 'aws', `${service}.ts`), 'utf8');
    for (const m of text.matchAll(/this\.call\(\s*'([A-Za-z]+)'/g)) out.push(`${service}:${m[1]}`);
  }
  return [...new Set(out)].filter((a) => !DESTROY_ONLY.has(a)).sort();
}

describe('README IAM policy', () => {
  it('grants every call the adapters make', () => {
    const granted = policyActions();
    const called = calledActions();
    expect(called.length).toBeGreaterThan(25);
    expect(called.filter((a) => !granted.has(a))).toEqual([]);
  });

  it('grants no action of ours that nothing calls (log delivery and the service-linked role are ElastiCache’s)', () => {
    const called = new Set(calledActions());
    const extra = [...policyActions()].filter(
      (a) =>
        !called.has(a) &&
        !/^logs:(Create|Get|Update|Delete|List)LogDeliver|^logs:(Put|Describe)ResourcePolic|^iam:CreateServiceLinkedRole$/.test(
          a,
        ),
    );
    expect(extra).toEqual([]);
  });
});
