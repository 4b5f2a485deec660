// The IAM policy of each mode (docs/iam/<mode>.json) must grant exactly what that mode can send:
// a role built from it never fails with AccessDenied, and it grants nothing the mode never sends
// (besides what AWS checks on the caller indirectly, listed below with the reason).
//
// How the actions are derived — statically, from the code, not from a hand-kept list:
//   1. Each adapter method's IAM actions: the `this.call('<Operation>', …)` in its body (src/aws/*,
//      one class per service; a method calling another method of its class inherits its actions).
//   2. Each mode's code: the files reachable by value imports from its entry module — except that
//      the shared executor's handler families are NOT followed through src/execute/index.ts (it
//      imports every family). Instead the mode gets the handler files of the step kinds its own
//      planner can emit (`kind: '…'` literals in the reachable src/plan/ files).
//   3. Adapter method calls in those files (`aws.ec2.deleteSecurityGroup(`, `ec.listTags(` …) map to
//      the actions of step 1.
// Why static and not "record what the fake cloud saw across the mode's scenarios": a recording only
// knows the branches some scenario happened to take (an error path, a rotation, a scale-down), so a
// policy could pass while missing an action of an untested branch. The static walk over-approximates
// instead (plan mode is granted the waiter's reads even though it never waits), which for reads is the
// safe side. To keep the walk honest, the second test runs each mode in the fake cloud and checks that
// every action the fake saw is in the mode's derived set.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeCloud } from './fake/index.js';
import { runAction } from './support/harness.js';
import { createWithApply } from './support/lifecycle.js';
import { createWorld } from './support/world.js';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');
const read = (file: string) => readFileSync(file, 'utf8');

/** Adapter property (and local alias) → file and IAM prefix. */
const SERVICES: Record<string, { file: string; prefix: string }> = {
  elasticache: { file: 'elasticache.ts', prefix: 'elasticache' },
  ec: { file: 'elasticache.ts', prefix: 'elasticache' },
  ec2: { file: 'ec2.ts', prefix: 'ec2' },
  ssm: { file: 'ssm.ts', prefix: 'ssm' },
  logs: { file: 'logs.ts', prefix: 'logs' },
  tagging: { file: 'tagging.ts', prefix: 'tag' },
  cloudwatch: { file: 'cloudwatch.ts', prefix: 'cloudwatch' },
  snapshots: { file: 'snapshots.ts', prefix: 'elasticache' },
  sns: { file: 'sns.ts', prefix: 'sns' },
  kms: { file: 'kms.ts', prefix: 'kms' },
};

