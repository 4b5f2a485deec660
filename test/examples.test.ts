// The example workflows in examples/ are what the README shows a new user: each must use only inputs
// action.yml declares, only inputs its mode reads, and values the action accepts, so copying one
// never ends in an input error. Expressions are replaced by values of the shape they stand for.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as yaml from 'yaml';
import { MODES, parseConfig } from '../src/config/index.js';
import { MODE_INPUTS, readInputs, type InputName } from '../src/config/inputs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const files = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yml'));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on?: unknown;
  permissions?: Record<string, string>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
}

/** What a whole-value expression stands for, per input (a realistic value of the right shape). */
const PLACEHOLDER: Partial<Record<InputName, string>> = {
  subnet_ids: 'subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60002',
  allowed_security_group_ids: 'sg-0123456789abcdef0',
  notification_topic_arn: 'arn:aws:sns:eu-west-1:123456789012:alerts',
  dry_run: 'false',
};

function concrete(name: string, value: unknown): string {
  const text = String(value);
  const whole = /^\$\{\{[^}]*\}\}$/.test(text.trim());
  if (whole) {
    const placeholder = PLACEHOLDER[name as InputName];
    if (placeholder === undefined) throw new Error(`no placeholder for an expression in input ${name}`);
    return placeholder;
  }
  // Inline expressions in names and prefixes are the pull request number.
  return text.replace(/\$\{\{[^}]*\}\}/g, '12');
}

/** The modes a step can run in: a literal, or the quoted modes of an expression; apply by default. */
function modesOf(step: Step): string[] {
  const mode = step.with?.mode;
  if (mode === undefined) return ['apply'];
  const text = String(mode);
  const named = MODES.filter((m) => text === m || text.includes(`'${m}'`));
  return named.length ? named : [text];
}

const actionSteps = files.flatMap((file) => {
  const wf = parse(readFileSync(join(root, 'examples', file), 'utf8')) as Workflow;
  return Object.entries(wf.jobs).flatMap(([job, j]) =>
    j.steps
      .filter((s) => /django-redis-action@v\d+$|^\.\/?$/.test(s.uses ?? ''))
      .map((step) => ({ file, job, step })),
  );
});

describe('examples/', () => {
  it('has the four jobs the README promises', () => {
    expect(files.sort()).toEqual([
      'deploy.yml',
      'pr-preview.yml',
      'preview-janitor.yml',
      'scheduled-snapshot.yml',
    ]);
    const modes = new Set(actionSteps.flatMap(({ step }) => modesOf(step)));
    expect([...modes].sort()).toEqual(['apply', 'cleanup', 'destroy', 'snapshot']);
  });

  it.each(files)('%s: OIDC, least permissions, one run per group at a time', (file) => {
    const text = readFileSync(join(root, 'examples', file), 'utf8');
    const wf = parse(text) as Workflow;
    expect(wf.permissions).toMatchObject({ 'id-token': 'write', contents: 'read' });
    expect(
      Object.keys(wf.permissions ?? {}).every((k) => ['id-token', 'contents', 'pull-requests'].includes(k)),
    ).toBe(true);
    expect(wf.concurrency?.group).toBeTruthy();
    expect(wf.concurrency?.['cancel-in-progress']).toBe(false);
    expect(text).toMatch(/aws-actions\/configure-aws-credentials@v\d+/);
    expect(text).toMatch(/role-to-assume:/);
    expect(text).not.toMatch(/aws-access-key-id|aws-secret-access-key/);
  });

  it.each(actionSteps.map((s) => [`${s.file} ${s.job}`, s] as const))(
    '%s: every with: key is an input, read by its mode, and the values parse',
    (_label, { step }) => {
      const withs = step.with ?? {};
      for (const key of Object.keys(withs)) expect(Object.keys(action.inputs), key).toContain(key);
      for (const mode of modesOf(step)) {
        for (const key of Object.keys(withs)) {
          const only = (MODE_INPUTS as Record<string, { modes: readonly string[] }>)[key];
          if (only) expect(only.modes, `${key} with mode ${mode}`).toContain(mode);
        }
        const values: Record<string, string> = {};
        for (const [k, v] of Object.entries(withs)) values[k] = concrete(k, v);
        values.mode = mode;
        const r = parseConfig(
          readInputs((n) => values[n] ?? ''),
          { AWS_REGION: 'eu-west-1' },
          yaml,
        );
        expect(r.ok ? [] : r.errors, `${mode}: ${JSON.stringify(values)}`).toEqual([]);
      }
    },
  );

  it('a key a mode does not read makes the test fail (the check works)', () => {
    const step: Step = {
      uses: 'your-org/django-redis-action@v1',
      with: { mode: 'destroy', keep_snapshots: 3 },
    };
    const only = MODE_INPUTS.keep_snapshots.modes as readonly string[];
    expect(modesOf(step).every((m) => only.includes(m))).toBe(false);
  });
});
