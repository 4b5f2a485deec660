// How raw inputs become a Config (config/index.ts, field.ts, inputs.ts), as mutation testing
// (npm run mutation) found it unpinned: empty and blank values take the action.yml default, where the
// region comes from, which errors are reported for which input, and how a long value is shown.

import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { parseConfig } from '../src/config/index.js';
import { formatInputError, INPUT_DEFAULTS, readInputs, shown, type InputName } from '../src/config/inputs.js';
import { cross, field, modeField, refusedHere, regionField } from '../src/config/field.js';
import { fail, int } from '../src/config/rules.js';
import { z } from 'zod';
import { MINIMAL_INPUTS } from './support/config.js';

type Inputs = Partial<Record<InputName, string>>;

const MINIMAL = MINIMAL_INPUTS;

/** Raw inputs as a runner would pass them, but not trimmed or defaulted (parseConfig does both). */
function rawInputs(inputs: Inputs): Record<InputName, string> {
  const raw = {} as Record<InputName, string>;
  for (const name of Object.keys(INPUT_DEFAULTS) as InputName[]) raw[name] = inputs[name] ?? '';
  return raw;
}

function parseRaw(inputs: Inputs, env: Record<string, string | undefined> = {}) {
  return parseConfig(rawInputs(inputs), env, yaml);
}

describe('parseConfig on raw, untrimmed inputs', () => {
  it('trims every value and gives blank ones the action.yml default', () => {
    const r = parseRaw({
      ...MINIMAL,
      name: '  my-cache  ',
      port: '   ',
      engine: '\tvalkey\n',
      engine_version: ' 8.0 ',
    });
    expect(r.ok).toBe(true);
    if (!r.ok || (r.config.mode !== 'apply' && r.config.mode !== 'plan')) return;
    expect(r.config.name).toBe('my-cache');
    expect(r.config.port).toBe(6379);
    expect(r.config.engine).toBe('valkey');
  });

  it('reads a blank aws_region as unset, and takes the region from the environment', () => {
    const r = parseRaw({ ...MINIMAL, aws_region: '   ' }, { AWS_REGION: ' us-east-2 ' });
    expect(r.ok && r.config.mode === 'apply' && r.config.region).toBe('us-east-2');
  });

  it('takes AWS_DEFAULT_REGION when AWS_REGION is unset or blank', () => {
    for (const env of [
      { AWS_DEFAULT_REGION: 'eu-west-3' },
      { AWS_REGION: '  ', AWS_DEFAULT_REGION: ' eu-west-3 ' },
    ]) {
      const r = parseRaw({ ...MINIMAL, aws_region: '' }, env);
      expect(r.ok && r.config.mode === 'apply' && r.config.region).toBe('eu-west-3');
    }
  });

  it('prefers the aws_region input over the environment', () => {
    const r = parseRaw({ ...MINIMAL, aws_region: 'ap-south-1' }, { AWS_REGION: 'us-east-2' });
    expect(r.ok && r.config.mode === 'apply' && r.config.region).toBe('ap-south-1');
  });

  it('names the environment variable a bad region came from, and only then', () => {
    const fromEnv = parseRaw({ ...MINIMAL, aws_region: '' }, { AWS_DEFAULT_REGION: 'Mars' });
    expect(fromEnv.ok ? [] : fromEnv.errors).toEqual([
      {
        input: 'aws_region',
        value: 'Mars',
        message:
          'must be an AWS region code such as eu-west-1 or us-gov-west-1 (taken from the AWS_DEFAULT_REGION environment variable)',
      },
    ]);
    const fromInput = parseRaw({ ...MINIMAL, aws_region: 'Mars' }, { AWS_REGION: 'us-east-2' });
    expect(fromInput.ok ? [] : fromInput.errors).toEqual([
      {
        input: 'aws_region',
        value: 'Mars',
        message: 'must be an AWS region code such as eu-west-1 or us-gov-west-1',
      },
    ]);
  });

  it('asks for a region when neither the input nor the environment has one', () => {
    const r = parseRaw({ ...MINIMAL, aws_region: '' }, { AWS_REGION: ' ', AWS_DEFAULT_REGION: '' });
    expect(r.ok ? [] : r.errors.map(formatInputError)).toEqual([
      'Input "aws_region" = "": is required: set the aws_region input, or run aws-actions/configure-aws-credentials first (it sets AWS_REGION)',
    ]);
  });

  it('reports every bad input at once, each with its own trimmed value', () => {
    const r = parseRaw({ ...MINIMAL, port: ' 80 ', num_cache_clusters: '9' });
    expect(r.ok ? [] : r.errors.map((e) => [e.input, e.value])).toEqual([
      ['num_cache_clusters', '9'],
      ['port', '80'],
    ]);
  });

  it('names the mode input and lists the modes for an unknown mode', () => {
    const r = parseRaw({ ...MINIMAL, mode: ' deploy ' });
    expect(r.ok ? [] : r.errors).toEqual([
      { input: 'mode', value: 'deploy', message: 'must be one of: apply, plan, destroy, snapshot, cleanup' },
    ]);
  });

  it('has no warnings in the lifecycle modes, whatever apply would warn about', () => {
    const open = { allowed_cidr_blocks: '0.0.0.0/0' };
    expect(parseRaw({ ...MINIMAL, ...open, mode: 'plan' })).toMatchObject({
      ok: true,
      warnings: [expect.stringContaining('0.0.0.0/0')],
    });
    for (const mode of ['destroy', 'snapshot', 'cleanup']) {
      const r = parseRaw({
        aws_region: 'eu-west-1',
        ...(mode === 'cleanup' ? {} : { name: 'shop' }),
        ...open,
        mode,
      });
      expect(r).toMatchObject({ ok: true, warnings: [] });
      expect(r.ok && r.warnings).toHaveLength(0);
    }
  });
});

