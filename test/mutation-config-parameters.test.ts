// The parameters input (config/parameters.ts), as mutation testing (npm run mutation) found it
// unpinned: when the YAML parser is needed, the exact messages, values kept as written, and the
// limit of 40 parameters at both sides.

import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { parseConfig, parametersNeedYaml } from '../src/config/index.js';
import { formatInputError, readInputs, type InputName } from '../src/config/inputs.js';
import { MAX_PARAMETERS, parameters } from '../src/config/parameters.js';
import { RuleError } from '../src/config/rules.js';

const FORMAT = 'a YAML or JSON map of Redis parameter name to value (e.g. {"notify-keyspace-events": "Ex"})';
const NOT_A_VALUE = (name: string) =>
  `the value of "${name}" must be a string or a number, not empty, a list or a map`;

const parse = (text: string) => parameters(text, yaml);
const refused = (text: string, message: string) => expect(() => parse(text)).toThrow(new RuleError(message));

describe('parametersNeedYaml', () => {
  it('is false only for an empty or blank input', () => {
    expect(parametersNeedYaml('')).toBe(false);
    expect(parametersNeedYaml(' \n\t ')).toBe(false);
    expect(parametersNeedYaml('timeout: 5')).toBe(true);
    expect(parametersNeedYaml('{}')).toBe(true);
  });
});

describe('parameters', () => {
  it('is empty for a blank input, without needing the parser', () => {
    expect(parameters('  \n ', undefined)).toStrictEqual({});
  });

  it('needs the parser for anything else', () => {
    expect(() => parameters('timeout: 5', undefined)).toThrow(
      'parameters: a non-empty input needs the yaml parser (parametersNeedYaml)',
    );
  });

  it('reads a YAML or JSON map, keeping values as written', () => {
    expect(
      parse('\n  notify-keyspace-events: Ex\nlfu-log-factor: 010\nactivedefrag: "yes"\nratio: 1.50\n '),
    ).toStrictEqual({
      'notify-keyspace-events': 'Ex',
      'lfu-log-factor': '010',
      activedefrag: 'yes',
      ratio: '1.50',
    });
    expect(parse('{"timeout": 0, "appendonly": "no", "on": true}')).toStrictEqual({
      timeout: '0',
      appendonly: 'no',
      on: 'true',
    });
  });

  it('reads a numeric key as written', () => {
    expect(parse('010: x')).toStrictEqual({ '010': 'x' });
  });

  it('reads a null key (~ or null) as the empty name, which no engine knows', () => {
    expect(parse('~: 5')).toStrictEqual({ '': '5' });
    expect(parse('null: 5')).toStrictEqual({ '': '5' });
  });

  it('gives the first line of a YAML error', () => {
    refused('{"timeout": 5', `must be ${FORMAT}; YAML error: Flow map must end with a }`);
    refused('a: b: c', `must be ${FORMAT}; YAML error: Nested mappings are not allowed in compact mappings`);
  });

  it('refuses anything but a map, and a list or map as a key', () => {
    refused('- timeout', `must be ${FORMAT}`);
    refused('timeout', `must be ${FORMAT}`);
    refused('? [a, b]\n: x', `must be ${FORMAT}`);
  });

  it.each([
    ['timeout:', 'timeout'],
    ['timeout: ~', 'timeout'],
    ['timeout: null', 'timeout'],
    ['timeout: [1, 2]', 'timeout'],
    ['timeout: {a: 1}', 'timeout'],
    ['timeout: 5\nnotify-keyspace-events:', 'notify-keyspace-events'],
  ])('refuses %j: a value must be a string or number', (text, name) => {
    refused(text, NOT_A_VALUE(name));
  });

  it('accepts an empty string value', () => {
    expect(parse('notify-keyspace-events: ""')).toStrictEqual({ 'notify-keyspace-events': '' });
  });

  it('refuses a name given twice, also when YAML sees two different keys', () => {
    refused('1: a\n"1": b', '"1" is given twice');
    expect(() => parse('timeout: 1\ntimeout: 2')).toThrow(/^must be .*; YAML error: /);
  });

  it(`accepts ${MAX_PARAMETERS} parameters and refuses ${MAX_PARAMETERS + 1}, naming the count`, () => {
    const map = (n: number) => Array.from({ length: n }, (_, i) => `p${i}: ${i}`).join('\n');
    expect(Object.keys(parse(map(40)))).toHaveLength(40);
    refused(map(41), 'must set at most 40 parameters (got 41)');
  });

  it('is refused by name through parseConfig, with the value given', () => {
    const all: Partial<Record<InputName, string>> = {
      name: 'my-cache',
      node_type: 'cache.t4g.micro',
      subnet_ids: 'subnet-0123456789abcdef0',
      aws_region: 'eu-west-1',
      parameters: '- timeout',
    };
    const r = parseConfig(
      readInputs((n) => all[n as InputName] ?? ''),
      {},
      yaml,
    );
    expect(r.ok ? [] : r.errors.map(formatInputError)).toEqual([
      `Input "parameters" = "- timeout": must be ${FORMAT}`,
    ]);
  });
});
