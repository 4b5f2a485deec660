// The `parameters` input: a YAML or JSON map of Redis parameter → value, merged over the four
// Django defaults (maxmemory_policy, timeout, tcp_keepalive, maxmemory_samples). Names and values
// are checked against the family's parameter metadata (src/domain/parameter-metadata.ts) once the
// family is known (a cross-input rule in apply.ts), before any AWS call.

import type { YamlParser } from './tags.js';
import { fail } from './rules.js';

/** ModifyCacheParameterGroup takes 20 per call; more than a few dozen is not a Django tuning. */
export const MAX_PARAMETERS = 40;

const FORMAT = 'a YAML or JSON map of Redis parameter name to value (e.g. {"notify-keyspace-events": "Ex"})';

/** Whether the `parameters` input needs the YAML parser (any non-empty value: JSON is YAML). */
export function parametersNeedYaml(text: string): boolean {
  return text.trim() !== '';
}

/** Parse the `parameters` input; values keep their written form (`007` stays "007"). */
export function parameters(text: string, yaml: YamlParser | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const trimmed = text.trim();
  if (trimmed === '') return out;
  if (!yaml) throw new Error('parameters: a non-empty input needs the yaml parser (parametersNeedYaml)');
  const { parseDocument, isMap, isPair, isScalar } = yaml;
  const doc = parseDocument(trimmed, { uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) fail(`must be ${FORMAT}; YAML error: ${err.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) fail(`must be ${FORMAT}`);
  for (const pair of doc.contents.items) {
    if (!isPair(pair) || !isScalar(pair.key)) fail(`must be ${FORMAT}`);
    const name = scalarText(pair.key);
    if (!isScalar(pair.value) || pair.value.value === null || pair.value.value === undefined) {
      fail(`the value of ${JSON.stringify(name)} must be a string or a number, not empty, a list or a map`);
    }
    if (Object.hasOwn(out, name)) fail(`${JSON.stringify(name)} is given twice`);
    out[name] = scalarText(pair.value);
  }
  const count = Object.keys(out).length;
  if (count > MAX_PARAMETERS) fail(`must set at most ${MAX_PARAMETERS} parameters (got ${count})`);
  return out;
}

function scalarText(node: { value: unknown; source?: string }): string {
  if (node.value === null || node.value === undefined) return '';
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}
