// The parameter metadata the action checks inputs against (src/domain/parameter-metadata.ts), kept
// equal to what the fake cloud answers to DescribeEngineDefaultParameters, and the input rules built
// on it: the four Django defaults, the `parameters` map, and the security-group count per ENI.

import {
  DescribeEngineDefaultParametersCommand,
  ElastiCacheClient,
  type Parameter,
} from '@aws-sdk/client-elasticache';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { parseConfig } from '../src/config/index.js';
import { formatInputError, readInputs, type InputName } from '../src/config/inputs.js';
import type { ApplyConfig } from '../src/config/types.js';
import { ALL_FAMILIES } from '../src/domain/engine.js';
import {
  isAllowedParameterValue,
  PARAMETER_METADATA,
  parameterProblem,
  parameterSpec,
} from '../src/domain/parameter-metadata.js';
import { createFakeCloud, type FakeCloud } from './fake/index.js';

const MINIMAL = {
  name: 'my-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: 'subnet-0123456789abcdef0,subnet-89abcdef',
  aws_region: 'eu-west-1',
} satisfies Partial<Record<InputName, string>>;

function parse(inputs: Partial<Record<InputName, string>>) {
  return parseConfig(
    readInputs((n) => ({ ...MINIMAL, ...inputs })[n as InputName] ?? ''),
    {},
    yaml,
  );
}

function config(inputs: Partial<Record<InputName, string>>): { config: ApplyConfig; warnings: string[] } {
  const r = parse(inputs);
  if (!r.ok) throw new Error(r.errors.map(formatInputError).join('\n'));
  if (r.config.mode !== 'apply' && r.config.mode !== 'plan') throw new Error(r.config.mode);
  return { config: r.config, warnings: r.warnings };
}

function errors(inputs: Partial<Record<InputName, string>>): string[] {
  const r = parse(inputs);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map(formatInputError);
}

describe('the src parameter metadata agrees with the fake cloud', () => {
  let fake: FakeCloud;
  beforeEach(() => {
    fake = createFakeCloud({ region: 'eu-west-1' });
    fake.install();
  });
  afterEach(() => fake.restore());

  async function engineDefaults(family: string): Promise<Parameter[]> {
    const ec = new ElastiCacheClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
    });
    const all: Parameter[] = [];
    let Marker: string | undefined;
    do {
      const out = await ec.send(
        new DescribeEngineDefaultParametersCommand({
          CacheParameterGroupFamily: family,
          MaxRecords: 20,
          Marker,
        }),
      );
      all.push(...(out.EngineDefaults?.Parameters ?? []));
      Marker = out.EngineDefaults?.Marker;
    } while (Marker);
    return all;
  }

  it.each(ALL_FAMILIES)(
    '%s: same names, defaults, data types, allowed values, modifiable, change type',
    async (family) => {
      const table = PARAMETER_METADATA[family];
      expect(table, `no metadata for ${family}`).toBeDefined();
      const fromFake = (await engineDefaults(family)).map((p) => ({
        name: p.ParameterName,
        defaultValue: p.ParameterValue,
        dataType: p.DataType,
        allowed: p.AllowedValues,
        modifiable: p.IsModifiable,
        changeType: p.ChangeType,
      }));
      const fromSrc = Object.values(table!).map(
        ({ name, defaultValue, dataType, allowed, modifiable, changeType }) => ({
          name,
          defaultValue,
          dataType,
          allowed,
          modifiable,
          changeType,
        }),
      );
      const byName = (a: { name?: string }, b: { name?: string }) =>
        (a.name ?? '').localeCompare(b.name ?? '');
      expect(fromSrc.sort(byName)).toEqual(fromFake.sort(byName));
    },
  );
});