/** method name → IAM actions, for one adapter file. */
function adapterActions(file: string, prefix: string): Map<string, Set<string>> {
  const text = read(join(src, 'aws', file));
  const body = text.slice(text.indexOf('export class'));
  const parts = body.split(/\n {2}(?:async )?(?=[a-zA-Z]+\()/);
  const direct = new Map<string, { ops: Set<string>; calls: Set<string> }>();
  for (const part of parts.slice(1)) {
    const name = /^([a-zA-Z]+)\(/.exec(part)![1]!;
    const ops = new Set([...part.matchAll(/this\.call\(\s*'([A-Za-z]+)'/g)].map((m) => `${prefix}:${m[1]}`));
    const calls = new Set(
      [...part.matchAll(/this\.([a-zA-Z]+)\(/g)].map((m) => m[1]!).filter((m) => m !== 'call'),
    );
    direct.set(name, { ops, calls });
  }
  const resolved = new Map<string, Set<string>>();
  const visit = (name: string, seen = new Set<string>()): Set<string> => {
    const d = direct.get(name);
    if (!d || seen.has(name)) return new Set();
    seen.add(name);
    const out = new Set(d.ops);
    for (const c of d.calls) for (const a of visit(c, seen)) out.add(a);
    return out;
  };
  for (const name of direct.keys()) resolved.set(name, visit(name));
  return resolved;
}

const ADAPTERS = new Map(Object.entries(SERVICES).map(([k, v]) => [k, adapterActions(v.file, v.prefix)]));

/** Files that define a handler family of the shared executor. */
const HANDLER_FILES = readdirSync(join(src, 'execute'))
  .map((f) => join(src, 'execute', f))
  .filter((f) => /: StepHandlers</.test(read(f)));
const HANDLER_OF_KIND = new Map<string, string>();
for (const f of HANDLER_FILES)
  for (const m of read(f).matchAll(/^ {2}'([a-z-]+)': \{/gm)) HANDLER_OF_KIND.set(m[1]!, f);

interface Import {
  path: string;
  names: string[];
  reexport: boolean;
}

function valueImports(file: string): Import[] {
  const text = read(file);
  const out: Import[] = [];
  for (const m of text.matchAll(/^(import|export)\s+(?!type\b)([^;]*?)\s+from\s+'(\.[^']+)'/gms)) {
    const names = [...m[2]!.matchAll(/\b([A-Za-z_]\w*)\b/g)].map((n) => n[1]!).filter((n) => n !== 'type');
    out.push({
      path: resolve(dirname(file), m[3]!.replace(/\.js$/, '.ts')),
      names,
      reexport: m[1] === 'export',
    });
  }
  for (const m of text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g))
    out.push({ path: resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')), names: [], reexport: false });
  return out;
}

const uses = (text: string, names: string[]) => names.some((n) => new RegExp(`\\b${n}\\b`).test(text));

/**
 * Files reachable by value imports. Not followed: the executor index's imports of the handler
 * families, and a re-export (`export { x } from`) unless some reachable file uses one of its names.
 */
function reachable(entries: string[], texts: string[] = []): Set<string> {
  const seen = new Set<string>();
  for (;;) {
    const before = seen.size;
    const corpus = [...texts, ...[...seen].map(read)].join('\n');
    const queue = [...entries, ...seen];
    const visited = new Set<string>();
    while (queue.length) {
      const f = queue.pop()!;
      if (visited.has(f)) continue;
      visited.add(f);
      seen.add(f);
      for (const i of valueImports(f)) {
        if (f === join(src, 'execute', 'index.ts') && HANDLER_FILES.includes(i.path)) continue;
        if (i.reexport && !uses(corpus.replace(read(f), ''), i.names)) continue;
        queue.push(i.path);
      }
    }
    if (seen.size === before) return seen;
  }
}

/** The text of one step kind's handler: its entry in the family, plus the file's functions it calls. */
function kindText(kind: string): { file: string; text: string } | undefined {
  const file = HANDLER_OF_KIND.get(kind);
  if (!file) return undefined;
  const text = read(file);
  const start = text.indexOf(`  '${kind}': {`);
  const rest = text.slice(start + 1);
  const end = rest.search(/\n {2}'[a-z-]+': \{|\n\};/);
  let body = text.slice(start, start + 1 + end);
  const functions = new Map(
    [...text.matchAll(/^(?:export )?(?:async )?function (\w+)[\s\S]*?^\}/gm)].map((m) => [m[1]!, m[0]]),
  );
  const included = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, fn] of functions)
      if (!included.has(name) && new RegExp(`\\b${name}\\(`).test(body)) {
        included.add(name);
        body += `\n${fn}`;
        grew = true;
      }
  }
  return { file, text: body };
}

/** What a mode can send: its files, plus the handlers of the step kinds its planners emit. */
function derivedActions(entry: string, opts: { execute: boolean }): string[] {
  let files = reachable([join(src, entry)]);
  const texts: string[] = [];
  if (opts.execute) {
    const kinds = new Set<string>();
    for (const f of files)
      // src/plan/steps.ts declares every kind (the union); the planners are what emit them.
      if (f.startsWith(join(src, 'plan')) && f !== join(src, 'plan', 'steps.ts'))
        for (const m of read(f).matchAll(/kind: '([a-z-]+)'/g)) kinds.add(m[1]!);
    const handlers = [...kinds].map(kindText).filter((h): h is { file: string; text: string } => !!h);
    texts.push(...handlers.map((h) => h.text));
    const imported = handlers.flatMap((h) =>
      valueImports(h.file)
        .filter((i) => uses(h.text, i.names))
        .map((i) => i.path),
    );
    files = reachable([...files, ...imported], texts);
  }
  // A handler family file counts through its kinds' texts only (its other kinds are not this mode's),
  // unless the mode imports it directly (destroy's waitSettled).
  const direct = reachable([join(src, entry)]);
  const corpus = [
    ...texts,
    ...[...files]
      .filter((f) => !f.startsWith(join(src, 'aws')) && (!HANDLER_FILES.includes(f) || direct.has(f)))
      .map(read),
  ];
  const actions = new Set<string>();
  for (const text of corpus) {
    for (const m of text.matchAll(
      /\b(elasticache|ec2|ssm|logs|tagging|cloudwatch|snapshots|sns|kms|ec)\s*\.\s*([a-zA-Z]+)\s*\(/g,
    )) {
      const acts = ADAPTERS.get(m[1]!)?.get(m[2]!);
      if (acts) for (const a of acts) actions.add(a);
    }
  }
  return [...actions].sort();
}

/**
 * What AWS checks on the caller besides the actions it sends (documented in docs/iam/README.md):
 * these cannot be derived from the code, so each is listed here with its reason.
 */
const INDIRECT: Record<string, string[]> = {
  apply: [
    // ElastiCache creates its service-linked role on first use in an account.
    'iam:CreateServiceLinkedRole',
    // CreateReplicationGroup/ModifyReplicationGroup with log delivery check these on the caller.
    'logs:CreateLogDelivery',
    'logs:GetLogDelivery',
    'logs:UpdateLogDelivery',
    'logs:DeleteLogDelivery',
    'logs:ListLogDeliveries',
    'logs:PutResourcePolicy',
    'logs:DescribeResourcePolicies',
    // PutMetricAlarm with Tags (the ownership marker): CloudWatch authorises tagging on create.
    'cloudwatch:TagResource',
  ],
  plan: [],
  destroy: [
    // DeleteReplicationGroup with FinalSnapshotIdentifier: ElastiCache authorises the snapshot's
    // creation (and its tags) as the caller.
    'elasticache:CreateSnapshot',
    'elasticache:AddTagsToResource',
    // Deleting a group that delivers logs removes its log deliveries as the caller (inference).
    'logs:DeleteLogDelivery',
  ],
  cleanup: ['logs:DeleteLogDelivery'],
  snapshot: [
    // CreateSnapshot with Tags: ElastiCache authorises tagging on create as AddTagsToResource.
    'elasticache:AddTagsToResource',
  ],
};

const MODES: Array<{ mode: string; entry: string; execute: boolean }> = [
  { mode: 'apply', entry: 'modes/apply.ts', execute: true },
  // Mode plan runs apply's module but never executes a step: apply's reads only.
  { mode: 'plan', entry: 'modes/apply.ts', execute: false },
  { mode: 'destroy', entry: 'modes/destroy.ts', execute: true },
  { mode: 'cleanup', entry: 'modes/cleanup.ts', execute: true },
  { mode: 'snapshot', entry: 'modes/snapshot.ts', execute: true },
];

function granted(mode: string): string[] {
  const policy = JSON.parse(read(join(root, 'docs', 'iam', `${mode}.json`))) as {
    Statement: Array<{ Action: string | string[] }>;
  };
  return [
    ...new Set(policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))),
  ].sort();
}

