// The `tags` input (YAML map, JSON object or key=value lines) and the `environment` tag value.

import type * as Yaml from 'yaml';
import { fail } from './rules.js';
import { TAG_PREFIX } from '../domain/ownership.js';

/** The part of the `yaml` package parseTags uses; loaded only for a `tags` input written as YAML. */
export type YamlParser = Pick<typeof Yaml, 'parseDocument' | 'isMap' | 'isScalar' | 'isPair'>;

/** Tag keys the action sets itself on every resource. */
export const RESERVED_TAG_KEYS = ['ManagedBy', 'GitHubRepository', 'GitHubWorkflowRun'] as const;
export const MAX_USER_TAGS = 40;

const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const TAG_CHARS_TEXT = 'letters, digits, spaces and _ . : / = + - @';
const charLength = (s: string): number => [...s].length;

export function environment(s: string): string {
  if (charLength(s) > 256) fail('must be at most 256 characters');
  if (!TAG_CHARS.test(s)) fail(`may contain only ${TAG_CHARS_TEXT} (it becomes the Environment tag)`);
  return s;
}

function tagProblem(key: string, value: string): string | undefined {
  const k = JSON.stringify(key);
  if (charLength(key) < 1 || charLength(key) > 128) return `tag key ${k} must be 1-128 characters`;
  if (!TAG_CHARS.test(key)) return `tag key ${k} may contain only ${TAG_CHARS_TEXT}`;
  if (key.toLowerCase().startsWith('aws:'))
    return `tag key ${k} must not start with "aws:" (reserved by AWS)`;
  const reserved = RESERVED_TAG_KEYS.find((r) => r.toLowerCase() === key.toLowerCase());
  if (reserved) return `tag key ${k} is reserved: the action sets ${RESERVED_TAG_KEYS.join(', ')} itself`;
  if (key.toLowerCase().startsWith(TAG_PREFIX))
    return `tag key ${k} is reserved: keys starting with ${TAG_PREFIX} record what this action created`;
  if (charLength(value) > 256) return `the value of tag ${k} must be at most 256 characters`;
  if (!TAG_CHARS.test(value)) return `the value of tag ${k} may contain only ${TAG_CHARS_TEXT}`;
  return undefined;
}

const TAGS_FORMAT = 'a YAML or JSON map (Key: value) or key=value lines';

/**
 * key=value lines: every line has "=" after a non-empty key, and no YAML "key: " separator comes
 * before that "=" (so "Url=https://x" and "aws:team=x" are key=value, "Owner: a=b" is YAML).
 */
function isKeyValueLines(lines: string[]): boolean {
  return lines.every((line) => {
    const eq = line.indexOf('=');
    return eq > 0 && !line.startsWith('{') && !/:(\s|$)/.test(line.slice(0, eq));
  });
}

/** The lines that carry tags: trimmed, without blank lines and # comments. */
function significantLines(text: string): string[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Whether parsing `text` needs the YAML parser (it is neither empty nor key=value lines). */
export function tagsAreYaml(text: string): boolean {
  return !isKeyValueLines(significantLines(text));
}

/**
 * Parse the `tags` input: a YAML map, a JSON object (JSON is YAML), or `key=value` lines.
 * Number and boolean values become strings as written (`007` stays "007"); an empty YAML value is "".
 * `yaml` is needed only when tagsAreYaml(text).
 */
export function parseTags(
  text: string,
  yaml?: YamlParser,
): { ok: true; tags: Record<string, string> } | { ok: false; message: string } {
  const tags: Record<string, string> = {};
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, tags };
  const lines = significantLines(trimmed);
  const entries: Array<[string, string]> = [];
  if (isKeyValueLines(lines)) {
    for (const line of lines) {
      const eq = line.indexOf('=');
      entries.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()]);
    }
  } else {
    if (!yaml) throw new Error('parseTags: YAML tags need the yaml parser (see tagsAreYaml)');
    const { parseDocument, isMap, isPair, isScalar } = yaml;
    const doc = parseDocument(trimmed, { uniqueKeys: true, prettyErrors: false });
    const err = doc.errors[0];
    if (err)
      return { ok: false, message: `must be ${TAGS_FORMAT}; YAML error: ${err.message.split('\n')[0]}` };
    if (!isMap(doc.contents)) return { ok: false, message: `must be ${TAGS_FORMAT}` };
    for (const pair of doc.contents.items) {
      if (!isPair(pair) || !isScalar(pair.key)) return { ok: false, message: `must be ${TAGS_FORMAT}` };
      const key = scalarText(pair.key);
      if (pair.value !== null && !isScalar(pair.value)) {
        return {
          ok: false,
          message: `the value of tag ${JSON.stringify(key)} must be a string, number or boolean, not a list or map`,
        };
      }
      entries.push([key, pair.value === null ? '' : scalarText(pair.value)]);
    }
  }
  for (const [key, value] of entries) {
    if (Object.hasOwn(tags, key))
      return { ok: false, message: `tag key ${JSON.stringify(key)} is given twice` };
    const problem = tagProblem(key, value);
    if (problem) return { ok: false, message: problem };
    tags[key] = value;
  }
  const count = Object.keys(tags).length;
  if (count > MAX_USER_TAGS)
    return { ok: false, message: `must have at most ${MAX_USER_TAGS} tags (got ${count})` };
  return { ok: true, tags };
}

function scalarText(node: { value: unknown; source?: string }): string {
  if (node.value === null || node.value === undefined) return '';
  if (typeof node.value === 'string') return node.value;
  // Numbers and booleans keep their written form ("007", "1.10", "TRUE"), not JS's rendering.
  return node.source ?? String(node.value);
}

export function tags(s: string, yaml?: YamlParser): Record<string, string> {
  const r = parseTags(s, yaml);
  return r.ok ? r.tags : fail(r.message);
}