describe('parameter values', () => {
  it('reads AllowedValues as AWS writes them', () => {
    const timeout = parameterSpec('redis7', 'timeout')!;
    expect(['0', '20', '300', '86400'].map((v) => isAllowedParameterValue(timeout, v))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['1', '19', '-1', '1e3', '20.5', ''].map((v) => isAllowedParameterValue(timeout, v))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    const list = parameterSpec('valkey8', 'list-max-listpack-size')!;
    expect(['-5', '-1', '0', '512'].every((v) => isAllowedParameterValue(list, v))).toBe(true);
    expect(isAllowedParameterValue(list, '-6')).toBe(false);
    const cycle = parameterSpec('valkey7', 'active-defrag-cycle-max')!;
    expect([isAllowedParameterValue(cycle, '75'), isAllowedParameterValue(cycle, '76')]).toEqual([
      true,
      false,
    ]);
    const events = parameterSpec('redis7', 'notify-keyspace-events')!;
    expect([isAllowedParameterValue(events, ''), isAllowedParameterValue(events, 'Ex')]).toEqual([
      true,
      true,
    ]);
    expect(isAllowedParameterValue(events, 'Ex!')).toBe(false);
  });

  it('names the problem: unknown name (with the hyphen hint), not modifiable, out of range', () => {
    expect(parameterProblem('redis7', 'maxmemory_policy', 'noeviction')).toMatch(
      /did you mean maxmemory-policy\?/,
    );
    expect(parameterProblem('redis7', 'no-such-thing', '1')).toMatch(
      /"no-such-thing" is not a redis7 parameter/,
    );
    expect(parameterProblem('redis7', 'appendonly', 'yes')).toMatch(
      /appendonly cannot be modified on ElastiCache/,
    );
    expect(parameterProblem('redis7', 'timeout', '5')).toMatch(/must be an integer 0 or at least 20/);
    expect(parameterProblem('redis7', 'activedefrag', 'true')).toMatch(/must be one of: yes, no/);
    expect(parameterProblem('redis7', 'timeout', '0')).toBeUndefined();
  });
});

describe('input validation against the metadata, before any AWS call', () => {
  it('timeout: 0 or at least 20, as ElastiCache allows (5 was accepted before and refused by AWS mid-run)', () => {
    expect(errors({ timeout: '5' }).join('\n')).toMatch(
      /^Input "timeout" = "5": timeout = "5" is not allowed in redis7: it must be an integer 0 or at least 20/,
    );
    expect(errors({ timeout: '19' })).toHaveLength(1);
    expect(config({ timeout: '0' }).config.parameters.timeout).toBe('0');
    expect(config({ timeout: '20' }).config.parameters.timeout).toBe('20');
  });

  it('parameters: merged over the four Django defaults, YAML or JSON, values as written', () => {
    const yamlCfg = config({
      parameters: 'notify-keyspace-events: Ex\nactivedefrag: "yes"\ntimeout: 600',
    }).config;
    expect(yamlCfg.parameters).toEqual({
      'maxmemory-policy': 'allkeys-lru',
      timeout: '600',
      'tcp-keepalive': '300',
      'maxmemory-samples': '5',
      'notify-keyspace-events': 'Ex',
      activedefrag: 'yes',
    });
    const jsonCfg = config({
      parameters: '{"lfu-log-factor": 010, "maxmemory-policy": "volatile-lru"}',
    }).config;
    expect(jsonCfg.parameters['lfu-log-factor']).toBe('010');
    expect(jsonCfg.parameters['maxmemory-policy']).toBe('volatile-lru');
    expect(config({}).config.parameters).toEqual({
      'maxmemory-policy': 'allkeys-lru',
      timeout: '300',
      'tcp-keepalive': '300',
      'maxmemory-samples': '5',
    });
  });

  it('parameters: every name and value checked against the family, each problem reported', () => {
    const errs = errors({
      parameters: 'maxmemory_policy: noeviction\nappendonly: "yes"\nactivedefrag: maybe\nlfu-log-factor: abc',
    });
    expect(errs).toHaveLength(4);
    expect(errs.every((e) => e.startsWith('Input "parameters"'))).toBe(true);
    expect(errs.join('\n')).toMatch(/did you mean maxmemory-policy/);
    expect(errs.join('\n')).toMatch(/appendonly cannot be modified/);
    expect(errs.join('\n')).toMatch(/activedefrag = "maybe" is not allowed in redis7/);
    expect(errs.join('\n')).toMatch(
      /lfu-log-factor = "abc" is not allowed in redis7: it must be an integer at least 1/,
    );
    // The map overrides the input, so the input's value is not checked twice.
    expect(config({ timeout: '300', parameters: 'timeout: 0' }).config.parameters.timeout).toBe('0');
    expect(errors({ parameters: 'timeout: 5' }).join('\n')).toMatch(/^Input "parameters".*timeout = "5"/);
  });

  it('parameters: refuses what is not a map of scalars', () => {
    expect(errors({ parameters: '- timeout' })[0]).toMatch(/must be a YAML or JSON map/);
    expect(errors({ parameters: 'timeout: [1, 2]' })[0]).toMatch(/must be a string or a number/);
    expect(errors({ parameters: 'timeout:' })[0]).toMatch(/must be a string or a number/);
    expect(errors({ parameters: 'timeout: 1\ntimeout: 2' })[0]).toMatch(/YAML error/);
    expect(errors({ parameters: '{"timeout": ' })[0]).toMatch(/YAML error/);
  });

  it('databases must leave room for the DB numbers the URLs use', () => {
    expect(errors({ parameters: 'databases: 2' }).join('\n')).toMatch(
      /databases = 2 leaves no DB 2.*at least 3/,
    );
    expect(config({ parameters: 'databases: 3' }).config.parameters.databases).toBe('3');
  });

  it('a data-tiering node type needs a policy it supports, from the map too', () => {
    expect(
      errors({
        node_type: 'cache.r6gd.xlarge',
        maxmemory_policy: 'noeviction',
        parameters: 'maxmemory-policy: allkeys-lfu',
      })[0],
    ).toMatch(/^Input "parameters".*data tiering/);
    expect(
      config({ node_type: 'cache.r6gd.xlarge', parameters: 'maxmemory-policy: noeviction' }).config.nodeType,
    ).toBe('cache.r6gd.xlarge');
  });
});

describe('security groups per network interface', () => {
  const sgs = (n: number) =>
    Array.from({ length: n }, (_, i) => `sg-${String(i).padStart(17, '0')}`).join(',');

  it('refuses more than 16 with the managed one (15 listed is the most)', () => {
    expect(errors({ security_group_ids: sgs(16) }).join('\n')).toMatch(
      /^Input "security_group_ids".*lists 16 security groups; with the managed one that is 17.*at most 16/,
    );
    expect(config({ security_group_ids: sgs(15) }).config.securityGroupIds).toHaveLength(15);
  });

  it('warns above the default quota of 5, not at 5', () => {
    expect(config({ security_group_ids: sgs(4) }).warnings.join('\n')).not.toMatch(/per network interface/);
    expect(config({ security_group_ids: sgs(5) }).warnings.join('\n')).toMatch(
      /6 security groups on the group's network interface.*default quota of 5/,
    );
  });
});