describe('per-mode IAM policies (docs/iam)', () => {
  it('the walk finds every adapter method and the step kinds of every planner', () => {
    expect(ADAPTERS.get('elasticache')!.get('deleteReplicationGroup')).toEqual(
      new Set(['elasticache:DeleteReplicationGroup']),
    );
    // putParameter deletes first when the type changes, and tags an overwritten parameter.
    expect(ADAPTERS.get('ssm')!.get('putParameter')).toEqual(
      new Set(['ssm:PutParameter', 'ssm:DeleteParameter', 'ssm:AddTagsToResource']),
    );
    expect(HANDLER_OF_KIND.get('delete-security-group')).toMatch(/execute\/destroy\.ts$/);
    expect(HANDLER_OF_KIND.get('create-replication-group')).toMatch(/execute\/replication-group\.ts$/);
    // Every adapter action is sent by some mode.
    const all = new Set(MODES.flatMap((m) => derivedActions(m.entry, m)));
    const every = [...ADAPTERS.values()].flatMap((m) => [...m.values()].flatMap((s) => [...s]));
    expect(every.filter((a) => !all.has(a))).toEqual([]);
  });

  for (const m of MODES) {
    it(`${m.mode}.json grants exactly what mode ${m.mode} can send, plus what AWS checks indirectly`, () => {
      const need = [...new Set([...derivedActions(m.entry, m), ...(INDIRECT[m.mode] ?? [])])].sort();
      const has = granted(m.mode);
      expect(
        need.filter((a) => !has.includes(a)),
        'missing from the policy',
      ).toEqual([]);
      expect(
        has.filter((a) => !need.includes(a)),
        'granted but never sent',
      ).toEqual([]);
    });
  }

  it('destroy and cleanup delete only resources tagged by this action where the service supports it', () => {
    for (const mode of ['destroy', 'cleanup']) {
      const policy = JSON.parse(read(join(root, 'docs', 'iam', `${mode}.json`))) as {
        Statement: Array<{ Action: string | string[]; Condition?: Record<string, Record<string, string>> }>;
      };
      for (const action of [
        'elasticache:DeleteReplicationGroup',
        'elasticache:DeleteCacheParameterGroup',
        'elasticache:DeleteCacheSubnetGroup',
        'ec2:DeleteSecurityGroup',
        'logs:DeleteLogGroup',
        'ssm:DeleteParameter',
      ]) {
        const statements = policy.Statement.filter((s) => ([] as string[]).concat(s.Action).includes(action));
        expect(statements.length, `${mode}: ${action}`).toBe(1);
        expect(
          statements[0]!.Condition?.StringEquals?.['aws:ResourceTag/django-redis-action:created-by'],
        ).toBe('OWNER/REPO');
      }
    }
  });

  it('the README points to the policies instead of keeping a copy that could drift', () => {
    const readme = read(join(root, 'README.md'));
    const section = /## IAM\n([\s\S]*?)\n## /.exec(readme)![1]!;
    expect(section).not.toContain('```json');
    for (const m of MODES) expect(section).toContain(`docs/iam/${m.mode}.json`);
    expect(relative(root, join(root, 'docs', 'iam', 'trust-policy.json'))).toBe('docs/iam/trust-policy.json');
    expect(existsSync(join(root, 'docs', 'iam', 'trust-policy.json'))).toBe(true);
  });
});

