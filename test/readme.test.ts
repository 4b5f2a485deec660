// Keeps README.md honest where a machine can check it: the order a new user reads it in, links that
// resolve, error messages that the code really raises, a migration table that covers the Terraform
// module it replaces (test/fixtures/redis-module-README.md, a copy of the spec), the names that
// mislead, and .env.example as the README describes it. The Inputs/Outputs tables are checked by
// test/action-contract.test.ts, the `changes` subsection by test/changes-output.test.ts.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string }>;
  outputs: Record<string, { description: string }>;
};

/** README without fenced code blocks (a `# comment` in a block is not a heading). */
const prose = readme.replace(/^```[\s\S]*?^```$/gm, '');

/** The body of `## <heading>` up to the next `## ` heading. */
function section(heading: string): string {
  const body = prose.split(`\n## ${heading}\n`)[1];
  if (body === undefined) throw new Error(`README.md has no "## ${heading}" section`);
  return body.split('\n## ')[0]!;
}

/** The body of `### <heading>` inside `text`, up to the next heading of level 2 or 3. */
function subsection(text: string, heading: string): string {
  const body = text.split(`\n### ${heading}\n`)[1];
  if (body === undefined) throw new Error(`README.md has no "### ${heading}" subsection`);
  return body.split(/\n#{2,3} /)[0]!;
}

/** GitHub's heading anchors: lower case, punctuation dropped (not - and _), spaces → hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The rows of the first markdown table in `text`: cells trimmed, header and separator dropped. */
function tableRows(text: string): string[][] {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  if (first < 0) return [];
  const rows: string[][] = [];
  for (let i = first + 2; lines[i]?.startsWith('|'); i++) {
    rows.push(
      lines[i]!.slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** The `names` in backticks in a table cell. */
const codeNames = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('README: the order a new user reads it in', () => {
  it('has the sections in order', () => {
    const headings = [...prose.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      'Usage',
      'Using the URLs in Django and Celery',
      'Inputs',
      'Outputs',
      'What it creates',
      'How convergence works',
      'Security',
      'IAM',
      'Troubleshooting',
      'Migrating from the Terraform module',
      'Developing',
    ]);
  });

  it('opens with what the action does, in two sentences', () => {
    const intro = prose
      .split('\n## ')[0]!
      .replace(/^# .*\n/, '')
      .trim();
    expect(intro).not.toContain('\n\n');
    expect(intro.match(/[.!?](\s|$)/g)).toHaveLength(2);
  });

  it('shows the three jobs, each from its workflow in examples/', () => {
    const usage = section('Usage');
    for (const job of ['Deploy', 'PR preview', 'Scheduled snapshot'])
      expect(() => subsection(usage, job)).not.toThrow();
    expect(subsection(usage, 'Deploy')).toContain('(examples/deploy.yml)');
    expect(subsection(usage, 'PR preview')).toContain('(examples/pr-preview.yml)');
    expect(subsection(usage, 'PR preview')).toContain('(examples/preview-janitor.yml)');
    expect(subsection(usage, 'Scheduled snapshot')).toContain('(examples/scheduled-snapshot.yml)');
    // Every example is linked, so a new one cannot be left out of the README.
    for (const file of readdirSync(join(root, 'examples'))) expect(usage).toContain(`(examples/${file})`);
  });

  it('shows settings.py, celery.py, ECS, Kubernetes and SSM, with ARNs for ECS secrets', () => {
    const urls = section('Using the URLs in Django and Celery');
    for (const h of ['settings.py', 'celery.py', 'ECS', 'Kubernetes', 'SSM directly'])
      expect(() => subsection(urls, h)).not.toThrow();
    expect(readme).toMatch(/"valueFrom": "arn:aws:ssm:/);
    expect(subsection(urls, 'ECS')).toContain('ssm_parameter_arns');
    expect(Object.keys(action.outputs)).toContain('ssm_parameter_arns');
  });

  it('has the troubleshooting topics of the spec, and the action errors', () => {
    const t = section('Troubleshooting');
    for (const h of [
      'Connection timeouts',
      'Memory and evictions',
      'Cache miss rate',
      'Node sizes for Django workloads',
      'Error messages',
    ])
      expect(() => subsection(t, h)).not.toThrow();
  });

  it('ends with how to develop: the two set-up commands, local runs, tests, release', () => {
    const dev = section('Developing');
    expect(readme).toMatch(/```sh\nnpm ci\nnpm test\n```/);
    for (const h of ['Quick start', 'Running it locally', 'Tests', 'Releasing'])
      expect(() => subsection(dev, h)).not.toThrow();
  });

  it('says nothing that the lifecycle made stale', () => {
    for (const stale of [
      /not provided by this action/i,
      /The action never deletes/,
      /\b(mode|modes)\b[^.\n]*\bnot (yet )?(available|implemented|provided)\b/i,
      /\b(yet|currently) unavailable/i,
      /\bcoming soon\b/i,
      /\bTODO\b/,
    ])
      expect(readme).not.toMatch(stale);
  });
});

describe('README: links', () => {
  const links = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

  it('every relative link points to a file or folder of the repository', () => {
    const files = links.filter((l) => !/^[a-z]+:/.test(l) && !l.startsWith('#')).map((l) => l.split('#')[0]!);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => !existsSync(join(root, f)))).toEqual([]);
  });

  it('every #anchor is a heading of the README', () => {
    const anchors = new Set([...prose.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
    const used = links.filter((l) => l.startsWith('#')).map((l) => l.slice(1));
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((a) => !anchors.has(a))).toEqual([]);
  });

  it('the anchor rule matches GitHub for the headings linked here', () => {
    expect(slug('Checking the connection (`verify_connection`)')).toBe(
      'checking-the-connection-verify_connection',
    );
    expect(slug('The `changes` output')).toBe('the-changes-output');
  });
});

describe('README: the error messages are the ones the code raises', () => {
  /** Every file under src/, its text with `'…' +` string concatenations joined. */
  function sources(dir: string): Array<{ file: string; text: string }> {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      if (!name.endsWith('.ts')) return [];
      const text = readFileSync(path, 'utf8').replace(/(['"`])\s*\+\s*\n\s*(['"`])/g, '');
      return [{ file: relative(root, path), text }];
    });
  }
  const src = sources(join(root, 'src'));
  const errors = subsection(section('Troubleshooting'), 'Error messages');
  /** One entry per bullet: the message fragments (backticks before " — ") and the advice after. */
  const bullets = errors
    .split(/\n(?=- )/)
    .filter((b) => b.startsWith('- '))
    .map((b) => {
      const text = b.replace(/\n\s+/g, ' ');
      const cut = text.indexOf(' — ');
      const head = cut < 0 ? '' : text.slice(2, cut);
      return { text, fragments: codeNames(head), advice: cut < 0 ? '' : text.slice(cut + 3) };
    });
  /** A fragment with `…` for the parts filled in at run time matches when each part is in one file. */
  const filesWith = (fragment: string) =>
    src
      .filter(({ text }) =>
        fragment
          .split('…')
          .map((p) => p.trim())
          .filter((p) => p.length > 0)
          .every((p) => text.includes(p)),
      )
      .map(({ file }) => file);

  it('lists the messages grouped, each with fragments and what to do', () => {
    const groups = [...errors.matchAll(/^#### (.+)$/gm)].map((m) => m[1]);
    expect(groups.length).toBeGreaterThanOrEqual(6);
    expect(bullets.length).toBeGreaterThan(40);
    for (const b of bullets) {
      expect(b.fragments.length, b.text).toBeGreaterThan(0);
      expect(b.advice.length, b.text).toBeGreaterThan(10);
    }
  });

  it('every fragment is part of a message in src/', () => {
    const missing = bullets.flatMap((b) => b.fragments).filter((f) => filesWith(f).length === 0);
    expect(missing).toEqual([]);
  });

  it('a fragment that is not in src/ is caught (the check works)', () => {
    expect(filesWith('this message was never written')).toEqual([]);
    expect(filesWith('must differ from … (both are …); each use needs its own database')).toEqual([
      'src/config/apply-rules.ts',
    ]);
  });

  // The other direction, file by file: a module that raises errors for the user has at least one of
  // them documented, so a new kind of failure comes with its troubleshooting entry.
  const RAISES =
    /new PlanError\(|refusals\.push\(|io\.setFailed\(|\bfail\(\s*['"`]|\bissue\(\s*['"`a-z]|refusedHere\(\s*['"`]|return `tag key|message: `must|throw new Error\(\s*`\$\{what\}|new AwsCallError\(|extends PlanError|ConnectionCheckError:|error: \(issue\) =>/;
  /** Raise nothing themselves: they define the error types, or pass a message from elsewhere. */
  const NOT_SOURCES = new Set(['src/config/field.ts', 'src/report/io.ts', 'src/report/runner.ts']);

  it('every module that raises a user-facing error has one documented', () => {
    const documented = new Set(bullets.flatMap((b) => b.fragments).flatMap(filesWith));
    const raising = src
      .filter(({ file, text }) => RAISES.test(text) && !NOT_SOURCES.has(file))
      .map((s) => s.file);
    expect(raising.length).toBeGreaterThan(25);
    expect(raising.filter((f) => !documented.has(f))).toEqual([]);
  });

  it('names every cause the connection check can diagnose', () => {
    const causes = readFileSync(join(root, 'src/verify/causes.ts'), 'utf8');
    const titles = new Set([...causes.matchAll(/title: '([^']+)'/g)].map((m) => m[1]!));
    titles.delete('unrecognised error');
    expect(titles.size).toBeGreaterThan(4);
    const check = errors.split('#### Connection check')[1]!.split('\n#### ')[0]!;
    for (const t of titles) expect(check).toContain(`\`${t}\``);
  });
});

describe('README: migrating from the Terraform module', () => {
  const spec = readFileSync(join(root, 'test/fixtures/redis-module-README.md'), 'utf8');
  const specSection = (h: string) => spec.split(`\n## ${h}\n`)[1]!.split('\n## ')[0]!;
  const migration = section('Migrating from the Terraform module');
  const [variables, outputs] = migration.split(/\n\n(?=\| Terraform output)/);
  const variableRows = tableRows(variables!);
  const outputRows = tableRows(outputs!);

  it('maps every variable of the spec inputs table and of its production example to inputs', () => {
    const specInputs = tableRows(specSection('Inputs')).map((r) => r[0]!);
    const example = /module "redis_prod" \{([\s\S]*?)\n\}/.exec(spec)![1]!;
    const exampleVars = [...example.matchAll(/^\s+([a-z_]+)\s+=/gm)].map((m) => m[1]!);
    expect(specInputs).toContain('auth_token_enabled');
    const mapped = new Map(variableRows.map((r) => [codeNames(r[0]!)[0], r[1]!]));
    for (const v of new Set([...specInputs, ...exampleVars])) {
      expect(mapped.has(v), v).toBe(true);
      const inputs = codeNames(mapped.get(v)!);
      if (v !== 'source')
        for (const i of inputs) expect(Object.keys(action.inputs), `${v} → ${i}`).toContain(i);
    }
  });

  it('maps every output of the spec to an output or an SSM parameter', () => {
    const specOutputs = tableRows(specSection('Outputs')).map((r) => r[0]!);
    expect(specOutputs).toContain('celery_broker_url');
    const mapped = new Map(outputRows.map((r) => [codeNames(r[0]!)[0], r]));
    for (const o of specOutputs) {
      const row = mapped.get(o);
      expect(row, o).toBeDefined();
      const [, output, ssm] = row!;
      expect(codeNames(output!).length + codeNames(ssm!).length, o).toBeGreaterThan(0);
      for (const name of codeNames(output!)) expect(Object.keys(action.outputs), o).toContain(name);
    }
  });

  it('says what has no equivalent', () => {
    expect(migration).toContain('**No equivalent.**');
  });
});

describe('names that can mislead are explained where they are documented', () => {
  const inputs = section('Inputs').split('\n|')[0]!.replace(/\s+/g, ' ');

  it('timeout is the idle-client timeout, not the wait (wait_timeout_minutes)', () => {
    expect(inputs).toMatch(/`timeout`\*\* is Redis's idle-client timeout/);
    expect(inputs).toContain('`wait_timeout_minutes`');
    expect(action.inputs.timeout!.description).toMatch(/idle-client timeout/);
    expect(action.inputs.timeout!.description).toContain('wait_timeout_minutes');
  });

  it('environment is a tag, not a GitHub deployment environment', () => {
    expect(inputs).toMatch(/`environment`\*\* only becomes the `Environment` tag/);
    expect(inputs).toContain('not a GitHub deployment environment');
    expect(action.inputs.environment!.description).toContain('not a GitHub deployment environment');
  });
});

describe('.env.example is what the README says', () => {
  const env = readFileSync(join(root, '.env.example'), 'utf8');
  const set = [...env.matchAll(/^([A-Z][A-Z0-9_-]*)=(.*)$/gm)].map((m) => [m[1]!, m[2]!] as const);
  const local = subsection(section('Developing'), 'Running it locally');

  it('sets only inputs action.yml declares, named INPUT_ + the name upper-cased', () => {
    const inputVars = set.filter(([k]) => k.startsWith('INPUT_')).map(([k]) => k.slice(6));
    expect(inputVars.length).toBeGreaterThan(10);
    const names = new Set(Object.keys(action.inputs).map((n) => n.toUpperCase()));
    expect(inputVars.filter((v) => !names.has(v))).toEqual([]);
    expect(local).toContain('`INPUT_NODE_TYPE`');
  });

  it('starts with INPUT_MODE=plan and the inputs a plan needs', () => {
    const inputsSet = set.filter(([k]) => k.startsWith('INPUT_'));
    expect(inputsSet[0]).toEqual(['INPUT_MODE', 'plan']);
    expect(local).toContain('`INPUT_MODE=plan`');
    for (const k of ['INPUT_NAME', 'INPUT_NODE_TYPE', 'INPUT_SUBNET_IDS'])
      expect(new Map(inputsSet).get(k), k).toMatch(/\S/);
  });

  it('holds no credentials; the emulator endpoint is there, commented, as the README says', () => {
    const secrets = set.filter(
      ([k, v]) =>
        /^(AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|GITHUB_TOKEN|INPUT_GITHUB_TOKEN)$/.test(k) && v !== '',
    );
    expect(secrets).toEqual([]);
    expect(env).toMatch(/^# AWS_ENDPOINT_URL=http:\/\/localhost:4566$/m);
    expect(local).toContain('`AWS_ENDPOINT_URL=http://localhost:4566`');
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^\.env$/m);
  });
});
