// The tags and environment inputs, as mutation testing (npm run mutation) found them unpinned:
// lengths counted in characters (not UTF-16 units) at both limits, each reserved key whatever its
// case, which text is read as key=value lines and which as YAML, and the exact messages.

import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { parseMinimal } from './support/config.js';
import { formatInputError } from '../src/config/inputs.js';
import { environment, parseTags as parseTagsWith, tags, tagsAreYaml } from '../src/config/tags.js';
import { RuleError } from '../src/config/rules.js';

const parse = parseMinimal;

const parseTags = (text: string) => parseTagsWith(text, yaml);
const refusedWith = (message: string) => ({ ok: false, message });

const CHARS = 'letters, digits, spaces and _ . : / = + - @';
const FORMAT = 'a YAML or JSON map (Key: value) or key=value lines';
/** One letter outside the Basic Multilingual Plane: one character, two UTF-16 code units. */
const WIDE = '\u{1D400}';

describe('environment', () => {
  it('accepts 256 characters, counting characters rather than UTF-16 units', () => {
    expect(environment('e'.repeat(256))).toBe('e'.repeat(256));
    expect(environment(WIDE.repeat(256))).toBe(WIDE.repeat(256));
  });

  it('refuses 257 characters and anything outside the tag alphabet', () => {
    expect(() => environment('e'.repeat(257))).toThrow(new RuleError('must be at most 256 characters'));
    expect(() => environment('prod,eu')).toThrow(
      new RuleError(`may contain only ${CHARS} (it becomes the Environment tag)`),
    );
  });

  it('is read into the config, and refused by name', () => {
    const r = parse({ environment: ' staging ' });
    expect(r.ok && r.config.mode === 'apply' && r.config.environment).toBe('staging');
    const bad = parse({ environment: 'a;b' });
    expect(bad.ok ? [] : bad.errors.map(formatInputError)).toEqual([
      `Input "environment" = "a;b": may contain only ${CHARS} (it becomes the Environment tag)`,
    ]);
  });
});

describe('tag keys and values', () => {
  it('accepts keys of 128 and values of 256 characters, counted as characters', () => {
    const key = WIDE.repeat(128);
    const value = WIDE.repeat(256);
    expect(parseTags(`${key}=${value}`)).toStrictEqual({ ok: true, tags: { [key]: value } });
    expect(parseTags(`${'k'.repeat(128)}=${'v'.repeat(256)}`)).toStrictEqual({
      ok: true,
      tags: { ['k'.repeat(128)]: 'v'.repeat(256) },
    });
  });

  it('refuses a key of 129 or a value of 257 characters, with the key named', () => {
    const key = WIDE.repeat(129);
    expect(parseTags(`${key}=v`)).toStrictEqual(refusedWith(`tag key "${key}" must be 1-128 characters`));
    expect(parseTags(`Team=${WIDE.repeat(257)}`)).toStrictEqual(
      refusedWith('the value of tag "Team" must be at most 256 characters'),
    );
  });

  it('refuses an empty key', () => {
    expect(parseTags('"": value')).toStrictEqual(refusedWith('tag key "" must be 1-128 characters'));
  });

  it('names the character rule for a bad key and for a bad value', () => {
    expect(parseTags('Cost#Center: x')).toStrictEqual(
      refusedWith(`tag key "Cost#Center" may contain only ${CHARS}`),
    );
    expect(parseTags('Owner=a,b')).toStrictEqual(
      refusedWith(`the value of tag "Owner" may contain only ${CHARS}`),
    );
  });

  it.each(['aws:team', 'AWS:team', 'Aws:Team'])('refuses the AWS prefix in %s', (key) => {
    expect(parseTags(`${key}=x`)).toStrictEqual(
      refusedWith(`tag key "${key}" must not start with "aws:" (reserved by AWS)`),
    );
  });

  it('accepts "aws" that is not the prefix', () => {
    expect(parseTags('team-aws:x=y\nawsome=z')).toStrictEqual({
      ok: true,
      tags: { 'team-aws:x': 'y', awsome: 'z' },
    });
  });

  it.each(['ManagedBy', 'managedby', 'GITHUBREPOSITORY', 'GitHubWorkflowRun'])(
    'refuses the key %s the action sets itself',
    (key) => {
      expect(parseTags(`${key}=x`)).toStrictEqual(
        refusedWith(
          `tag key "${key}" is reserved: the action sets ManagedBy, GitHubRepository, GitHubWorkflowRun itself`,
        ),
      );
    },
  );

  it('accepts keys that merely contain a reserved name', () => {
    expect(parseTags('ManagedByTeam=x\nMyGitHubRepository=y')).toStrictEqual({
      ok: true,
      tags: { ManagedByTeam: 'x', MyGitHubRepository: 'y' },
    });
  });

  it.each(['django-redis-action:group', 'Django-Redis-Action:Owner'])(
    'refuses the action prefix in %s',
    (key) => {
      expect(parseTags(`${key}=x`)).toStrictEqual(
        refusedWith(
          `tag key "${key}" is reserved: keys starting with django-redis-action: record what this action created`,
        ),
      );
    },
  );

  it('names a key given twice', () => {
    expect(parseTags('Owner=a\nTeam=b\nOwner=c')).toStrictEqual(
      refusedWith('tag key "Owner" is given twice'),
    );
  });

  it('names the count when there are more than 40 tags', () => {
    const text = Array.from({ length: 41 }, (_, i) => `k${i}=v`).join('\n');
    expect(parseTags(text)).toStrictEqual(refusedWith('must have at most 40 tags (got 41)'));
  });
});