describe('the derived sets cover what the fake cloud sees each mode send', () => {
  let cloud: FakeCloud;
  beforeEach(() => {
    cloud = createWorld();
  });
  afterEach(() => cloud.restore());

  const IAM_PREFIX: Record<string, string> = { tag: 'tag' };
  const seen = () => [
    ...new Set(cloud.calls.map((c) => `${IAM_PREFIX[c.service] ?? c.service}:${c.command}`)),
  ];

  it('apply, plan, destroy and cleanup', async () => {
    await createWithApply(cloud, 'shop-pr-7', { pullRequest: 7 });
    expect(seen().filter((a) => !derivedActions('modes/apply.ts', { execute: true }).includes(a))).toEqual(
      [],
    );

    cloud.resetCalls();
    await runAction(
      {
        mode: 'plan',
        name: 'shop-pr-7',
        aws_region: 'eu-west-1',
        node_type: 'cache.t4g.small',
        subnet_ids: 'subnet-0a1b2c3d4e5f60001',
      },
      { clock: cloud.clock },
    );
    expect(seen().filter((a) => !derivedActions('modes/apply.ts', { execute: false }).includes(a))).toEqual(
      [],
    );

    cloud.resetCalls();
    cloud.clock.advance(2 * 3_600_000); // older than preview_ttl_hours: no GitHub call is needed
    await runAction(
      { mode: 'cleanup', aws_region: 'eu-west-1', preview_ttl_hours: '1', github_token: 'x' },
      { clock: cloud.clock, env: { GITHUB_API_URL: 'http://127.0.0.1:9' } },
    );
    expect(seen().filter((a) => !derivedActions('modes/cleanup.ts', { execute: true }).includes(a))).toEqual(
      [],
    );
    expect(seen()).toContain('ec2:DeleteSecurityGroup');

    await createWithApply(cloud, 'shop-cache');
    cloud.resetCalls();
    const r = await runAction(
      { mode: 'destroy', name: 'shop-cache', aws_region: 'eu-west-1' },
      { clock: cloud.clock },
    );
    expect(r.outputs.status).toBe('destroyed');
    expect(seen().filter((a) => !derivedActions('modes/destroy.ts', { execute: true }).includes(a))).toEqual(
      [],
    );
  });

  it('snapshot (with pruning) and a restore on apply', async () => {
    await createWithApply(cloud, 'shop-cache');
    const snap = (env: Record<string, string>) =>
      runAction(
        { mode: 'snapshot', name: 'shop-cache', aws_region: 'eu-west-1', keep_snapshots: '1' },
        { clock: cloud.clock, env },
      );
    cloud.resetCalls();
    expect((await snap({ GITHUB_RUN_ID: '1' })).outputs.status).toBe('created');
    cloud.clock.advance(24 * 3_600_000);
    const r = await snap({ GITHUB_RUN_ID: '2' });
    expect(r.outputs.status).toBe('created');
    expect(seen()).toContain('elasticache:DeleteSnapshot');
    expect(seen().filter((a) => !derivedActions('modes/snapshot.ts', { execute: true }).includes(a))).toEqual(
      [],
    );

    cloud.resetCalls();
    const restored = await runAction(
      {
        name: 'shop-restored',
        node_type: 'cache.t4g.micro',
        subnet_ids: 'subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60002',
        aws_region: 'eu-west-1',
        snapshot_name: r.outputs.snapshot_name!,
      },
      { clock: cloud.clock },
    );
    expect(restored.errors).toEqual([]);
    expect(seen()).toContain('elasticache:DescribeSnapshots');
    expect(seen().filter((a) => !derivedActions('modes/apply.ts', { execute: true }).includes(a))).toEqual(
      [],
    );
  });
});
