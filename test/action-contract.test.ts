import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { EXPRESSION_DEFAULTS, INPUT_DEFAULTS, INPUT_NAMES, MODE_INPUTS } from '../src/config/inputs.js';

const root = fileURLToPath(new URL('..', import.meta.url));

interface ActionInput {
  description?: unknown;
  required?: unknown;
  default?: unknown;
}
interface ActionYml {
  name?: unknown;
  description?: unknown;
  branding?: { icon?: unknown; color?: unknown };
  runs?: { using?: unknown; main?: unknown };
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { description?: unknown }>;
}

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionYml;
const inputs = action.inputs ?? {};
const outputs = action.outputs ?? {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('action.yml', () => {
  it('runs dist/index.js on node20', () => {
    expect(action.runs?.using).toBe('node20');
    expect(action.runs?.main).toBe('dist/index.js');
  });

  it('has a name, description and branding', () => {
    expect(action.name).toBe('Django Redis for ElastiCache');
    expect(typeof action.description === 'string' && action.description.trim().length).toBeGreaterThan(0);
    expect(action.branding?.icon).toEqual(expect.any(String));
    expect(action.branding?.color).toEqual(expect.any(String));
  });

  it('has a description the Marketplace shows whole (at most 125 characters)', () => {
    expect(String(action.description).length).toBeLessThanOrEqual(125);
  });

  it.each(Object.keys(inputs))('input %s states its default in its description', (name) => {
    const spec = inputs[name]!;
    const d = String(spec.description).replace(/\s+/g, ' ');
    const def = spec.default === undefined ? '' : String(spec.default);
    // A mode-only input has no action.yml default; its default in the modes that read it is stated.
    const modeDefault = (MODE_INPUTS as Record<string, { default: string }>)[name]?.default;
    if (name in EXPRESSION_DEFAULTS) expect(d).toMatch(/Default the workflow's token/);
    else if (modeDefault !== undefined)
      expect(d.toLowerCase()).toContain(modeDefault === '' ? 'no default' : `default ${modeDefault}`);
    else if (def === '') expect(d).toMatch(/Empty \(default\)|Default empty|\(no default\)/);
    else expect(d.toLowerCase()).toContain(`default ${def.toLowerCase()}`);
  });

  it.each(Object.keys(inputs))('input %s has a description', (name) => {
    const d = inputs[name]?.description;
    expect(typeof d === 'string' && d.trim().length).toBeGreaterThan(0);
  });

  it.each(Object.keys(outputs))('output %s has a description', (name) => {
    const d = outputs[name]?.description;
    expect(typeof d === 'string' && d.trim().length).toBeGreaterThan(0);
  });

  it('uses snake_case input and output names', () => {
    for (const name of [...Object.keys(inputs), ...Object.keys(outputs)])
      expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('declares exactly the inputs the code reads (both directions)', () => {
    const declared = Object.keys(inputs).sort();
    const read = [...INPUT_NAMES].sort();
    expect(declared.filter((n) => !read.includes(n as (typeof INPUT_NAMES)[number]))).toEqual([]);
    expect(read.filter((n) => !declared.includes(n))).toEqual([]);
  });

  it('has the same defaults as INPUT_DEFAULTS', () => {
    const declared = Object.fromEntries(
      Object.entries(inputs).map(([name, spec]) => [
        name,
        spec.default === undefined ? '' : String(spec.default),
      ]),
    );
    expect(declared).toEqual({ ...INPUT_DEFAULTS, ...EXPRESSION_DEFAULTS });
  });

  it('writes defaults as strings (what the runner passes)', () => {
    for (const [name, spec] of Object.entries(inputs)) {
      if (spec.default !== undefined) expect(typeof spec.default, name).toBe('string');
    }
  });

  it('marks no input required: what each mode requires is checked per mode, naming the input', () => {
    const required = Object.entries(inputs)
      .filter(([, spec]) => spec.required === true)
      .map(([name]) => name);
    expect(required).toEqual([]);
    for (const name of ['name', 'node_type', 'subnet_ids']) {
      expect(inputs[name]?.default, name).toBeUndefined();
      expect(String(inputs[name]?.description), name).toMatch(/Required for apply/);
    }
  });

  it('writes exactly the outputs action.yml declares (both ways), each with setOutput', () => {
    const text = sourceFiles(join(root, 'src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const written = new Set([...text.matchAll(/setOutput\(\s*['"]([a-z_]+)['"]/g)].map((m) => m[1]));
    expect([...written].sort()).toEqual(Object.keys(outputs).sort());
  });

  it('reads inputs only through INPUT_NAMES (no stray getInput names in src/)', () => {
    const text = sourceFiles(join(root, 'src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const literal = [...text.matchAll(/getInput\(\s*['"]([a-z_]+)['"]/g)].map((m) => m[1]);
    expect(literal.filter((n) => !Object.keys(inputs).includes(n!))).toEqual([]);
  });
});

describe('README tables', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  /** Rows of the markdown table under `## <heading>`: first cell (unquoted) → cells. */
  function table(heading: string): Map<string, string[]> {
    const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
    const rows = section
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) =>
        l
          .slice(1, -1)
          .split(' | ')
          .map((c) => c.trim()),
      );
    return new Map(rows.map((r) => [r[0]!.replace(/`/g, ''), r]));
  }
  // The README may format with backticks; the words must be the same.
  const clean = (s: unknown) =>
    String(s ?? '')
      .replace(/`/g, '')
      .replace(/\s+/g, ' ')
      .trim();

  it('document every input with the default and description of action.yml', () => {
    const rows = table('Inputs');
    expect([...rows.keys()].sort()).toEqual(Object.keys(inputs).sort());
    for (const [name, spec] of Object.entries(inputs)) {
      const [, required, def, description] = rows.get(name)!;
      expect(required, name).toBe(spec.required === true ? 'yes' : 'no');
      expect(def?.replace(/`/g, ''), name).toBe(clean(spec.default));
      expect(clean(description), name).toBe(clean(spec.description));
    }
  });

  it('document every output with the description of action.yml', () => {
    const rows = table('Outputs');
    expect([...rows.keys()].sort()).toEqual(Object.keys(outputs).sort());
    for (const [name, spec] of Object.entries(outputs)) {
      expect(clean(rows.get(name)![1]), name).toBe(clean(spec.description));
    }
  });
});