describe('key=value lines or YAML', () => {
  it('reads a line starting with "=" as YAML, not as a tag with an empty key', () => {
    expect(tagsAreYaml('=x')).toBe(true);
    expect(parseTags('=x')).toStrictEqual(refusedWith(`must be ${FORMAT}`));
  });

  it('reads "Key:=value" as YAML (a ": " or a ":" at the end of the key is YAML)', () => {
    expect(tagsAreYaml('Team:=x')).toBe(true);
    expect(parseTags('Team:=x')).toStrictEqual(refusedWith(`must be ${FORMAT}`));
    expect(tagsAreYaml('Team: a=b')).toBe(true);
    expect(tagsAreYaml('Team:\ta=b')).toBe(true);
    expect(tagsAreYaml('team:name=x')).toBe(false);
  });

  it('needs every line to be key=value, not just one', () => {
    expect(tagsAreYaml('Team=x\nOwner: y')).toBe(true);
    expect(tagsAreYaml('Owner: y\nTeam=x')).toBe(true);
    expect(parseTags('Team: x\nOwner: y=z')).toStrictEqual({ ok: true, tags: { Team: 'x', Owner: 'y=z' } });
  });

  it('reads "Key=value: more" as key=value: only a ": " before the "=" makes it YAML', () => {
    expect(tagsAreYaml('Note=a: b')).toBe(false);
    expect(parseTags('Note=a: b')).toStrictEqual({ ok: true, tags: { Note: 'a: b' } });
  });

  it('reads a JSON object holding "=" as YAML', () => {
    expect(tagsAreYaml('{Owner=a}')).toBe(true);
    expect(parseTags('{"Url": "a=b", "Team": "c"}')).toStrictEqual({
      ok: true,
      tags: { Url: 'a=b', Team: 'c' },
    });
  });

  it('skips blank lines, indentation and # comments between key=value lines', () => {
    const text = '\n  # owners\n\n  Team = cache  \r\n\t#Owner=x\n  Tier=gold\n\n';
    expect(tagsAreYaml(text)).toBe(false);
    expect(parseTagsWith(text)).toStrictEqual({ ok: true, tags: { Team: 'cache', Tier: 'gold' } });
  });

  it('treats only blank text and comments as no tags', () => {
    expect(parseTagsWith('  \n  ')).toStrictEqual({ ok: true, tags: {} });
    expect(parseTagsWith('# none yet')).toStrictEqual({ ok: true, tags: {} });
  });
});

describe('YAML tags', () => {
  it('gives the first line of the YAML error', () => {
    expect(parseTags('{"Owner": "x"')).toStrictEqual(
      refusedWith(`must be ${FORMAT}; YAML error: Flow map must end with a }`),
    );
    expect(parseTags('a: b: c')).toStrictEqual(
      refusedWith(`must be ${FORMAT}; YAML error: Nested mappings are not allowed in compact mappings`),
    );
  });

  it('refuses a YAML list, a scalar and a nested map', () => {
    expect(parseTags('- a\n- b')).toStrictEqual(refusedWith(`must be ${FORMAT}`));
    expect(parseTags('just text')).toStrictEqual(refusedWith(`must be ${FORMAT}`));
    expect(parseTags('Owner:\n  name: x')).toStrictEqual(
      refusedWith('the value of tag "Owner" must be a string, number or boolean, not a list or map'),
    );
  });

  it('refuses a map or list used as a key', () => {
    expect(parseTags('? [a, b]\n: x')).toStrictEqual(refusedWith(`must be ${FORMAT}`));
  });

  it('reads a key without a value as an empty tag', () => {
    expect(parseTags('{Owner, Team: x}')).toStrictEqual({ ok: true, tags: { Owner: '', Team: 'x' } });
    expect(parseTags('? Owner\nTeam: x')).toStrictEqual({ ok: true, tags: { Owner: '', Team: 'x' } });
  });

  it('reads YAML with blank space before the first key', () => {
    expect(parseTags('   Team: x\nOwner: y\n')).toStrictEqual({ ok: true, tags: { Team: 'x', Owner: 'y' } });
  });

  it('reads null, ~ and an empty value as ""', () => {
    expect(parseTags('A: null\nB: ~\nC:\nD: ""')).toStrictEqual({
      ok: true,
      tags: { A: '', B: '', C: '', D: '' },
    });
  });

  it('keeps numbers and booleans as written', () => {
    expect(parseTags('Build: 007\nRatio: 1.10\nOn: True\nHex: 0x1F')).toStrictEqual({
      ok: true,
      tags: { Build: '007', Ratio: '1.10', On: 'True', Hex: '0x1F' },
    });
  });

  it('refuses a duplicate key as a YAML error', () => {
    const r = parseTags('Owner: a\nOwner: b');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(
      /^must be a YAML or JSON map \(Key: value\) or key=value lines; YAML error: /,
    );
  });
});

describe('tags()', () => {
  it('returns the tags, or throws the rule error', () => {
    expect(tags('Team=cache')).toStrictEqual({ Team: 'cache' });
    expect(() => tags('Owner=a\nOwner=b')).toThrow(new RuleError('tag key "Owner" is given twice'));
  });

  it('puts the tags into the config, and names the tags input when refused', () => {
    const r = parse({ tags: 'Team: cache' });
    expect(r.ok && r.config.mode === 'apply' && r.config.tags).toStrictEqual({ Team: 'cache' });
    const bad = parse({ tags: 'ManagedBy=me' });
    expect(bad.ok ? [] : bad.errors.map((e) => [e.input, e.value])).toEqual([['tags', 'ManagedBy=me']]);
  });
});