describe('readInputs and shown', () => {
  it('trims what the runner passes and gives empty inputs their default', () => {
    const got: Partial<Record<string, string | undefined>> = {
      port: '  6380 ',
      engine: '   ',
      mode: undefined,
    };
    const raw = readInputs((n) => got[n] as string);
    expect(raw.port).toBe('6380');
    expect(raw.engine).toBe('redis');
    expect(raw.mode).toBe('apply');
    expect(raw.name).toBe('');
  });

  it('shows a value of up to 100 characters in full, and cuts a longer one to 100 with …', () => {
    expect(shown('x'.repeat(100))).toBe('x'.repeat(100));
    expect(shown(`  ${'x'.repeat(100)}  `)).toBe('x'.repeat(100));
    expect(shown('x'.repeat(101))).toBe(`${'x'.repeat(99)}…`);
    expect(shown('x'.repeat(101))).toHaveLength(100);
  });

  it('formats an error as Input "name" = "value": message', () => {
    expect(formatInputError({ input: 'port', value: ' 80 ', message: 'too low' })).toBe(
      'Input "port" = "80": too low',
    );
  });
});

describe('field helpers', () => {
  it('field: an absent or blank value takes the action.yml default, then the rule', () => {
    const f = field('port', int(1024, 65535));
    expect(f.parse(undefined)).toBe(6379);
    expect(f.parse('  ')).toBe(6379);
    expect(f.parse(' 6380 ')).toBe(6380);
    expect(field('engine', (s) => s, 'valkey').parse('')).toBe('valkey');
  });

  it('field: a rule error becomes an issue on the input; any other error is a bug and propagates', () => {
    const r = z.object({ port: field('port', int(1024, 65535)) }).safeParse({ port: '80' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['port'], 'must be an integer from 1024 to 65535'],
    ]);
    const buggy = field('port', () => {
      throw new TypeError('bug');
    });
    expect(() => buggy.safeParse('1')).toThrow(TypeError);
  });

  it('modeField: a blank value takes the default of the modes that read it', () => {
    expect(modeField('final_snapshot', (s) => s).parse('')).toBe('true');
    expect(modeField('keep_logs', (s) => s).parse(undefined)).toBe('false');
  });

  it('refusedHere: a blank or absent value passes, any other is refused with the message', () => {
    const f = refusedHere('not here');
    expect(f.safeParse(undefined).success).toBe(true);
    expect(f.safeParse('  ').success).toBe(true);
    const r = f.safeParse(' x ');
    expect(r.error?.issues.map((i) => i.message)).toEqual(['not here']);
  });

  it('regionField: names where the region came from only when one is given', () => {
    expect(regionField('').safeParse('Mars').error?.issues[0]?.message).toBe(
      'must be an AWS region code such as eu-west-1 or us-gov-west-1',
    );
    expect(
      regionField('the AWS_REGION environment variable').safeParse('Mars').error?.issues[0]?.message,
    ).toBe(
      'must be an AWS region code such as eu-west-1 or us-gov-west-1 (taken from the AWS_REGION environment variable)',
    );
    expect(regionField('x').parse('eu-west-1')).toBe('eu-west-1');
  });

  it('cross: runs only when none of its inputs has an issue, and reports on the named input', () => {
    let ran = 0;
    const schema = z
      .object({
        port: field('port', int(1024, 65535)),
        name: field('name', (s) => s),
      })
      .superRefine(
        ...cross<{ port: number; name: string }>(['port'], (v, issue) => {
          ran++;
          if (v.port === 1024) issue('name', 'clashes with port');
        }),
      );
    expect(
      schema.safeParse({ port: '1024', name: 'a' }).error?.issues.map((i) => [i.path, i.message]),
    ).toEqual([[['name'], 'clashes with port']]);
    expect(ran).toBe(1);
    expect(schema.safeParse({ port: '80', name: 'a' }).error?.issues.map((i) => i.path)).toEqual([['port']]);
    expect(ran).toBe(1);
    expect(schema.safeParse({ port: '2000', name: 'a' }).success).toBe(true);
    expect(ran).toBe(2);
  });

  it('cross: an issue on another input does not stop the rule', () => {
    let ran = 0;
    const schema = z
      .object({
        port: field('port', int(1024, 65535)),
        name: field('name', (s) => s || fail('empty')),
      })
      .superRefine(
        ...cross<{ port: number; name: string }>(['port'], () => {
          ran++;
        }),
      );
    expect(schema.safeParse({ port: '2000', name: '' }).success).toBe(false);
    expect(ran).toBe(1);
  });
});
